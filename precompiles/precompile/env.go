package precompile

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
)

// CallKind is how the current call frame reached the precompile. A CALL is
// seen through the EVM's transfer step (BlockContext.Transfer), a direct
// STATICCALL through the zero-value touch the EVM makes before it (see
// WarmAddresses), a nested static context through the EVM's read-only flag;
// a frame with none of these is a DELEGATECALL or CALLCODE.
type CallKind uint8

const (
	// KindCall is a CALL outside any static context: the only kind under
	// which state-changing methods run. Caller and Value are known.
	KindCall CallKind = iota
	// KindStatic is any call inside a static context: a STATICCALL, or a
	// CALL, DELEGATECALL or CALLCODE nested in one.
	KindStatic
	// KindDelegate is a DELEGATECALL or CALLCODE outside a static context.
	KindDelegate
)

// String returns the kind's name.
func (k CallKind) String() string {
	switch k {
	case KindCall:
		return "call"
	case KindStatic:
		return "static"
	case KindDelegate:
		return "delegate"
	default:
		return "unknown"
	}
}

// Env is what a method handler sees of the EVM. Handlers never touch
// calldata, selectors or gas: the dispatcher decodes the arguments, charges
// the method's gas and encodes results and errors.
type Env interface {
	// Address is the precompile's own address.
	Address() common.Address
	// Caller is msg.sender. It is known only for KindCall (the zero address
	// otherwise), which is the only kind state-changing methods run under.
	Caller() common.Address
	// Value is msg.value in wei (zero unless KindCall). For payable methods it
	// has already been moved to the precompile's account. Do not modify it.
	Value() *uint256.Int
	// Kind is how the call reached the precompile.
	Kind() CallKind
	// ReadOnly reports whether this call may not change state: always true
	// for view methods.
	ReadOnly() bool
	// Origin is tx.origin. Never use it for authorization.
	Origin() common.Address
	// BlockNumber is the number of the block being executed.
	BlockNumber() uint64
	// BlockTime is the timestamp of the block being executed.
	BlockTime() uint64
	// State gives access to account state; writes are refused when ReadOnly.
	State() *State
	// Emit appends an EVM log for the named ABI event of this precompile.
	// args are all event inputs in ABI order (indexed ones included). It fails
	// with ErrWriteProtection when ReadOnly.
	Emit(event string, args ...any) error
}

// callEnv is the Env of one precompile call; each bound Contract reuses one.
type callEnv struct {
	c        *Contract
	caller   common.Address
	value    uint256.Int
	kind     CallKind
	readOnly bool
	state    State
}

// Address implements Env.
func (e *callEnv) Address() common.Address { return e.c.def.address }

// Caller implements Env.
func (e *callEnv) Caller() common.Address { return e.caller }

// Value implements Env.
func (e *callEnv) Value() *uint256.Int { return &e.value }

// Kind implements Env.
func (e *callEnv) Kind() CallKind { return e.kind }

// ReadOnly implements Env.
func (e *callEnv) ReadOnly() bool { return e.readOnly }

// Origin implements Env.
func (e *callEnv) Origin() common.Address { return e.c.evm.TxContext.Origin }

// BlockNumber implements Env.
func (e *callEnv) BlockNumber() uint64 { return e.c.evm.Context.BlockNumber.Uint64() }

// BlockTime implements Env.
func (e *callEnv) BlockTime() uint64 { return e.c.evm.Context.Time }

// State implements Env.
func (e *callEnv) State() *State { return &e.state }

// Emit implements Env.
func (e *callEnv) Emit(event string, args ...any) error {
	if e.readOnly {
		e.state.fail(ErrWriteProtection)
		return ErrWriteProtection
	}
	topics, data, err := e.c.def.packEvent(event, args)
	if err != nil {
		return err
	}
	e.c.evm.StateDB.AddLog(&types.Log{
		Address:     e.c.def.address,
		Topics:      topics,
		Data:        data,
		BlockNumber: e.c.evm.Context.BlockNumber.Uint64(),
	})
	return nil
}
