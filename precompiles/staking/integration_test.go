package staking_test

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/taoevm/taoevm/bindings"
	"github.com/taoevm/taoevm/precompiles/neurons"
	"github.com/taoevm/taoevm/precompiles/pools"
	"github.com/taoevm/taoevm/precompiles/precompile/precompiletest"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/staking"
	"github.com/taoevm/taoevm/precompiles/subnets"
)

// TestWithRealRegistration runs staking against subnets registered through
// the subnet precompile and hotkeys registered through the neuron
// precompile, up to a dissolution by the subnet cap and the claims of the
// dissolved stake: the TAO of all accounts plus the recycled TAO stays the
// minted supply throughout.
func TestWithRealRegistration(t *testing.T) {
	c := precompiletest.New(t, subnets.Definition(), neurons.Definition(), staking.Definition(), pools.Definition())
	p := protocol.DefaultParams()
	p.SubnetLimit = 1
	p.NetworkImmunityPeriod = 10
	p.NetworkRateLimit = 1
	if err := protocol.WriteParams(c.State, p); err != nil {
		t.Fatal(err)
	}
	supply := new(uint256.Int)
	accounts := []common.Address{owner, val, alice, bob, subnets.Address, neurons.Address, staking.Address, pools.Address}
	for _, a := range []common.Address{owner, val, alice, bob} {
		c.Fund(a, wei(10_000*tao))
		supply.Add(supply, wei(10_000*tao))
	}
	c.State.Finalise(c.Rules())
	sn, nb := bindings.NewISubnet(), bindings.NewINeuron()
	call := func(from, to common.Address, input []byte) precompiletest.Result {
		t.Helper()
		res := c.Call(from, to, input, nil, callGas)
		if res.Err != nil {
			var err error
			for _, d := range c.Defs {
				if d.Address() == to {
					err = d.DecodeRevert(res.Ret)
				}
			}
			t.Fatalf("call to %v: %v: %v", to, res.Err, err)
		}
		return res
	}
	conserved := func() {
		t.Helper()
		sum := new(uint256.Int)
		for _, a := range accounts {
			sum.Add(sum, c.Balance(a))
		}
		sum.Add(sum, wei(protocol.TotalRecycled(c.State)))
		if !sum.Eq(supply) {
			t.Fatalf("balances + recycled %v, minted %v", sum, supply)
		}
	}

	call(owner, subnets.Address, sn.PackRegisterNetwork(k32(ownerHk)))
	call(val, neurons.Address, nb.PackBurnedRegister(1, k32(hk1)))
	if protocol.TotalRecycled(c.State) == 0 {
		t.Fatal("registration burned nothing")
	}
	res := c.Call(alice, addr, ist.PackAddStake(k32(hk2), n(tao), n(1)), nil, callGas)
	if err := staking.Definition().DecodeRevert(res.Ret); !errors.Is(err, protocol.ErrHotkeyNotFound) {
		t.Fatalf("stake to an unregistered hotkey: %v", err)
	}
	call(alice, addr, ist.PackAddStake(k32(hk1), n(50*tao), n(1)))
	call(bob, addr, ist.PackAddStake(k32(hk1), n(10*tao), n(1)))
	call(owner, addr, ist.PackAddStake(k32(ownerHk), n(5*tao), n(1)))
	call(bob, addr, ist.PackRemoveStake(k32(hk1), n(tao), n(1)))
	conserved()

	// The cap is one subnet: the next registration dissolves netuid 1.
	old := protocol.Current(c.State, 1)
	aliceAlpha := staking.StakeOf(c.State, old, hk1, alice)
	c.Number += 100
	call(bob, subnets.Address, sn.PackRegisterNetwork(k32(common.Address{0xbb})))
	if cur := protocol.Current(c.State, 1); cur.Gen != old.Gen+1 || !pools.IsDissolved(c.State, old) {
		t.Fatalf("netuid 1 not dissolved and reused: %+v", cur)
	}
	rate, _ := pools.DissolvedRate(c.State, old)
	before := c.Balance(alice).Clone()
	res = call(alice, addr, ist.PackClaimDissolvedStake(k32(hk1), n(1), n(old.Gen)))
	paid, _ := ist.UnpackClaimDissolvedStake(res.Ret)
	if paid.Uint64() != pools.ClaimValue(aliceAlpha, rate) || paid.Uint64() == 0 {
		t.Fatalf("claim paid %v, want %d", paid, pools.ClaimValue(aliceAlpha, rate))
	}
	if got := new(uint256.Int).Sub(c.Balance(alice), before); !got.Eq(wei(paid.Uint64())) {
		t.Fatalf("alice credited %v wei", got)
	}
	call(bob, addr, ist.PackClaimDissolvedStake(k32(hk1), n(1), n(old.Gen)))
	call(owner, addr, ist.PackClaimDissolvedStake(k32(ownerHk), n(1), n(old.Gen)))
	d, _ := pools.LoadDissolution(c.State, old)
	if !d.OwnerClaimed || d.ClaimedAlpha != d.Issuance {
		t.Fatalf("after every claim: %+v", d)
	}
	// Only rounding dust of the dissolved pool is left unclaimed.
	if left := d.PoolTAO - d.ClaimedTAO; left > 3 {
		t.Fatalf("%d rao of the dissolved pool unclaimed", left)
	}
	conserved()
	if staking.StakeOf(c.State, protocol.Current(c.State, 1), hk1, alice) != 0 {
		t.Fatal("the new generation sees old stake")
	}
}
