package precompile

import (
	"errors"
	"fmt"
	"strings"
)

// Errors every precompile can revert with. They are declared as custom
// errors in contracts/src/IPrecompile.sol, which each precompile interface
// inherits, so they appear in every precompile's ABI.
var (
	// ErrUnknownSelector: the calldata does not start with the selector of a
	// method (Solidity: UnknownSelector(bytes4)).
	ErrUnknownSelector = errors.New("unknown selector")
	// ErrInvalidCalldata: the arguments are not a canonical ABI encoding of
	// the method's parameters (Solidity: InvalidCalldata()).
	ErrInvalidCalldata = errors.New("invalid calldata")
	// ErrValueNotAccepted: msg.value was sent to a method that is not
	// payable (Solidity: ValueNotAccepted()).
	ErrValueNotAccepted = errors.New("value not accepted")
	// ErrStaticCallNotAllowed: a state-changing method was called in a
	// static context (Solidity: StaticCallNotAllowed()).
	ErrStaticCallNotAllowed = errors.New("state change in static context")
	// ErrDelegateCallNotAllowed: a state-changing method was reached through
	// DELEGATECALL or CALLCODE (Solidity: DelegateCallNotAllowed()).
	ErrDelegateCallNotAllowed = errors.New("state change through delegatecall or callcode")
	// ErrInvalidKey: a bytes32 key has non-zero top 12 bytes
	// (Solidity: InvalidKey(bytes32)).
	ErrInvalidKey = errors.New("invalid key")
	// ErrInternal: the precompile failed for a reason its interface does not
	// declare, such as an unmapped Go error (Solidity: InternalError()).
	ErrInternal = errors.New("internal precompile error")

	// ErrWriteProtection is reported when a handler tries to change state
	// while the call may not (a view, or a static context). The write is not
	// applied and the call reverts with InternalError.
	ErrWriteProtection = errors.New("state write in read-only call")
	// ErrInsufficientBalance is returned by State.Transfer when the sender's
	// native balance is lower than the amount.
	ErrInsufficientBalance = errors.New("insufficient balance")
	// ErrInvalidModule is returned by New for a module whose methods, ABI or
	// errors do not agree.
	ErrInvalidModule = errors.New("invalid precompile module")
)

// frameworkErrors maps the framework sentinels to their Solidity names in
// IPrecompile.sol. Order matters only for documentation; lookups use
// errors.Is and a sentinel appears once.
var frameworkErrors = []ErrorMapping{
	{ErrUnknownSelector, "UnknownSelector"},
	{ErrInvalidCalldata, "InvalidCalldata"},
	{ErrValueNotAccepted, "ValueNotAccepted"},
	{ErrStaticCallNotAllowed, "StaticCallNotAllowed"},
	{ErrDelegateCallNotAllowed, "DelegateCallNotAllowed"},
	{ErrInvalidKey, "InvalidKey"},
	{ErrInternal, "InternalError"},
}

// ErrorMapping binds a Go sentinel error to the name of a Solidity custom
// error in the precompile's ABI.
type ErrorMapping struct {
	Err  error  // the sentinel (matched with errors.Is)
	Name string // the custom error's name in the ABI
}

// RevertError is a sentinel error with the arguments of its Solidity custom
// error. Handlers return it through Revert; errors.Is(err, sentinel) holds.
type RevertError struct {
	// Err is the sentinel, mapped to a custom error by the module.
	Err error
	// Args are the custom error's arguments in ABI order, as Go values the
	// ABI packer accepts (e.g. common.Address, [32]byte, *big.Int).
	Args []any
}

// Revert returns an error that makes the precompile revert with the custom
// error mapped to sentinel, encoded with args.
func Revert(sentinel error, args ...any) error {
	return &RevertError{Err: sentinel, Args: args}
}

// Error implements error.
func (e *RevertError) Error() string {
	if len(e.Args) == 0 {
		return e.Err.Error()
	}
	parts := make([]string, len(e.Args))
	for i, a := range e.Args {
		parts[i] = fmt.Sprintf("%v", a)
	}
	return fmt.Sprintf("%v (%s)", e.Err, strings.Join(parts, ", "))
}

// Unwrap returns the sentinel.
func (e *RevertError) Unwrap() error { return e.Err }
