package ethapi

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/rpc"
)

// maxProofKeys bounds the storage keys of one eth_getProof request.
const maxProofKeys = 1024

// BlockChainAPI serves the chain and state methods of the eth namespace:
// blocks, headers, receipts, account state, proofs and message calls.
type BlockChainAPI struct {
	b Backend
}

// NewBlockChainAPI creates the chain and state service.
func NewBlockChainAPI(b Backend) *BlockChainAPI {
	return &BlockChainAPI{b: b}
}

// orLatest resolves an omitted block parameter to "latest".
func orLatest(sel *rpc.BlockNumberOrHash) rpc.BlockNumberOrHash {
	if sel == nil {
		return rpc.BlockNumberOrHashWithNumber(rpc.LatestBlockNumber)
	}
	return *sel
}

// stateAt opens the state of the selected block.
func (api *BlockChainAPI) stateAt(ctx context.Context, sel *rpc.BlockNumberOrHash) (*state.StateDB, *types.Header, error) {
	st, header, err := api.b.StateAndHeaderByNumberOrHash(ctx, orLatest(sel))
	if err != nil {
		return nil, nil, err
	}
	if st == nil || header == nil {
		return nil, nil, ErrBlockNotFound
	}
	return st, header, nil
}

// isPending reports whether sel selects the pending block.
func isPending(sel rpc.BlockNumberOrHash) bool {
	n, ok := sel.Number()
	return ok && n == rpc.PendingBlockNumber
}

// ChainId returns the EIP-155 chain id of the chain.
func (api *BlockChainAPI) ChainId() *hexutil.Big {
	return (*hexutil.Big)(api.b.ChainConfig().ChainID)
}

// BlockNumber returns the number of the head block.
func (api *BlockChainAPI) BlockNumber() hexutil.Uint64 {
	return hexutil.Uint64(api.b.CurrentHeader().Number.Uint64())
}

// GetBalance returns the balance in wei of address in the selected block's
// state (default "latest").
func (api *BlockChainAPI) GetBalance(ctx context.Context, address common.Address, blockNrOrHash *rpc.BlockNumberOrHash) (*hexutil.Big, error) {
	if ar, ok := api.b.(AccountReader); ok {
		if acct, ok := ar.AccountAt(ctx, orLatest(blockNrOrHash), address); ok {
			if acct == nil || acct.Balance == nil {
				return new(hexutil.Big), nil
			}
			return (*hexutil.Big)(acct.Balance.ToBig()), nil
		}
	}
	st, _, err := api.stateAt(ctx, blockNrOrHash)
	if err != nil {
		return nil, err
	}
	return (*hexutil.Big)(st.GetBalance(address).ToBig()), st.Error()
}

// GetCode returns the code of address in the selected block's state.
func (api *BlockChainAPI) GetCode(ctx context.Context, address common.Address, blockNrOrHash *rpc.BlockNumberOrHash) (hexutil.Bytes, error) {
	st, _, err := api.stateAt(ctx, blockNrOrHash)
	if err != nil {
		return nil, err
	}
	return st.GetCode(address), st.Error()
}

// GetStorageAt returns the storage slot of address in the selected block's
// state. The slot may be given as a 32-byte hash or a shorter hex quantity.
func (api *BlockChainAPI) GetStorageAt(ctx context.Context, address common.Address, hexKey string, blockNrOrHash *rpc.BlockNumberOrHash) (hexutil.Bytes, error) {
	st, _, err := api.stateAt(ctx, blockNrOrHash)
	if err != nil {
		return nil, err
	}
	key, _, err := parseStorageKey(hexKey)
	if err != nil {
		return nil, invalidParams(fmt.Errorf("%v: %q", err, hexKey))
	}
	v := st.GetState(address, key)
	return v[:], st.Error()
}

// Errors of storage key parsing.
var (
	errKeyTooLong = errors.New("storage key too long (want at most 32 bytes)")
	errKeyHex     = errors.New("invalid hex in storage key")
)

// parseStorageKey reads a storage slot: hex, "0x" optional, at most 32 bytes,
// odd lengths allowed. It returns the slot and the input's length in bytes.
func parseStorageKey(s string) (common.Hash, int, error) {
	if strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X") {
		s = s[2:]
	}
	if len(s)%2 == 1 {
		s = "0" + s
	}
	if len(s) > 2*common.HashLength {
		return common.Hash{}, len(s) / 2, errKeyTooLong
	}
	raw, err := hex.DecodeString(s)
	if err != nil {
		return common.Hash{}, 0, errKeyHex
	}
	return common.BytesToHash(raw), len(raw), nil
}

// AccountResult is the result of eth_getProof.
type AccountResult struct {
	Address      common.Address  `json:"address"`
	AccountProof []string        `json:"accountProof"`
	Balance      *hexutil.Big    `json:"balance"`
	CodeHash     common.Hash     `json:"codeHash"`
	Nonce        hexutil.Uint64  `json:"nonce"`
	StorageHash  common.Hash     `json:"storageHash"`
	StorageProof []StorageResult `json:"storageProof"`
}

// StorageResult is the proof of one storage slot in eth_getProof.
type StorageResult struct {
	Key   string       `json:"key"`
	Value *hexutil.Big `json:"value"`
	Proof []string     `json:"proof"`
}

// proofCollector gathers the trie nodes of a Merkle proof as hex strings.
type proofCollector []string

// Put records one proof node.
func (p *proofCollector) Put(key []byte, value []byte) error {
	*p = append(*p, hexutil.Encode(value))
	return nil
}

// Delete is never called by a proof.
func (p *proofCollector) Delete(key []byte) error {
	return errors.New("proof collector: delete not supported")
}

// GetProof returns the Merkle proof of an account and of some of its storage
// slots (EIP-1186) in the selected block's state.
func (api *BlockChainAPI) GetProof(ctx context.Context, address common.Address, storageKeys []string, blockNrOrHash *rpc.BlockNumberOrHash) (*AccountResult, error) {
	if len(storageKeys) > maxProofKeys {
		return nil, invalidParams(errorf(ErrTooManyKeys, "too many storage keys requested (max %d, got %d)", maxProofKeys, len(storageKeys)))
	}
	keys := make([]common.Hash, len(storageKeys))
	lens := make([]int, len(storageKeys))
	for i, k := range storageKeys {
		var err error
		if keys[i], lens[i], err = parseStorageKey(k); err != nil {
			return nil, invalidParams(fmt.Errorf("%v: %q", err, k))
		}
	}
	st, header, err := api.stateAt(ctx, blockNrOrHash)
	if err != nil {
		return nil, err
	}
	root := header.Root
	if sel := orLatest(blockNrOrHash); isPending(sel) {
		// A pending header may not carry the root of the state it starts
		// from; the state itself knows it.
		root = st.IntermediateRoot(api.b.ChainConfig().Rules(header.Number, header.Difficulty.Sign() == 0, header.Time))
	}
	storageRoot := st.GetStorageRoot(address)
	proofs := make([]StorageResult, len(keys))
	if len(keys) > 0 {
		var storageTrie state.Trie
		if storageRoot != types.EmptyRootHash && storageRoot != (common.Hash{}) {
			if storageTrie, err = st.Database().OpenStorageTrie(root, address, storageRoot, nil); err != nil {
				return nil, err
			}
		}
		for i, key := range keys {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			// A full 32-byte key is echoed as given; shorter ones as quantities.
			out := hexutil.Encode(key[:])
			if lens[i] != common.HashLength {
				out = hexutil.EncodeBig(key.Big())
			}
			if storageTrie == nil {
				proofs[i] = StorageResult{Key: out, Value: new(hexutil.Big), Proof: []string{}}
				continue
			}
			var proof proofCollector
			if err := storageTrie.Prove(crypto.Keccak256(key.Bytes()), &proof); err != nil {
				return nil, err
			}
			proofs[i] = StorageResult{Key: out, Value: (*hexutil.Big)(st.GetState(address, key).Big()), Proof: proof}
		}
	}
	accountTrie, err := st.Database().OpenTrie(root)
	if err != nil {
		return nil, err
	}
	var accountProof proofCollector
	if err := accountTrie.Prove(crypto.Keccak256(address.Bytes()), &accountProof); err != nil {
		return nil, err
	}
	return &AccountResult{
		Address:      address,
		AccountProof: accountProof,
		Balance:      (*hexutil.Big)(st.GetBalance(address).ToBig()),
		CodeHash:     st.GetCodeHash(address),
		Nonce:        hexutil.Uint64(st.GetNonce(address)),
		StorageHash:  storageRoot,
		StorageProof: proofs,
	}, st.Error()
}

// GetHeaderByNumber returns a canonical header. It is null for "pending",
// and for "safe" or "finalized" when no such block is known.
func (api *BlockChainAPI) GetHeaderByNumber(ctx context.Context, number rpc.BlockNumber) (map[string]interface{}, error) {
	if number == rpc.PendingBlockNumber {
		return nil, nil
	}
	header, err := api.b.HeaderByNumber(ctx, number)
	if err != nil {
		if number == rpc.SafeBlockNumber || number == rpc.FinalizedBlockNumber {
			return nil, nil
		}
		return nil, err
	}
	if header == nil {
		return nil, nil
	}
	return marshalHeader(header), nil
}

// GetHeaderByHash returns the header with the given hash, or null.
func (api *BlockChainAPI) GetHeaderByHash(ctx context.Context, hash common.Hash) map[string]interface{} {
	header, _ := api.b.HeaderByHash(ctx, hash)
	if header == nil {
		return nil
	}
	return marshalHeader(header)
}

// GetBlockByNumber returns a canonical block, with full transactions if
// fullTx, else their hashes. For "pending", hash, nonce and miner are null.
func (api *BlockChainAPI) GetBlockByNumber(ctx context.Context, number rpc.BlockNumber, fullTx bool) (map[string]interface{}, error) {
	block, err := api.b.BlockByNumber(ctx, number)
	if err != nil || block == nil {
		return nil, err
	}
	out := marshalBlock(block, fullTx, api.b.ChainConfig())
	if number == rpc.PendingBlockNumber {
		out["hash"], out["nonce"], out["miner"] = nil, nil, nil
	}
	return out, nil
}

// GetBlockByHash returns the block with the given hash, or null.
func (api *BlockChainAPI) GetBlockByHash(ctx context.Context, hash common.Hash, fullTx bool) (map[string]interface{}, error) {
	block, err := api.b.BlockByHash(ctx, hash)
	if block != nil {
		return marshalBlock(block, fullTx, api.b.ChainConfig()), nil
	}
	return nil, err
}

// GetUncleByBlockNumberAndIndex returns an uncle of a block; taoevm blocks
// have none, so the result is null.
func (api *BlockChainAPI) GetUncleByBlockNumberAndIndex(ctx context.Context, number rpc.BlockNumber, index hexutil.Uint) (map[string]interface{}, error) {
	block, err := api.b.BlockByNumber(ctx, number)
	if block == nil {
		return nil, err
	}
	return uncleAt(block, index, api.b), nil
}

// GetUncleByBlockHashAndIndex returns an uncle of a block; taoevm blocks
// have none, so the result is null.
func (api *BlockChainAPI) GetUncleByBlockHashAndIndex(ctx context.Context, hash common.Hash, index hexutil.Uint) (map[string]interface{}, error) {
	block, err := api.b.BlockByHash(ctx, hash)
	if block == nil {
		return nil, err
	}
	return uncleAt(block, index, api.b), nil
}

// uncleAt marshals the index'th uncle of block as a block without body.
func uncleAt(block *types.Block, index hexutil.Uint, b Backend) map[string]interface{} {
	uncles := block.Uncles()
	if int(index) >= len(uncles) {
		log.Debug("Requested uncle not found", "number", block.Number(), "hash", block.Hash(), "index", index)
		return nil
	}
	out := marshalHeader(uncles[index])
	u := types.NewBlockWithHeader(uncles[index])
	out["size"] = hexutil.Uint64(u.Size())
	out["uncles"] = []common.Hash{}
	return out
}

// GetUncleCountByBlockNumber returns the number of uncles of a block (0).
func (api *BlockChainAPI) GetUncleCountByBlockNumber(ctx context.Context, number rpc.BlockNumber) (*hexutil.Uint, error) {
	block, err := api.b.BlockByNumber(ctx, number)
	if block == nil {
		return nil, err
	}
	n := hexutil.Uint(len(block.Uncles()))
	return &n, nil
}

// GetUncleCountByBlockHash returns the number of uncles of a block (0).
func (api *BlockChainAPI) GetUncleCountByBlockHash(ctx context.Context, hash common.Hash) (*hexutil.Uint, error) {
	block, err := api.b.BlockByHash(ctx, hash)
	if block == nil {
		return nil, err
	}
	n := hexutil.Uint(len(block.Uncles()))
	return &n, nil
}

// GetBlockReceipts returns the receipts of all transactions of a block.
func (api *BlockChainAPI) GetBlockReceipts(ctx context.Context, blockNrOrHash rpc.BlockNumberOrHash) ([]map[string]interface{}, error) {
	if isPending(blockNrOrHash) {
		return nil, ErrPendingReceipts
	}
	block, err := api.b.BlockByNumberOrHash(ctx, blockNrOrHash)
	if block == nil || err != nil {
		return nil, err
	}
	receipts, err := api.b.GetReceipts(ctx, block.Hash())
	if err != nil {
		return nil, err
	}
	txs := block.Transactions()
	if len(txs) != len(receipts) {
		return nil, fmt.Errorf("receipts length mismatch: %d vs %d", len(txs), len(receipts))
	}
	signer := types.MakeSigner(api.b.ChainConfig(), block.Number(), block.Time())
	out := make([]map[string]interface{}, len(receipts))
	for i, r := range receipts {
		out[i] = marshalReceipt(r, block.Hash(), block.NumberU64(), signer, txs[i], i)
	}
	return out, nil
}

// Call executes a message call on the selected block's state (default
// "latest") without creating a transaction, with optional state and block
// overrides. A revert is returned as error code 3 with the revert data.
func (api *BlockChainAPI) Call(ctx context.Context, args TransactionArgs, blockNrOrHash *rpc.BlockNumberOrHash, overrides *StateOverride, blockOverrides *BlockOverrides) (hexutil.Bytes, error) {
	reserveStack()
	if err := args.checkBlobFeeCap(); err != nil {
		return nil, err
	}
	res, err := doCall(ctx, api.b, args, orLatest(blockNrOrHash), overrides, blockOverrides, api.b.RPCEVMTimeout(), api.b.RPCGasCap())
	if err != nil {
		return nil, err
	}
	if errors.Is(res.Err, vm.ErrExecutionReverted) {
		return nil, newRevertError(res.Revert())
	}
	return res.Return(), res.Err
}

// EstimateGas returns the lowest gas limit with which the message succeeds
// on the selected block's state (default "latest"), at most args.Gas when
// given and the node's gas cap. A message that always reverts returns the
// revert as error code 3; one that fails for lack of gas even at the highest
// limit returns "gas required exceeds allowance".
func (api *BlockChainAPI) EstimateGas(ctx context.Context, args TransactionArgs, blockNrOrHash *rpc.BlockNumberOrHash, overrides *StateOverride, blockOverrides *BlockOverrides) (hexutil.Uint64, error) {
	reserveStack()
	if err := args.checkBlobFeeCap(); err != nil {
		return 0, err
	}
	return estimateGas(ctx, api.b, args, orLatest(blockNrOrHash), overrides, blockOverrides, api.b.RPCGasCap())
}

// CreateAccessList returns the EIP-2930 access list the message would use on
// the selected block's state, with the gas it uses and its error, if any.
func (api *BlockChainAPI) CreateAccessList(ctx context.Context, args TransactionArgs, blockNrOrHash *rpc.BlockNumberOrHash, overrides *StateOverride) (*AccessListResult, error) {
	if err := args.checkBlobFeeCap(); err != nil {
		return nil, err
	}
	list, gas, vmErr, err := accessList(ctx, api.b, orLatest(blockNrOrHash), args, overrides)
	if err != nil {
		return nil, err
	}
	res := &AccessListResult{Accesslist: &list, GasUsed: hexutil.Uint64(gas)}
	if vmErr != nil {
		res.Error = vmErr.Error()
	}
	return res, nil
}
