package precompile

import (
	"reflect"
	"unsafe"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
)

// frame is what the transfer hook learns about a CALL into a precompile.
type frame struct {
	caller common.Address
	value  uint256.Int
	called bool // the EVM ran Transfer for this frame: it is a CALL
	static bool // the EVM's STATICCALL touched the account (see WarmAddresses)
}

// Contract is a precompile bound to one EVM. It implements
// vm.PrecompiledContract. The EVM calls RequiredGas and then Run for each
// call; for a CALL its BlockContext.Transfer (wrapped by Install) runs
// immediately before and records the caller and value.
type Contract struct {
	def *Definition
	evm *vm.EVM

	pending frame // recorded by the transfer hook, taken by RequiredGas
	cur     frame // the frame of the running call

	// dispatch prepared by RequiredGas for Run
	input   []byte
	method  *boundMethod
	args    any
	failure error

	env callEnv
}

var _ vm.PrecompiledContract = (*Contract)(nil)

// Bind returns a new instance of the precompile bound to evm. Install binds
// and installs every module; Bind alone is for tests.
func (d *Definition) Bind(evm *vm.EVM) *Contract {
	c := &Contract{def: d, evm: evm}
	c.env.c = c
	return c
}

// Name implements vm.PrecompiledContract.
func (c *Contract) Name() string { return c.def.name }

// Definition returns the module the instance runs.
func (c *Contract) Definition() *Definition { return c.def }

// RequiredGas implements vm.PrecompiledContract. It always runs first for a
// call, so it takes the frame recorded by the transfer hook (leaving none
// behind for a later call that has no transfer, even if this one runs out
// of gas), then selects and decodes the method and prices it.
func (c *Contract) RequiredGas(input []byte) uint64 {
	c.cur, c.pending = c.pending, frame{}
	var gas uint64
	c.method, c.args, gas, c.failure = c.def.prepare(input)
	c.input = input
	return gas
}

func sameSlice(a, b []byte) bool {
	return len(a) == len(b) && (len(a) == 0 || unsafe.SliceData(a) == unsafe.SliceData(b))
}

// Run implements vm.PrecompiledContract: it enforces the call kind and
// value rules, runs the handler and encodes its result. Failures revert with
// an ABI-encoded custom error and vm.ErrExecutionReverted, which returns the
// unused gas.
func (c *Contract) Run(input []byte) ([]byte, error) {
	if !sameSlice(input, c.input) {
		// Not prepared by RequiredGas for this input: never expected from the
		// EVM, but never run a handler on stale arguments.
		c.method, c.args, _, c.failure = c.def.prepare(input)
	}
	cur, m, args, failure := c.cur, c.method, c.args, c.failure
	c.cur, c.method, c.args, c.failure, c.input = frame{}, nil, nil, nil, nil
	if failure != nil {
		return c.revert(failure)
	}
	readOnly := evmReadOnly(c.evm)
	kind := KindCall
	switch {
	case readOnly || cur.static:
		kind = KindStatic
	case !cur.called:
		kind = KindDelegate
	}
	if m.mut != MutView {
		switch kind {
		case KindStatic:
			return c.revert(ErrStaticCallNotAllowed)
		case KindDelegate:
			return c.revert(ErrDelegateCallNotAllowed)
		}
	}
	if m.mut != MutPayable && !cur.value.IsZero() {
		return c.revert(ErrValueNotAccepted)
	}
	env := &c.env
	env.caller, env.value, env.kind = cur.caller, cur.value, kind
	env.readOnly = m.mut == MutView || kind != KindCall
	env.state = State{db: c.evm.StateDB, writable: !env.readOnly}
	res, err := m.call(env, args)
	if werr := env.state.err; werr != nil {
		return c.revert(ErrInternal)
	}
	if err != nil {
		return c.revert(err)
	}
	out, err := m.encode(res)
	if err != nil {
		return c.revert(ErrInternal)
	}
	return out, nil
}

func (c *Contract) revert(err error) ([]byte, error) {
	return c.def.encodeError(err), vm.ErrExecutionReverted
}

// readOnlyOffset locates vm.EVM's unexported readOnly flag, the only way a
// precompile can tell a CALL nested in a STATICCALL from a plain CALL. A
// test pins that it still works after a go-ethereum upgrade; if the field
// disappears every call is treated as static (fail closed: no writes).
var readOnlyOffset, readOnlyFound = func() (uintptr, bool) {
	f, ok := reflect.TypeFor[vm.EVM]().FieldByName("readOnly")
	if !ok || f.Type.Kind() != reflect.Bool || len(f.Index) != 1 {
		return 0, false
	}
	return f.Offset, true
}()

// ReadOnlyFlagSupported reports whether the EVM's read-only flag was found.
func ReadOnlyFlagSupported() bool { return readOnlyFound }

func evmReadOnly(evm *vm.EVM) bool {
	if !readOnlyFound {
		return true
	}
	return *(*bool)(unsafe.Add(unsafe.Pointer(evm), readOnlyOffset))
}

// Install binds every module to evm: it sets evm's precompiles to
// go-ethereum's active set for evm's rules plus one fresh instance of each
// module, and wraps evm.Context.Transfer so that each CALL into one of them
// records its caller and value. If evm's StateDB was wrapped by
// WarmAddresses, the wrapper is bound to the new instances so that direct
// STATICCALLs are recognised; without it a direct STATICCALL looks like a
// DELEGATECALL (state-changing methods are refused under both).
func Install(evm *vm.EVM, defs ...*Definition) {
	pcs := vm.ActivePrecompiledContracts(evm.GetRules())
	bound := make([]*Contract, 0, len(defs))
	for _, d := range defs {
		c := d.Bind(evm)
		pcs[d.address] = c
		bound = append(bound, c)
	}
	evm.SetPrecompiles(pcs)
	if b, ok := evm.StateDB.(binder); ok {
		b.bindContracts(bound)
	}
	if len(bound) == 0 {
		return
	}
	inner := evm.Context.Transfer
	evm.Context.Transfer = func(db vm.StateDB, from, to common.Address, amount *uint256.Int, rules *params.Rules) {
		if inner != nil {
			inner(db, from, to, amount, rules)
		}
		// The EVM runs the precompile right after this transfer (CALL only).
		for _, c := range bound {
			if c.def.address == to {
				c.pending = frame{caller: from, value: *amount, called: true}
				return
			}
		}
	}
}

// NewEVM is vm.NewEVM with defs installed (Install) and the StateDB wrapped
// so that Prepare warms their addresses (WarmAddresses). The node calls it
// through registry.NewEVM with every native module; tests call it with the
// modules under test.
func NewEVM(blockCtx vm.BlockContext, statedb vm.StateDB, cfg *params.ChainConfig, vmCfg vm.Config, defs ...*Definition) *vm.EVM {
	addrs := make([]common.Address, len(defs))
	for i, d := range defs {
		addrs[i] = d.address
	}
	evm := vm.NewEVM(blockCtx, WarmAddresses(statedb, addrs), cfg, vmCfg)
	Install(evm, defs...)
	return evm
}

// Installed returns the precompile set NewEVM installed in evm:
// go-ethereum's active set for evm's rules plus the native instances bound
// to evm (found through its StateDB wrapper). Changes made later with
// evm.SetPrecompiles are not reflected. It returns a fresh map the caller
// may modify and install with SetPrecompiles (e.g. for state overrides).
func Installed(evm *vm.EVM) vm.PrecompiledContracts {
	pcs := vm.ActivePrecompiledContracts(evm.GetRules())
	var hooks *stateHooks
	switch w := evm.StateDB.(type) {
	case *warmState:
		hooks = w.stateHooks
	case *warmDB:
		hooks = w.stateHooks
	}
	if hooks != nil {
		for _, c := range hooks.contracts {
			pcs[c.def.address] = c
		}
	}
	return pcs
}
