package ethapi

import (
	"context"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/event"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// Backend is everything the JSON-RPC services need from the node. The node's
// backend implements it; tests implement it over a generated chain.
//
// It embeds filters.Backend so one value serves eth/filters as well.
type Backend interface {
	filters.Backend

	// SyncProgress reports sync status (a single-authority node is never syncing).
	SyncProgress(ctx context.Context) ethereum.SyncProgress
	// SuggestGasTipCap and FeeHistory come from eth/gasprice's Oracle.
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	FeeHistory(ctx context.Context, blockCount uint64, lastBlock rpc.BlockNumber, rewardPercentiles []float64) (*big.Int, [][]*big.Int, []*big.Int, []float64, []*big.Int, []float64, error)

	// RPCGasCap is the gas cap of eth_call/eth_estimateGas (0 = none).
	RPCGasCap() uint64
	// RPCEVMTimeout bounds one eth_call (0 = none).
	RPCEVMTimeout() time.Duration
	// RPCTxFeeCap is the fee cap in ether for sent transactions (0 = none).
	RPCTxFeeCap() float64

	HeaderByNumberOrHash(ctx context.Context, blockNrOrHash rpc.BlockNumberOrHash) (*types.Header, error)
	CurrentBlock() *types.Header
	BlockByNumber(ctx context.Context, number rpc.BlockNumber) (*types.Block, error)
	BlockByHash(ctx context.Context, hash common.Hash) (*types.Block, error)
	BlockByNumberOrHash(ctx context.Context, blockNrOrHash rpc.BlockNumberOrHash) (*types.Block, error)
	// StateAndHeaderByNumber returns the state after the given block; "pending"
	// gives the state the next block would start from, with a header for it.
	// Missing historical state returns an error wrapping
	// ErrHistoricalStateUnavailable-equivalent text from geth.
	StateAndHeaderByNumber(ctx context.Context, number rpc.BlockNumber) (*state.StateDB, *types.Header, error)
	StateAndHeaderByNumberOrHash(ctx context.Context, blockNrOrHash rpc.BlockNumberOrHash) (*state.StateDB, *types.Header, error)
	// GetCanonicalTransaction looks a transaction up by hash in the canonical
	// chain: found, tx, block hash, block number, index.
	GetCanonicalTransaction(txHash common.Hash) (bool, *types.Transaction, common.Hash, uint64, uint64)

	// NewEVM builds an EVM for calls and tracing through registry.NewEVM, so
	// the native precompiles are present. blockCtx may be nil (derived from
	// header). When vmConfig.Tracer is set, the EVM's StateDB must report
	// state changes and logs to it (state.NewHookedState over st), as geth's
	// state processor does; the call and prestate tracers depend on it.
	NewEVM(ctx context.Context, st *state.StateDB, header *types.Header, vmConfig *vm.Config, blockCtx *vm.BlockContext) *vm.EVM
	// Precompiles returns a fresh copy of the precompile set NewEVM installed
	// in evm: geth's active precompiles for its rules plus the native ones,
	// bound to evm. State overrides edit the copy (an overridden precompile
	// address runs its override code, movePrecompileToAddress moves one) and
	// install it with evm.SetPrecompiles.
	Precompiles(evm *vm.EVM) vm.PrecompiledContracts
	// StateAtTransaction returns the state just before transaction txIndex of
	// block runs (after the native block step and the earlier transactions),
	// with the block context, for tracing.
	StateAtTransaction(ctx context.Context, block *types.Block, txIndex int) (*types.Transaction, vm.BlockContext, *state.StateDB, func(), error)
	// StateAtBlockStart returns the state after block's native block step and
	// before its first transaction.
	StateAtBlockStart(ctx context.Context, block *types.Block) (*state.StateDB, vm.BlockContext, func(), error)

	// Transaction pool.
	SendTx(ctx context.Context, signedTx *types.Transaction) error
	GetPoolTransactions() (types.Transactions, error)
	GetPoolTransaction(txHash common.Hash) *types.Transaction
	GetPoolNonce(ctx context.Context, addr common.Address) (uint64, error)
	Stats() (pending int, queued int)
	TxPoolContent() (map[common.Address][]*types.Transaction, map[common.Address][]*types.Transaction)
	TxPoolContentFrom(addr common.Address) ([]*types.Transaction, []*types.Transaction)

	SubscribeChainHeadEvent(ch chan<- core.ChainHeadEvent) event.Subscription

	// DevAccounts returns the signing accounts for eth_accounts and
	// eth_sendTransaction (the dev mnemonic's keys in dev mode, none otherwise).
	DevAccounts() []DevAccount

	// ChainConfig is the chain's configuration (also in filters.Backend).
	ChainConfig() *params.ChainConfig
}

// AccountReader is optionally implemented by a Backend that can read one
// account of a block's state without opening the whole state (a StateDB and
// the account trie); eth_getBalance uses it when it answers. AccountAt
// returns ok false whenever it cannot answer, for whatever reason: the
// caller then takes the StateDB path, whose result and errors are the
// reference. A missing account is (nil, true).
type AccountReader interface {
	AccountAt(ctx context.Context, ref rpc.BlockNumberOrHash, addr common.Address) (acct *types.SlimAccount, ok bool)
}

// DevAccount is an account the node can sign for.
type DevAccount interface {
	Address() common.Address
	// SignTx signs tx for chainID.
	SignTx(tx *types.Transaction, chainID *big.Int) (*types.Transaction, error)
}

// TextSigner is optionally implemented by a DevAccount that can sign
// arbitrary messages for eth_sign. SignText signs the EIP-191 hash
// keccak256("\x19Ethereum Signed Message:\n" + len(data) + data) and returns
// the 65-byte [R || S || V] signature with V 0 or 1.
type TextSigner interface {
	SignText(data []byte) ([]byte, error)
}
