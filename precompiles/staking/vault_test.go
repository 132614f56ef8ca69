package staking_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/taoevm/taoevm/bindings"
	"github.com/taoevm/taoevm/contracts"
	"github.com/taoevm/taoevm/precompiles/neurons"
	"github.com/taoevm/taoevm/precompiles/precompile/precompiletest"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/registry"
	"github.com/taoevm/taoevm/precompiles/staking"
	"github.com/taoevm/taoevm/precompiles/subnets"
)

// TestStakingVault runs the example liquid-staking vault (an ERC-4626 over
// stake on one hotkey and subnet, contracts/src/examples/StakingVault.sol)
// against every native precompile of the registry: a deposit stakes the
// vault's TAO through addStakeLimit with the vault as coldkey, and a
// redemption unstakes it through removeStakeLimit.
func TestStakingVault(t *testing.T) {
	c := precompiletest.New(t, registry.Definitions()...)
	for _, a := range []common.Address{owner, val, alice} {
		c.Fund(a, wei(10_000*tao))
	}
	tx := func(from common.Address, to *common.Address, input []byte, value *big.Int) precompiletest.Result {
		t.Helper()
		v := wei(0)
		if value != nil {
			v.SetFromBig(value)
		}
		res := c.Tx(from, to, input, v)
		if res.Err != nil {
			t.Fatalf("tx to %v: %v (revert %x)", to, res.Err, res.Ret)
		}
		return res
	}
	sAddr, nAddr := subnets.Address, neurons.Address
	tx(owner, &sAddr, bindings.NewISubnet().PackRegisterNetwork(k32(ownerHk)), nil)
	tx(val, &nAddr, bindings.NewINeuron().PackBurnedRegister(1, k32(hk1)), nil)

	wt, vb := bindings.NewWrappedTAO(), bindings.NewStakingVault()
	wtao := c.Deploy(alice, contracts.MustBytecode("WrappedTAO"))
	vault := c.Deploy(alice, append(contracts.MustBytecode("StakingVault"), vb.PackConstructor(wtao, k32(hk1), 1, 1000, "Staked TAO", "sTAO")...))

	assets := new(big.Int).Mul(big.NewInt(2), big.NewInt(1e18)) // 2 TAO (within the 10% slippage bound)
	tx(alice, &wtao, wt.PackDeposit(), assets)
	tx(alice, &wtao, wt.PackApprove(vault, assets), nil)
	res := tx(alice, &vault, vb.PackDeposit(assets, alice), nil)
	shares, err := vb.UnpackDeposit(res.Ret)
	if err != nil || shares.Sign() <= 0 {
		t.Fatalf("deposit minted %v (%v)", shares, err)
	}
	k := protocol.Current(c.State, 1)
	staked := staking.StakeOf(c.State, k, hk1, vault)
	if staked == 0 {
		t.Fatal("the vault holds no stake")
	}
	var added *bindings.IStakingStakeAdded
	for _, l := range res.Logs {
		if l.Address == staking.Address {
			if ev, err := ist.UnpackStakeAddedEvent(l); err == nil {
				added = ev
			}
		}
	}
	if added == nil || added.Coldkey != vault || added.Tao != 2*tao || added.Alpha != staked {
		t.Fatalf("StakeAdded %+v, want the vault staking 2 TAO for %d alpha", added, staked)
	}

	res = tx(alice, &vault, vb.PackRedeem0(shares, alice, alice), nil)
	res = c.Tx(alice, &wtao, wt.PackBalanceOf(alice), nil)
	bal, _ := wt.UnpackBalanceOf(res.Ret)
	// A round trip through the pool loses only the two fees (about 0.1%).
	lo := new(big.Int).Div(new(big.Int).Mul(assets, big.NewInt(998)), big.NewInt(1000))
	if bal.Cmp(assets) >= 0 || bal.Cmp(lo) < 0 {
		t.Fatalf("redeemed %v wei of %v", bal, assets)
	}
	if left := staking.StakeOf(c.State, k, hk1, vault); left > 1 {
		t.Fatalf("vault kept %d alpha after redeeming every share", left)
	}
}
