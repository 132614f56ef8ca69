package metagraph_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/taoevm/taoevm/precompiles/metagraph"
	"github.com/taoevm/taoevm/precompiles/precompile"
)

// readMeter counts the distinct storage slots a view reads.
type readMeter struct {
	*state.StateDB
	read map[[2]common.Hash]bool
}

func (m *readMeter) GetState(a common.Address, k common.Hash) common.Hash {
	m.read[[2]common.Hash{common.BytesToHash(a[:]), k}] = true
	return m.StateDB.GetState(a, k)
}

// TestGasCoversReads: every view's gas is at least 2,100 per distinct
// storage slot it reads (uid 1 has every field set, including a
// two-word certificate and stake on subnet 1).
func TestGasCoversReads(t *testing.T) {
	f := setup(t)
	def := metagraph.Definition()
	for _, h := range def.Handlers() {
		m := def.ABI().Methods[h.Name]
		var in []byte
		var err error
		if len(m.Inputs) == 1 {
			in, err = m.Inputs.Pack(uint16(1))
		} else {
			in, err = m.Inputs.Pack(uint16(1), uint16(1))
		}
		must(t, err)
		meter := &readMeter{StateDB: f.c.State, read: map[[2]common.Hash]bool{}}
		evm := precompile.NewEVM(f.c.BlockContext(), meter, f.c.Config, vm.Config{}, f.c.Defs...)
		evm.SetTxContext(vm.TxContext{Origin: bob, GasPrice: new(uint256.Int)})
		const gas = 20_000_000
		ret, left, err := evm.Call(bob, metagraph.Address, append(append([]byte{}, m.ID...), in...), vm.NewGasBudget(gas, 0), new(uint256.Int))
		if err != nil {
			t.Fatalf("%s: %v %v", h.Name, err, def.DecodeRevert(ret))
		}
		used, cost := gas-left.ExecutionGas, uint64(len(meter.read))*params.ColdSloadCostEIP2929
		if used < cost {
			t.Errorf("%s: gas %d below %d reads (%d)", h.Name, used, len(meter.read), cost)
		}
	}
}
