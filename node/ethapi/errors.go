package ethapi

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/vm"
)

// JSON-RPC error codes used by the services, as in go-ethereum and the
// execution-apis specification. Errors without a code of their own are
// reported by the rpc package as -32000.
const (
	// ErrCodeReverted is the code of an execution that ended in REVERT.
	ErrCodeReverted = 3
	// ErrCodeDefault is the rpc package's code for plain errors.
	ErrCodeDefault = -32000
	// ErrCodeInvalidParams is the code of a parameter the method rejects.
	ErrCodeInvalidParams = -32602
)

// Errors returned by the services. Their texts are go-ethereum's, so clients
// that match on messages keep working.
var (
	// ErrTxNotFound is returned by the tracers for a transaction that is not in
	// the canonical chain.
	ErrTxNotFound = errors.New("transaction not found")
	// ErrGenesisNotTraceable is returned when tracing the genesis block.
	ErrGenesisNotTraceable = errors.New("genesis is not traceable")
	// ErrTracePending is returned by debug_traceCall on the pending block.
	ErrTracePending = errors.New("tracing on top of pending is not supported")
	// ErrNoBlockSelector is returned for a block selector with neither a
	// number nor a hash.
	ErrNoBlockSelector = errors.New("invalid arguments; neither block nor hash specified")
	// ErrBlockNotFound is returned when a block the method needs is missing.
	ErrBlockNotFound = errors.New("block not found")
	// ErrPendingReceipts is returned by eth_getBlockReceipts for "pending".
	ErrPendingReceipts = errors.New("pending receipts is not available")
	// ErrGasRequiredExceedsAllowance is returned by eth_estimateGas when the
	// call fails even with the highest gas limit it may use.
	ErrGasRequiredExceedsAllowance = errors.New("gas required exceeds allowance")
	// ErrExecutionAborted is returned when an eth_call runs past its timeout.
	ErrExecutionAborted = errors.New("execution aborted")
	// ErrExecutionTimeout stops a tracer whose transaction runs past the
	// trace timeout.
	ErrExecutionTimeout = errors.New("execution timeout")
	// ErrUnprotectedTx rejects a transaction signed without EIP-155 replay
	// protection.
	ErrUnprotectedTx = errors.New("only replay-protected (EIP-155) transactions allowed over RPC")
	// ErrBlobTxSigning rejects eth_sendTransaction of a blob transaction.
	ErrBlobTxSigning = errors.New("signing blob transactions not supported")
	// ErrTxFeeCap rejects a transaction whose fee exceeds Backend.RPCTxFeeCap.
	ErrTxFeeCap = errors.New("tx fee exceeds the configured cap")
	// ErrSignTextUnsupported is returned by eth_sign when the account cannot
	// sign arbitrary messages.
	ErrSignTextUnsupported = errors.New("account does not support signing messages")
	// ErrOverride is wrapped by every rejected state or block override.
	ErrOverride = errors.New("invalid override")
	// ErrInvalidArgs is wrapped by every rejected transaction argument.
	ErrInvalidArgs = errors.New("invalid transaction arguments")
)

// RevertError is the error of a call that ended in REVERT. It carries the
// revert data, which the JSON-RPC response returns hex encoded in the error's
// data field, under error code 3.
type RevertError struct {
	reason string // decoded Error(string) reason, if any
	data   []byte // raw revert data
}

// newRevertError builds a RevertError from the revert data of a call.
func newRevertError(data []byte) *RevertError {
	err := &RevertError{data: common.CopyBytes(data)}
	if reason, uerr := abi.UnpackRevert(data); uerr == nil {
		err.reason = reason
	}
	return err
}

// Error returns "execution reverted", followed by the Solidity reason string
// when the data decodes as Error(string) or Panic(uint256).
func (e *RevertError) Error() string {
	if e.reason == "" {
		return vm.ErrExecutionReverted.Error()
	}
	return fmt.Sprintf("%v: %v", vm.ErrExecutionReverted, e.reason)
}

// Unwrap makes errors.Is(err, vm.ErrExecutionReverted) hold.
func (e *RevertError) Unwrap() error { return vm.ErrExecutionReverted }

// ErrorCode returns 3, the JSON-RPC code of an execution revert.
func (e *RevertError) ErrorCode() int { return ErrCodeReverted }

// ErrorData returns the revert data, hex encoded.
func (e *RevertError) ErrorData() interface{} { return hexutil.Encode(e.data) }

// Data returns the raw revert data.
func (e *RevertError) Data() []byte { return common.CopyBytes(e.data) }

// detailedError reports geth's exact message for a failure while still
// matching one of the package's sentinels with errors.Is.
type detailedError struct {
	kind error
	msg  string
}

func (e *detailedError) Error() string { return e.msg }
func (e *detailedError) Unwrap() error { return e.kind }

// errorf returns an error with go-ethereum's message text that wraps kind.
func errorf(kind error, format string, args ...interface{}) error {
	return &detailedError{kind: kind, msg: fmt.Sprintf(format, args...)}
}

// paramsError is an error reported with code -32602 (invalid params).
type paramsError struct{ err error }

func (e *paramsError) Error() string  { return e.err.Error() }
func (e *paramsError) Unwrap() error  { return e.err }
func (e *paramsError) ErrorCode() int { return ErrCodeInvalidParams }

// invalidParams wraps err so that it is reported as invalid params.
func invalidParams(err error) error { return &paramsError{err: err} }

// ErrTooManyKeys is returned by eth_getProof when more than maxProofKeys
// storage keys are requested.
var ErrTooManyKeys = errors.New("too many storage keys requested")
