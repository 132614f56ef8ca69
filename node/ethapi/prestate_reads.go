package ethapi

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/holiman/uint256"
)

// readObserver is told about account and storage reads. It decides itself
// whether a read matters (the prestate tracer keeps only those made while a
// native precompile runs).
type readObserver interface {
	noteRead(addr common.Address)
	noteSlotRead(addr common.Address, key common.Hash)
}

// nativeReadState is a vm.StateDB that reports every account and storage
// read to an observer and otherwise is the StateDB it wraps. Writes, the
// access list, snapshots, logs and Finalise all go to the wrapped StateDB
// unchanged, so the EVM, the native precompiles (which use the EVM's
// StateDB at each call) and the state-change hooks below behave as without
// it. It exists only for tracing: go-ethereum's tracing hooks report state
// changes but no reads, and a native precompile reads state in Go code, not
// through opcodes a tracer sees.
type nativeReadState struct {
	vm.StateDB
	obs readObserver
}

// observeNativeReads wraps db so that reads are reported to obs.
func observeNativeReads(db vm.StateDB, obs readObserver) vm.StateDB {
	return &nativeReadState{StateDB: db, obs: obs}
}

// GetBalance implements vm.StateDB.
func (s *nativeReadState) GetBalance(addr common.Address) *uint256.Int {
	s.obs.noteRead(addr)
	return s.StateDB.GetBalance(addr)
}

// GetNonce implements vm.StateDB.
func (s *nativeReadState) GetNonce(addr common.Address) uint64 {
	s.obs.noteRead(addr)
	return s.StateDB.GetNonce(addr)
}

// GetCodeHash implements vm.StateDB.
func (s *nativeReadState) GetCodeHash(addr common.Address) common.Hash {
	s.obs.noteRead(addr)
	return s.StateDB.GetCodeHash(addr)
}

// GetCode implements vm.StateDB.
func (s *nativeReadState) GetCode(addr common.Address) []byte {
	s.obs.noteRead(addr)
	return s.StateDB.GetCode(addr)
}

// GetCodeSize implements vm.StateDB.
func (s *nativeReadState) GetCodeSize(addr common.Address) int {
	s.obs.noteRead(addr)
	return s.StateDB.GetCodeSize(addr)
}

// Exist implements vm.StateDB.
func (s *nativeReadState) Exist(addr common.Address) bool {
	s.obs.noteRead(addr)
	return s.StateDB.Exist(addr)
}

// Empty implements vm.StateDB.
func (s *nativeReadState) Empty(addr common.Address) bool {
	s.obs.noteRead(addr)
	return s.StateDB.Empty(addr)
}

// GetState implements vm.StateDB.
func (s *nativeReadState) GetState(addr common.Address, key common.Hash) common.Hash {
	s.obs.noteSlotRead(addr, key)
	return s.StateDB.GetState(addr, key)
}

// GetStateAndCommittedState implements vm.StateDB.
func (s *nativeReadState) GetStateAndCommittedState(addr common.Address, key common.Hash) (common.Hash, common.Hash) {
	s.obs.noteSlotRead(addr, key)
	return s.StateDB.GetStateAndCommittedState(addr, key)
}
