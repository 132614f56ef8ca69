package staking_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/taoevm/taoevm/precompiles/pools"
	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/staking"
)

type meterSlot struct {
	a common.Address
	k common.Hash
}

// meterDB counts the storage a call touches: distinct slots read, slots
// written from zero (new) or from a value (updated), and accounts whose
// balance is read or changed.
type meterDB struct {
	*state.StateDB
	read     map[meterSlot]bool
	written  map[meterSlot]common.Hash
	accounts map[common.Address]bool
}

func (m *meterDB) GetState(a common.Address, k common.Hash) common.Hash {
	m.read[meterSlot{a, k}] = true
	return m.StateDB.GetState(a, k)
}

func (m *meterDB) SetState(a common.Address, k, v common.Hash) common.Hash {
	s := meterSlot{a, k}
	if _, ok := m.written[s]; !ok {
		m.written[s] = m.StateDB.GetState(a, k)
	}
	return m.StateDB.SetState(a, k, v)
}

// cost prices what the call touched at the EVM's prices: 2,100 per
// distinct slot, 20,000 more per slot written from zero and 2,900 per slot
// written from a value, 2,600 per account whose balance was read, 9,000
// per balance transfer (counted as accounts touched beyond the caller),
// plus the logs.
func (m *meterDB) cost(logGas uint64, transfers uint64) uint64 {
	c := uint64(len(m.read)) * params.ColdSloadCostEIP2929
	for s, orig := range m.written {
		if !m.read[s] {
			c += params.ColdSloadCostEIP2929
		}
		if orig == (common.Hash{}) {
			c += params.SstoreSetGasEIP2200
		} else {
			c += params.SstoreResetGasEIP2200 - params.ColdSloadCostEIP2929
		}
	}
	return c + logGas + transfers*params.CallValueTransferGas
}

// metered runs one call over a metering StateDB and returns the gas the
// call was charged and the EVM price of what it touched.
func (w *world) metered(t *testing.T, from common.Address, input []byte, transfers uint64) (used, cost uint64) {
	t.Helper()
	m := &meterDB{StateDB: w.c.State, read: map[meterSlot]bool{}, written: map[meterSlot]common.Hash{}}
	evm := precompile.NewEVM(w.c.BlockContext(), m, w.c.Config, vm.Config{}, w.c.Defs...)
	evm.SetTxContext(vm.TxContext{Origin: from, GasPrice: new(uint256.Int)})
	w.c.State.SetTxContext(common.Hash{0x02}, 0, 0)
	before := len(w.c.State.Logs())
	ret, left, err := evm.Call(from, addr, input, vm.NewGasBudget(callGas, 0), new(uint256.Int))
	if err != nil {
		t.Fatalf("%v: %v", err, staking.Definition().DecodeRevert(ret))
	}
	var logGas uint64
	for _, l := range w.c.State.Logs()[before:] {
		logGas += precompile.LogGas(uint64(len(l.Topics)), uint64(len(l.Data)))
	}
	w.c.State.Finalise(w.c.Rules())
	return callGas - left.ExecutionGas, m.cost(logGas, transfers)
}

func hotN(i int) common.Address { return common.Address{0x4b, 0xff, byte(i >> 8), byte(i)} }

// TestGasCoversStorage: on worst-case inputs every state-changing method's
// declared gas is at least the EVM price of the storage it reads and
// writes, its native payments and its logs; the coldkey and hotkey views
// are checked at their caps (256 positions, 1024 subnets).
func TestGasCoversStorage(t *testing.T) {
	check := func(t *testing.T, name string, used, cost uint64) {
		t.Helper()
		if used < cost {
			t.Errorf("%s: declared gas %d below its storage cost %d", name, used, cost)
		}
		t.Logf("%s: gas %d, storage, payments and logs %d", name, used, cost)
	}
	// Each user has a few positions so that removals move entries of both
	// lists.
	setup := func(t *testing.T) *world {
		w := newWorld(t)
		for _, u := range []common.Address{alice, bob, carol} {
			for _, nid := range []uint64{1, 2, 0} {
				w.ok(u, ist.PackAddStake(k32(hk2), n(3*tao), n(nid)))
				w.ok(u, ist.PackAddStake(k32(hk1), n(3*tao), n(nid)))
			}
		}
		return w
	}
	cases := []struct {
		name      string
		from      common.Address
		input     func(w *world) []byte
		transfers uint64
	}{
		{"addStake new position", owner, func(w *world) []byte { return ist.PackAddStake(k32(hk1), n(tao), n(1)) }, 1},
		{"addStakeLimit new position", owner, func(w *world) []byte { return ist.PackAddStakeLimit(k32(hk1), n(tao), n(2*tao), true, n(1)) }, 1},
		{"removeStakeFull first position", alice, func(w *world) []byte { return ist.PackRemoveStakeFull(k32(hk2), n(1)) }, 1},
		{"removeStake all", alice, func(w *world) []byte { return ist.PackRemoveStake(k32(hk2), n(w.stake(hk2, alice, 2)), n(2)) }, 1},
		{"removeStakeLimit", alice, func(w *world) []byte { return ist.PackRemoveStakeLimit(k32(hk2), n(tao), n(1), true, n(1)) }, 1},
		{"removeStakeFullLimit", alice, func(w *world) []byte { return ist.PackRemoveStakeFullLimit(k32(hk2), n(1), n(1)) }, 1},
		{"moveStake across subnets", alice, func(w *world) []byte {
			return ist.PackMoveStake(k32(hk2), k32(ownerHk), n(1), n(2), n(w.stake(hk2, alice, 1)))
		}, 0},
		{"moveStake within a subnet", alice, func(w *world) []byte {
			return ist.PackMoveStake(k32(hk2), k32(ownerHk), n(1), n(1), n(w.stake(hk2, alice, 1)))
		}, 0},
		{"transferStake across subnets", alice, func(w *world) []byte {
			return ist.PackTransferStake(k32(owner), k32(hk2), n(1), n(2), n(w.stake(hk2, alice, 1)))
		}, 0},
		{"transferStake within a subnet", alice, func(w *world) []byte {
			return ist.PackTransferStake(k32(owner), k32(hk2), n(1), n(1), n(w.stake(hk2, alice, 1)))
		}, 0},
		{"burnAlpha all", alice, func(w *world) []byte { return ist.PackBurnAlpha(k32(hk2), n(w.stake(hk2, alice, 1)), n(1)) }, 0},
		{"approve", alice, func(w *world) []byte { return ist.PackApprove(bob, n(1), n(tao)) }, 0},
		{"increaseAllowance", alice, func(w *world) []byte { return ist.PackIncreaseAllowance(bob, n(1), n(tao)) }, 0},
		{"decreaseTake", val, func(w *world) []byte { return ist.PackDecreaseTake(k32(hk1), 100) }, 0},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			w := setup(t)
			used, cost := w.metered(t, tt.from, tt.input(w), tt.transfers)
			check(t, tt.name, used, cost)
		})
	}
	t.Run("transferStakeFrom", func(t *testing.T) {
		w := setup(t)
		w.ok(alice, ist.PackApprove(bob, n(1), n(10*tao)))
		used, cost := w.metered(t, bob, ist.PackTransferStakeFrom(alice, owner, k32(hk2), n(1), n(2), n(w.stake(hk2, alice, 1))), 0)
		check(t, "transferStakeFrom", used, cost)
	})
	t.Run("claimDissolvedStake with owner share", func(t *testing.T) {
		w := setup(t)
		w.ok(owner, ist.PackAddStake(k32(ownerHk), n(3*tao), n(2)))
		w.ok(owner, ist.PackAddStake(k32(ownerHk), n(3*tao), n(1)))
		k := w.key(2)
		pools.Dissolve(w.c.State, k)
		w.register(2, 10*tao, 10*tao)
		w.c.State.Finalise(w.c.Rules())
		used, cost := w.metered(t, owner, ist.PackClaimDissolvedStake(k32(ownerHk), n(2), n(k.Gen)), 2)
		check(t, "claimDissolvedStake", used, cost)
	})
	t.Run("coldkey views at the position cap", func(t *testing.T) {
		w := newWorld(t)
		p := protocol.DefaultParams()
		p.MaxStakePositions = staking.MaxPositionsCap
		if err := protocol.WriteParams(w.c.State, p); err != nil {
			t.Fatal(err)
		}
		k := w.key(1)
		for i := 0; i < int(staking.MaxPositionsCap); i++ {
			protocol.SetHotkeyOwner(w.c.State, hotN(i), val)
			if err := pools.AddAlphaOut(w.c.State, k, tao); err != nil {
				t.Fatal(err)
			}
			if _, err := staking.Credit(w.c.State, k, hotN(i), alice, tao); err != nil {
				t.Fatal(err)
			}
		}
		w.c.State.Finalise(w.c.Rules())
		w.fails(alice, ist.PackAddStake(k32(hk1), n(tao), n(1)), nil, staking.ErrTooManyStakePositions)
		used, cost := w.metered(t, bob, ist.PackGetTotalColdkeyStake(k32(alice)), 0)
		check(t, "getTotalColdkeyStake", used, cost)
		used, cost = w.metered(t, bob, ist.PackGetTotalColdkeyStakeOnSubnet(k32(alice), n(1)), 0)
		check(t, "getTotalColdkeyStakeOnSubnet", used, cost)
	})
	t.Run("hotkey view on 1024 subnets", func(t *testing.T) {
		w := newWorld(t)
		for nid := uint16(3); nid <= protocol.MaxSubnetLimit; nid++ {
			w.register(nid, 2*tao, 2*tao)
		}
		p := protocol.DefaultParams()
		p.MaxStakePositions = staking.MaxPositionsCap
		if err := protocol.WriteParams(w.c.State, p); err != nil {
			t.Fatal(err)
		}
		for nid := uint16(0); nid <= protocol.MaxSubnetLimit; nid++ {
			k := w.key(nid)
			if err := pools.AddAlphaOut(w.c.State, k, tao); err != nil {
				t.Fatal(err)
			}
			if _, err := staking.Credit(w.c.State, k, hk1, users[nid/256], tao); err != nil {
				t.Fatal(err)
			}
		}
		w.c.State.Finalise(w.c.Rules())
		if got := len(staking.HotkeyNetuids(w.c.State, hk1)); got != int(protocol.MaxSubnetLimit)+1 {
			t.Fatalf("hotkey on %d subnets", got)
		}
		used, cost := w.metered(t, bob, ist.PackGetTotalHotkeyStake(k32(hk1)), 0)
		check(t, "getTotalHotkeyStake", used, cost)
	})
}
