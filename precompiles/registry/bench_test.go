package registry_test

import (
	"math"
	"math/big"
	"runtime"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/taoevm/taoevm/bindings"
	"github.com/taoevm/taoevm/contracts"
	"github.com/taoevm/taoevm/precompiles/precompile/precompiletest"
	"github.com/taoevm/taoevm/precompiles/registry"
)

// computeRounds makes one Bench.compute call use about 1M gas.
const computeRounds = 4000

// tokenTransfers is the number of token transfer transactions per op.
const tokenTransfers = 100

type newEVMFunc func(vm.BlockContext, vm.StateDB, *params.ChainConfig, vm.Config) *vm.EVM

var constructors = []struct {
	name string
	new  newEVMFunc
}{
	{"stock", vm.NewEVM},
	{"taoevm", registry.NewEVM},
}

type benchChain struct {
	*precompiletest.Chain
	sender      common.Address
	bench       common.Address
	token       common.Address
	computeCall []byte
}

func newBenchChain(tb testing.TB) *benchChain {
	c := precompiletest.New(tb, registry.Definitions()...)
	sender := common.HexToAddress("0x5e4d000000000000000000000000000000000001")
	c.Fund(sender, precompiletest.TAO(1000))
	bc := &benchChain{Chain: c, sender: sender}
	bc.bench = c.Deploy(sender, contracts.MustBytecode("Bench"))
	ctor := bindings.NewBenchToken().PackConstructor(new(big.Int).Lsh(big.NewInt(1), 200))
	bc.token = c.Deploy(sender, append(contracts.MustBytecode("BenchToken"), ctor...))
	bc.computeCall = bindings.NewBench().PackCompute(big.NewInt(computeRounds))
	return bc
}

// compute runs one ~1M gas call of Bench.compute.
func (bc *benchChain) compute(tb testing.TB, newEVM newEVMFunc) uint64 {
	evm := newEVM(bc.BlockContext(), bc.State, bc.Config, vm.Config{})
	const budget = 5_000_000
	_, left, err := evm.Call(bc.sender, bc.bench, bc.computeCall, vm.NewGasBudget(budget, 0), new(uint256.Int))
	if err != nil {
		tb.Fatal(err)
	}
	return budget - left.ExecutionGas
}

// transfers runs tokenTransfers token transfer transactions in one EVM, as
// a block does.
func (bc *benchChain) transfers(tb testing.TB, newEVM newEVMFunc, round int) {
	evm := newEVM(bc.BlockContext(), bc.State, bc.Config, vm.Config{})
	gp := core.NewGasPool(math.MaxUint64)
	tok := bindings.NewBenchToken()
	rules := bc.Rules()
	for i := 0; i < tokenTransfers; i++ {
		to := common.Address{0x70, byte(round), byte(i)}
		msg := &core.Message{
			From:      bc.sender,
			To:        &bc.token,
			Nonce:     bc.State.GetNonce(bc.sender),
			Value:     new(uint256.Int),
			GasLimit:  100_000,
			GasPrice:  new(uint256.Int),
			GasFeeCap: new(uint256.Int),
			GasTipCap: new(uint256.Int),
			Data:      tok.PackTransfer(to, big.NewInt(1)),
		}
		bc.State.SetTxContext(common.Hash{byte(i)}, i, 0)
		res, err := core.ApplyMessage(evm, msg, gp)
		if err != nil || res.Err != nil {
			tb.Fatalf("transfer: %v %v", err, res.Err)
		}
		bc.State.Finalise(rules)
	}
}

// TestBenchContracts checks that the benchmark's contracts do what the
// benchmark assumes, on both constructors.
func TestBenchContracts(t *testing.T) {
	bc := newBenchChain(t)
	for _, ctor := range constructors {
		if used := bc.compute(t, ctor.new); used < 500_000 || used > 2_000_000 {
			t.Fatalf("%s: compute used %d gas, want about 1M", ctor.name, used)
		}
		bc.transfers(t, ctor.new, 0)
	}
	bal, err := bindings.NewBenchToken().UnpackBalanceOf(bc.Tx(bc.sender, &bc.token, bindings.NewBenchToken().PackBalanceOf(common.Address{0x70, 0, 5}), nil).Ret)
	if err != nil || bal.Int64() != 2 {
		t.Fatalf("recipient balance %v %v, want 2 (one per constructor)", bal, err)
	}
}

// BenchmarkEVM compares an EVM from registry.NewEVM (native precompiles,
// transfer hook, warming StateDB wrapper) with a stock vm.NewEVM on
// contract-heavy work: a ~1M gas compute call per op, and 100 token
// transfer transactions per op.
//
//	go test -run '^$' -bench BenchmarkEVM -benchtime 2s -count 6 ./precompiles/registry/
func BenchmarkEVM(b *testing.B) {
	for _, work := range []string{"compute", "token"} {
		for _, ctor := range constructors {
			b.Run(work+"/"+ctor.name, func(b *testing.B) {
				bc := newBenchChain(b)
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					if work == "compute" {
						bc.compute(b, ctor.new)
					} else {
						bc.transfers(b, ctor.new, i)
					}
				}
			})
		}
	}
}

// BenchmarkEVMRatio runs the stock and the taoevm constructor alternately
// in the same loop, so that both see the same machine load, and reports
// each one's time per op and their ratio (taoevm/stock; 1.10 would be 10%
// slower). On Linux the times are the CPU time of the benchmark's own
// (locked) thread, which a loaded machine disturbs far less than wall time.
//
//	go test -run '^$' -bench BenchmarkEVMRatio -benchtime 200x ./precompiles/registry/
func BenchmarkEVMRatio(b *testing.B) {
	for _, work := range []string{"compute", "token"} {
		b.Run(work, func(b *testing.B) {
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			bc := newBenchChain(b)
			var spent [2]time.Duration
			now := func() time.Duration {
				if d, ok := threadCPU(); ok {
					return d
				}
				return time.Duration(time.Now().UnixNano())
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				for k := 0; k < 2; k++ {
					j := (i + k) % 2 // alternate which one runs first
					start := now()
					if work == "compute" {
						bc.compute(b, constructors[j].new)
					} else {
						bc.transfers(b, constructors[j].new, 2*i+k)
					}
					spent[j] += now() - start
				}
			}
			b.ReportMetric(float64(spent[0].Nanoseconds())/float64(b.N), "stock-ns/op")
			b.ReportMetric(float64(spent[1].Nanoseconds())/float64(b.N), "taoevm-ns/op")
			b.ReportMetric(float64(spent[1])/float64(spent[0]), "ratio")
		})
	}
}
