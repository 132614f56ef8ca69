package staking_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/holiman/uint256"

	"github.com/taoevm/taoevm/bindings"
	"github.com/taoevm/taoevm/contracts"
	"github.com/taoevm/taoevm/precompiles/pools"
	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/precompile/precompiletest"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/staking"
	"github.com/taoevm/taoevm/precompiles/subnets"
	"github.com/taoevm/taoevm/precompiles/swap"
)

const (
	tao      = uint64(1_000_000_000)
	callGas  = uint64(30_000_000)
	feeRate  = swap.DefaultFeeRate
	minStake = uint64(2_000_000)
)

var (
	ist  = bindings.NewIStaking()
	addr = staking.Address

	alice   = common.HexToAddress("0xa11ce00000000000000000000000000000000001")
	bob     = common.HexToAddress("0xb0b0000000000000000000000000000000000002")
	carol   = common.HexToAddress("0xca501000000000000000000000000000000000003")
	owner   = common.HexToAddress("0x0e0e000000000000000000000000000000000004")
	val     = common.HexToAddress("0x7a10000000000000000000000000000000000005")
	hk1     = common.HexToAddress("0x4b01000000000000000000000000000000000011")
	hk2     = common.HexToAddress("0x4b02000000000000000000000000000000000012")
	ownerHk = common.HexToAddress("0x4b0e000000000000000000000000000000000013")
	nobody  = common.HexToAddress("0x4b99000000000000000000000000000000000099")

	users = []common.Address{alice, bob, carol, owner, val}
)

func k32(a common.Address) [32]byte { return precompile.AddressKey(a) }

func n(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

func wei(rao uint64) *uint256.Int { return protocol.RaoToWei(rao) }

// world is a chain with the staking module, the subnet and pool accounts
// set up as genesis makes them, funded users, and two subnets:
// netuid 1 seeded 100 TAO / 100 alpha (price 1) and netuid 2 seeded
// 50 TAO / 200 alpha (price 0.25). hk1 and hk2 belong to val, ownerHk to
// owner, who owns both subnets.
type world struct {
	t         testing.TB
	c         *precompiletest.Chain
	supply    *uint256.Int // wei ever created
	dissolved []protocol.NetKey
	extra     []common.Address // more accounts holding TAO
}

func newWorld(t testing.TB) *world {
	t.Helper()
	c := precompiletest.New(t, staking.Definition())
	for _, a := range []common.Address{pools.Address, protocol.StorageAddress} {
		c.State.SetNonce(a, 1, tracing.NonceChangeGenesis)
		c.State.SetCode(a, precompiletest.PrecompileCode, tracing.CodeChangeGenesis)
	}
	w := &world{t: t, c: c, supply: new(uint256.Int)}
	for _, u := range users {
		w.fund(u, 10_000*tao)
	}
	protocol.SetHotkeyOwner(c.State, hk1, val)
	protocol.SetHotkeyOwner(c.State, hk2, val)
	protocol.SetHotkeyOwner(c.State, ownerHk, owner)
	w.register(1, 100*tao, 100*tao)
	w.register(2, 50*tao, 200*tao)
	c.State.Finalise(c.Rules())
	return w
}

func (w *world) fund(a common.Address, rao uint64) {
	w.c.Fund(a, wei(rao))
	w.supply.Add(w.supply, wei(rao))
}

// register (re-)registers netuid as a new generation owned by owner with
// a pool seeded with the given reserves (the TAO is minted to the pools'
// account).
func (w *world) register(netuid uint16, taoSeed, alphaSeed uint64) protocol.NetKey {
	st := w.c.State
	gen := protocol.Generation(st, netuid) + 1
	protocol.SetGeneration(st, netuid, gen)
	if protocol.TotalNetworks(st) < netuid {
		protocol.SetTotalNetworks(st, netuid)
	}
	protocol.SetNetRow(st, netuid, w.c.Number, 0)
	k := protocol.NetKey{Netuid: netuid, Gen: gen}
	subnets.SetOwner(st, k, owner)
	subnets.SetOwnerHotkey(st, k, ownerHk)
	if err := pools.Seed(st, k, taoSeed, alphaSeed); err != nil {
		w.t.Fatal(err)
	}
	w.fund(pools.Address, taoSeed)
	return k
}

func (w *world) key(netuid uint16) protocol.NetKey { return protocol.Current(w.c.State, netuid) }

func (w *world) pool(netuid uint16) pools.Pool { return pools.Load(w.c.State, w.key(netuid)) }

func (w *world) balance(a common.Address) uint64 {
	b := w.c.Balance(a).Clone()
	b.Div(b, uint256.NewInt(protocol.WeiPerRao))
	return b.Uint64()
}

func (w *world) stake(hotkey, coldkey common.Address, netuid uint16) uint64 {
	return staking.StakeOf(w.c.State, w.key(netuid), hotkey, coldkey)
}

func (w *world) call(from common.Address, input []byte) precompiletest.Result {
	w.t.Helper()
	return w.c.Call(from, addr, input, nil, callGas)
}

// ok runs a call that must succeed.
func (w *world) ok(from common.Address, input []byte) precompiletest.Result {
	w.t.Helper()
	res := w.call(from, input)
	if res.Err != nil {
		w.t.Fatalf("call failed: %v: %v", res.Err, staking.Definition().DecodeRevert(res.Ret))
	}
	return res
}

// fails runs a call that must revert with sentinel and change nothing.
func (w *world) fails(from common.Address, input []byte, value *uint256.Int, sentinel error) error {
	w.t.Helper()
	before := w.c.State.Copy()
	res := w.c.Call(from, addr, input, value, callGas)
	if !errors.Is(res.Err, vm.ErrExecutionReverted) {
		w.t.Fatalf("err %v, want a revert with %v", res.Err, sentinel)
	}
	err := staking.Definition().DecodeRevert(res.Ret)
	if !errors.Is(err, sentinel) {
		w.t.Fatalf("reverted with %v, want %v", err, sentinel)
	}
	if len(res.Logs) != 0 {
		w.t.Fatal("a reverted call logged")
	}
	if w.c.State.IntermediateRoot(w.c.Rules()) != before.IntermediateRoot(w.c.Rules()) {
		w.t.Fatal("a reverted call changed state")
	}
	return err
}

// checkConservation verifies the TAO and alpha invariants: the native
// balances of every account sum to what was minted, each subnet's share
// pools hold exactly its outstanding alpha, and the shares of the
// coldkeys sum to each share pool's shares.
func (w *world) checkConservation(hotkeys []common.Address) {
	w.t.Helper()
	st := w.c.State
	sum := new(uint256.Int)
	for _, a := range append(append(append([]common.Address{}, users...), w.extra...), pools.Address, staking.Address, protocol.StorageAddress) {
		sum.Add(sum, w.c.Balance(a))
	}
	recycled := wei(protocol.TotalRecycled(st))
	if sum.Add(sum, recycled); !sum.Eq(w.supply) {
		w.t.Fatalf("balances + recycled = %v wei, minted %v", sum, w.supply)
	}
	var poolTAO uint64
	for netuid := uint16(0); netuid <= protocol.TotalNetworks(st); netuid++ {
		k := w.key(netuid)
		var staked uint64
		for _, h := range hotkeys {
			hp := staking.LoadHotkeyPool(st, k, h)
			staked += hp.Pool.Value
			var held uint256.Int
			for _, u := range append(append([]common.Address{}, users...), w.extra...) {
				s := staking.Shares(st, k, h, u)
				held.Add(&held, &s)
			}
			if !held.Eq(&hp.Pool.Shares) {
				w.t.Fatalf("netuid %d hotkey %v: holders have %v shares, pool %v", netuid, h, &held, &hp.Pool.Shares)
			}
		}
		p := pools.Load(st, k)
		if staked != p.AlphaOut {
			w.t.Fatalf("netuid %d: staked alpha %d, pool alpha out %d", netuid, staked, p.AlphaOut)
		}
		if netuid == 0 && p.TAO != p.AlphaOut {
			w.t.Fatalf("root: TAO %d, stake %d", p.TAO, p.AlphaOut)
		}
		poolTAO += p.TAO
	}
	// Dissolved generations: claimed + still staked + the unclaimed owner
	// share is the alpha issued at dissolution; their unclaimed TAO is
	// still in the pools' account.
	for _, k := range w.dissolved {
		d, ok := pools.LoadDissolution(st, k)
		if !ok {
			w.t.Fatalf("%v not dissolved", k)
		}
		left := d.ClaimedAlpha
		for _, h := range hotkeys {
			left += staking.HotkeyAlpha(st, k, h)
		}
		if !d.OwnerClaimed {
			left += d.OwnerAlpha
		}
		if left != d.Issuance {
			w.t.Fatalf("%v: claimed + staked + owner share = %d, issued %d", k, left, d.Issuance)
		}
		poolTAO += d.PoolTAO - d.ClaimedTAO
	}
	if got := w.balance(pools.Address); got != poolTAO {
		w.t.Fatalf("pools' account holds %d rao, reserves and unclaimed TAO %d", got, poolTAO)
	}
}

var callerABI = bindings.NewPrecompileCaller()

// newHarness deploys the PrecompileCaller test contract.
func newHarness(w *world) common.Address {
	a := w.c.Deploy(alice, contracts.MustBytecode("PrecompileCaller"))
	return a
}

func isErr(err, sentinel error) bool { return errors.Is(err, sentinel) }
