package ethapi

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// addrLocker serialises nonce assignment per sender, so that concurrent
// eth_sendTransaction calls from one account get distinct nonces.
type addrLocker struct {
	mu    sync.Mutex
	locks map[common.Address]*sync.Mutex
}

// lock takes the mutex of addr and returns its unlock function.
func (l *addrLocker) lock(addr common.Address) func() {
	l.mu.Lock()
	if l.locks == nil {
		l.locks = make(map[common.Address]*sync.Mutex)
	}
	m, ok := l.locks[addr]
	if !ok {
		m = new(sync.Mutex)
		l.locks[addr] = m
	}
	l.mu.Unlock()
	m.Lock()
	return m.Unlock
}

// TransactionAPI serves the transaction methods of the eth namespace:
// lookups, receipts, nonces, submission and signing with the dev accounts.
type TransactionAPI struct {
	b      Backend
	locks  *addrLocker
	signer types.Signer // latest signer: recovers senders of every tx type
}

// NewTransactionAPI creates the transaction service.
func NewTransactionAPI(b Backend) *TransactionAPI {
	return &TransactionAPI{b: b, locks: new(addrLocker), signer: types.LatestSigner(b.ChainConfig())}
}

// GetBlockTransactionCountByNumber returns the number of transactions in a
// block, or null if there is no such block.
func (api *TransactionAPI) GetBlockTransactionCountByNumber(ctx context.Context, number rpc.BlockNumber) (*hexutil.Uint, error) {
	block, err := api.b.BlockByNumber(ctx, number)
	if block == nil {
		return nil, err
	}
	n := hexutil.Uint(len(block.Transactions()))
	return &n, nil
}

// GetBlockTransactionCountByHash returns the number of transactions in a
// block, or null if there is no such block.
func (api *TransactionAPI) GetBlockTransactionCountByHash(ctx context.Context, hash common.Hash) (*hexutil.Uint, error) {
	block, err := api.b.BlockByHash(ctx, hash)
	if block == nil {
		return nil, err
	}
	n := hexutil.Uint(len(block.Transactions()))
	return &n, nil
}

// GetTransactionByBlockNumberAndIndex returns a transaction by its position,
// or null.
func (api *TransactionAPI) GetTransactionByBlockNumberAndIndex(ctx context.Context, number rpc.BlockNumber, index hexutil.Uint) (*RPCTransaction, error) {
	block, err := api.b.BlockByNumber(ctx, number)
	if block == nil {
		return nil, err
	}
	return newBlockRPCTransaction(block, uint64(index), api.b.ChainConfig()), nil
}

// GetTransactionByBlockHashAndIndex returns a transaction by its position,
// or null.
func (api *TransactionAPI) GetTransactionByBlockHashAndIndex(ctx context.Context, hash common.Hash, index hexutil.Uint) (*RPCTransaction, error) {
	block, err := api.b.BlockByHash(ctx, hash)
	if block == nil {
		return nil, err
	}
	return newBlockRPCTransaction(block, uint64(index), api.b.ChainConfig()), nil
}

// GetRawTransactionByBlockNumberAndIndex returns the encoding of a
// transaction by its position, or null.
func (api *TransactionAPI) GetRawTransactionByBlockNumberAndIndex(ctx context.Context, number rpc.BlockNumber, index hexutil.Uint) hexutil.Bytes {
	block, _ := api.b.BlockByNumber(ctx, number)
	return rawTxAt(block, index)
}

// GetRawTransactionByBlockHashAndIndex returns the encoding of a transaction
// by its position, or null.
func (api *TransactionAPI) GetRawTransactionByBlockHashAndIndex(ctx context.Context, hash common.Hash, index hexutil.Uint) hexutil.Bytes {
	block, _ := api.b.BlockByHash(ctx, hash)
	return rawTxAt(block, index)
}

// rawTxAt encodes the index'th transaction of block, if any.
func rawTxAt(block *types.Block, index hexutil.Uint) hexutil.Bytes {
	if block == nil || int(index) >= len(block.Transactions()) {
		return nil
	}
	raw, _ := block.Transactions()[index].MarshalBinary()
	return raw
}

// GetTransactionCount returns the nonce of address in the selected block's
// state (default "latest"); for "pending" it counts pool transactions too.
func (api *TransactionAPI) GetTransactionCount(ctx context.Context, address common.Address, blockNrOrHash *rpc.BlockNumberOrHash) (*hexutil.Uint64, error) {
	sel := orLatest(blockNrOrHash)
	if isPending(sel) {
		nonce, err := api.b.GetPoolNonce(ctx, address)
		if err != nil {
			return nil, err
		}
		return (*hexutil.Uint64)(&nonce), nil
	}
	st, _, err := api.b.StateAndHeaderByNumberOrHash(ctx, sel)
	if err != nil {
		return nil, err
	}
	if st == nil {
		return nil, ErrBlockNotFound
	}
	nonce := st.GetNonce(address)
	return (*hexutil.Uint64)(&nonce), st.Error()
}

// GetTransactionByHash returns a transaction of the canonical chain or the
// pool, or null.
func (api *TransactionAPI) GetTransactionByHash(ctx context.Context, hash common.Hash) (*RPCTransaction, error) {
	found, tx, blockHash, blockNumber, index := api.b.GetCanonicalTransaction(hash)
	if !found {
		if tx := api.b.GetPoolTransaction(hash); tx != nil {
			return newPendingRPCTransaction(tx, api.b.CurrentHeader(), api.b.ChainConfig()), nil
		}
		return nil, nil
	}
	header, err := api.b.HeaderByHash(ctx, blockHash)
	if err != nil {
		return nil, err
	}
	if header == nil {
		return nil, ErrBlockNotFound
	}
	return newRPCTransaction(tx, txLocation{
		blockHash:   blockHash,
		blockNumber: blockNumber,
		blockTime:   header.Time,
		index:       index,
		baseFee:     header.BaseFee,
	}, api.b.ChainConfig()), nil
}

// GetRawTransactionByHash returns the encoding of a transaction of the
// canonical chain or the pool, or null.
func (api *TransactionAPI) GetRawTransactionByHash(ctx context.Context, hash common.Hash) (hexutil.Bytes, error) {
	found, tx, _, _, _ := api.b.GetCanonicalTransaction(hash)
	if !found {
		if tx = api.b.GetPoolTransaction(hash); tx == nil {
			return nil, nil
		}
	}
	return tx.MarshalBinary()
}

// GetTransactionReceipt returns the receipt of a canonical transaction, or
// null.
func (api *TransactionAPI) GetTransactionReceipt(ctx context.Context, hash common.Hash) (map[string]interface{}, error) {
	found, tx, blockHash, blockNumber, index := api.b.GetCanonicalTransaction(hash)
	if !found {
		return nil, nil
	}
	receipts, err := api.b.GetReceipts(ctx, blockHash)
	if err != nil {
		return nil, err
	}
	if index >= uint64(len(receipts)) {
		return nil, fmt.Errorf("receipt %d of block %x not found", index, blockHash)
	}
	return marshalReceipt(receipts[index], blockHash, blockNumber, api.signer, tx, int(index)), nil
}

// submit checks the fee cap and replay protection of a signed transaction
// and hands it to the pool.
func submit(ctx context.Context, b Backend, tx *types.Transaction) (common.Hash, error) {
	if err := checkTxFee(tx.GasPrice(), tx.Gas(), b.RPCTxFeeCap()); err != nil {
		return common.Hash{}, err
	}
	if !tx.Protected() {
		return common.Hash{}, ErrUnprotectedTx
	}
	if err := b.SendTx(ctx, tx); err != nil {
		return common.Hash{}, err
	}
	head := b.CurrentBlock()
	from, err := types.Sender(types.MakeSigner(b.ChainConfig(), head.Number, head.Time), tx)
	if err != nil {
		return common.Hash{}, err
	}
	if tx.To() == nil {
		log.Info("Submitted contract creation", "hash", tx.Hash().Hex(), "from", from, "nonce", tx.Nonce(), "contract", crypto.CreateAddress(from, tx.Nonce()).Hex(), "value", tx.Value())
	} else {
		log.Info("Submitted transaction", "hash", tx.Hash().Hex(), "from", from, "nonce", tx.Nonce(), "recipient", tx.To(), "value", tx.Value())
	}
	return tx.Hash(), nil
}

// checkTxFee rejects a transaction whose maximum fee, gasPrice×gas, is above
// feeCap ether (0 = no cap).
func checkTxFee(gasPrice *big.Int, gas uint64, feeCap float64) error {
	if feeCap == 0 {
		return nil
	}
	wei := new(big.Int).Mul(gasPrice, new(big.Int).SetUint64(gas))
	fee, _ := new(big.Float).Quo(new(big.Float).SetInt(wei), big.NewFloat(params.Ether)).Float64()
	if fee > feeCap {
		return errorf(ErrTxFeeCap, "tx fee (%.2f ether) exceeds the configured cap (%.2f ether)", fee, feeCap)
	}
	return nil
}

// SendRawTransaction adds a signed transaction to the pool and returns its
// hash. Pool rejections are returned as the pool reports them.
func (api *TransactionAPI) SendRawTransaction(ctx context.Context, input hexutil.Bytes) (common.Hash, error) {
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(input); err != nil {
		return common.Hash{}, err
	}
	return submit(ctx, api.b, tx)
}

// account returns the dev account for addr, or accounts.ErrUnknownAccount.
func (api *TransactionAPI) account(addr common.Address) (DevAccount, error) {
	for _, acct := range api.b.DevAccounts() {
		if acct.Address() == addr {
			return acct, nil
		}
	}
	return nil, accounts.ErrUnknownAccount
}

// Accounts returns the addresses of the accounts the node signs for (the
// dev accounts in dev mode, none otherwise).
func (api *TransactionAPI) Accounts() []common.Address {
	accts := api.b.DevAccounts()
	out := make([]common.Address, len(accts))
	for i, a := range accts {
		out[i] = a.Address()
	}
	return out
}

// SendTransaction fills in the missing fields of a transaction from a dev
// account (nonce from the pool, fees from the oracle, gas by estimation),
// signs it and adds it to the pool.
func (api *TransactionAPI) SendTransaction(ctx context.Context, args TransactionArgs) (common.Hash, error) {
	acct, err := api.account(args.sender())
	if err != nil {
		return common.Hash{}, err
	}
	if args.Nonce == nil {
		// Hold the sender's lock from nonce assignment to pool admission.
		defer api.locks.lock(args.sender())()
	}
	if args.isBlobTx() {
		return common.Hash{}, ErrBlobTxSigning
	}
	if err := args.setSendDefaults(ctx, api.b); err != nil {
		return common.Hash{}, err
	}
	signed, err := acct.SignTx(args.toTransaction(), api.b.ChainConfig().ChainID)
	if err != nil {
		return common.Hash{}, err
	}
	return submit(ctx, api.b, signed)
}

// SignTransactionResult is a signed transaction, encoded and as an object.
type SignTransactionResult struct {
	Raw hexutil.Bytes      `json:"raw"`
	Tx  *types.Transaction `json:"tx"`
}

// Errors of eth_signTransaction, which signs exactly what it is given.
var (
	ErrGasNotSpecified   = errors.New("gas not specified")
	ErrFeesNotSpecified  = errors.New("missing gasPrice or maxFeePerGas/maxPriorityFeePerGas")
	ErrNonceNotSpecified = errors.New("nonce not specified")
)

// SignTransaction signs a fully specified transaction (gas, fees and nonce
// given) with a dev account, without sending it.
func (api *TransactionAPI) SignTransaction(ctx context.Context, args TransactionArgs) (*SignTransactionResult, error) {
	switch {
	case args.Gas == nil:
		return nil, ErrGasNotSpecified
	case args.GasPrice == nil && (args.MaxPriorityFeePerGas == nil || args.MaxFeePerGas == nil):
		return nil, ErrFeesNotSpecified
	case args.Nonce == nil:
		return nil, ErrNonceNotSpecified
	}
	if err := args.setSendDefaults(ctx, api.b); err != nil {
		return nil, err
	}
	tx := args.toTransaction()
	if err := checkTxFee(tx.GasPrice(), tx.Gas(), api.b.RPCTxFeeCap()); err != nil {
		return nil, err
	}
	acct, err := api.account(args.sender())
	if err != nil {
		return nil, err
	}
	signed, err := acct.SignTx(tx, api.b.ChainConfig().ChainID)
	if err != nil {
		return nil, err
	}
	raw, err := signed.MarshalBinary()
	if err != nil {
		return nil, err
	}
	return &SignTransactionResult{Raw: raw, Tx: signed}, nil
}

// Sign returns an EIP-191 signature of data by a dev account, with V 27 or
// 28.
func (api *TransactionAPI) Sign(addr common.Address, data hexutil.Bytes) (hexutil.Bytes, error) {
	acct, err := api.account(addr)
	if err != nil {
		return nil, err
	}
	ts, ok := acct.(TextSigner)
	if !ok {
		return nil, ErrSignTextUnsupported
	}
	sig, err := ts.SignText(data)
	if err != nil {
		return nil, err
	}
	sig = common.CopyBytes(sig)
	sig[crypto.RecoveryIDOffset] += 27
	return sig, nil
}
