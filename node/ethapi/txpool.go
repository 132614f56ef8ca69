package ethapi

import (
	"fmt"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
)

// TxPoolAPI serves the txpool namespace: the pool's pending and queued
// transactions, by sender and nonce.
type TxPoolAPI struct {
	b Backend
}

// NewTxPoolAPI creates the txpool namespace service.
func NewTxPoolAPI(b Backend) *TxPoolAPI {
	return &TxPoolAPI{b: b}
}

// byNonce maps each transaction's nonce, in decimal, to f(tx).
func byNonce[T any](txs []*types.Transaction, f func(*types.Transaction) T) map[string]T {
	out := make(map[string]T, len(txs))
	for _, tx := range txs {
		out[strconv.FormatUint(tx.Nonce(), 10)] = f(tx)
	}
	return out
}

// bySender maps each sender's checksummed address to byNonce of its
// transactions.
func bySender[T any](txs map[common.Address][]*types.Transaction, f func(*types.Transaction) T) map[string]map[string]T {
	out := make(map[string]map[string]T, len(txs))
	for addr, list := range txs {
		out[addr.Hex()] = byNonce(list, f)
	}
	return out
}

// rpcTx converts pool transactions against the current head.
func (api *TxPoolAPI) rpcTx() func(*types.Transaction) *RPCTransaction {
	head, config := api.b.CurrentHeader(), api.b.ChainConfig()
	return func(tx *types.Transaction) *RPCTransaction {
		return newPendingRPCTransaction(tx, head, config)
	}
}

// Content returns every pool transaction, under "pending" and "queued", by
// sender and nonce.
func (api *TxPoolAPI) Content() map[string]map[string]map[string]*RPCTransaction {
	pending, queued := api.b.TxPoolContent()
	conv := api.rpcTx()
	return map[string]map[string]map[string]*RPCTransaction{
		"pending": bySender(pending, conv),
		"queued":  bySender(queued, conv),
	}
}

// ContentFrom returns the pool transactions of one sender, under "pending"
// and "queued", by nonce.
func (api *TxPoolAPI) ContentFrom(addr common.Address) map[string]map[string]*RPCTransaction {
	pending, queued := api.b.TxPoolContentFrom(addr)
	conv := api.rpcTx()
	return map[string]map[string]*RPCTransaction{
		"pending": byNonce(pending, conv),
		"queued":  byNonce(queued, conv),
	}
}

// Status returns the numbers of pending and queued transactions.
func (api *TxPoolAPI) Status() map[string]hexutil.Uint {
	pending, queued := api.b.Stats()
	return map[string]hexutil.Uint{
		"pending": hexutil.Uint(pending),
		"queued":  hexutil.Uint(queued),
	}
}

// inspectLine summarises a transaction as geth's txpool_inspect does.
func inspectLine(tx *types.Transaction) string {
	if to := tx.To(); to != nil {
		return fmt.Sprintf("%s: %v wei + %v gas × %v wei", to.Hex(), tx.Value(), tx.Gas(), tx.GasPrice())
	}
	return fmt.Sprintf("contract creation: %v wei + %v gas × %v wei", tx.Value(), tx.Gas(), tx.GasPrice())
}

// Inspect returns a one-line summary of every pool transaction, under
// "pending" and "queued", by sender and nonce.
func (api *TxPoolAPI) Inspect() map[string]map[string]map[string]string {
	pending, queued := api.b.TxPoolContent()
	return map[string]map[string]map[string]string{
		"pending": bySender(pending, inspectLine),
		"queued":  bySender(queued, inspectLine),
	}
}
