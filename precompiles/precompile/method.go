package precompile

import (
	"bytes"
	"fmt"
	"math"
	"math/bits"
	"reflect"

	"github.com/ethereum/go-ethereum/accounts/abi"
)

// Mutability is a method's class, which must equal the ABI's
// stateMutability: View for "view" and "pure", Tx for "nonpayable",
// Payable for "payable".
type Mutability uint8

const (
	// MutView methods never change state and answer under any call kind.
	MutView Mutability = iota
	// MutTx methods change state, take no value, and run only under KindCall.
	MutTx
	// MutPayable methods change state, may take msg.value, and run only
	// under KindCall.
	MutPayable
)

// String returns the Solidity stateMutability of the class.
func (m Mutability) String() string {
	switch m {
	case MutView:
		return "view"
	case MutTx:
		return "nonpayable"
	case MutPayable:
		return "payable"
	default:
		return "unknown"
	}
}

// mutabilityOf maps an ABI stateMutability to a class.
func mutabilityOf(s string) (Mutability, bool) {
	switch s {
	case "view", "pure":
		return MutView, true
	case "nonpayable":
		return MutTx, true
	case "payable":
		return MutPayable, true
	}
	return 0, false
}

// None is the argument or result type of a method without inputs or outputs.
type None struct{}

// ItemCost is the input-dependent part of a method's gas: Cost for each of
// the Count(args) items (for example per uid in a weights vector).
type ItemCost[A any] struct {
	Cost  uint64         // gas per item
	Count func(A) uint64 // the number of items in the decoded arguments
}

// PerItem returns an ItemCost; the argument type is inferred from count.
func PerItem[A any](cost uint64, count func(A) uint64) ItemCost[A] {
	return ItemCost[A]{Cost: cost, Count: count}
}

// Method is one entry of a precompile's method table, created by View, Tx
// or Payable from a typed handler.
type Method struct {
	name    string
	mut     Mutability
	base    uint64
	argType reflect.Type
	resType reflect.Type
	gas     func(args any) uint64
	call    func(env Env, args any) (any, error)
}

// Name is the ABI name of the method.
func (m Method) Name() string { return m.name }

// Mutability is the method's class.
func (m Method) Mutability() Mutability { return m.mut }

// BaseGas is the fixed part of the method's gas.
func (m Method) BaseGas() uint64 { return m.base }

func newMethod[A, R any](name string, mut Mutability, base uint64, fn func(Env, A) (R, error), items []ItemCost[A]) Method {
	gas := func(args any) uint64 {
		total := base
		a := args.(A)
		for _, it := range items {
			hi, lo := bits.Mul64(it.Cost, it.Count(a))
			if hi != 0 {
				return math.MaxUint64
			}
			var carry uint64
			total, carry = bits.Add64(total, lo, 0)
			if carry != 0 {
				return math.MaxUint64
			}
		}
		return total
	}
	return Method{
		name:    name,
		mut:     mut,
		base:    base,
		argType: reflect.TypeFor[A](),
		resType: reflect.TypeFor[R](),
		gas:     gas,
		call: func(env Env, args any) (any, error) {
			return fn(env, args.(A))
		},
	}
}

// View registers a view method. A is a struct with one exported field per
// ABI input in order (None for no inputs); R is None for no outputs, the
// value itself for one non-struct output, or a struct with one field per
// output. Gas is base plus each item cost, a function of the input alone,
// priced for the worst case of the storage the method touches.
func View[A, R any](name string, base uint64, fn func(Env, A) (R, error), items ...ItemCost[A]) Method {
	return newMethod(name, MutView, base, fn, items)
}

// Tx registers a non-payable state-changing method (see View for A, R and gas).
func Tx[A, R any](name string, base uint64, fn func(Env, A) (R, error), items ...ItemCost[A]) Method {
	return newMethod(name, MutTx, base, fn, items)
}

// Payable registers a payable state-changing method (see View for A, R and gas).
func Payable[A, R any](name string, base uint64, fn func(Env, A) (R, error), items ...ItemCost[A]) Method {
	return newMethod(name, MutPayable, base, fn, items)
}

// boundMethod is a Method checked against its ABI entry.
type boundMethod struct {
	Method
	abi        abi.Method
	singleRes  bool // R is the single output itself, not a struct of outputs
	noResult   bool
	resFields  int
	argsIsNone bool
}

// bind checks that the handler's types fit the ABI method.
func bind(m Method, am abi.Method) (*boundMethod, error) {
	b := &boundMethod{Method: m, abi: am}
	if err := checkStruct(m.argType, am.Inputs, "arguments"); err != nil {
		return nil, fmt.Errorf("%s: %w", am.Sig, err)
	}
	b.argsIsNone = len(am.Inputs) == 0
	switch {
	case len(am.Outputs) == 0:
		if m.resType.Kind() != reflect.Struct || m.resType.NumField() != 0 {
			return nil, fmt.Errorf("%s: no outputs, result type must be None, not %v", am.Sig, m.resType)
		}
		b.noResult = true
	case len(am.Outputs) == 1 && (m.resType.Kind() != reflect.Struct || am.Outputs[0].Type.T == abi.TupleTy):
		if err := checkType(m.resType, am.Outputs[0].Type); err != nil {
			return nil, fmt.Errorf("%s: result: %w", am.Sig, err)
		}
		b.singleRes = true
	default:
		if err := checkStruct(m.resType, am.Outputs, "results"); err != nil {
			return nil, fmt.Errorf("%s: %w", am.Sig, err)
		}
		b.resFields = len(am.Outputs)
	}
	return b, nil
}

func checkStruct(t reflect.Type, args abi.Arguments, what string) error {
	if t.Kind() != reflect.Struct {
		return fmt.Errorf("%s type %v is not a struct", what, t)
	}
	if t.NumField() != len(args) {
		return fmt.Errorf("%s type %v has %d fields, ABI has %d", what, t, t.NumField(), len(args))
	}
	for i, a := range args {
		f := t.Field(i)
		if !f.IsExported() {
			return fmt.Errorf("%s type %v: field %s is not exported", what, t, f.Name)
		}
		if want := abi.ToCamelCase(a.Name); a.Name != "" && f.Name != want {
			return fmt.Errorf("%s type %v: field %d is %s, ABI name needs %s", what, t, i, f.Name, want)
		}
		if err := checkType(f.Type, a.Type); err != nil {
			return fmt.Errorf("%s type %v field %s: %w", what, t, f.Name, err)
		}
	}
	return nil
}

// checkType requires the Go type the ABI decoder produces, except for
// tuples, whose structs the decoder copies field by field.
func checkType(t reflect.Type, at abi.Type) error {
	want := at.GetType()
	if at.T == abi.TupleTy || (at.Elem != nil && at.Elem.T == abi.TupleTy) {
		if t.Kind() != want.Kind() {
			return fmt.Errorf("type %v does not fit ABI %s", t, at.String())
		}
		return nil
	}
	if t != want {
		return fmt.Errorf("type %v, ABI %s needs %v", t, at.String(), want)
	}
	return nil
}

// decode unpacks canonical ABI-encoded arguments into the handler's type.
// Trailing bytes after the encoding are ignored, as Solidity does; dirty
// padding and non-canonical offsets are rejected.
func (b *boundMethod) decode(data []byte) (any, error) {
	ptr := reflect.New(b.argType)
	if b.argsIsNone {
		return ptr.Elem().Interface(), nil
	}
	vals, err := b.abi.Inputs.Unpack(data)
	if err != nil {
		return nil, ErrInvalidCalldata
	}
	packed, err := b.abi.Inputs.Pack(vals...)
	if err != nil || len(packed) > len(data) || !bytes.Equal(packed, data[:len(packed)]) {
		return nil, ErrInvalidCalldata
	}
	if err := b.abi.Inputs.Copy(ptr.Interface(), vals); err != nil {
		return nil, ErrInvalidCalldata
	}
	return ptr.Elem().Interface(), nil
}

// encode packs a handler's result.
func (b *boundMethod) encode(res any) ([]byte, error) {
	switch {
	case b.noResult:
		return nil, nil
	case b.singleRes:
		return b.abi.Outputs.Pack(res)
	default:
		v := reflect.ValueOf(res)
		vals := make([]any, b.resFields)
		for i := range vals {
			vals[i] = v.Field(i).Interface()
		}
		return b.abi.Outputs.Pack(vals...)
	}
}
