package ethapi

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// RPCTransaction is the JSON-RPC form of a transaction, mined or pending.
type RPCTransaction struct {
	BlockHash           *common.Hash                 `json:"blockHash"`
	BlockNumber         *hexutil.Big                 `json:"blockNumber"`
	BlockTimestamp      *hexutil.Uint64              `json:"blockTimestamp"`
	From                common.Address               `json:"from"`
	Gas                 hexutil.Uint64               `json:"gas"`
	GasPrice            *hexutil.Big                 `json:"gasPrice"`
	GasFeeCap           *hexutil.Big                 `json:"maxFeePerGas,omitempty"`
	GasTipCap           *hexutil.Big                 `json:"maxPriorityFeePerGas,omitempty"`
	MaxFeePerBlobGas    *hexutil.Big                 `json:"maxFeePerBlobGas,omitempty"`
	Hash                common.Hash                  `json:"hash"`
	Input               hexutil.Bytes                `json:"input"`
	Nonce               hexutil.Uint64               `json:"nonce"`
	To                  *common.Address              `json:"to"`
	TransactionIndex    *hexutil.Uint64              `json:"transactionIndex"`
	Value               *hexutil.Big                 `json:"value"`
	Type                hexutil.Uint64               `json:"type"`
	Accesses            *types.AccessList            `json:"accessList,omitempty"`
	ChainID             *hexutil.Big                 `json:"chainId,omitempty"`
	BlobVersionedHashes []common.Hash                `json:"blobVersionedHashes,omitempty"`
	AuthorizationList   []types.SetCodeAuthorization `json:"authorizationList,omitempty"`
	V                   *hexutil.Big                 `json:"v"`
	R                   *hexutil.Big                 `json:"r"`
	S                   *hexutil.Big                 `json:"s"`
	YParity             *hexutil.Uint64              `json:"yParity,omitempty"`
}

// txLocation says where a transaction was mined; the zero value means pending.
type txLocation struct {
	blockHash   common.Hash
	blockNumber uint64
	blockTime   uint64
	index       uint64
	baseFee     *big.Int // base fee of the block, or of the next block if pending
}

// newRPCTransaction converts tx to its JSON-RPC form. The sender is recovered
// with the signer of the block the transaction is (or would be) in.
func newRPCTransaction(tx *types.Transaction, loc txLocation, config *params.ChainConfig) *RPCTransaction {
	signer := types.MakeSigner(config, new(big.Int).SetUint64(loc.blockNumber), loc.blockTime)
	from, _ := types.Sender(signer, tx)
	v, r, s := tx.RawSignatureValues()
	out := &RPCTransaction{
		Type:     hexutil.Uint64(tx.Type()),
		From:     from,
		Gas:      hexutil.Uint64(tx.Gas()),
		GasPrice: (*hexutil.Big)(tx.GasPrice()),
		Hash:     tx.Hash(),
		Input:    tx.Data(),
		Nonce:    hexutil.Uint64(tx.Nonce()),
		To:       tx.To(),
		Value:    (*hexutil.Big)(tx.Value()),
		V:        (*hexutil.Big)(v),
		R:        (*hexutil.Big)(r),
		S:        (*hexutil.Big)(s),
	}
	mined := loc.blockHash != (common.Hash{})
	if mined {
		hash, number, ts, idx := loc.blockHash, new(big.Int).SetUint64(loc.blockNumber), loc.blockTime, loc.index
		out.BlockHash = &hash
		out.BlockNumber = (*hexutil.Big)(number)
		out.BlockTimestamp = (*hexutil.Uint64)(&ts)
		out.TransactionIndex = (*hexutil.Uint64)(&idx)
	}
	if tx.Type() == types.LegacyTxType {
		// A legacy transaction shows its chain id only when EIP-155 signed.
		if id := tx.ChainId(); id.Sign() != 0 {
			out.ChainID = (*hexutil.Big)(id)
		}
		return out
	}
	// Every typed transaction has an access list, a chain id and a y-parity.
	al := tx.AccessList()
	parity := hexutil.Uint64(v.Sign())
	out.Accesses = &al
	out.ChainID = (*hexutil.Big)(tx.ChainId())
	out.YParity = &parity
	if tx.Type() == types.AccessListTxType {
		return out
	}
	// Dynamic-fee style transactions (1559, blob, set-code).
	out.GasFeeCap = (*hexutil.Big)(tx.GasFeeCap())
	out.GasTipCap = (*hexutil.Big)(tx.GasTipCap())
	if mined && loc.baseFee != nil {
		out.GasPrice = (*hexutil.Big)(paidGasPrice(tx, loc.baseFee))
	} else {
		out.GasPrice = (*hexutil.Big)(tx.GasFeeCap())
	}
	switch tx.Type() {
	case types.BlobTxType:
		out.MaxFeePerBlobGas = (*hexutil.Big)(tx.BlobGasFeeCap())
		out.BlobVersionedHashes = tx.BlobHashes()
	case types.SetCodeTxType:
		out.AuthorizationList = tx.SetCodeAuthorizations()
	}
	return out
}

// paidGasPrice is the price per gas a dynamic-fee transaction paid in a block
// with the given base fee: min(tip + baseFee, feeCap).
func paidGasPrice(tx *types.Transaction, baseFee *big.Int) *big.Int {
	price := new(big.Int).Add(tx.GasTipCap(), baseFee)
	if feeCap := tx.GasFeeCap(); price.Cmp(feeCap) > 0 {
		return feeCap
	}
	return price
}

// newPendingRPCTransaction converts a pool transaction, pricing it against the
// base fee of the block after head.
func newPendingRPCTransaction(tx *types.Transaction, head *types.Header, config *params.ChainConfig) *RPCTransaction {
	var loc txLocation
	if head != nil {
		loc.blockNumber = head.Number.Uint64()
		loc.blockTime = head.Time
		if config.IsLondon(head.Number) {
			loc.baseFee = eip1559.CalcBaseFee(config, head)
		}
	}
	return newRPCTransaction(tx, loc, config)
}

// newBlockRPCTransaction converts the index'th transaction of block, or
// returns nil if there is none.
func newBlockRPCTransaction(block *types.Block, index uint64, config *params.ChainConfig) *RPCTransaction {
	txs := block.Transactions()
	if index >= uint64(len(txs)) {
		return nil
	}
	return newRPCTransaction(txs[index], txLocation{
		blockHash:   block.Hash(),
		blockNumber: block.NumberU64(),
		blockTime:   block.Time(),
		index:       index,
		baseFee:     block.BaseFee(),
	}, config)
}

// marshalHeader returns the JSON-RPC form of a header: the fields every
// header has, plus those of later forks when present.
func marshalHeader(h *types.Header) map[string]interface{} {
	out := map[string]interface{}{
		"number":           (*hexutil.Big)(h.Number),
		"hash":             h.Hash(),
		"parentHash":       h.ParentHash,
		"nonce":            h.Nonce,
		"mixHash":          h.MixDigest,
		"sha3Uncles":       h.UncleHash,
		"logsBloom":        h.Bloom,
		"stateRoot":        h.Root,
		"miner":            h.Coinbase,
		"difficulty":       (*hexutil.Big)(h.Difficulty),
		"extraData":        hexutil.Bytes(h.Extra),
		"gasLimit":         hexutil.Uint64(h.GasLimit),
		"gasUsed":          hexutil.Uint64(h.GasUsed),
		"timestamp":        hexutil.Uint64(h.Time),
		"transactionsRoot": h.TxHash,
		"receiptsRoot":     h.ReceiptHash,
	}
	if h.BaseFee != nil {
		out["baseFeePerGas"] = (*hexutil.Big)(h.BaseFee)
	}
	if h.WithdrawalsHash != nil {
		out["withdrawalsRoot"] = h.WithdrawalsHash
	}
	if h.BlobGasUsed != nil {
		out["blobGasUsed"] = hexutil.Uint64(*h.BlobGasUsed)
	}
	if h.ExcessBlobGas != nil {
		out["excessBlobGas"] = hexutil.Uint64(*h.ExcessBlobGas)
	}
	if h.ParentBeaconRoot != nil {
		out["parentBeaconBlockRoot"] = h.ParentBeaconRoot
	}
	if h.RequestsHash != nil {
		out["requestsHash"] = h.RequestsHash
	}
	if h.BlockAccessListHash != nil {
		out["blockAccessListHash"] = h.BlockAccessListHash
	}
	if h.SlotNumber != nil {
		out["slotNumber"] = hexutil.Uint64(*h.SlotNumber)
	}
	return out
}

// marshalBlock returns the JSON-RPC form of a block: its header fields, size,
// uncles, withdrawals and its transactions as hashes or, with fullTx, objects.
func marshalBlock(block *types.Block, fullTx bool, config *params.ChainConfig) map[string]interface{} {
	out := marshalHeader(block.Header())
	out["size"] = hexutil.Uint64(block.Size())

	txs := block.Transactions()
	list := make([]interface{}, len(txs))
	for i, tx := range txs {
		if fullTx {
			list[i] = newBlockRPCTransaction(block, uint64(i), config)
		} else {
			list[i] = tx.Hash()
		}
	}
	out["transactions"] = list

	uncles := make([]common.Hash, 0, len(block.Uncles()))
	for _, u := range block.Uncles() {
		uncles = append(uncles, u.Hash())
	}
	out["uncles"] = uncles
	if w := block.Withdrawals(); w != nil {
		out["withdrawals"] = w
	}
	return out
}

// marshalReceipt returns the JSON-RPC form of the receipt of tx, the
// index'th transaction of the given block.
func marshalReceipt(r *types.Receipt, blockHash common.Hash, blockNumber uint64, signer types.Signer, tx *types.Transaction, index int) map[string]interface{} {
	from, _ := types.Sender(signer, tx)
	logs := r.Logs
	if logs == nil {
		logs = []*types.Log{}
	}
	out := map[string]interface{}{
		"blockHash":         blockHash,
		"blockNumber":       hexutil.Uint64(blockNumber),
		"transactionHash":   tx.Hash(),
		"transactionIndex":  hexutil.Uint64(index),
		"from":              from,
		"to":                tx.To(),
		"gasUsed":           hexutil.Uint64(r.GasUsed),
		"cumulativeGasUsed": hexutil.Uint64(r.CumulativeGasUsed),
		"contractAddress":   nil,
		"logs":              logs,
		"logsBloom":         r.Bloom,
		"type":              hexutil.Uint(tx.Type()),
		"effectiveGasPrice": (*hexutil.Big)(r.EffectiveGasPrice),
	}
	if len(r.PostState) > 0 {
		out["root"] = hexutil.Bytes(r.PostState)
	} else {
		out["status"] = hexutil.Uint(r.Status)
	}
	if tx.Type() == types.BlobTxType {
		out["blobGasUsed"] = hexutil.Uint64(r.BlobGasUsed)
		out["blobGasPrice"] = (*hexutil.Big)(r.BlobGasPrice)
	}
	if r.ContractAddress != (common.Address{}) {
		out["contractAddress"] = r.ContractAddress
	}
	return out
}
