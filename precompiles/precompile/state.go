package precompile

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/holiman/uint256"
)

// StateReader reads account storage. vm.StateDB and *State implement it, so
// the storage helpers of a module's state.go serve precompile handlers,
// block hooks and genesis builders alike.
type StateReader interface {
	GetState(addr common.Address, key common.Hash) common.Hash
}

// StateWriter reads and writes account storage.
type StateWriter interface {
	StateReader
	SetState(addr common.Address, key, value common.Hash) common.Hash
}

// State is a handler's access to the EVM state. When the call is read-only
// every write is refused: it is not applied, it is remembered, and the
// dispatcher turns the call into a revert, so nothing is ever written in a
// static context or by a view.
type State struct {
	db       vm.StateDB
	writable bool
	err      error
}

func (s *State) fail(err error) {
	if s.err == nil {
		s.err = err
	}
}

// Writable reports whether writes are allowed in this call.
func (s *State) Writable() bool { return s.writable }

// GetState returns a storage word.
func (s *State) GetState(addr common.Address, key common.Hash) common.Hash {
	return s.db.GetState(addr, key)
}

// SetState writes a storage word and returns the previous value. In a
// read-only call it writes nothing and the call reverts.
func (s *State) SetState(addr common.Address, key, value common.Hash) common.Hash {
	if !s.writable {
		s.fail(ErrWriteProtection)
		return s.db.GetState(addr, key)
	}
	return s.db.SetState(addr, key, value)
}

// GetBalance returns an account's native balance in wei.
func (s *State) GetBalance(addr common.Address) *uint256.Int {
	return s.db.GetBalance(addr)
}

// GetNonce returns an account's nonce.
func (s *State) GetNonce(addr common.Address) uint64 { return s.db.GetNonce(addr) }

// GetCodeSize returns the size of an account's code.
func (s *State) GetCodeSize(addr common.Address) int { return s.db.GetCodeSize(addr) }

// Exist reports whether an account exists.
func (s *State) Exist(addr common.Address) bool { return s.db.Exist(addr) }

// Transfer moves amount wei of native balance from one account to another.
// It fails with ErrInsufficientBalance, or ErrWriteProtection in a read-only
// call, and changes nothing then.
func (s *State) Transfer(from, to common.Address, amount *uint256.Int) error {
	if !s.writable {
		s.fail(ErrWriteProtection)
		return ErrWriteProtection
	}
	if s.db.GetBalance(from).Cmp(amount) < 0 {
		return ErrInsufficientBalance
	}
	s.db.SubBalance(from, amount, tracing.BalanceChangeTransfer)
	s.db.AddBalance(to, amount, tracing.BalanceChangeTransfer)
	return nil
}

// Burn destroys amount wei of from's native balance: the TAO leaves the
// supply (recycled registration burns; the caller books it with
// protocol.AddRecycled). It fails with ErrInsufficientBalance, or
// ErrWriteProtection in a read-only call, and changes nothing then.
func (s *State) Burn(from common.Address, amount *uint256.Int) error {
	if !s.writable {
		s.fail(ErrWriteProtection)
		return ErrWriteProtection
	}
	if s.db.GetBalance(from).Cmp(amount) < 0 {
		return ErrInsufficientBalance
	}
	s.db.SubBalance(from, amount, tracing.BalanceChangeUnspecified)
	return nil
}
