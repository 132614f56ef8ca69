package executor

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/consensus/misc/eip4844"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"

	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/registry"
)

var (
	// ErrBlockHook wraps an error returned by a native block hook; the block
	// is invalid.
	ErrBlockHook = errors.New("executor: native block step failed")
	// ErrMissingParent is returned when a block's parent header is unknown.
	ErrMissingParent = errors.New("executor: missing parent header")
	// ErrBlobTx is returned for blob transactions, which taoevm does not carry.
	ErrBlobTx = errors.New("executor: blob transactions are not supported")
)

// Attrs are the sequencer's inputs to a block besides its transactions.
type Attrs struct {
	// Time is the block timestamp; it must be greater than the parent's.
	Time uint64
	// Coinbase receives the priority fees.
	Coinbase common.Address
	// GasLimit is the desired gas limit; the header moves towards it within
	// the EIP-1559 bounds. 0 keeps the parent's.
	GasLimit uint64
	// Extra is the header's extra data (at most 32 bytes).
	Extra []byte
}

// NewHeader returns the header of parent's child for attrs, with every field
// but the execution results (root, receipts, bloom, gas used, requests) set.
func NewHeader(config *params.ChainConfig, parent *types.Header, attrs Attrs) (*types.Header, error) {
	if attrs.Time <= parent.Time {
		return nil, fmt.Errorf("%w: %d <= %d", ErrTimestamp, attrs.Time, parent.Time)
	}
	if len(attrs.Extra) > int(params.MaximumExtraDataSize) {
		return nil, ErrExtraData
	}
	gasLimit := parent.GasLimit
	if attrs.GasLimit != 0 {
		gasLimit = core.CalcGasLimit(parent.GasLimit, attrs.GasLimit)
	}
	parentHash := parent.Hash()
	h := &types.Header{
		ParentHash: parentHash,
		UncleHash:  types.EmptyUncleHash,
		Coinbase:   attrs.Coinbase,
		Number:     new(big.Int).Add(parent.Number, common.Big1),
		GasLimit:   gasLimit,
		Time:       attrs.Time,
		Extra:      common.CopyBytes(attrs.Extra),
		Difficulty: new(big.Int),
		MixDigest:  parentHash,
	}
	if config.IsLondon(h.Number) {
		h.BaseFee = eip1559.CalcBaseFee(config, parent)
	}
	if config.IsShanghai(h.Number, h.Time) {
		wh := types.EmptyWithdrawalsHash
		h.WithdrawalsHash = &wh
	}
	if config.IsCancun(h.Number, h.Time) {
		excess := eip4844.CalcExcessBlobGas(config, parent, h.Time)
		var used uint64
		h.ExcessBlobGas, h.BlobGasUsed = &excess, &used
		root := parentHash
		h.ParentBeaconRoot = &root
	}
	return h, nil
}

// ChainContext is what the executor reads from the chain: headers for
// BLOCKHASH and the engine for the coinbase.
type ChainContext = core.ChainContext

// Executor runs blocks. It is safe for concurrent use.
type Executor struct {
	config *params.ChainConfig
	chain  ChainContext
	hooks  []precompile.BlockHook
}

// New returns an executor over chain running hooks as the native block step
// (registry.BlockHooks() in the node; tests inject their own).
func New(config *params.ChainConfig, chain ChainContext, hooks []precompile.BlockHook) *Executor {
	return &Executor{config: config, chain: chain, hooks: hooks}
}

// Config returns the chain configuration.
func (x *Executor) Config() *params.ChainConfig { return x.config }

// Skipped is a transaction Build left out, with the reason.
type Skipped struct {
	Tx  *types.Transaction
	Err error
}

// Built is a block assembled by Build with its execution results.
type Built struct {
	Block    *types.Block
	Receipts types.Receipts
	Logs     []*types.Log
	Requests [][]byte
	State    *state.StateDB
	Skipped  []Skipped
}

// run is the shared execution of a block's contents.
type run struct {
	receipts types.Receipts
	logs     []*types.Log
	included types.Transactions
	skipped  []Skipped
	requests [][]byte
	gasUsed  uint64
}

// execute runs the pre-execution system calls, the native block step, txs
// and the post-execution system calls on statedb. With building set,
// transactions that cannot be included are skipped instead of failing.
func (x *Executor) execute(ctx context.Context, header, parent *types.Header, blockHash common.Hash, txs types.Transactions, withdrawals types.Withdrawals, statedb *state.StateDB, cfg vm.Config, jumpDests vm.JumpDestCache, pcache *vm.PrecompileCache, building bool, execIndex *atomic.Int64) (*run, error) {
	var vmdb vm.StateDB = statedb
	if cfg.Tracer != nil {
		vmdb = state.NewHookedState(statedb, cfg.Tracer)
	}
	blockCtx := core.NewEVMBlockContext(header, x.chain, nil)
	evm := registry.NewEVM(blockCtx, vmdb, x.config, cfg)
	defer evm.Release()
	if jumpDests != nil {
		evm.SetJumpDestCache(jumpDests)
	}
	if pcache != nil {
		evm.SetPrecompileCache(pcache)
	}
	core.PreExecution(ctx, header.ParentBeaconRoot, parent, x.config, evm, header.Number, header.Time)
	if err := x.blockStep(header, vmdb, statedb, evm.GetRules()); err != nil {
		return nil, err
	}
	var (
		signer = types.MakeSigner(x.config, header.Number, header.Time)
		gp     = core.NewGasPool(header.GasLimit)
		r      = &run{receipts: make(types.Receipts, 0, len(txs))}
	)
	if !building {
		r.included = txs
	}
	for i, tx := range txs {
		idx := len(r.receipts)
		if execIndex != nil {
			execIndex.Store(int64(i))
		}
		if building {
			if tx.Type() == types.BlobTxType {
				r.skipped = append(r.skipped, Skipped{tx, ErrBlobTx})
				continue
			}
			if gp.Available(false) < tx.Gas() {
				r.skipped = append(r.skipped, Skipped{tx, core.ErrGasLimitReached})
				continue
			}
		}
		msg, err := core.TransactionToMessage(tx, signer, header.BaseFee)
		if err != nil {
			if building {
				r.skipped = append(r.skipped, Skipped{tx, err})
				continue
			}
			return nil, fmt.Errorf("could not apply tx %d [%v]: %w", i, tx.Hash().Hex(), err)
		}
		var (
			snap   int
			gpSnap *core.GasPool
		)
		if building {
			snap, gpSnap = statedb.Snapshot(), gp.Snapshot()
		}
		statedb.SetTxContext(tx.Hash(), idx, uint32(idx+1))
		receipt, _, err := core.ApplyTransactionWithEVM(ctx, msg, gp, statedb, header.Number, blockHash, header.Time, tx, evm)
		if err != nil {
			if building {
				statedb.RevertToSnapshot(snap)
				gp.Set(gpSnap)
				r.skipped = append(r.skipped, Skipped{tx, err})
				continue
			}
			return nil, fmt.Errorf("could not apply tx %d [%v]: %w", i, tx.Hash().Hex(), err)
		}
		if building {
			r.included = append(r.included, tx)
		}
		r.receipts = append(r.receipts, receipt)
		r.logs = append(r.logs, receipt.Logs...)
	}
	requests, _, err := core.PostExecution(ctx, x.config, header.Number, header.Time, r.logs, withdrawals, evm, uint32(len(r.included)+1))
	if err != nil {
		return nil, err
	}
	r.requests = requests
	r.gasUsed = gp.Used()
	return r, nil
}

// blockStep runs the native block hooks against the parent state.
func (x *Executor) blockStep(header *types.Header, vmdb vm.StateDB, statedb *state.StateDB, rules params.Rules) error {
	if len(x.hooks) == 0 {
		return nil
	}
	env := &precompile.BlockEnv{Header: header, State: vmdb, Config: x.config}
	for _, h := range x.hooks {
		if err := h.OnBlock(env); err != nil {
			return fmt.Errorf("%w: %s: %w", ErrBlockHook, h.Name(), err)
		}
	}
	statedb.Finalise(rules)
	return nil
}

// Process implements core.Processor: it re-executes block on statedb (the
// parent's state) and returns its receipts, logs, requests and gas used.
func (x *Executor) Process(ctx context.Context, block *types.Block, statedb *state.StateDB, jumpDests vm.JumpDestCache, pcache *vm.PrecompileCache, cfg vm.Config, execIndex *atomic.Int64) (*core.ProcessResult, error) {
	header := block.Header()
	parent := x.chain.GetHeader(block.ParentHash(), block.NumberU64()-1)
	if parent == nil {
		return nil, fmt.Errorf("%w: %#x", ErrMissingParent, block.ParentHash())
	}
	r, err := x.execute(ctx, header, parent, block.Hash(), block.Transactions(), block.Withdrawals(), statedb, cfg, jumpDests, pcache, false, execIndex)
	if err != nil {
		return nil, err
	}
	return &core.ProcessResult{Receipts: r.receipts, Requests: r.requests, Logs: r.logs, GasUsed: r.gasUsed}, nil
}

// Build executes txs in the given order on statedb (the parent's state) as
// the block with the given header (from NewHeader), leaves out the
// transactions that cannot be included, and assembles the block. The state is
// not committed.
func (x *Executor) Build(ctx context.Context, parent, header *types.Header, txs types.Transactions, statedb *state.StateDB, cfg vm.Config) (*Built, error) {
	var withdrawals types.Withdrawals
	if header.WithdrawalsHash != nil {
		withdrawals = types.Withdrawals{}
	}
	r, err := x.execute(ctx, header, parent, common.Hash{}, txs, withdrawals, statedb, cfg, nil, nil, true, nil)
	if err != nil {
		return nil, err
	}
	header.GasUsed = r.gasUsed
	if x.config.IsPrague(header.Number, header.Time) {
		h := types.CalcRequestsHash(r.requests)
		header.RequestsHash = &h
	}
	body := &types.Body{Transactions: r.included, Withdrawals: withdrawals}
	block := core.AssembleBlock(x.chain, header, statedb, body, r.receipts, nil)
	hash := block.Hash()
	for _, rc := range r.receipts {
		rc.BlockHash = hash
		for _, l := range rc.Logs {
			l.BlockHash = hash
		}
	}
	return &Built{Block: block, Receipts: r.receipts, Logs: r.logs, Requests: r.requests, State: statedb, Skipped: r.skipped}, nil
}

var _ core.Processor = (*Executor)(nil)

// StateAt prepares statedb (the state after parent) as it is inside block
// just before transaction n: it runs the pre-execution system calls, the
// native block step and the block's first n transactions, and returns the
// block context. n = 0 gives the state at the start of the block, after the
// native block step.
func (x *Executor) StateAt(ctx context.Context, block *types.Block, parent *types.Header, statedb *state.StateDB, n int) (vm.BlockContext, error) {
	header := block.Header()
	blockCtx := core.NewEVMBlockContext(header, x.chain, nil)
	evm := registry.NewEVM(blockCtx, statedb, x.config, vm.Config{})
	defer evm.Release()
	core.PreExecution(ctx, header.ParentBeaconRoot, parent, x.config, evm, header.Number, header.Time)
	if err := x.blockStep(header, statedb, statedb, evm.GetRules()); err != nil {
		return vm.BlockContext{}, err
	}
	var (
		signer = types.MakeSigner(x.config, header.Number, header.Time)
		gp     = core.NewGasPool(header.GasLimit)
		hash   = block.Hash()
	)
	for i, tx := range block.Transactions() {
		if i >= n {
			break
		}
		msg, err := core.TransactionToMessage(tx, signer, header.BaseFee)
		if err != nil {
			return vm.BlockContext{}, err
		}
		statedb.SetTxContext(tx.Hash(), i, uint32(i+1))
		if _, _, err := core.ApplyTransactionWithEVM(ctx, msg, gp, statedb, header.Number, hash, header.Time, tx, evm); err != nil {
			return vm.BlockContext{}, fmt.Errorf("could not apply tx %d [%v]: %w", i, tx.Hash().Hex(), err)
		}
	}
	return blockCtx, nil
}
