package precompile

import (
	"errors"
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/log"
)

// Module describes one precompile: where it lives, its Solidity interface
// and its Go handlers.
type Module struct {
	// Name identifies the precompile in logs and errors.
	Name string
	// Address is the precompile's address.
	Address common.Address
	// ABI is the precompile's interface, from package contracts.
	ABI *abi.ABI
	// Methods has exactly one handler per ABI method.
	Methods []Method
	// Errors maps the module's sentinel errors to custom errors of its ABI.
	// The framework's errors (IPrecompile.sol) are mapped already.
	Errors []ErrorMapping
}

// Definition is a validated Module, shared by every EVM; Bind makes the
// per-EVM instance.
type Definition struct {
	name     string
	address  common.Address
	abi      *abi.ABI
	methods  map[[4]byte]*boundMethod
	ordered  []*boundMethod // by selector, for listings
	errors   []ErrorMapping // module's, then the framework's
	failData map[error][]byte
}

// FailureGas is charged for calldata that selects no method or does not
// decode; the call then reverts and the rest of the gas is returned.
const FailureGas uint64 = 200

// New validates a module: every ABI method has exactly one handler of the
// same mutability and fitting Go types, every handler is in the ABI, and
// every error mapping names a custom error of the ABI.
func New(m Module) (*Definition, error) {
	if m.ABI == nil {
		return nil, fmt.Errorf("%w: %s: no ABI", ErrInvalidModule, m.Name)
	}
	d := &Definition{
		name:    m.Name,
		address: m.Address,
		abi:     m.ABI,
		methods: make(map[[4]byte]*boundMethod, len(m.Methods)),
	}
	byName := make(map[string]bool, len(m.Methods))
	for _, h := range m.Methods {
		am, ok := m.ABI.Methods[h.name]
		if !ok {
			return nil, fmt.Errorf("%w: %s: handler %s is not in the ABI", ErrInvalidModule, m.Name, h.name)
		}
		if byName[h.name] {
			return nil, fmt.Errorf("%w: %s: two handlers for %s", ErrInvalidModule, m.Name, h.name)
		}
		byName[h.name] = true
		want, ok := mutabilityOf(am.StateMutability)
		if !ok || want != h.mut {
			return nil, fmt.Errorf("%w: %s: %s is %s in the ABI, handler is %s", ErrInvalidModule, m.Name, am.Sig, am.StateMutability, h.mut)
		}
		b, err := bind(h, am)
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %v", ErrInvalidModule, m.Name, err)
		}
		d.methods[[4]byte(am.ID)] = b
		d.ordered = append(d.ordered, b)
	}
	for name, am := range m.ABI.Methods {
		if !byName[name] {
			return nil, fmt.Errorf("%w: %s: ABI method %s has no handler", ErrInvalidModule, m.Name, am.Sig)
		}
	}
	sort.Slice(d.ordered, func(i, j int) bool { return string(d.ordered[i].abi.ID) < string(d.ordered[j].abi.ID) })

	d.errors = append(append([]ErrorMapping{}, m.Errors...), frameworkErrors...)
	seen := make(map[string]bool)
	for _, e := range d.errors {
		if e.Err == nil {
			return nil, fmt.Errorf("%w: %s: nil sentinel for %s", ErrInvalidModule, m.Name, e.Name)
		}
		if _, ok := m.ABI.Errors[e.Name]; !ok {
			return nil, fmt.Errorf("%w: %s: custom error %s is not in the ABI (does the interface inherit IPrecompile?)", ErrInvalidModule, m.Name, e.Name)
		}
		if seen[e.Name] {
			return nil, fmt.Errorf("%w: %s: custom error %s mapped twice", ErrInvalidModule, m.Name, e.Name)
		}
		seen[e.Name] = true
	}
	// Pre-encode the argument-less framework failures used on the hot path.
	d.failData = make(map[error][]byte)
	for _, e := range []error{ErrInvalidCalldata, ErrValueNotAccepted, ErrStaticCallNotAllowed, ErrDelegateCallNotAllowed, ErrInternal} {
		d.failData[e] = d.encodeError(e)
	}
	return d, nil
}

// MustNew is New for modules defined in code; it panics on an invalid module.
func MustNew(m Module) *Definition {
	d, err := New(m)
	if err != nil {
		panic(err)
	}
	return d
}

// Name returns the module's name.
func (d *Definition) Name() string { return d.name }

// Address returns the precompile's address.
func (d *Definition) Address() common.Address { return d.address }

// ABI returns the precompile's interface.
func (d *Definition) ABI() *abi.ABI { return d.abi }

// Handler describes one entry of the dispatch table.
type Handler struct {
	Selector   [4]byte    // the method's selector
	Name       string     // the method's ABI name (overloads suffixed as in the ABI)
	Mutability Mutability // view, state-changing or payable
	BaseGas    uint64     // the fixed part of its gas
}

// Handlers lists the dispatch table, ordered by selector.
func (d *Definition) Handlers() []Handler {
	out := make([]Handler, len(d.ordered))
	for i, b := range d.ordered {
		out[i] = Handler{Selector: [4]byte(b.abi.ID), Name: b.name, Mutability: b.mut, BaseGas: b.base}
	}
	return out
}

// ErrorMappings lists the module's and the framework's error mappings.
func (d *Definition) ErrorMappings() []ErrorMapping {
	return append([]ErrorMapping{}, d.errors...)
}

// Gas returns the gas a call with this calldata is charged: the method's
// base and per-item costs, or FailureGas for calldata that does not
// dispatch.
func (d *Definition) Gas(input []byte) uint64 {
	_, _, gas, _ := d.prepare(input)
	return gas
}

// prepare selects and decodes; it is the only place calldata is read.
func (d *Definition) prepare(input []byte) (*boundMethod, any, uint64, error) {
	if len(input) < 4 {
		var sel [4]byte
		copy(sel[:], input)
		return nil, nil, FailureGas, Revert(ErrUnknownSelector, sel)
	}
	m, ok := d.methods[[4]byte(input[:4])]
	if !ok {
		return nil, nil, FailureGas, Revert(ErrUnknownSelector, [4]byte(input[:4]))
	}
	args, err := m.decode(input[4:])
	if err != nil {
		return m, nil, FailureGas, err
	}
	return m, args, m.gas(args), nil
}

// encodeError turns a handler or dispatch error into revert data: the
// selector and ABI-encoded arguments of the mapped custom error. An error
// that maps to nothing, or whose arguments do not pack, becomes
// InternalError.
func (d *Definition) encodeError(err error) []byte {
	if data, ok := d.failData[err]; ok {
		return data
	}
	sentinel, args := err, []any(nil)
	var re *RevertError
	if errors.As(err, &re) {
		sentinel, args = re.Err, re.Args
	}
	for _, e := range d.errors {
		if !errors.Is(sentinel, e.Err) {
			continue
		}
		ae := d.abi.Errors[e.Name]
		packed, perr := ae.Inputs.Pack(args...)
		if perr != nil {
			log.Warn("Precompile error arguments do not pack", "precompile", d.name, "error", e.Name, "err", perr)
			break
		}
		return append(append(make([]byte, 0, 4+len(packed)), ae.ID[:4]...), packed...)
	}
	if !errors.Is(err, ErrInternal) {
		log.Warn("Precompile returned an undeclared error", "precompile", d.name, "err", err)
	}
	ae := d.abi.Errors["InternalError"]
	return append([]byte{}, ae.ID[:4]...)
}

// DecodeRevert maps revert data of this precompile back to its Go error: a
// *RevertError whose Err is the mapped sentinel and whose Args are the
// decoded arguments, so errors.Is(err, sentinel) holds. It returns nil for
// data that is no known custom error.
func (d *Definition) DecodeRevert(data []byte) error {
	if len(data) < 4 {
		return nil
	}
	for _, e := range d.errors {
		ae := d.abi.Errors[e.Name]
		if string(ae.ID[:4]) != string(data[:4]) {
			continue
		}
		args, err := ae.Inputs.Unpack(data[4:])
		if err != nil {
			return nil
		}
		return &RevertError{Err: e.Err, Args: args}
	}
	return nil
}

// packEvent builds the topics and data of an event from all its inputs.
func (d *Definition) packEvent(name string, args []any) ([]common.Hash, []byte, error) {
	ev, ok := d.abi.Events[name]
	if !ok {
		return nil, nil, fmt.Errorf("%w: event %s is not in the ABI of %s", ErrInternal, name, d.name)
	}
	if len(args) != len(ev.Inputs) {
		return nil, nil, fmt.Errorf("%w: event %s has %d inputs, got %d", ErrInternal, name, len(ev.Inputs), len(args))
	}
	topics := make([]common.Hash, 0, 4)
	if !ev.Anonymous {
		topics = append(topics, ev.ID)
	}
	var data []any
	for i, in := range ev.Inputs {
		if !in.Indexed {
			data = append(data, args[i])
			continue
		}
		t, err := abi.MakeTopics([]any{args[i]})
		if err != nil {
			return nil, nil, fmt.Errorf("%w: event %s topic %s: %v", ErrInternal, name, in.Name, err)
		}
		topics = append(topics, t[0][0])
	}
	packed, err := ev.Inputs.NonIndexed().Pack(data...)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: event %s data: %v", ErrInternal, name, err)
	}
	return topics, packed, nil
}
