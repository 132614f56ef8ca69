package neurons_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/taoevm/taoevm/bindings"
	"github.com/taoevm/taoevm/precompiles/neurons"
	"github.com/taoevm/taoevm/precompiles/pools"
	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/precompile/precompiletest"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/subnets"
	"github.com/taoevm/taoevm/precompiles/yuma"
)

type slot struct {
	a common.Address
	k common.Hash
}

// meterDB counts the storage a call touches: distinct slots read, and
// distinct slots written from zero (new) or from a value (updated).
type meterDB struct {
	*state.StateDB
	read    map[slot]bool
	written map[slot]common.Hash // original value
}

func (m *meterDB) GetState(a common.Address, k common.Hash) common.Hash {
	v := m.StateDB.GetState(a, k)
	m.read[slot{a, k}] = true
	return v
}

func (m *meterDB) SetState(a common.Address, k, v common.Hash) common.Hash {
	s := slot{a, k}
	if _, ok := m.written[s]; !ok {
		m.written[s] = m.StateDB.GetState(a, k)
	}
	return m.StateDB.SetState(a, k, v)
}

// storageCost prices what the call touched: 2,100 per distinct slot, plus
// 20,000 for a slot written from zero and 2,900 for one written from a
// value (EIP-2929/2200 SSTORE prices after the cold access), plus logs.
func (m *meterDB) storageCost(logGas uint64) uint64 {
	cost := uint64(len(m.read)) * params.ColdSloadCostEIP2929
	for s, orig := range m.written {
		if !m.read[s] {
			cost += params.ColdSloadCostEIP2929
		}
		if orig == (common.Hash{}) {
			cost += params.SstoreSetGasEIP2200
		} else {
			cost += params.SstoreResetGasEIP2200 - params.ColdSloadCostEIP2929
		}
	}
	return cost + logGas
}

// metered runs one call through an EVM over a metering StateDB and returns
// the declared gas used and the storage cost.
func (e *testEnv) metered(t *testing.T, from common.Address, input []byte) (used, cost uint64) {
	t.Helper()
	return e.meteredTo(t, from, addr, input)
}

// meteredTo is metered for a call to any installed precompile.
func (e *testEnv) meteredTo(t *testing.T, from, to common.Address, input []byte) (used, cost uint64) {
	t.Helper()
	m := &meterDB{StateDB: e.c.State, read: map[slot]bool{}, written: map[slot]common.Hash{}}
	evm := precompile.NewEVM(e.c.BlockContext(), m, e.c.Config, vm.Config{}, e.c.Defs...)
	evm.SetTxContext(vm.TxContext{Origin: from, GasPrice: new(uint256.Int)})
	e.c.State.SetTxContext(common.Hash{0x02}, 0, 0)
	before := len(e.c.State.Logs())
	const gas = 30_000_000
	ret, left, err := evm.Call(from, to, input, vm.NewGasBudget(gas, 0), new(uint256.Int))
	if err != nil {
		t.Fatalf("%v: %v", err, neurons.Definition().DecodeRevert(ret))
	}
	var logGas uint64
	for _, l := range e.c.State.Logs()[before:] {
		logGas += precompile.LogGas(uint64(len(l.Topics)), uint64(len(l.Data)))
	}
	e.c.State.Finalise(e.c.Rules())
	return gas - left.ExecutionGas, m.storageCost(logGas)
}

// TestGasCoversStorage: on worst-case inputs each method's declared gas is
// at least the EVM price of the storage it actually reads and writes and
// the logs it emits.
func TestGasCoversStorage(t *testing.T) {
	check := func(t *testing.T, name string, used, cost uint64) {
		t.Helper()
		if used < cost {
			t.Errorf("%s: declared gas %d below its storage cost %d", name, used, cost)
		}
		t.Logf("%s: gas %d, storage and logs %d", name, used, cost)
	}

	t.Run("register into a full 4096-uid subnet", func(t *testing.T) {
		e := newEnv(t)
		k := e.subnet(1)
		st := e.c.State
		n := int(protocol.MaxUidsLimit)
		subnets.Set(st, k, subnets.HMaxAllowedUids, uint64(n))
		for i := 1; i < n; i++ {
			neurons.PlaceNeuron(st, k, uint16(i), hot(i), 1)
			neurons.SetEmission(st, k, uint16(i), 10)
		}
		neurons.StoreWeights(st, k, 1, make([]yumaEntry, 3))
		subnets.SetUidCount(st, k, uint16(n))
		e.c.Number = 100_000
		e.fund(carol, 10) // a new coldkey, a new hotkey owner
		used, cost := e.metered(t, carol, nb.PackBurnedRegister(1, key(common.HexToAddress("0xfeed"))))
		check(t, "burnedRegister", used, cost)
	})
	t.Run("register into a subnet with room", func(t *testing.T) {
		e := newEnv(t)
		e.subnet(1)
		e.fund(carol, 10)
		used, cost := e.metered(t, carol, nb.PackRegisterLimit(1, key(hot(5)), 5e9))
		check(t, "registerLimit", used, cost)
	})
	t.Run("weights", func(t *testing.T) {
		e, k := weightsEnv(t)
		n := 5
		uids, vals := make([]uint16, n), make([]uint16, n)
		for i := range uids {
			uids[i], vals[i] = uint16(i), uint16(i*3+1)
		}
		used, cost := e.metered(t, hot(1), nb.PackSetWeights(1, uids, vals, 0))
		check(t, "setWeights", used, cost)
		subnets.Set(e.c.State, k, subnets.HCommitRevealWeightsEnabled, 1)
		p := protocol.DefaultParams()
		p.WeightsSetRateLimit = 0
		if err := protocol.WriteParams(e.c.State, p); err != nil {
			t.Fatal(err)
		}
		for i := 0; i < 9; i++ {
			e.ok(hot(1), nb.PackCommitWeights(1, common.Hash{byte(i + 1)}))
		}
		salt := []uint16{1, 2, 3}
		used, cost = e.metered(t, hot(1), nb.PackCommitWeights(1, neurons.CommitHash(hot(1), 1, uids, vals, salt, 0)))
		check(t, "commitWeights (tenth slot)", used, cost)
		e.c.Number += 361
		used, cost = e.metered(t, hot(1), nb.PackRevealWeights(1, uids, vals, salt, 0))
		check(t, "revealWeights", used, cost)
		e.ok(hot(1), nb.PackCommitWeights(1, common.Hash{0x77})) // ten pending again
		used, cost = e.metered(t, bob, nb.PackGetWeightCommits(1, key(hot(1))))
		check(t, "getWeightCommits (ten)", used, cost)
		used, cost = e.metered(t, bob, nb.PackGetEpochIndex(1))
		check(t, "getEpochIndex", used, cost)
		used, cost = e.metered(t, bob, nb.PackGetWeights(1, 1))
		check(t, "getWeights", used, cost)
	})
	t.Run("serving", func(t *testing.T) {
		e, _ := weightsEnv(t)
		used, cost := e.metered(t, hot(1), nb.PackServeAxonTls(1, 1, ipv6, 1, 6, 1, 0, 0, make65()))
		check(t, "serveAxonTls", used, cost)
		e.c.Number += 100
		used, cost = e.metered(t, hot(1), nb.PackServeAxon(1, 1, ipv6, 1, 6, 1, 0, 0))
		check(t, "serveAxon (clearing a certificate)", used, cost)
		used, cost = e.metered(t, hot(1), nb.PackServePrometheus(1, 1, ipv6, 1, 6))
		check(t, "servePrometheus", used, cost)
	})
}

func make65() []byte {
	b := make([]byte, neurons.MaxCertificateLen)
	for i := range b {
		b[i] = byte(i + 1)
	}
	return b
}

type yumaEntry = yuma.Entry

// TestOwnerHookGas: registerNetwork, with this module's hook giving the
// owner hotkey uid 0, still costs at least the storage it touches, and the
// hook's own writes fit in subnets.RegistrationHookGas.
func TestOwnerHookGas(t *testing.T) {
	c := precompiletest.New(t, subnets.Definition(), neurons.Definition(), pools.Definition())
	e := &testEnv{t: t, c: c}
	e.fund(owner, 1000)
	used, cost := e.meteredTo(t, owner, subnets.Address, bindings.NewISubnet().PackRegisterNetwork(key(ownerHot)))
	if used < cost {
		t.Fatalf("registerNetwork: gas %d below its storage cost %d", used, cost)
	}
	k := protocol.Current(c.State, 1)
	if u, ok := neurons.UidOf(c.State, k, ownerHot); !ok || u != 0 || subnets.UidCount(c.State, k) != 1 ||
		neurons.RegisteredAt(c.State, k, 0) != c.Number || neurons.LoadCore(c.State, k, 0).Hotkey != ownerHot {
		t.Fatal("the owner hotkey did not get uid 0")
	}
	// The hook alone: five new slots and their cold reads.
	m := &meterDB{StateDB: c.State, read: map[slot]bool{}, written: map[slot]common.Hash{}}
	if err := neurons.RegisterOwnerHook(hookBank{m}, protocol.NetKey{Netuid: 9, Gen: 1}, owner, hot(9), 5); err != nil {
		t.Fatal(err)
	}
	if got := m.storageCost(0); got > subnets.RegistrationHookGas {
		t.Fatalf("hook storage %d above RegistrationHookGas %d", got, subnets.RegistrationHookGas)
	}
}

// hookBank is the protocol.Bank the hook gets, over a metering StateDB.
type hookBank struct{ *meterDB }

func (hookBank) Transfer(common.Address, common.Address, *uint256.Int) error { return nil }
