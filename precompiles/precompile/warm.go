package precompile

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
)

// WarmAddresses wraps db for an EVM with native precompiles:
//
//   - Prepare, which go-ethereum calls at the start of every transaction with
//     its own precompile addresses, also puts addrs in the access list
//     (EIP-2929), so calling a native precompile costs the warm access price
//     as calling geth's precompiles does;
//   - once Install has bound the precompiles to an EVM using this StateDB,
//     the zero-value touch that the EVM's STATICCALL makes right before
//     running a precompile marks the call as static, so a direct STATICCALL
//     is told apart from a DELEGATECALL or CALLCODE.
//
// Every other method is db's own.
func WarmAddresses(db vm.StateDB, addrs []common.Address) vm.StateDB {
	h := &stateHooks{extra: append([]common.Address(nil), addrs...)}
	if s, ok := db.(*state.StateDB); ok {
		// Embedding the concrete type keeps every other call direct.
		return &warmState{StateDB: s, stateHooks: h}
	}
	return &warmDB{StateDB: db, stateHooks: h}
}

// stateHooks is the part of the wrapper shared by both StateDB kinds.
type stateHooks struct {
	extra     []common.Address
	contracts []*Contract
}

// bindContracts is called by Install.
func (h *stateHooks) bindContracts(cs []*Contract) { h.contracts = cs }

func (h *stateHooks) prepareList(precompiles []common.Address) []common.Address {
	out := make([]common.Address, 0, len(precompiles)+len(h.extra))
	return append(append(out, precompiles...), h.extra...)
}

func (h *stateHooks) touched(addr common.Address, reason tracing.BalanceChangeReason) {
	if reason != tracing.BalanceChangeTouchAccount {
		return
	}
	// Only the EVM's STATICCALL touches with this reason, immediately before
	// it runs the callee.
	for _, c := range h.contracts {
		if c.def.address == addr {
			c.pending = frame{static: true}
			return
		}
	}
}

// binder is implemented by the StateDB wrappers.
type binder interface {
	bindContracts([]*Contract)
}

type warmState struct {
	*state.StateDB
	*stateHooks
}

// Prepare implements vm.StateDB.
func (w *warmState) Prepare(rules params.Rules, sender, coinbase common.Address, dst *common.Address, precompiles []common.Address, list types.AccessList) {
	w.StateDB.Prepare(rules, sender, coinbase, dst, w.prepareList(precompiles), list)
}

// AddBalance implements vm.StateDB.
func (w *warmState) AddBalance(addr common.Address, amount *uint256.Int, reason tracing.BalanceChangeReason) uint256.Int {
	w.touched(addr, reason)
	return w.StateDB.AddBalance(addr, amount, reason)
}

type warmDB struct {
	vm.StateDB
	*stateHooks
}

// Prepare implements vm.StateDB.
func (w *warmDB) Prepare(rules params.Rules, sender, coinbase common.Address, dst *common.Address, precompiles []common.Address, list types.AccessList) {
	w.StateDB.Prepare(rules, sender, coinbase, dst, w.prepareList(precompiles), list)
}

// AddBalance implements vm.StateDB.
func (w *warmDB) AddBalance(addr common.Address, amount *uint256.Int, reason tracing.BalanceChangeReason) uint256.Int {
	w.touched(addr, reason)
	return w.StateDB.AddBalance(addr, amount, reason)
}
