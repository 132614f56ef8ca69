// Package precompile is taoevm's framework for stateful native precompiles:
// Solidity-callable modules written in Go whose state lives in EVM storage
// under their own address.
//
// # How a call runs
//
// go-ethereum's precompile interface is stateless (RequiredGas, then Run,
// with only the input). NewEVM (used by registry.NewEVM, the node's only EVM
// constructor) binds a fresh Contract per module to each EVM and learns the
// rest of the frame without tracer hooks, which would slow the interpreter:
//
//   - BlockContext.Transfer is wrapped: the EVM runs it for a CALL right
//     before the precompile, so it records msg.sender and msg.value;
//   - the StateDB is wrapped: a STATICCALL touches the callee with a
//     zero-value AddBalance right before running it, which marks the call
//     static; Prepare also warms the native addresses (EIP-2929);
//   - the EVM's unexported read-only flag (read through reflect; a test pins
//     it) tells a CALL nested inside a static context from a plain CALL.
//
// RequiredGas always runs first, so it takes the recorded frame (an
// out-of-gas call leaves nothing behind) and selects and decodes the method.
// A method's gas is a function of its input alone: a base cost plus
// per-item costs, priced for the worst-case storage and logs it touches,
// because go-ethereum charges RequiredGas before Run and refunds nothing.
// Run enforces the rules and calls the handler:
//
//   - view methods answer under any call kind (CALL, STATICCALL,
//     DELEGATECALL, CALLCODE) and get a State that refuses writes;
//   - state-changing methods run only when entered by CALL outside any
//     static context (StaticCallNotAllowed, DelegateCallNotAllowed);
//   - only payable methods accept msg.value (ValueNotAccepted);
//   - failures revert with an ABI-encoded custom error and
//     vm.ErrExecutionReverted, so the unused gas is returned.
//
// Handlers are plain typed Go functions, func(Env, A) (R, error); only the
// dispatcher touches calldata, selectors and gas. A handler returns a
// sentinel error (or Revert(sentinel, args...) for a custom error with
// arguments); the module maps sentinels to the custom errors of its ABI.
// Events are emitted with Env.Emit and packed from the ABI.
//
// # Adding a precompile
//
// One folder per precompile, precompiles/<name>/, and one line in
// precompiles/registry:
//
//  1. contracts/src/I<Name>.sol: the interface, inheriting IPrecompile (the
//     framework's errors), with NatSpec on every function, event and error,
//     and the address as a file-level constant. Run
//     `go generate ./contracts/... ./bindings/...`.
//  2. module.go: Address, gas constants, and Definition() returning
//     MustNew(Module{ABI: contracts.MustABI("I<Name>"), Methods: ...,
//     Errors: ...}), built once. Register each method with View, Tx or
//     Payable, matching the ABI's stateMutability; New refuses a table that
//     disagrees with the ABI.
//  3. state.go: the storage layout, declared once: a Namespace
//     ("taoevm.<name>.v1"), Fields, mapping slots (Slot.Address, Slot.Uint,
//     Slot.Key mirror Solidity) and typed accessors over StateReader and
//     StateWriter, so handlers, block hooks and genesis builders share them.
//  4. methods.go: the handlers, thin over state.go and the pure math
//     packages; every loop bounded by the input or a protocol constant.
//  5. events.go: typed emitters calling Env.Emit; errors.go: sentinels.
//  6. tests with precompiletest.Chain (a real EVM over a real
//     state.StateDB): call kinds, value, gas equal to the documented
//     formula, reverts decoded with errors.Is, events, a round trip of every
//     method through the generated bindings, and
//     precompiletest.CheckCoverage.
//  7. registry.Definitions: add Definition() in address order. The genesis
//     account (nonce 1, code 0xFE) follows from it.
package precompile
