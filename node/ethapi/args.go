package ethapi

import (
	"bytes"
	"context"
	"math"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/consensus/misc/eip4844"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"
)

// TransactionArgs are the arguments of a transaction to send or sign, or of a
// message call, as JSON-RPC clients give them. Unset fields are nil.
type TransactionArgs struct {
	From                 *common.Address `json:"from"`
	To                   *common.Address `json:"to"`
	Gas                  *hexutil.Uint64 `json:"gas"`
	GasPrice             *hexutil.Big    `json:"gasPrice"`
	MaxFeePerGas         *hexutil.Big    `json:"maxFeePerGas"`
	MaxPriorityFeePerGas *hexutil.Big    `json:"maxPriorityFeePerGas"`
	Value                *hexutil.Big    `json:"value"`
	Nonce                *hexutil.Uint64 `json:"nonce"`

	// Data and Input are both accepted; Input, the newer name, wins.
	Data  *hexutil.Bytes `json:"data"`
	Input *hexutil.Bytes `json:"input"`

	AccessList *types.AccessList `json:"accessList,omitempty"`
	ChainID    *hexutil.Big      `json:"chainId,omitempty"`

	BlobFeeCap *hexutil.Big  `json:"maxFeePerBlobGas"`
	BlobHashes []common.Hash `json:"blobVersionedHashes,omitempty"`

	AuthorizationList []types.SetCodeAuthorization `json:"authorizationList"`
}

// sender is the From address, or the zero address when unset.
func (a *TransactionArgs) sender() common.Address {
	if a.From == nil {
		return common.Address{}
	}
	return *a.From
}

// calldata is Input if set, else Data.
func (a *TransactionArgs) calldata() []byte {
	switch {
	case a.Input != nil:
		return *a.Input
	case a.Data != nil:
		return *a.Data
	}
	return nil
}

// isBlobTx reports whether the arguments describe an EIP-4844 transaction.
func (a *TransactionArgs) isBlobTx() bool {
	return a.BlobHashes != nil || a.BlobFeeCap != nil
}

// checkBlobFeeCap rejects a blob fee cap given without blob hashes.
func (a *TransactionArgs) checkBlobFeeCap() error {
	if a.BlobFeeCap != nil && len(a.BlobHashes) == 0 {
		return errorf(ErrInvalidArgs, "maxFeePerBlobGas specified without blobVersionedHashes")
	}
	return nil
}

// checkFeeStyle rejects a legacy gas price mixed with EIP-1559 fee fields.
func (a *TransactionArgs) checkFeeStyle() error {
	if a.GasPrice != nil && (a.MaxFeePerGas != nil || a.MaxPriorityFeePerGas != nil) {
		return errorf(ErrInvalidArgs, "both gasPrice and (maxFeePerGas or maxPriorityFeePerGas) specified")
	}
	return nil
}

// checkChainID fills in the chain id, or rejects one that is not the node's.
func (a *TransactionArgs) checkChainID(want *big.Int) error {
	if a.ChainID == nil {
		a.ChainID = (*hexutil.Big)(new(big.Int).Set(want))
		return nil
	}
	if have := a.ChainID.ToInt(); have.Cmp(want) != 0 {
		return errorf(ErrInvalidArgs, "chainId does not match node's (have=%v, want=%v)", have, want)
	}
	return nil
}

// callDefaults fills what a message call needs (eth_call, eth_estimateGas,
// debug_traceCall): zero fees, zero value and nonce, and a gas limit of the
// gas cap (or half of uint64 without a cap). A requested gas limit above the
// cap is lowered to it.
func (a *TransactionArgs) callDefaults(gasCap uint64, baseFee *big.Int, chainID *big.Int) error {
	if err := a.checkFeeStyle(); err != nil {
		return err
	}
	if a.To == nil {
		if a.BlobHashes != nil {
			return core.ErrBlobTxCreate
		}
		if a.AuthorizationList != nil {
			return core.ErrSetCodeTxCreate
		}
	}
	if err := a.checkChainID(chainID); err != nil {
		return err
	}
	switch {
	case a.Gas == nil:
		gas := gasCap
		if gas == 0 {
			gas = math.MaxUint64 / 2
		}
		a.Gas = (*hexutil.Uint64)(&gas)
	case gasCap != 0 && uint64(*a.Gas) > gasCap:
		log.Warn("Caller gas above allowance, capping", "requested", uint64(*a.Gas), "cap", gasCap)
		capped := gasCap
		a.Gas = (*hexutil.Uint64)(&capped)
	}
	if a.Nonce == nil {
		a.Nonce = new(hexutil.Uint64)
	}
	if a.Value == nil {
		a.Value = new(hexutil.Big)
	}
	if baseFee == nil {
		if a.MaxFeePerGas != nil || a.MaxPriorityFeePerGas != nil {
			return errorf(ErrInvalidArgs, "maxFeePerGas and maxPriorityFeePerGas are not valid before London is active")
		}
		if a.GasPrice == nil {
			a.GasPrice = new(hexutil.Big)
		}
	} else {
		if a.MaxFeePerGas == nil {
			a.MaxFeePerGas = new(hexutil.Big)
		}
		if a.MaxPriorityFeePerGas == nil {
			a.MaxPriorityFeePerGas = new(hexutil.Big)
		}
	}
	if a.BlobFeeCap == nil && a.BlobHashes != nil {
		a.BlobFeeCap = new(hexutil.Big)
	}
	return nil
}

// toMessage converts call arguments (after callDefaults) to a core.Message.
// With a base fee, a legacy gas price is used as both fee cap and tip, and
// EIP-1559 fields give the price tip+baseFee capped at the fee cap (zero if
// both are zero, so that unfunded calls still run).
func (a *TransactionArgs) toMessage(baseFee *big.Int, skipNonceCheck bool) *core.Message {
	var price, feeCap, tip *uint256.Int
	switch {
	case baseFee == nil || a.GasPrice != nil:
		price, _ = a.GasPrice.ToUint256()
		if price == nil {
			price = new(uint256.Int)
		}
		feeCap, tip = price, price
	default:
		feeCap, _ = a.MaxFeePerGas.ToUint256()
		tip, _ = a.MaxPriorityFeePerGas.ToUint256()
		price = new(uint256.Int)
		if !feeCap.IsZero() || !tip.IsZero() {
			price.Add(tip, uint256.MustFromBig(baseFee))
			if price.Cmp(feeCap) > 0 {
				price.Set(feeCap)
			}
		}
	}
	var al types.AccessList
	if a.AccessList != nil {
		al = *a.AccessList
	}
	value, _ := a.Value.ToUint256()
	blobFeeCap, _ := a.BlobFeeCap.ToUint256()
	msg := &core.Message{
		From:                  a.sender(),
		To:                    a.To,
		Value:                 value,
		Nonce:                 uint64(*a.Nonce),
		GasLimit:              uint64(*a.Gas),
		GasPrice:              price,
		GasFeeCap:             feeCap,
		GasTipCap:             tip,
		Data:                  a.calldata(),
		AccessList:            al,
		BlobGasFeeCap:         blobFeeCap,
		BlobHashes:            a.BlobHashes,
		SetCodeAuthorizations: a.AuthorizationList,
	}
	if skipNonceCheck {
		msg.SkipNonceCheck()
	}
	return msg.SkipEOACheck().SkipGasLimitCapCheck()
}

// setSendDefaults fills what a transaction to be signed needs, as geth does
// for eth_sendTransaction and eth_signTransaction: fees from the oracle, the
// pool nonce, and a gas limit from eth_estimateGas on the latest block.
func (a *TransactionArgs) setSendDefaults(ctx context.Context, b Backend) error {
	if err := a.setFeeDefaults(ctx, b, b.CurrentHeader()); err != nil {
		return err
	}
	if a.Value == nil {
		a.Value = new(hexutil.Big)
	}
	if a.Nonce == nil {
		nonce, err := b.GetPoolNonce(ctx, a.sender())
		if err != nil {
			return err
		}
		a.Nonce = (*hexutil.Uint64)(&nonce)
	}
	if a.Data != nil && a.Input != nil && !bytes.Equal(*a.Data, *a.Input) {
		return errorf(ErrInvalidArgs, `both "data" and "input" are set and not equal. Please use "input" to pass transaction call data`)
	}
	if a.BlobHashes != nil && len(a.BlobHashes) == 0 {
		return errorf(ErrInvalidArgs, "need at least 1 blob for a blob transaction")
	}
	if a.BlobHashes != nil && len(a.BlobHashes) > params.BlobTxMaxBlobs {
		return errorf(ErrInvalidArgs, "too many blobs in transaction (have=%d, max=%d)", len(a.BlobHashes), params.BlobTxMaxBlobs)
	}
	if a.To == nil {
		switch {
		case a.BlobHashes != nil:
			return errorf(ErrInvalidArgs, `missing "to" in blob transaction`)
		case len(a.calldata()) == 0:
			return errorf(ErrInvalidArgs, `contract creation without any data provided`)
		case a.AuthorizationList != nil:
			return errorf(ErrInvalidArgs, `authorizationList provided for contract creation, but "to" field is missing`)
		}
	}
	if a.Gas == nil {
		// Estimate with the fee fields as set: a sender that cannot pay for
		// the gas gets the estimate's funding error.
		data := hexutil.Bytes(a.calldata())
		est := TransactionArgs{
			From:                 a.From,
			To:                   a.To,
			GasPrice:             a.GasPrice,
			MaxFeePerGas:         a.MaxFeePerGas,
			MaxPriorityFeePerGas: a.MaxPriorityFeePerGas,
			Value:                a.Value,
			Data:                 &data,
			AccessList:           a.AccessList,
			BlobFeeCap:           a.BlobFeeCap,
			BlobHashes:           a.BlobHashes,
			AuthorizationList:    a.AuthorizationList,
		}
		latest := rpc.BlockNumberOrHashWithNumber(rpc.LatestBlockNumber)
		gas, err := estimateGas(ctx, b, est, latest, nil, nil, b.RPCGasCap())
		if err != nil {
			return err
		}
		a.Gas = &gas
		log.Trace("Estimated gas usage automatically", "gas", uint64(gas))
	}
	return a.checkChainID(b.ChainConfig().ChainID)
}

// setFeeDefaults fills the fee fields: a legacy gas price before London,
// otherwise the suggested tip and a fee cap of tip + 2×baseFee.
func (a *TransactionArgs) setFeeDefaults(ctx context.Context, b Backend, head *types.Header) error {
	config := b.ChainConfig()
	if a.BlobFeeCap != nil && a.BlobFeeCap.ToInt().Sign() == 0 {
		return errorf(ErrInvalidArgs, "maxFeePerBlobGas, if specified, must be non-zero")
	}
	if config.IsCancun(head.Number, head.Time) && a.BlobHashes != nil && a.BlobFeeCap == nil {
		fee := new(big.Int).Mul(eip4844.CalcBlobFee(config, head), big.NewInt(2))
		a.BlobFeeCap = (*hexutil.Big)(fee)
	}
	if err := a.checkFeeStyle(); err != nil {
		return err
	}
	if a.GasPrice != nil && a.AuthorizationList != nil {
		return errorf(ErrInvalidArgs, "both gasPrice and authorizationList specified")
	}
	both1559 := a.MaxFeePerGas != nil && a.MaxPriorityFeePerGas != nil
	if a.GasPrice == nil && both1559 {
		if a.MaxFeePerGas.ToInt().Sign() == 0 {
			return errorf(ErrInvalidArgs, "maxFeePerGas must be non-zero")
		}
		return a.checkFeeOrder()
	}
	london := config.IsLondon(head.Number)
	if a.GasPrice != nil {
		if london && a.GasPrice.ToInt().Sign() == 0 {
			return errorf(ErrInvalidArgs, "gasPrice must be non-zero after london fork")
		}
		return nil
	}
	if !london {
		if a.MaxFeePerGas != nil || a.MaxPriorityFeePerGas != nil {
			return errorf(ErrInvalidArgs, "maxFeePerGas and maxPriorityFeePerGas are not valid before London is active")
		}
		price, err := b.SuggestGasTipCap(ctx)
		if err != nil {
			return err
		}
		a.GasPrice = (*hexutil.Big)(price)
		return nil
	}
	if a.MaxPriorityFeePerGas == nil {
		tip, err := b.SuggestGasTipCap(ctx)
		if err != nil {
			return err
		}
		a.MaxPriorityFeePerGas = (*hexutil.Big)(tip)
	}
	if a.MaxFeePerGas == nil {
		feeCap := new(big.Int).Mul(head.BaseFee, big.NewInt(2))
		feeCap.Add(feeCap, a.MaxPriorityFeePerGas.ToInt())
		a.MaxFeePerGas = (*hexutil.Big)(feeCap)
	}
	return a.checkFeeOrder()
}

// checkFeeOrder rejects a fee cap below the tip.
func (a *TransactionArgs) checkFeeOrder() error {
	if a.MaxFeePerGas.ToInt().Cmp(a.MaxPriorityFeePerGas.ToInt()) < 0 {
		return errorf(ErrInvalidArgs, "maxFeePerGas (%v) < maxPriorityFeePerGas (%v)", a.MaxFeePerGas, a.MaxPriorityFeePerGas)
	}
	return nil
}

// bigOrZero returns v as a big integer, zero when unset.
func bigOrZero(v *hexutil.Big) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return new(big.Int).Set(v.ToInt())
}

// u256OrZero returns v as a uint256, zero when unset or too large (the
// callers only see values that passed the RPC decoder's 256-bit limit).
func u256OrZero(v *hexutil.Big) *uint256.Int {
	out, _ := uint256.FromBig(bigOrZero(v))
	if out == nil {
		return new(uint256.Int)
	}
	return out
}

// toTransaction builds the unsigned transaction the arguments describe
// (after setSendDefaults or callDefaults). The type follows from the fields:
// a gas price makes a legacy transaction (an access-list one with an access
// list), an authorization list a set-code transaction, blob hashes a blob
// transaction, and anything else an EIP-1559 transaction.
func (a *TransactionArgs) toTransaction() *types.Transaction {
	al := types.AccessList{}
	if a.AccessList != nil {
		al = *a.AccessList
	}
	var (
		nonce = uint64(*a.Nonce)
		gas   = uint64(*a.Gas)
		data  = a.calldata()
	)
	switch {
	case a.GasPrice != nil && a.AccessList != nil:
		return types.NewTx(&types.AccessListTx{
			ChainID: bigOrZero(a.ChainID), Nonce: nonce, GasPrice: bigOrZero(a.GasPrice),
			Gas: gas, To: a.To, Value: bigOrZero(a.Value), Data: data, AccessList: al,
		})
	case a.GasPrice != nil:
		return types.NewTx(&types.LegacyTx{
			Nonce: nonce, GasPrice: bigOrZero(a.GasPrice), Gas: gas, To: a.To, Value: bigOrZero(a.Value), Data: data,
		})
	case a.AuthorizationList != nil && a.To != nil:
		return types.NewTx(&types.SetCodeTx{
			ChainID: u256OrZero(a.ChainID), Nonce: nonce,
			GasTipCap: u256OrZero(a.MaxPriorityFeePerGas), GasFeeCap: u256OrZero(a.MaxFeePerGas),
			Gas: gas, To: *a.To, Value: u256OrZero(a.Value), Data: data,
			AccessList: al, AuthList: a.AuthorizationList,
		})
	case a.BlobHashes != nil && a.To != nil:
		return types.NewTx(&types.BlobTx{
			ChainID: u256OrZero(a.ChainID), Nonce: nonce,
			GasTipCap: u256OrZero(a.MaxPriorityFeePerGas), GasFeeCap: u256OrZero(a.MaxFeePerGas),
			Gas: gas, To: *a.To, Value: u256OrZero(a.Value), Data: data,
			AccessList: al, BlobFeeCap: u256OrZero(a.BlobFeeCap), BlobHashes: a.BlobHashes,
		})
	default:
		return types.NewTx(&types.DynamicFeeTx{
			ChainID: bigOrZero(a.ChainID), Nonce: nonce,
			GasTipCap: bigOrZero(a.MaxPriorityFeePerGas), GasFeeCap: bigOrZero(a.MaxFeePerGas),
			Gas: gas, To: a.To, Value: bigOrZero(a.Value), Data: data, AccessList: al,
		})
	}
}
