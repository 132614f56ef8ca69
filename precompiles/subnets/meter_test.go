package subnets_test

import (
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	_ "github.com/taoevm/taoevm/precompiles/neurons" // installs the uid 0 registration hook
	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/subnets"
)

type meterSlot struct {
	a common.Address
	k common.Hash
}

// meterDB records the distinct storage slots a call reads and writes.
type meterDB struct {
	*state.StateDB
	read    map[meterSlot]bool
	written map[meterSlot]common.Hash // value before the call
}

func (m *meterDB) GetState(a common.Address, k common.Hash) common.Hash {
	m.read[meterSlot{a, k}] = true
	return m.StateDB.GetState(a, k)
}

func (m *meterDB) SetState(a common.Address, k, v common.Hash) common.Hash {
	if _, ok := m.written[meterSlot{a, k}]; !ok {
		m.written[meterSlot{a, k}] = m.StateDB.GetState(a, k)
	}
	return m.StateDB.SetState(a, k, v)
}

// cost prices the touched storage as the EVM would (cold reads, new and
// updated slots) plus the logs and the value transfers.
func (m *meterDB) cost(logGas uint64, transfers int) uint64 {
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
	return c + logGas + uint64(transfers)*params.CallValueTransferGas
}

// metered runs one call over a metering StateDB; it returns the declared
// gas used and the metered cost.
func (c *chain) metered(from common.Address, input []byte, transfers int) (used, cost uint64) {
	c.t.Helper()
	m := &meterDB{StateDB: c.State, read: map[meterSlot]bool{}, written: map[meterSlot]common.Hash{}}
	evm := precompile.NewEVM(c.BlockContext(), m, c.Config, vm.Config{}, c.Defs...)
	evm.SetTxContext(vm.TxContext{Origin: from, GasPrice: new(uint256.Int)})
	c.State.SetTxContext(common.Hash{0x02}, 0, 0)
	before := len(c.State.Logs())
	const gas = 30_000_000
	ret, left, err := evm.Call(from, addr, input, vm.NewGasBudget(gas, 0), new(uint256.Int))
	if err != nil {
		c.t.Fatalf("%v: %v", err, def.DecodeRevert(ret))
	}
	var logGas uint64
	for _, l := range c.State.Logs()[before:] {
		logGas += precompile.LogGas(uint64(len(l.Topics)), uint64(len(l.Data)))
	}
	c.State.Finalise(c.Rules())
	return gas - left.ExecutionGas, m.cost(logGas, transfers)
}

// TestGasCoversStorage: on worst-case inputs the declared gas of each
// state-changing method and heavy view covers the EVM price of the storage
// it touches, its logs and its value transfers (the neurons module's uid 0
// hook included).
func TestGasCoversStorage(t *testing.T) {
	check := func(t *testing.T, name string, used, cost uint64) {
		t.Helper()
		if used < cost {
			t.Errorf("%s: declared gas %d below its metered cost %d", name, used, cost)
		}
		t.Logf("%s: declared %d, metered %d", name, used, cost)
	}
	max := func(n int) string { return strings.Repeat("x", n) }
	ident := func(h common.Address) []byte {
		return sn.PackRegisterNetwork1(key(h), max(256), max(1024), max(1024), max(1024), max(256), max(1024), max(1024), max(1024))
	}

	t.Run("registerNetwork dissolving at cap 1024 with a full identity", func(t *testing.T) {
		if testing.Short() {
			t.Skip("registers 1024 subnets")
		}
		p := testParams()
		p.SubnetLimit = protocol.MaxSubnetLimit
		p.NetworkRateLimit = 0
		p.LockReductionInterval = 1
		p.MinLockCost = 1_000_000
		p.NetworkImmunityPeriod = 0
		c := newChain(t, p)
		for i := 1; i <= int(protocol.MaxSubnetLimit); i++ {
			c.Number += 2
			c.register(alice, common.Address{0xaa, byte(i >> 8), byte(i)})
		}
		// The escrow refund goes to a fresh owner account.
		subnets.SetOwner(c.State, protocol.NetKey{Netuid: 1, Gen: 1}, common.Address{0x77})
		c.Number += 3
		used, cost := c.metered(bob, ident(common.Address{0xbb}), 3)
		check(t, "registerNetwork1", used, cost)
		subnets.SetOwner(c.State, protocol.NetKey{Netuid: 2, Gen: 1}, common.Address{0x78})
		c.Number += 3
		used, cost = c.metered(carol, sn.PackRegisterNetwork(key(common.Address{0xcc})), 3)
		check(t, "registerNetwork", used, cost)
	})
	t.Run("first registration with a full identity", func(t *testing.T) {
		c := newChain(t, testParams())
		used, cost := c.metered(bob, ident(common.Address{0xbb}), 2)
		check(t, "registerNetwork1", used, cost)
	})
	t.Run("setters", func(t *testing.T) {
		c := newChain(t, testParams())
		c.Number = 10
		n := c.register(alice, hkA)
		k := protocol.NetKey{Netuid: n, Gen: 1}
		subnets.SetUidCount(c.State, k, 64)
		for _, tc := range []struct {
			name  string
			input []byte
		}{
			{"setMinBurn", sn.PackSetMinBurn(n, 900_000_000)},
			{"setMaxBurn", sn.PackSetMaxBurn(n, 2*tao)},
			{"setBurnHalfLife", sn.PackSetBurnHalfLife(n, 100)},
			{"setMaxAllowedUids", sn.PackSetMaxAllowedUids(n, 4096)},
			{"setMinAllowedWeights", sn.PackSetMinAllowedWeights(n, 10)},
			{"setAlphaValues", sn.PackSetAlphaValues(n, 2000, 3000)},
			{"setActivityCutoff", sn.PackSetActivityCutoff(n, 1000)},
			{"setSubnetOwnerHotkey", sn.PackSetSubnetOwnerHotkey(n, key(common.Address{0x55}))},
			{"setSubnetIdentity", sn.PackSetSubnetIdentity(n, max(256), max(1024), max(1024), max(1024), max(256), max(1024), max(1024), max(1024))},
			{"transferSubnetOwnership", sn.PackTransferSubnetOwnership(n, bob)},
		} {
			used, cost := c.metered(alice, tc.input, 0)
			check(t, tc.name, used, cost)
		}
	})
	t.Run("views", func(t *testing.T) {
		c := newChain(t, testParams())
		n := c.register(alice, hkA)
		c.tx(alice, sn.PackSetSubnetIdentity(n, max(256), max(1024), max(1024), max(1024), max(256), max(1024), max(1024), max(1024)), nil)
		for _, tc := range []struct {
			name  string
			input []byte
		}{
			{"getSubnetIdentity", sn.PackGetSubnetIdentity(n)},
			{"getBurn", sn.PackGetBurn(n)},
			{"getNetworkLockCost", sn.PackGetNetworkLockCost()},
			{"getActivityCutoffFactor", sn.PackGetActivityCutoffFactor(n)},
			{"getAlphaValues", sn.PackGetAlphaValues(n)},
		} {
			used, cost := c.metered(alice, tc.input, 0)
			check(t, tc.name, used, cost)
		}
	})
}
