package chain

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/ethdb"
	"github.com/ethereum/go-ethereum/ethdb/pebble"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/triedb"
	"github.com/ethereum/go-ethereum/triedb/pathdb"

	"github.com/taoevm/taoevm/node/executor"
	"github.com/taoevm/taoevm/precompiles/precompile"
)

// Errors of the Build / Import / Commit seam.
var (
	// ErrGenesis reports an invalid genesis document.
	ErrGenesis = errors.New("chain: invalid genesis")
	// ErrUnknownParent is returned by Build for a parent without state.
	ErrUnknownParent = errors.New("chain: unknown parent or parent state")
	// ErrUnknownBlock is returned by Commit for a hash that was neither built
	// nor imported.
	ErrUnknownBlock = errors.New("chain: unknown block")
	// ErrClosed is returned after Close.
	ErrClosed = errors.New("chain: closed")
)

// StateHistory is how many blocks of state a non-archive node keeps beyond
// the in-memory diff layers before forcing a flush of its state to disk;
// it bounds the blocks replayed after a crash (see ReplayBound).
const StateHistory = 128

// ReplayBound is the most blocks a restart after a crash replays from the
// journal in the default (non-archive) mode: the 128 in-memory diff layers
// plus up to two StateHistory windows of not yet flushed state.
const ReplayBound = 128 + 2*StateHistory

// Config configures a Chain.
type Config struct {
	// Genesis is written on first start and must match on later starts.
	Genesis *core.Genesis
	// Archive keeps the state of every block (default: the latest 128).
	Archive bool
	// Hooks is the native block step; nil means none. The node passes
	// registry.BlockHooks().
	Hooks []precompile.BlockHook
	// JournalDir holds the block journal; empty disables it (tests only).
	JournalDir string
}

// Chain owns a core.BlockChain whose processor is taoevm's executor and
// serialises the Build / Import / Commit seam.
type Chain struct {
	db      ethdb.Database
	bc      *core.BlockChain
	exec    *executor.Executor
	journal *Journal

	mu         sync.Mutex
	candidates map[common.Hash]*executor.Built
	closed     bool
	replayed   int
}

// Replayed returns how many journal blocks the last Open re-executed.
func (c *Chain) Replayed() int { return c.replayed }

// OpenDB opens (creating) a pebble database with a freezer under dir.
func OpenDB(dir string) (ethdb.Database, error) {
	kv, err := pebble.New(dir, 128, 256, "", false)
	if err != nil {
		return nil, err
	}
	db, err := rawdb.Open(kv, rawdb.OpenOptions{Ancient: dir + "/ancient"})
	if err != nil {
		kv.Close()
		return nil, err
	}
	return db, nil
}

// BlockChainConfig returns the core.BlockChain options taoevm runs with:
// path scheme, no prefetcher, all transactions indexed, state retention of
// 128 blocks (or everything with archive).
func BlockChainConfig(archive bool) *core.BlockChainConfig {
	cfg := core.DefaultConfig().WithStateScheme(rawdb.PathScheme).WithArchive(archive)
	cfg.NoPrefetch = true
	cfg.TxLookupLimit = 0
	cfg.TrienodeHistory = -1
	cfg.TrieDirtyLimit = 64
	cfg.SnapshotWait = false
	if archive {
		cfg.StateHistory = 0
	} else {
		cfg.StateHistory = StateHistory
	}
	return cfg
}

// Open opens the chain on db, installs the executor as the block processor
// and replays the block journal, so the head is the last block ever
// committed.
func Open(db ethdb.Database, cfg Config) (*Chain, error) {
	// Write a new genesis before core.BlockChain opens its trie database:
	// the archive's state history indexer only starts at once when the
	// head it finds on open is recent.
	if cfg.Genesis != nil && rawdb.ReadCanonicalHash(db, 0) == (common.Hash{}) {
		tdb := triedb.NewDatabase(db, &triedb.Config{PathDB: pathdb.Defaults})
		_, _, _, err := core.SetupGenesisBlock(db, tdb, cfg.Genesis)
		tdb.Close()
		if err != nil {
			return nil, err
		}
	}
	bc, err := core.NewBlockChain(db, cfg.Genesis, executor.NewEngine(), BlockChainConfig(cfg.Archive))
	if err != nil {
		return nil, err
	}
	exec := executor.New(bc.Config(), bc, cfg.Hooks)
	bc.SetBlockValidatorAndProcessorForTesting(core.NewBlockValidator(bc.Config(), bc), exec)
	c := &Chain{db: db, bc: bc, exec: exec, candidates: make(map[common.Hash]*executor.Built)}
	if cfg.JournalDir != "" {
		j, blocks, err := OpenJournal(cfg.JournalDir)
		if err != nil {
			bc.Stop()
			return nil, err
		}
		c.journal = j
		j.Prunable = c.stateFlushed
		if err := c.replay(blocks); err != nil {
			j.Close()
			bc.Stop()
			return nil, err
		}
	}
	return c, nil
}

// replay re-applies the journal. The journal is the log of commits in
// order, so it defines the final chain: each commit at height n replaces
// the block at n and drops the ones above. Every block of that chain which
// the database does not hold as canonical with state is imported and
// committed, in order.
func (c *Chain) replay(blocks []*types.Block) error {
	final := make(map[uint64]*types.Block)
	var low, top uint64
	for i, b := range blocks {
		n := b.NumberU64()
		for k := n + 1; k <= top; k++ {
			delete(final, k)
		}
		final[n] = b
		if i == 0 || n < low {
			low = n
		}
		top = n
	}
	replayed := 0
	for n := low; n <= top && len(blocks) > 0; n++ {
		b, ok := final[n]
		if !ok {
			continue
		}
		if c.bc.GetCanonicalHash(n) == b.Hash() && c.bc.CurrentBlock().Number.Uint64() >= n {
			continue
		}
		if err := c.importBlock(context.Background(), b); err != nil {
			return fmt.Errorf("replay block %d: %w", n, err)
		}
		if _, err := c.setHead(b, false); err != nil {
			return fmt.Errorf("replay block %d: %w", n, err)
		}
		replayed++
	}
	c.replayed = replayed
	if replayed > 0 {
		log.Info("Replayed block journal", "blocks", replayed, "head", c.bc.CurrentBlock().Number)
	}
	return nil
}

// stateFlushed reports whether the state after canonical block number is
// at or below the state persisted on disk (it survives a crash).
func (c *Chain) stateFlushed(number uint64) bool {
	h := c.bc.GetHeaderByNumber(number)
	if h == nil {
		return false
	}
	id := rawdb.ReadStateID(c.db, h.Root)
	return id != nil && *id <= rawdb.ReadPersistentStateID(c.db)
}

// BlockChain returns the underlying core.BlockChain (reads, feeds).
func (c *Chain) BlockChain() *core.BlockChain { return c.bc }

// Executor returns the block executor.
func (c *Chain) Executor() *executor.Executor { return c.exec }

// DB returns the chain database.
func (c *Chain) DB() ethdb.Database { return c.db }

// Build executes txs (in order; those that cannot be included are left out)
// as a child of parent with attrs, and keeps the result as a candidate. It
// does not change the head or fire any event.
func (c *Chain) Build(ctx context.Context, parent common.Hash, attrs executor.Attrs, txs types.Transactions) (*executor.Built, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return nil, ErrClosed
	}
	ph := c.bc.GetHeaderByHash(parent)
	if ph == nil {
		return nil, fmt.Errorf("%w: %x", ErrUnknownParent, parent)
	}
	statedb, err := c.bc.StateAt(ph.Root, ph.Number, ph.Time)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrUnknownParent, err)
	}
	header, err := executor.NewHeader(c.bc.Config(), ph, attrs)
	if err != nil {
		return nil, err
	}
	built, err := c.exec.Build(ctx, ph, header, txs, statedb, vm.Config{})
	if err != nil {
		return nil, err
	}
	c.candidates[built.Block.Hash()] = built
	return built, nil
}

// Import executes a block built elsewhere and stores it with its state,
// without making it head.
func (c *Chain) Import(ctx context.Context, block *types.Block) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return ErrClosed
	}
	return c.importBlock(ctx, block)
}

func (c *Chain) importBlock(ctx context.Context, block *types.Block) error {
	_, err := c.bc.InsertBlockWithoutSetHead(ctx, block, false)
	return err
}

// Commit makes the built or imported block hash the head, safe and
// finalized. The block is appended to the fsynced journal first; only then
// is it written and made head, and only then do head events fire (chain,
// logs and head feeds of core.BlockChain).
func (c *Chain) Commit(hash common.Hash) (*types.Block, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return nil, ErrClosed
	}
	if built, ok := c.candidates[hash]; ok {
		if err := c.appendJournal(built.Block); err != nil {
			return nil, err
		}
		if err := c.writeBuilt(built); err != nil {
			return nil, err
		}
		return c.setHead(built.Block, true)
	}
	block := c.bc.GetBlockByHash(hash)
	if block == nil || !c.bc.HasState(block.Root()) {
		return nil, fmt.Errorf("%w: %x", ErrUnknownBlock, hash)
	}
	if err := c.appendJournal(block); err != nil {
		return nil, err
	}
	return c.setHead(block, true)
}

func (c *Chain) appendJournal(b *types.Block) error {
	if c.journal == nil {
		return nil
	}
	return c.journal.Append(b)
}

// writeBuilt stores a locally built block, its receipts and its state.
func (c *Chain) writeBuilt(b *executor.Built) error {
	block := b.Block
	batch := c.db.NewBatch()
	rawdb.WriteBlock(batch, block)
	rawdb.WriteReceipts(batch, block.Hash(), block.NumberU64(), b.Receipts)
	if err := batch.Write(); err != nil {
		return err
	}
	rules := c.bc.Config().Rules(block.Number(), true, block.Time())
	if _, err := b.State.Commit(rules, block.NumberU64()); err != nil {
		return err
	}
	return nil
}

func (c *Chain) setHead(block *types.Block, prune bool) (*types.Block, error) {
	if _, err := c.bc.SetCanonical(block); err != nil {
		return nil, err
	}
	h := block.Header()
	c.bc.SetSafe(h)
	c.bc.SetFinalized(h)
	if prune {
		for k, cand := range c.candidates {
			if cand.Block.NumberU64() <= block.NumberU64() {
				delete(c.candidates, k)
			}
		}
	}
	return block, nil
}

// Close stops the chain (flushing state as geth does on a clean stop) and
// closes the journal. It does not close the database.
func (c *Chain) Close() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return nil
	}
	c.closed = true
	c.bc.Stop()
	if c.journal != nil {
		return c.journal.Close()
	}
	return nil
}
