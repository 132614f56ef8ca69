package bench

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/taoevm/taoevm/contracts"
	"github.com/taoevm/taoevm/node/chain"
	"github.com/taoevm/taoevm/node/devkeys"
	"github.com/taoevm/taoevm/node/executor"
)

const benchGasLimit = 150_000_000

// ComputeRounds makes one Bench.compute call use about 1M gas.
const ComputeRounds = 2750

var (
	benchKey   = devkeys.Dev()[0]
	benchChain = big.NewInt(chain.DevChainID)
)

func signTx(t testing.TB, nonce uint64, to *common.Address, gas uint64, data []byte) *types.Transaction {
	tx, err := benchKey.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: benchChain, Nonce: nonce, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(100 * params.GWei), Gas: gas, To: to, Data: data}), benchChain)
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

// execFixture is a chain with the benchmark contracts deployed and the
// measured block built (not committed) on its head.
type execFixture struct {
	c      *chain.Chain
	parent *types.Header
	block  *types.Block
}

func newExecFixture(t testing.TB, kind string) *execFixture {
	g := chain.DevGenesis(benchChain, []common.Address{benchKey.Address()})
	g.GasLimit = benchGasLimit
	// No native block step: both processors run exactly the same work.
	c, err := chain.Open(rawdb.NewMemoryDatabase(), chain.Config{Genesis: g})
	if err != nil {
		t.Fatal(err)
	}
	tokenAddr := crypto.CreateAddress(benchKey.Address(), 0)
	benchAddr := crypto.CreateAddress(benchKey.Address(), 1)
	supply := new(big.Int).Lsh(big.NewInt(1), 200)
	ctor, err := contracts.MustABI("BenchToken").Pack("", supply)
	if err != nil {
		t.Fatal(err)
	}
	deploy := types.Transactions{
		signTx(t, 0, nil, 2_000_000, append(contracts.MustBytecode("BenchToken"), ctor...)),
		signTx(t, 1, nil, 2_000_000, contracts.MustBytecode("Bench")),
	}
	head := c.BlockChain().CurrentBlock()
	built, err := c.Build(context.Background(), head.Hash(), executor.Attrs{Time: head.Time + 12}, deploy)
	if err != nil || len(built.Block.Transactions()) != 2 {
		t.Fatalf("deploy: %v", err)
	}
	for _, r := range built.Receipts {
		if r.Status != types.ReceiptStatusSuccessful {
			t.Fatal("deploy failed")
		}
	}
	if _, err := c.Commit(built.Block.Hash()); err != nil {
		t.Fatal(err)
	}
	var txs types.Transactions
	switch kind {
	case "erc20":
		tokenABI := contracts.MustABI("BenchToken")
		for i := 0; i < 1000; i++ {
			data, _ := tokenABI.Pack("transfer", common.BigToAddress(big.NewInt(int64(0x10000+i))), big.NewInt(int64(i+1)))
			txs = append(txs, signTx(t, uint64(2+i), &tokenAddr, 100_000, data))
		}
	case "compute":
		benchABI := contracts.MustABI("Bench")
		data, _ := benchABI.Pack("compute", big.NewInt(ComputeRounds))
		for i := 0; i < 100; i++ {
			txs = append(txs, signTx(t, uint64(2+i), &benchAddr, 1_400_000, data))
		}
	}
	parent := c.BlockChain().CurrentBlock()
	built, err = c.Build(context.Background(), parent.Hash(), executor.Attrs{Time: parent.Time + 12, GasLimit: benchGasLimit}, txs)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(built.Block.Transactions()); n != len(txs) {
		t.Fatalf("only %d of %d txs fit: %v", n, len(txs), built.Skipped[0].Err)
	}
	for _, r := range built.Receipts {
		if r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("%s tx failed (gas used %d)", kind, r.GasUsed)
		}
	}
	return &execFixture{c: c, parent: parent, block: built.Block}
}

// run executes the fixture block once with p on a fresh parent state and
// returns a function that validates the result (state root, receipts,
// bloom). Validation is kept out of the timed part, but it also drains work
// go-ethereum's processor leaves running in the background after Process
// returns, so that work does not spill into the next timed run.
func (f *execFixture) run(b testing.TB, p core.Processor) (validate func()) {
	bc := f.c.BlockChain()
	st, err := bc.StateAt(f.parent.Root, f.parent.Number, f.parent.Time)
	if err != nil {
		b.Fatal(err)
	}
	res, err := p.Process(context.Background(), f.block, st, nil, nil, vm.Config{}, nil)
	if err != nil {
		b.Fatal(err)
	}
	return func() {
		if err := bc.Validator().ValidateState(f.block, st, res, false); err != nil {
			b.Fatal(err)
		}
	}
}

// TestExecFixtures checks the benchmark blocks: both processors reach the
// block's state root, and a compute call costs about 1M gas.
func TestExecFixtures(t *testing.T) {
	for _, kind := range []string{"erc20", "compute"} {
		f := newExecFixture(t, kind)
		bc := f.c.BlockChain()
		for name, p := range map[string]core.Processor{"ours": f.c.Executor(), "stock": core.NewStateProcessor(bc)} {
			st, _ := bc.StateAt(f.parent.Root, f.parent.Number, f.parent.Time)
			if _, err := p.Process(context.Background(), f.block, st, nil, nil, vm.Config{}, nil); err != nil {
				t.Fatal(err)
			}
			if root := st.IntermediateRoot(bc.Config().Rules(f.block.Number(), true, f.block.Time())); root != f.block.Root() {
				t.Fatalf("%s %s: root %x, block %x", kind, name, root, f.block.Root())
			}
		}
		if kind == "compute" {
			per := f.block.GasUsed() / 100
			if per < 800_000 || per > 1_300_000 {
				t.Fatalf("compute call uses %d gas, want about 1M", per)
			}
		}
	}
}

// BenchmarkExec executes each fixture block alternately through go-ethereum's
// core.StateProcessor and taoevm's executor, so both see the same machine
// load, and reports each one's time per block and their ratio
// (stock/taoevm; >= 1 means taoevm is at least as fast), both in wall
// time and in this process's CPU time (user+system, all threads), which
// other processes on a shared machine disturb less.
func BenchmarkExec(b *testing.B) {
	for _, kind := range []string{"erc20", "compute"} {
		f := newExecFixture(b, kind)
		stock := core.NewStateProcessor(f.c.BlockChain())
		ours := f.c.Executor()
		b.Run(kind, func(b *testing.B) {
			b.ReportAllocs()
			f.run(b, stock)() // warm both paths' caches
			f.run(b, ours)()
			var wStock, wOurs, cStock, cOurs time.Duration
			for i := 0; i < b.N; i++ {
				first, second := core.Processor(stock), core.Processor(ours)
				if i%2 == 1 {
					first, second = second, first
				}
				w0, c0 := time.Now(), cpuTime()
				v1 := f.run(b, first)
				w1, c1 := time.Now(), cpuTime()
				v1()
				w1b, c1b := time.Now(), cpuTime()
				v2 := f.run(b, second)
				w2, c2 := time.Now(), cpuTime()
				v2()
				if i%2 == 0 {
					wStock, cStock = wStock+w1.Sub(w0), cStock+c1-c0
					wOurs, cOurs = wOurs+w2.Sub(w1b), cOurs+c2-c1b
				} else {
					wOurs, cOurs = wOurs+w1.Sub(w0), cOurs+c1-c0
					wStock, cStock = wStock+w2.Sub(w1b), cStock+c2-c1b
				}
			}
			n := float64(b.N)
			b.ReportMetric(float64(wStock.Nanoseconds())/n, "stock-wall-ns/block")
			b.ReportMetric(float64(wOurs.Nanoseconds())/n, "taoevm-wall-ns/block")
			b.ReportMetric(float64(wStock)/float64(wOurs), "wall-ratio")
			b.ReportMetric(float64(cStock.Nanoseconds())/n, "stock-cpu-ns/block")
			b.ReportMetric(float64(cOurs.Nanoseconds())/n, "taoevm-cpu-ns/block")
			b.ReportMetric(float64(cStock)/float64(cOurs), "cpu-ratio")
		})
		f.c.Close()
	}
}
