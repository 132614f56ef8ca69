package node

import (
	"context"
	"errors"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/filtermaps"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/gasprice"
	"github.com/ethereum/go-ethereum/ethdb"
	"github.com/ethereum/go-ethereum/event"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/taoevm/taoevm/node/chain"
	"github.com/taoevm/taoevm/node/devkeys"
	"github.com/taoevm/taoevm/node/ethapi"
	"github.com/taoevm/taoevm/node/executor"
	"github.com/taoevm/taoevm/precompiles/registry"
)

// Backend errors, with go-ethereum's messages where the RPC layer shows them.
var (
	ErrHeaderNotFound  = errors.New("header not found")
	ErrBlockNotFound   = errors.New("block not found")
	ErrHashNotCanon    = errors.New("hash is not currently canonical")
	ErrInvalidBlockArg = errors.New("invalid arguments; neither block nor hash specified")
	ErrTxIndex         = errors.New("transaction index out of range")
	ErrHashNotFound    = errors.New("header for hash not found")
	ErrBodyMissing     = errors.New("header found, but block body is missing")
	ErrBodyArgs        = errors.New("invalid arguments; expect hash and no special block numbers")
	ErrBodyNotFound    = errors.New("block body not found")
	ErrGenesisTx       = errors.New("no transaction in genesis")
)

// Backend implements ethapi.Backend (and so filters.Backend and
// gasprice.OracleBackend) over the node's chain and transaction pool.
type Backend struct {
	chain      *chain.Chain
	bc         *core.BlockChain
	db         ethdb.Database
	pool       *txpool.TxPool
	gpo        *gasprice.Oracle
	filterMaps *filtermaps.FilterMaps
	txj        *TxJournal
	seq        *Sequencer
	dev        []*devkeys.Account
	coinbase   common.Address

	gasCap     uint64
	evmTimeout time.Duration
	txFeeCap   float64
}

var (
	_ ethapi.Backend       = (*Backend)(nil)
	_ ethapi.AccountReader = (*Backend)(nil)
)

// ChainDb returns the chain database.
func (b *Backend) ChainDb() ethdb.Database { return b.db }

// ChainConfig returns the chain configuration.
func (b *Backend) ChainConfig() *params.ChainConfig { return b.bc.Config() }

// CurrentHeader returns the head header.
func (b *Backend) CurrentHeader() *types.Header { return b.bc.CurrentHeader() }

// CurrentBlock returns the head block's header.
func (b *Backend) CurrentBlock() *types.Header { return b.bc.CurrentBlock() }

// HistoryPruningCutoff returns the first block whose body is kept.
func (b *Backend) HistoryPruningCutoff() uint64 {
	n, _ := b.bc.HistoryPruningCutoff()
	return n
}

// SyncProgress reports a node that is never syncing.
func (b *Backend) SyncProgress(ctx context.Context) ethereum.SyncProgress {
	head := b.bc.CurrentBlock().Number.Uint64()
	return ethereum.SyncProgress{CurrentBlock: head, HighestBlock: head}
}

// pendingHeader is the header the next block would have.
func (b *Backend) pendingHeader() *types.Header {
	head := b.bc.CurrentBlock()
	t := uint64(time.Now().Unix())
	if t <= head.Time {
		t = head.Time + 1
	}
	h, err := executor.NewHeader(b.bc.Config(), head, executor.Attrs{Time: t, Coinbase: b.coinbase})
	if err != nil {
		return head
	}
	return h
}

// HeaderByNumber resolves a block number or tag to a header.
func (b *Backend) HeaderByNumber(ctx context.Context, number rpc.BlockNumber) (*types.Header, error) {
	switch number {
	case rpc.PendingBlockNumber:
		return b.pendingHeader(), nil
	case rpc.LatestBlockNumber:
		return b.bc.CurrentBlock(), nil
	case rpc.FinalizedBlockNumber:
		if h := b.bc.CurrentFinalBlock(); h != nil {
			return h, nil
		}
		return b.bc.CurrentBlock(), nil
	case rpc.SafeBlockNumber:
		if h := b.bc.CurrentSafeBlock(); h != nil {
			return h, nil
		}
		return b.bc.CurrentBlock(), nil
	case rpc.EarliestBlockNumber:
		return b.bc.GetHeaderByNumber(0), nil
	}
	if number < 0 {
		return nil, ErrHeaderNotFound
	}
	return b.bc.GetHeaderByNumber(uint64(number)), nil
}

// HeaderByHash returns the header with hash, or nil.
func (b *Backend) HeaderByHash(ctx context.Context, hash common.Hash) (*types.Header, error) {
	return b.bc.GetHeaderByHash(hash), nil
}

// HeaderByNumberOrHash resolves an EIP-1898 block reference.
func (b *Backend) HeaderByNumberOrHash(ctx context.Context, ref rpc.BlockNumberOrHash) (*types.Header, error) {
	if n, ok := ref.Number(); ok {
		return b.HeaderByNumber(ctx, n)
	}
	if hash, ok := ref.Hash(); ok {
		h := b.bc.GetHeaderByHash(hash)
		if h == nil {
			return nil, ErrHashNotFound
		}
		if ref.RequireCanonical && b.bc.GetCanonicalHash(h.Number.Uint64()) != hash {
			return nil, ErrHashNotCanon
		}
		return h, nil
	}
	return nil, ErrInvalidBlockArg
}

// BlockByNumber resolves a block number or tag to a block ("pending" is an
// empty block on the head).
func (b *Backend) BlockByNumber(ctx context.Context, number rpc.BlockNumber) (*types.Block, error) {
	if number == rpc.PendingBlockNumber {
		return types.NewBlockWithHeader(b.pendingHeader()).WithBody(types.Body{Withdrawals: types.Withdrawals{}}), nil
	}
	h, err := b.HeaderByNumber(ctx, number)
	if err != nil || h == nil {
		return nil, err
	}
	return b.bc.GetBlock(h.Hash(), h.Number.Uint64()), nil
}

// BlockByHash returns the block with hash, or nil.
func (b *Backend) BlockByHash(ctx context.Context, hash common.Hash) (*types.Block, error) {
	return b.bc.GetBlockByHash(hash), nil
}

// BlockByNumberOrHash resolves an EIP-1898 block reference to a block.
func (b *Backend) BlockByNumberOrHash(ctx context.Context, ref rpc.BlockNumberOrHash) (*types.Block, error) {
	if n, ok := ref.Number(); ok {
		return b.BlockByNumber(ctx, n)
	}
	h, err := b.HeaderByNumberOrHash(ctx, ref)
	if err != nil {
		return nil, err
	}
	blk := b.bc.GetBlock(h.Hash(), h.Number.Uint64())
	if blk == nil {
		return nil, ErrBodyMissing
	}
	return blk, nil
}

// GetBody returns a block body.
func (b *Backend) GetBody(ctx context.Context, hash common.Hash, number rpc.BlockNumber) (*types.Body, error) {
	if number < 0 || hash == (common.Hash{}) {
		return nil, ErrBodyArgs
	}
	if body := b.bc.GetBody(hash); body != nil {
		return body, nil
	}
	return nil, ErrBodyNotFound
}

// GetReceipts returns a block's receipts.
func (b *Backend) GetReceipts(ctx context.Context, hash common.Hash) (types.Receipts, error) {
	return b.bc.GetReceiptsByHash(hash), nil
}

// GetLogs returns a block's logs per transaction.
func (b *Backend) GetLogs(ctx context.Context, hash common.Hash, number uint64) ([][]*types.Log, error) {
	return rawdb.ReadLogs(b.db, hash, number), nil
}

// stateAt opens the state after header, falling back to the historical
// state reader; the error is go-ethereum's when the state is gone.
func (b *Backend) stateAt(h *types.Header) (*state.StateDB, error) {
	st, err := b.bc.StateAt(h.Root, h.Number, h.Time)
	if err == nil {
		return st, nil
	}
	return b.bc.HistoricState(h.Root, h.Number, h.Time)
}

// AccountAt reads addr from the state after the block ref selects ("pending":
// the head state) straight from the path database's flat state, without
// building a StateDB or opening the account trie, which is most of the cost
// of an eth_getBalance. ok is false when the flat state cannot answer: the
// block is unknown, its state is not among the recent layers, or the flat
// state is still being generated; the caller then takes the StateDB path,
// which reports the precise error. A missing account is (nil, true).
func (b *Backend) AccountAt(ctx context.Context, ref rpc.BlockNumberOrHash, addr common.Address) (*types.SlimAccount, bool) {
	var h *types.Header
	if n, isNum := ref.Number(); isNum && n == rpc.PendingBlockNumber {
		h = b.bc.CurrentBlock()
	} else {
		var err error
		if h, err = b.HeaderByNumberOrHash(ctx, ref); err != nil || h == nil {
			return nil, false
		}
	}
	r, err := b.bc.TrieDB().StateReader(h.Root)
	if err != nil {
		return nil, false
	}
	acct, err := r.Account(crypto.Keccak256Hash(addr[:]))
	if err != nil {
		return nil, false
	}
	return acct, true
}

// StateAndHeaderByNumber returns the state after a block; "pending" is the
// head state with the next block's header.
func (b *Backend) StateAndHeaderByNumber(ctx context.Context, number rpc.BlockNumber) (*state.StateDB, *types.Header, error) {
	if number == rpc.PendingBlockNumber {
		head := b.bc.CurrentBlock()
		st, err := b.stateAt(head)
		if err != nil {
			return nil, nil, err
		}
		return st, b.pendingHeader(), nil
	}
	h, err := b.HeaderByNumber(ctx, number)
	if err != nil {
		return nil, nil, err
	}
	if h == nil {
		return nil, nil, ErrHeaderNotFound
	}
	st, err := b.stateAt(h)
	if err != nil {
		return nil, nil, err
	}
	return st, h, nil
}

// StateAndHeaderByNumberOrHash resolves an EIP-1898 reference to a state.
func (b *Backend) StateAndHeaderByNumberOrHash(ctx context.Context, ref rpc.BlockNumberOrHash) (*state.StateDB, *types.Header, error) {
	if n, ok := ref.Number(); ok {
		return b.StateAndHeaderByNumber(ctx, n)
	}
	h, err := b.HeaderByNumberOrHash(ctx, ref)
	if err != nil {
		return nil, nil, err
	}
	st, err := b.stateAt(h)
	if err != nil {
		return nil, nil, err
	}
	return st, h, nil
}

// GetCanonicalTransaction looks a transaction up in the canonical chain.
func (b *Backend) GetCanonicalTransaction(hash common.Hash) (bool, *types.Transaction, common.Hash, uint64, uint64) {
	lookup, tx := b.bc.GetCanonicalTransaction(hash)
	if lookup == nil || tx == nil {
		return false, nil, common.Hash{}, 0, 0
	}
	return true, tx, lookup.BlockHash, lookup.BlockIndex, lookup.Index
}

// NewEVM builds an EVM through registry.NewEVM.
func (b *Backend) NewEVM(ctx context.Context, st *state.StateDB, header *types.Header, vmConfig *vm.Config, blockCtx *vm.BlockContext) *vm.EVM {
	if vmConfig == nil {
		vmConfig = b.bc.GetVMConfig()
	}
	var bctx vm.BlockContext
	if blockCtx != nil {
		bctx = *blockCtx
	} else {
		bctx = core.NewEVMBlockContext(header, b.bc, nil)
	}
	var db vm.StateDB = st
	if vmConfig.Tracer != nil {
		db = state.NewHookedState(st, vmConfig.Tracer)
	}
	return registry.NewEVM(bctx, db, b.bc.Config(), *vmConfig)
}

// Precompiles returns a copy of the precompile set installed in evm.
func (b *Backend) Precompiles(evm *vm.EVM) vm.PrecompiledContracts {
	return registry.Precompiles(evm)
}

// parentState returns the state after block's parent.
func (b *Backend) parentState(block *types.Block) (*state.StateDB, *types.Header, error) {
	if block.NumberU64() == 0 {
		return nil, nil, ErrGenesisTx
	}
	parent := b.bc.GetHeader(block.ParentHash(), block.NumberU64()-1)
	if parent == nil {
		return nil, nil, ErrHeaderNotFound
	}
	st, err := b.stateAt(parent)
	if err != nil {
		return nil, nil, err
	}
	return st, parent, nil
}

// StateAtTransaction returns the state just before transaction txIndex of
// block.
func (b *Backend) StateAtTransaction(ctx context.Context, block *types.Block, txIndex int) (*types.Transaction, vm.BlockContext, *state.StateDB, func(), error) {
	if txIndex < 0 || txIndex >= len(block.Transactions()) {
		return nil, vm.BlockContext{}, nil, nil, ErrTxIndex
	}
	st, parent, err := b.parentState(block)
	if err != nil {
		return nil, vm.BlockContext{}, nil, nil, err
	}
	bctx, err := b.chain.Executor().StateAt(ctx, block, parent, st, txIndex)
	if err != nil {
		return nil, vm.BlockContext{}, nil, nil, err
	}
	st.SetTxContext(block.Transactions()[txIndex].Hash(), txIndex, uint32(txIndex+1))
	return block.Transactions()[txIndex], bctx, st, func() {}, nil
}

// StateAtBlockStart returns the state after block's native block step.
func (b *Backend) StateAtBlockStart(ctx context.Context, block *types.Block) (*state.StateDB, vm.BlockContext, func(), error) {
	st, parent, err := b.parentState(block)
	if err != nil {
		return nil, vm.BlockContext{}, nil, err
	}
	bctx, err := b.chain.Executor().StateAt(ctx, block, parent, st, 0)
	if err != nil {
		return nil, vm.BlockContext{}, nil, err
	}
	return st, bctx, func() {}, nil
}

// SendTx adds a local transaction to the pool and records it in the
// transaction journal before returning.
func (b *Backend) SendTx(ctx context.Context, tx *types.Transaction) error {
	if err := b.pool.Add([]*types.Transaction{tx}, false)[0]; err != nil {
		return err
	}
	if b.txj != nil {
		return b.txj.Append(tx)
	}
	return nil
}

// GetPoolTransactions returns the pool's pending transactions.
func (b *Backend) GetPoolTransactions() (types.Transactions, error) {
	pending, _ := b.pool.Pending(txpool.PendingFilter{})
	var out types.Transactions
	for _, list := range pending {
		for _, lt := range list {
			if tx := lt.Resolve(); tx != nil {
				out = append(out, tx)
			}
		}
	}
	return out, nil
}

// GetPoolTransaction returns a pooled transaction by hash.
func (b *Backend) GetPoolTransaction(hash common.Hash) *types.Transaction { return b.pool.Get(hash) }

// GetPoolNonce returns the next nonce of addr counting pooled transactions.
func (b *Backend) GetPoolNonce(ctx context.Context, addr common.Address) (uint64, error) {
	return b.pool.Nonce(addr), nil
}

// Stats returns the pool's pending and queued counts.
func (b *Backend) Stats() (int, int) { return b.pool.Stats() }

// TxPoolContent returns the pool's pending and queued transactions.
func (b *Backend) TxPoolContent() (map[common.Address][]*types.Transaction, map[common.Address][]*types.Transaction) {
	return b.pool.Content()
}

// TxPoolContentFrom returns addr's pending and queued transactions.
func (b *Backend) TxPoolContentFrom(addr common.Address) ([]*types.Transaction, []*types.Transaction) {
	return b.pool.ContentFrom(addr)
}

// SubscribeNewTxsEvent subscribes to transactions entering the pool.
func (b *Backend) SubscribeNewTxsEvent(ch chan<- core.NewTxsEvent) event.Subscription {
	return b.pool.SubscribeTransactions(ch, true)
}

// SubscribeChainEvent subscribes to committed blocks.
func (b *Backend) SubscribeChainEvent(ch chan<- core.ChainEvent) event.Subscription {
	return b.bc.SubscribeChainEvent(ch)
}

// SubscribeChainHeadEvent subscribes to head changes.
func (b *Backend) SubscribeChainHeadEvent(ch chan<- core.ChainHeadEvent) event.Subscription {
	return b.bc.SubscribeChainHeadEvent(ch)
}

// SubscribeRemovedLogsEvent subscribes to logs removed by reorgs.
func (b *Backend) SubscribeRemovedLogsEvent(ch chan<- core.RemovedLogsEvent) event.Subscription {
	return b.bc.SubscribeRemovedLogsEvent(ch)
}

// SubscribeLogsEvent subscribes to logs of committed blocks.
func (b *Backend) SubscribeLogsEvent(ch chan<- []*types.Log) event.Subscription {
	return b.bc.SubscribeLogsEvent(ch)
}

// CurrentView returns the log index's view of the canonical chain.
func (b *Backend) CurrentView() *filtermaps.ChainView {
	head := b.bc.CurrentBlock()
	if head == nil {
		return nil
	}
	return filtermaps.NewChainView(b.bc, head.Number.Uint64(), head.Hash())
}

// NewMatcherBackend returns the log index matcher.
func (b *Backend) NewMatcherBackend() filtermaps.MatcherBackend {
	return b.filterMaps.NewMatcherBackend()
}

// SuggestGasTipCap returns the oracle's tip suggestion.
func (b *Backend) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	return b.gpo.SuggestTipCap(ctx)
}

// FeeHistory returns the oracle's fee history.
func (b *Backend) FeeHistory(ctx context.Context, blockCount uint64, lastBlock rpc.BlockNumber, rewardPercentiles []float64) (*big.Int, [][]*big.Int, []*big.Int, []float64, []*big.Int, []float64, error) {
	return b.gpo.FeeHistory(ctx, blockCount, lastBlock, rewardPercentiles)
}

// Pending reports no pending block to the gas price oracle (blocks are
// produced as soon as transactions arrive).
func (b *Backend) Pending() (*types.Block, types.Receipts, *state.StateDB) { return nil, nil, nil }

// RPCGasCap is the eth_call/eth_estimateGas gas cap.
func (b *Backend) RPCGasCap() uint64 { return b.gasCap }

// RPCEVMTimeout bounds one eth_call.
func (b *Backend) RPCEVMTimeout() time.Duration { return b.evmTimeout }

// RPCTxFeeCap is the fee cap of sent transactions in ether.
func (b *Backend) RPCTxFeeCap() float64 { return b.txFeeCap }

// DevAccounts returns the dev mnemonic's accounts in dev mode, else none.
func (b *Backend) DevAccounts() []ethapi.DevAccount {
	out := make([]ethapi.DevAccount, len(b.dev))
	for i, a := range b.dev {
		out[i] = a
	}
	return out
}
