package chain

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/taoevm/taoevm/node/executor"
	"github.com/taoevm/taoevm/precompiles/precompile"
)

var coinbase = common.HexToAddress("0xc0ffee")

// buildSequence commits a fixed sequence of blocks: transfers, a log
// emitting deployment and empty blocks.
func buildSequence(t *testing.T, c *Chain) []*types.Block {
	var out []*types.Block
	to := common.HexToAddress("0xbeef")
	out = append(out, mine(t, c, coinbase, transfer(t, 0, 0, to, 1), transfer(t, 1, 0, to, 2), logTx(t, 2, 0)))
	out = append(out, mine(t, c, coinbase))
	out = append(out, mine(t, c, coinbase, transfer(t, 0, 1, to, 3), transfer(t, 0, 2, testAccounts[5].Address(), 4)))
	out = append(out, mine(t, c, coinbase, logTx(t, 3, 0), logTx(t, 3, 1)))
	return out
}

func TestDeterministic(t *testing.T) {
	a := buildSequence(t, openTest(t, nil, "", nil))
	b := buildSequence(t, openTest(t, nil, "", nil))
	for i := range a {
		if a[i].Hash() != b[i].Hash() || a[i].Root() != b[i].Root() {
			t.Fatalf("block %d differs: %x/%x vs %x/%x", i, a[i].Hash(), a[i].Root(), b[i].Hash(), b[i].Root())
		}
	}
	if a[0].Transactions().Len() != 3 || a[0].GasUsed() == 0 || a[0].Bloom() == (types.Bloom{}) {
		t.Fatalf("block 1 not as built: txs %d gas %d", a[0].Transactions().Len(), a[0].GasUsed())
	}
}

// TestStockProcessorAgrees imports our blocks into a core.BlockChain with
// geth's own StateProcessor and validator: every root and receipt root must
// match.
func TestStockProcessorAgrees(t *testing.T) {
	ours := buildSequence(t, openTest(t, nil, "", nil))
	stock, err := core.NewBlockChain(rawdb.NewMemoryDatabase(), testGenesis(), executor.NewEngine(), BlockChainConfig(false))
	if err != nil {
		t.Fatal(err)
	}
	defer stock.Stop()
	if n, err := stock.InsertChain(ours); err != nil {
		t.Fatalf("stock processor rejected block %d: %v", n, err)
	}
	if got := stock.CurrentBlock().Root; got != ours[len(ours)-1].Root() {
		t.Fatalf("root mismatch %x vs %x", got, ours[len(ours)-1].Root())
	}
}

func TestBlockHookRunsFirstAndInEmptyBlocks(t *testing.T) {
	key, _ := crypto.GenerateKey()
	addr := crypto.PubkeyToAddress(key.PublicKey)
	hook := &creditHook{addr: addr}
	c := openTest(t, nil, "", []precompile.BlockHook{hook})
	// The account only has the ether the hook credits in this very block; its
	// transaction succeeds only if the hook ran before the transactions.
	to := common.HexToAddress("0xbeef")
	tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(DevChainID), Nonce: 0, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(10 * params.GWei), Gas: 21000, To: &to, Value: big.NewInt(1000)}), types.LatestSignerForChainID(big.NewInt(DevChainID)), key)
	if err != nil {
		t.Fatal(err)
	}
	b1 := mine(t, c, coinbase, tx)
	if b1.Transactions().Len() != 1 {
		t.Fatal("hook-funded tx not included")
	}
	mine(t, c, coinbase)
	b3 := mine(t, c, coinbase)
	st, _ := c.BlockChain().StateAt(b3.Root(), b3.Number(), b3.Time())
	spent := new(big.Int).Add(big.NewInt(1000), new(big.Int).Mul(big.NewInt(21000), b1.BaseFee()))
	spent.Add(spent, big.NewInt(21000)) // tip 1 wei/gas
	want := new(big.Int).Sub(big.NewInt(3*params.Ether), spent)
	if got := st.GetBalance(addr).ToBig(); got.Cmp(want) != 0 {
		t.Fatalf("balance %v want %v", got, want)
	}
	if len(hook.seen) != 3 || hook.seen[2] != 3 {
		t.Fatalf("hook saw blocks %v", hook.seen)
	}
	// A chain with the same hook imports the blocks to the same root; a
	// chain without it rejects them.
	other := openTest(t, nil, "", []precompile.BlockHook{&creditHook{addr: addr}})
	for _, n := range []uint64{1, 2, 3} {
		b := c.BlockChain().GetBlockByNumber(n)
		if err := other.Import(context.Background(), b); err != nil {
			t.Fatalf("import %d: %v", n, err)
		}
		if _, err := other.Commit(b.Hash()); err != nil {
			t.Fatal(err)
		}
	}
	plain := openTest(t, nil, "", nil)
	if err := plain.Import(context.Background(), b1); err == nil {
		t.Fatal("chain without the hook accepted a block that needs it")
	}
}

type failHook struct{}

var errHookTest = errors.New("hook failed")

func (failHook) Name() string                       { return "fail" }
func (failHook) OnBlock(*precompile.BlockEnv) error { return errHookTest }

func TestBlockHookErrorAbortsBlock(t *testing.T) {
	c := openTest(t, nil, "", []precompile.BlockHook{failHook{}})
	head := c.BlockChain().CurrentBlock()
	_, err := c.Build(context.Background(), head.Hash(), executor.Attrs{Time: head.Time + 1}, nil)
	if !errors.Is(err, executor.ErrBlockHook) || !errors.Is(err, errHookTest) {
		t.Fatalf("want ErrBlockHook wrapping the hook error, got %v", err)
	}
}

func TestBuildImportCommit(t *testing.T) {
	c := openTest(t, nil, "", nil)
	heads := make(chan core.ChainHeadEvent, 16)
	sub := c.BlockChain().SubscribeChainHeadEvent(heads)
	defer sub.Unsubscribe()
	logsCh := make(chan []*types.Log, 16)
	lsub := c.BlockChain().SubscribeLogsEvent(logsCh)
	defer lsub.Unsubscribe()

	genesis := c.BlockChain().CurrentBlock()
	ctx := context.Background()
	candA, err := c.Build(ctx, genesis.Hash(), executor.Attrs{Time: genesis.Time + 5, Coinbase: coinbase}, types.Transactions{logTx(t, 0, 0)})
	if err != nil {
		t.Fatal(err)
	}
	candB, err := c.Build(ctx, genesis.Hash(), executor.Attrs{Time: genesis.Time + 6, Coinbase: coinbase}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if candA.Block.Hash() == candB.Block.Hash() {
		t.Fatal("distinct candidates share a hash")
	}
	select {
	case <-heads:
		t.Fatal("head event fired for a candidate")
	case <-logsCh:
		t.Fatal("logs event fired for a candidate")
	case <-time.After(100 * time.Millisecond):
	}
	if c.BlockChain().CurrentBlock().Hash() != genesis.Hash() {
		t.Fatal("Build moved the head")
	}
	// Timestamps must increase.
	if _, err := c.Build(ctx, genesis.Hash(), executor.Attrs{Time: genesis.Time}, nil); !errors.Is(err, executor.ErrTimestamp) {
		t.Fatalf("want ErrTimestamp, got %v", err)
	}
	if _, err := c.Commit(common.Hash{1}); !errors.Is(err, ErrUnknownBlock) {
		t.Fatalf("want ErrUnknownBlock, got %v", err)
	}
	if _, err := c.Commit(candA.Block.Hash()); err != nil {
		t.Fatal(err)
	}
	select {
	case ev := <-heads:
		if ev.Header.Hash() != candA.Block.Hash() {
			t.Fatal("head event for the wrong block")
		}
	case <-time.After(2 * time.Second):
		t.Fatal("no head event on Commit")
	}
	select {
	case logs := <-logsCh:
		if len(logs) != 1 || logs[0].BlockHash != candA.Block.Hash() {
			t.Fatalf("unexpected logs %v", logs)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("no logs event on Commit")
	}
	rs := c.BlockChain().GetReceiptsByHash(candA.Block.Hash())
	if len(rs) != 1 || rs[0].Status != types.ReceiptStatusSuccessful || len(rs[0].Logs) != 1 {
		t.Fatalf("receipts not stored: %v", rs)
	}
	// Import into a second chain: same root, no head change until Commit.
	other := openTest(t, nil, "", nil)
	if err := other.Import(ctx, candA.Block); err != nil {
		t.Fatal(err)
	}
	if other.BlockChain().CurrentBlock().Number.Uint64() != 0 {
		t.Fatal("Import moved the head")
	}
	if _, err := other.Commit(candA.Block.Hash()); err != nil {
		t.Fatal(err)
	}
	if got := other.BlockChain().CurrentBlock(); got.Hash() != candA.Block.Hash() || got.Root != candA.Block.Root() {
		t.Fatal("imported head differs")
	}
	// A tampered block is rejected by Import.
	bad := types.NewBlockWithHeader(func() *types.Header { h := candB.Block.Header(); h.Root = common.Hash{9}; return h }()).WithBody(*candB.Block.Body())
	if err := other.Import(ctx, bad); err == nil {
		t.Fatal("imported a block with a wrong state root")
	}
}

func TestBuildSkipsInvalidTxs(t *testing.T) {
	c := openTest(t, nil, "", nil)
	head := c.BlockChain().CurrentBlock()
	to := common.HexToAddress("0xbeef")
	txs := types.Transactions{transfer(t, 0, 0, to, 1), transfer(t, 0, 5, to, 1), transfer(t, 0, 0, to, 1), transfer(t, 1, 0, to, 1)}
	built, err := c.Build(context.Background(), head.Hash(), executor.Attrs{Time: head.Time + 1}, txs)
	if err != nil {
		t.Fatal(err)
	}
	if built.Block.Transactions().Len() != 2 || len(built.Skipped) != 2 {
		t.Fatalf("included %d skipped %d", built.Block.Transactions().Len(), len(built.Skipped))
	}
	for _, s := range built.Skipped {
		if !errors.Is(s.Err, core.ErrNonceTooHigh) && !errors.Is(s.Err, core.ErrNonceTooLow) {
			t.Fatalf("unexpected skip reason %v", s.Err)
		}
	}
	if built.Receipts[1].TransactionIndex != 1 {
		t.Fatal("receipt index does not follow inclusion")
	}
}

func TestRestartAfterCleanStop(t *testing.T) {
	dir := t.TempDir()
	db, err := OpenDB(dir + "/db")
	if err != nil {
		t.Fatal(err)
	}
	c := openTest(t, db, dir+"/journal", nil)
	blocks := buildSequence(t, c)
	last := blocks[len(blocks)-1]
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	db.Close()

	db, err = OpenDB(dir + "/db")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	c = openTest(t, db, dir+"/journal", nil)
	defer c.Close()
	head := c.BlockChain().CurrentBlock()
	if head.Hash() != last.Hash() || head.Root != last.Root() {
		t.Fatalf("head after restart %d %x, want %d %x", head.Number, head.Hash(), last.Number(), last.Hash())
	}
	if _, err := c.BlockChain().StateAt(head.Root, head.Number, head.Time); err != nil {
		t.Fatalf("head state missing: %v", err)
	}
	if rs := c.BlockChain().GetReceiptsByHash(blocks[0].Hash()); len(rs) != 3 || len(rs[2].Logs) != 1 {
		t.Fatal("receipts lost")
	}
	mine(t, c, coinbase, transfer(t, 0, 3, coinbase, 1))
}

// TestReplayWithReorg replays a journal holding a replaced commit into an
// empty database: the result is the chain of the last commits.
func TestReplayWithReorg(t *testing.T) {
	dir := t.TempDir()
	c := openTest(t, nil, dir, nil)
	ctx := context.Background()
	g := c.BlockChain().CurrentBlock()
	a, err := c.Build(ctx, g.Hash(), executor.Attrs{Time: g.Time + 1, Coinbase: coinbase}, types.Transactions{transfer(t, 0, 0, coinbase, 1)})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Commit(a.Block.Hash()); err != nil {
		t.Fatal(err)
	}
	a2 := mine(t, c, coinbase)
	// Replace block 1 (and so 2) with another block on genesis.
	b, err := c.Build(ctx, g.Hash(), executor.Attrs{Time: g.Time + 2, Coinbase: coinbase}, types.Transactions{transfer(t, 1, 0, coinbase, 1)})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Commit(b.Block.Hash()); err != nil {
		t.Fatal(err)
	}
	if c.BlockChain().CurrentBlock().Hash() != b.Block.Hash() || c.BlockChain().GetCanonicalHash(2) == a2.Hash() {
		t.Fatal("commit of a sibling did not reorg")
	}
	last := mine(t, c, coinbase, transfer(t, 1, 1, coinbase, 1))
	c.Close()

	r := openTest(t, nil, dir, nil)
	defer r.Close()
	if r.Replayed() != 2 {
		t.Fatalf("replayed %d blocks, want the final 2", r.Replayed())
	}
	head := r.BlockChain().CurrentBlock()
	if head.Hash() != last.Hash() || r.BlockChain().GetCanonicalHash(1) != b.Block.Hash() {
		t.Fatal("replay did not rebuild the final chain")
	}
}
