package ethapi

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/eth/tracers"
	"github.com/ethereum/go-ethereum/eth/tracers/logger"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/rpc"

	// Register geth's built-in tracers (callTracer, prestateTracer,
	// 4byteTracer, flatCallTracer, muxTracer, …) and the JavaScript ones,
	// including user-supplied JavaScript tracer code.
	_ "github.com/ethereum/go-ethereum/eth/tracers/js"
	_ "github.com/ethereum/go-ethereum/eth/tracers/native"
)

// defaultTraceTimeout bounds the tracing of one transaction unless the
// request's "timeout" says otherwise.
const defaultTraceTimeout = 5 * time.Second

// TraceConfig selects a tracer and its options. Without Tracer the struct
// logger runs, configured by the embedded logger.Config fields.
type TraceConfig struct {
	*logger.Config
	Tracer       *string
	Timeout      *string
	TracerConfig json.RawMessage
}

// TraceCallConfig is the configuration of debug_traceCall: a TraceConfig
// plus state and block overrides and, with TxIndex, the position in the
// block after whose predecessors the call runs.
type TraceCallConfig struct {
	TraceConfig
	StateOverrides *StateOverride
	BlockOverrides *BlockOverrides
	TxIndex        *hexutil.Uint
}

// TxTraceResult is the trace of one transaction of a traced block.
type TxTraceResult struct {
	TxHash common.Hash `json:"txHash"`
	Result interface{} `json:"result,omitempty"`
	Error  string      `json:"error,omitempty"`
}

// DebugAPI serves the debug namespace: transaction, block and call traces,
// all executed on EVMs from Backend.NewEVM, and raw chain data.
type DebugAPI struct {
	b Backend
}

// NewDebugAPI creates the debug namespace service.
func NewDebugAPI(b Backend) *DebugAPI {
	return &DebugAPI{b: b}
}

// newTracer instantiates the tracer config asks for: taoevm's own
// prestate tracer for "prestateTracer" (see prestateTracer), otherwise one
// of go-ethereum's. The prestate tracer is also returned on its own, to be
// attached to the EVM before the transaction runs.
func (api *DebugAPI) newTracer(config *TraceConfig, tctx *tracers.Context) (*tracers.Tracer, *prestateTracer, error) {
	if config.Tracer == nil {
		sl := logger.NewStructLogger(config.Config)
		return &tracers.Tracer{Hooks: sl.Hooks(), GetResult: sl.GetResult, Stop: sl.Stop}, nil, nil
	}
	if *config.Tracer == PrestateTracerName {
		return newPrestateTracer(tctx, config.TracerConfig, api.b.ChainConfig())
	}
	tracer, err := tracers.DefaultDirectory.New(*config.Tracer, tctx, config.TracerConfig, api.b.ChainConfig())
	return tracer, nil, err
}

// traceTx runs one transaction (or call) with the configured tracer on an
// EVM from mkEVM over st, stopping it at the trace timeout.
func (api *DebugAPI) traceTx(ctx context.Context, tx *types.Transaction, msg *core.Message, tctx *tracers.Context, st *state.StateDB, config *TraceConfig, mkEVM func(*vm.Config) *vm.EVM) (json.RawMessage, error) {
	if config == nil {
		config = new(TraceConfig)
	}
	timeout := defaultTraceTimeout
	if config.Timeout != nil {
		var err error
		if timeout, err = time.ParseDuration(*config.Timeout); err != nil {
			return nil, err
		}
	}
	tracer, prestate, err := api.newTracer(config, tctx)
	if err != nil {
		return nil, err
	}
	evm := mkEVM(&vm.Config{Tracer: tracer.Hooks, NoBaseFee: true})
	defer evm.Release()
	if prestate != nil {
		prestate.attach(evm, api.b.Precompiles(evm))
	}

	deadline, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	go func() {
		<-deadline.Done()
		if errors.Is(deadline.Err(), context.DeadlineExceeded) {
			tracer.Stop(ErrExecutionTimeout)
			evm.Cancel()
		}
	}()
	st.SetTxContext(tctx.TxHash, tctx.TxIndex, uint32(tctx.TxIndex+1))
	gp := core.NewGasPool(msg.GasLimit)
	if _, _, err := core.ApplyTransactionWithEVM(ctx, msg, gp, st, evm.Context.BlockNumber, tctx.BlockHash, evm.Context.Time, tx, evm); err != nil {
		return nil, fmt.Errorf("tracing failed: %w", err)
	}
	return tracer.GetResult()
}

// blockByNumber returns a block or an error naming the missing number.
func (api *DebugAPI) blockByNumber(ctx context.Context, number rpc.BlockNumber) (*types.Block, error) {
	block, err := api.b.BlockByNumber(ctx, number)
	if err != nil {
		return nil, err
	}
	if block == nil {
		return nil, errorf(ErrBlockNotFound, "block #%d not found", number)
	}
	return block, nil
}

// blockByHash returns a block or an error naming the missing hash.
func (api *DebugAPI) blockByHash(ctx context.Context, hash common.Hash) (*types.Block, error) {
	block, err := api.b.BlockByHash(ctx, hash)
	if err != nil {
		return nil, err
	}
	if block == nil {
		return nil, errorf(ErrBlockNotFound, "block %s not found", hash.Hex())
	}
	return block, nil
}

// TraceTransaction re-executes a canonical transaction on the state its
// block had just before it, and returns the configured tracer's result.
func (api *DebugAPI) TraceTransaction(ctx context.Context, hash common.Hash, config *TraceConfig) (interface{}, error) {
	found, _, blockHash, blockNumber, index := api.b.GetCanonicalTransaction(hash)
	if !found {
		return nil, ErrTxNotFound
	}
	if blockNumber == 0 {
		return nil, ErrGenesisNotTraceable
	}
	block, err := api.blockByHash(ctx, blockHash)
	if err != nil {
		return nil, err
	}
	tx, blockCtx, st, release, err := api.b.StateAtTransaction(ctx, block, int(index))
	if err != nil {
		return nil, err
	}
	defer release()

	msg, err := core.TransactionToMessage(tx, types.MakeSigner(api.b.ChainConfig(), block.Number(), block.Time()), block.BaseFee())
	if err != nil {
		return nil, err
	}
	tctx := &tracers.Context{BlockHash: blockHash, BlockNumber: block.Number(), TxIndex: int(index), TxHash: hash}
	header := block.Header()
	return api.traceTx(ctx, tx, msg, tctx, st, config, func(cfg *vm.Config) *vm.EVM {
		bc := blockCtx
		return api.b.NewEVM(ctx, st, header, cfg, &bc)
	})
}

// TraceBlockByNumber traces every transaction of a canonical block.
func (api *DebugAPI) TraceBlockByNumber(ctx context.Context, number rpc.BlockNumber, config *TraceConfig) ([]*TxTraceResult, error) {
	block, err := api.blockByNumber(ctx, number)
	if err != nil {
		return nil, err
	}
	return api.traceBlock(ctx, block, config)
}

// TraceBlockByHash traces every transaction of a block.
func (api *DebugAPI) TraceBlockByHash(ctx context.Context, hash common.Hash, config *TraceConfig) ([]*TxTraceResult, error) {
	block, err := api.blockByHash(ctx, hash)
	if err != nil {
		return nil, err
	}
	return api.traceBlock(ctx, block, config)
}

// traceBlock traces block's transactions in order, each on the state the
// previous ones left, starting after the block's native step.
func (api *DebugAPI) traceBlock(ctx context.Context, block *types.Block, config *TraceConfig) ([]*TxTraceResult, error) {
	if block.NumberU64() == 0 {
		return nil, ErrGenesisNotTraceable
	}
	st, blockCtx, release, err := api.b.StateAtBlockStart(ctx, block)
	if err != nil {
		return nil, err
	}
	defer release()

	var (
		header  = block.Header()
		signer  = types.MakeSigner(api.b.ChainConfig(), block.Number(), block.Time())
		txs     = block.Transactions()
		results = make([]*TxTraceResult, len(txs))
		mkEVM   = func(cfg *vm.Config) *vm.EVM {
			bc := blockCtx
			return api.b.NewEVM(ctx, st, header, cfg, &bc)
		}
	)
	for i, tx := range txs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		msg, err := core.TransactionToMessage(tx, signer, block.BaseFee())
		if err != nil {
			return nil, err
		}
		tctx := &tracers.Context{BlockHash: block.Hash(), BlockNumber: block.Number(), TxIndex: i, TxHash: tx.Hash()}
		res, err := api.traceTx(ctx, tx, msg, tctx, st, config, mkEVM)
		if err != nil {
			return nil, err
		}
		results[i] = &TxTraceResult{TxHash: tx.Hash(), Result: res}
	}
	return results, nil
}

// TraceCall traces a message call as eth_call would run it: on the state
// after the selected block (default "latest"), or, with TxIndex, on the
// state just before that transaction of the block, with optional state and
// block overrides. "pending" is not supported.
func (api *DebugAPI) TraceCall(ctx context.Context, args TransactionArgs, blockNrOrHash *rpc.BlockNumberOrHash, config *TraceCallConfig) (interface{}, error) {
	sel := orLatest(blockNrOrHash)
	var (
		block *types.Block
		err   error
	)
	if hash, ok := sel.Hash(); ok {
		block, err = api.blockByHash(ctx, hash)
	} else if number, ok := sel.Number(); ok {
		if number == rpc.PendingBlockNumber {
			return nil, ErrTracePending
		}
		block, err = api.blockByNumber(ctx, number)
	} else {
		return nil, ErrNoBlockSelector
	}
	if err != nil {
		return nil, err
	}
	if config == nil {
		config = new(TraceCallConfig)
	}
	env, release, err := api.traceCallEnv(ctx, block, config)
	if err != nil {
		return nil, err
	}
	defer release()

	baseFee := env.header.BaseFee
	if env.blockCtx != nil {
		baseFee = env.blockCtx.BaseFee
	}
	if err := args.callDefaults(api.b.RPCGasCap(), baseFee, api.b.ChainConfig().ChainID); err != nil {
		return nil, err
	}
	msg := args.toMessage(baseFee, true).SkipExecutionGasCapCheck()
	tx := args.toTransaction()
	return api.traceTx(ctx, tx, msg, new(tracers.Context), env.state, &config.TraceConfig, func(cfg *vm.Config) *vm.EVM {
		evm := env.newEVM(ctx, env.state, cfg)
		zeroFeesForFreeCalls(evm, msg)
		return evm
	})
}

// traceCallEnv prepares the state and block of debug_traceCall.
func (api *DebugAPI) traceCallEnv(ctx context.Context, block *types.Block, config *TraceCallConfig) (*callEnv, func(), error) {
	var (
		st      *state.StateDB
		bc      vm.BlockContext
		release = func() {}
		header  = block.Header()
	)
	if config.TxIndex != nil {
		var err error
		if _, bc, st, release, err = api.b.StateAtTransaction(ctx, block, int(*config.TxIndex)); err != nil {
			return nil, nil, err
		}
	} else {
		var err error
		if st, _, err = api.b.StateAndHeaderByNumberOrHash(ctx, rpc.BlockNumberOrHashWithHash(block.Hash(), false)); err != nil {
			return nil, nil, err
		}
		if st == nil {
			return nil, nil, ErrBlockNotFound
		}
		probe := api.b.NewEVM(ctx, st, header, &vm.Config{NoBaseFee: true}, nil)
		bc = probe.Context
		probe.Release()
	}
	env := &callEnv{b: api.b, state: st, header: header, blockCtx: &bc}
	if bo := config.BlockOverrides; bo != nil {
		if err := bo.check(); err != nil {
			release()
			return nil, nil, err
		}
		// Simulating the next block is common; let BLOCKHASH see the block
		// the call builds on, as the real next block would.
		if bo.Number != nil && bo.Number.ToInt().Cmp(new(big.Int).Add(header.Number, common.Big1)) == 0 {
			next := types.CopyHeader(header)
			next.ParentHash = header.Hash()
			next.Number = new(big.Int).Add(header.Number, common.Big1)
			probe := api.b.NewEVM(ctx, st, next, &vm.Config{NoBaseFee: true}, nil)
			bc.GetHash = probe.Context.GetHash
			probe.Release()
		}
		bo.applyContext(&bc)
		env.header = bo.applyHeader(header)
	}
	if err := env.applyOverrides(ctx, config.StateOverrides); err != nil {
		release()
		return nil, nil, err
	}
	return env, release, nil
}

// GetRawHeader returns the RLP encoding of a header.
func (api *DebugAPI) GetRawHeader(ctx context.Context, blockNrOrHash rpc.BlockNumberOrHash) (hexutil.Bytes, error) {
	header, err := api.b.HeaderByNumberOrHash(ctx, blockNrOrHash)
	if err != nil {
		return nil, err
	}
	if header == nil {
		return nil, ErrBlockNotFound
	}
	return rlp.EncodeToBytes(header)
}

// GetRawBlock returns the RLP encoding of a block.
func (api *DebugAPI) GetRawBlock(ctx context.Context, blockNrOrHash rpc.BlockNumberOrHash) (hexutil.Bytes, error) {
	block, err := api.b.BlockByNumberOrHash(ctx, blockNrOrHash)
	if err != nil {
		return nil, err
	}
	if block == nil {
		return nil, ErrBlockNotFound
	}
	return rlp.EncodeToBytes(block)
}

// GetRawReceipts returns the consensus encodings of a block's receipts.
func (api *DebugAPI) GetRawReceipts(ctx context.Context, blockNrOrHash rpc.BlockNumberOrHash) ([]hexutil.Bytes, error) {
	block, err := api.b.BlockByNumberOrHash(ctx, blockNrOrHash)
	if err != nil {
		return nil, err
	}
	if block == nil {
		return nil, ErrBlockNotFound
	}
	receipts, err := api.b.GetReceipts(ctx, block.Hash())
	if err != nil {
		return nil, err
	}
	out := make([]hexutil.Bytes, len(receipts))
	for i, r := range receipts {
		if out[i], err = r.MarshalBinary(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// GetRawTransaction returns the encoding of a transaction of the canonical
// chain or the pool, or null.
func (api *DebugAPI) GetRawTransaction(ctx context.Context, hash common.Hash) (hexutil.Bytes, error) {
	found, tx, _, _, _ := api.b.GetCanonicalTransaction(hash)
	if !found {
		if tx = api.b.GetPoolTransaction(hash); tx == nil {
			return nil, nil
		}
	}
	return tx.MarshalBinary()
}
