package precompile

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"
)

// WarmAddresses wraps db so that Prepare, which go-ethereum calls at the
// start of every transaction with its own precompile addresses, also puts
// addrs in the access list (EIP-2929): calling a native precompile then
// costs the warm access price, as calling geth's precompiles does. Every
// other method is db's own.
func WarmAddresses(db vm.StateDB, addrs []common.Address) vm.StateDB {
	if len(addrs) == 0 {
		return db
	}
	addrs = append([]common.Address(nil), addrs...)
	if s, ok := db.(*state.StateDB); ok {
		// Embedding the concrete type keeps every other call direct.
		return &warmState{StateDB: s, extra: addrs}
	}
	return &warmDB{StateDB: db, extra: addrs}
}

type warmState struct {
	*state.StateDB
	extra []common.Address
}

// Prepare implements vm.StateDB.
func (w *warmState) Prepare(rules params.Rules, sender, coinbase common.Address, dst *common.Address, precompiles []common.Address, list types.AccessList) {
	w.StateDB.Prepare(rules, sender, coinbase, dst, withExtra(precompiles, w.extra), list)
}

type warmDB struct {
	vm.StateDB
	extra []common.Address
}

// Prepare implements vm.StateDB.
func (w *warmDB) Prepare(rules params.Rules, sender, coinbase common.Address, dst *common.Address, precompiles []common.Address, list types.AccessList) {
	w.StateDB.Prepare(rules, sender, coinbase, dst, withExtra(precompiles, w.extra), list)
}

func withExtra(a, b []common.Address) []common.Address {
	out := make([]common.Address, 0, len(a)+len(b))
	return append(append(out, a...), b...)
}
