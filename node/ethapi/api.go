package ethapi

import (
	"context"
	"fmt"
	"math/big"
	"runtime"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/consensus/misc/eip4844"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
)

// Version is taoevm's version, reported by web3_clientVersion. Release
// builds set it with -ldflags "-X github.com/taoevm/taoevm/node/ethapi.Version=…".
var Version = "0.1.0-unstable"

// ClientVersion is the web3_clientVersion string, in geth's layout:
// "taoevm/v<version>/<os>-<arch>/<go version>".
func ClientVersion() string {
	return fmt.Sprintf("taoevm/v%s/%s-%s/%s", Version, runtime.GOOS, runtime.GOARCH, runtime.Version())
}

// GetAPIs returns the JSON-RPC services of the eth, net, web3, txpool and
// debug namespaces over b. Logs, filters and subscriptions are not among
// them: the node serves those with eth/filters over the same backend.
func GetAPIs(b Backend) []rpc.API {
	return []rpc.API{
		{Namespace: "eth", Service: NewEthereumAPI(b)},
		{Namespace: "eth", Service: NewBlockChainAPI(b)},
		{Namespace: "eth", Service: NewTransactionAPI(b)},
		{Namespace: "txpool", Service: NewTxPoolAPI(b)},
		{Namespace: "debug", Service: NewDebugAPI(b)},
		{Namespace: "net", Service: NewNetAPI(b)},
		{Namespace: "web3", Service: NewWeb3API()},
	}
}

// EthereumAPI serves the fee market and sync status methods of the eth
// namespace.
type EthereumAPI struct {
	b Backend
}

// NewEthereumAPI creates the fee market and sync status service.
func NewEthereumAPI(b Backend) *EthereumAPI {
	return &EthereumAPI{b: b}
}

// GasPrice returns a gas price for legacy transactions: the suggested tip
// plus the base fee of the head block.
func (api *EthereumAPI) GasPrice(ctx context.Context) (*hexutil.Big, error) {
	tip, err := api.b.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, err
	}
	price := new(big.Int).Set(tip)
	if head := api.b.CurrentHeader(); head.BaseFee != nil {
		price.Add(price, head.BaseFee)
	}
	return (*hexutil.Big)(price), nil
}

// MaxPriorityFeePerGas returns the suggested tip for dynamic-fee
// transactions.
func (api *EthereumAPI) MaxPriorityFeePerGas(ctx context.Context) (*hexutil.Big, error) {
	tip, err := api.b.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, err
	}
	return (*hexutil.Big)(tip), nil
}

// FeeHistoryResult is the result of eth_feeHistory.
type FeeHistoryResult struct {
	OldestBlock      *hexutil.Big     `json:"oldestBlock"`
	Reward           [][]*hexutil.Big `json:"reward,omitempty"`
	BaseFee          []*hexutil.Big   `json:"baseFeePerGas,omitempty"`
	GasUsedRatio     []float64        `json:"gasUsedRatio"`
	BlobBaseFee      []*hexutil.Big   `json:"baseFeePerBlobGas,omitempty"`
	BlobGasUsedRatio []float64        `json:"blobGasUsedRatio,omitempty"`
}

// toHexBigs converts a list of big integers, keeping nil as nil.
func toHexBigs(list []*big.Int) []*hexutil.Big {
	if list == nil {
		return nil
	}
	out := make([]*hexutil.Big, len(list))
	for i, v := range list {
		out[i] = (*hexutil.Big)(v)
	}
	return out
}

// FeeHistory returns base fees, gas used ratios and, for the requested
// percentiles, the effective tips of blockCount blocks up to lastBlock.
func (api *EthereumAPI) FeeHistory(ctx context.Context, blockCount math.HexOrDecimal64, lastBlock rpc.BlockNumber, rewardPercentiles []float64) (*FeeHistoryResult, error) {
	oldest, reward, baseFee, gasUsed, blobBaseFee, blobGasUsed, err := api.b.FeeHistory(ctx, uint64(blockCount), lastBlock, rewardPercentiles)
	if err != nil {
		return nil, err
	}
	res := &FeeHistoryResult{
		OldestBlock:      (*hexutil.Big)(oldest),
		GasUsedRatio:     gasUsed,
		BaseFee:          toHexBigs(baseFee),
		BlobBaseFee:      toHexBigs(blobBaseFee),
		BlobGasUsedRatio: blobGasUsed,
	}
	if reward != nil {
		res.Reward = make([][]*hexutil.Big, len(reward))
		for i, r := range reward {
			res.Reward[i] = toHexBigs(r)
		}
	}
	return res, nil
}

// BlobBaseFee returns the blob base fee of the block after the head, or null
// before Cancun.
func (api *EthereumAPI) BlobBaseFee(ctx context.Context) *hexutil.Big {
	head := api.b.CurrentHeader()
	if head.ExcessBlobGas == nil {
		return nil
	}
	return (*hexutil.Big)(eip4844.CalcBlobFee(api.b.ChainConfig(), head))
}

// Syncing returns false when the node is not syncing, otherwise its progress.
func (api *EthereumAPI) Syncing(ctx context.Context) (interface{}, error) {
	p := api.b.SyncProgress(ctx)
	if p.Done() {
		return false, nil
	}
	return map[string]interface{}{
		"startingBlock":          hexutil.Uint64(p.StartingBlock),
		"currentBlock":           hexutil.Uint64(p.CurrentBlock),
		"highestBlock":           hexutil.Uint64(p.HighestBlock),
		"syncedAccounts":         hexutil.Uint64(p.SyncedAccounts),
		"syncedAccountBytes":     hexutil.Uint64(p.SyncedAccountBytes),
		"syncedBytecodes":        hexutil.Uint64(p.SyncedBytecodes),
		"syncedBytecodeBytes":    hexutil.Uint64(p.SyncedBytecodeBytes),
		"syncedStorage":          hexutil.Uint64(p.SyncedStorage),
		"syncedStorageBytes":     hexutil.Uint64(p.SyncedStorageBytes),
		"healedTrienodes":        hexutil.Uint64(p.HealedTrienodes),
		"healedTrienodeBytes":    hexutil.Uint64(p.HealedTrienodeBytes),
		"healedBytecodes":        hexutil.Uint64(p.HealedBytecodes),
		"healedBytecodeBytes":    hexutil.Uint64(p.HealedBytecodeBytes),
		"healingTrienodes":       hexutil.Uint64(p.HealingTrienodes),
		"healingBytecode":        hexutil.Uint64(p.HealingBytecode),
		"syncedAccessLists":      hexutil.Uint64(p.SyncedAccessLists),
		"totalAccessLists":       hexutil.Uint64(p.TotalAccessLists),
		"trieGenProgress":        hexutil.Uint64(p.TrieGenProgress),
		"txIndexFinishedBlocks":  hexutil.Uint64(p.TxIndexFinishedBlocks),
		"txIndexRemainingBlocks": hexutil.Uint64(p.TxIndexRemainingBlocks),
		"stateIndexRemaining":    hexutil.Uint64(p.StateIndexRemaining),
		"trienodeIndexRemaining": hexutil.Uint64(p.TrienodeIndexRemaining),
	}, nil
}

// NetAPI serves the net namespace. taoevm has no devp2p network: it reports
// the chain id as network id, always listening, and no peers.
type NetAPI struct {
	b Backend
}

// NewNetAPI creates the net namespace service.
func NewNetAPI(b Backend) *NetAPI {
	return &NetAPI{b: b}
}

// Version returns the network id, in decimal: the chain id.
func (api *NetAPI) Version() string {
	return api.b.ChainConfig().ChainID.String()
}

// Listening reports that the node accepts connections.
func (api *NetAPI) Listening() bool { return true }

// PeerCount returns the number of connected peers, which is zero.
func (api *NetAPI) PeerCount() hexutil.Uint { return 0 }

// Web3API serves the web3 namespace.
type Web3API struct{}

// NewWeb3API creates the web3 namespace service.
func NewWeb3API() *Web3API { return &Web3API{} }

// ClientVersion returns the node's version string.
func (api *Web3API) ClientVersion() string { return ClientVersion() }

// Sha3 returns the Keccak-256 hash of input.
func (api *Web3API) Sha3(input hexutil.Bytes) hexutil.Bytes {
	return crypto.Keccak256(input)
}
