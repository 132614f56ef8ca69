package ethapi

import (
	"maps"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/taoevm/taoevm/precompiles/precompile"
)

// OverrideAccount replaces parts of one account for the duration of a call.
// State replaces the whole storage, StateDiff only the given slots; the two
// exclude each other. MovePrecompileTo moves the precompile at the overridden
// address to another address, so that the original address can be given code.
type OverrideAccount struct {
	Nonce            *hexutil.Uint64             `json:"nonce"`
	Code             *hexutil.Bytes              `json:"code"`
	Balance          *hexutil.Big                `json:"balance"`
	State            map[common.Hash]common.Hash `json:"state"`
	StateDiff        map[common.Hash]common.Hash `json:"stateDiff"`
	MovePrecompileTo *common.Address             `json:"movePrecompileToAddress"`
}

// StateOverride is the set of accounts overridden for a call.
type StateOverride map[common.Address]OverrideAccount

// sortedAddrs returns the overridden addresses in ascending order, so that
// overrides apply, and fail, the same way every time.
func (o StateOverride) sortedAddrs() []common.Address {
	return slices.SortedFunc(maps.Keys(o), common.Address.Cmp)
}

// applyPrecompiles edits a precompile set as the overrides require: an
// overridden precompile address stops being a precompile, and a moved one
// reappears at its new address.
func (o StateOverride) applyPrecompiles(pcs vm.PrecompiledContracts) error {
	moved := make(map[common.Address]bool)
	for _, addr := range o.sortedAddrs() {
		acct := o[addr]
		if moved[addr] {
			return errorf(ErrOverride, "account %s has already been overridden by a precompile", addr.Hex())
		}
		p, isPrecompile := pcs[addr]
		if acct.MovePrecompileTo != nil {
			if !isPrecompile {
				return errorf(ErrOverride, "account %s is not a precompile", addr.Hex())
			}
			// A native module learns its call frame from its own address
			// (the CALL value transfer and the static-call touch), so at
			// another address it could not tell a DELEGATECALL from a CALL.
			if precompile.IsNativeAddress(addr) {
				return errorf(ErrOverride, "native precompile %s cannot be moved", addr.Hex())
			}
			if _, ok := o[*acct.MovePrecompileTo]; ok {
				return errorf(ErrOverride, "account %s is already overridden", acct.MovePrecompileTo.Hex())
			}
			pcs[*acct.MovePrecompileTo] = p
			moved[*acct.MovePrecompileTo] = true
		}
		if isPrecompile {
			delete(pcs, addr)
		}
	}
	return nil
}

// touchesPrecompiles reports whether the overrides change the precompile set.
func (o StateOverride) touchesPrecompiles(pcs vm.PrecompiledContracts) bool {
	for addr, acct := range o {
		if _, ok := pcs[addr]; ok || acct.MovePrecompileTo != nil {
			return true
		}
	}
	return false
}

// applyState writes the account overrides into st and finalises them, as if
// a transaction just before the call had made them.
func (o StateOverride) applyState(st *state.StateDB) error {
	for _, addr := range o.sortedAddrs() {
		acct := o[addr]
		if acct.State != nil && acct.StateDiff != nil {
			return errorf(ErrOverride, "account %s has both 'state' and 'stateDiff'", addr.Hex())
		}
		if acct.Nonce != nil {
			st.SetNonce(addr, uint64(*acct.Nonce), tracing.NonceChangeUnspecified)
		}
		if acct.Code != nil {
			st.SetCode(addr, *acct.Code, tracing.CodeChangeUnspecified)
		}
		if acct.Balance != nil {
			bal, overflow := uint256.FromBig(acct.Balance.ToInt())
			if overflow {
				return errorf(ErrOverride, "account %s balance override overflows 256 bits", addr.Hex())
			}
			st.SetBalance(addr, bal, tracing.BalanceChangeUnspecified)
		}
		if acct.State != nil {
			st.SetStorage(addr, acct.State)
		}
		for _, key := range slices.SortedFunc(maps.Keys(acct.StateDiff), common.Hash.Cmp) {
			st.SetState(addr, key, acct.StateDiff[key])
		}
	}
	st.Finalise(params.Rules{})
	return nil
}

// BlockOverrides replaces fields of the block a call runs in.
type BlockOverrides struct {
	Number        *hexutil.Big
	Difficulty    *hexutil.Big // no effect after the merge
	Time          *hexutil.Uint64
	GasLimit      *hexutil.Uint64
	FeeRecipient  *common.Address
	PrevRandao    *common.Hash
	BaseFeePerGas *hexutil.Big
	BlobBaseFee   *hexutil.Big
	BeaconRoot    *common.Hash
	Withdrawals   *types.Withdrawals
}

// check rejects the overrides a single call cannot honour.
func (o *BlockOverrides) check() error {
	if o == nil {
		return nil
	}
	if o.BeaconRoot != nil {
		return errorf(ErrOverride, `block override "beaconRoot" is not supported for this RPC method`)
	}
	if o.Withdrawals != nil {
		return errorf(ErrOverride, `block override "withdrawals" is not supported for this RPC method`)
	}
	return nil
}

// applyContext writes the overrides into a block context.
func (o *BlockOverrides) applyContext(bc *vm.BlockContext) {
	if o == nil {
		return
	}
	if o.Number != nil {
		bc.BlockNumber = o.Number.ToInt()
	}
	if o.Difficulty != nil {
		bc.Difficulty = o.Difficulty.ToInt()
	}
	if o.Time != nil {
		bc.Time = uint64(*o.Time)
	}
	if o.GasLimit != nil {
		bc.GasLimit = uint64(*o.GasLimit)
	}
	if o.FeeRecipient != nil {
		bc.Coinbase = *o.FeeRecipient
	}
	if o.PrevRandao != nil {
		bc.Random = o.PrevRandao
	}
	if o.BaseFeePerGas != nil {
		bc.BaseFee = o.BaseFeePerGas.ToInt()
	}
	if o.BlobBaseFee != nil {
		bc.BlobBaseFee = o.BlobBaseFee.ToInt()
	}
}

// applyHeader returns a copy of h with the overrides applied (the blob base
// fee has no header field and is left out).
func (o *BlockOverrides) applyHeader(h *types.Header) *types.Header {
	if o == nil {
		return h
	}
	h = types.CopyHeader(h)
	if o.Number != nil {
		h.Number = o.Number.ToInt()
	}
	if o.Difficulty != nil && (h.Difficulty == nil || h.Difficulty.Sign() != 0) {
		h.Difficulty = o.Difficulty.ToInt()
	}
	if o.Time != nil {
		h.Time = uint64(*o.Time)
	}
	if o.GasLimit != nil {
		h.GasLimit = uint64(*o.GasLimit)
	}
	if o.FeeRecipient != nil {
		h.Coinbase = *o.FeeRecipient
	}
	if o.PrevRandao != nil {
		h.MixDigest = *o.PrevRandao
	}
	if o.BaseFeePerGas != nil {
		h.BaseFee = o.BaseFeePerGas.ToInt()
	}
	return h
}
