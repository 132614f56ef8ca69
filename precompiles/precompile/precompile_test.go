package precompile_test

import (
	"bytes"
	"errors"
	"math"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/taoevm/taoevm/bindings"
	"github.com/taoevm/taoevm/contracts"
	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/precompile/precompiletest"
)

var (
	alice  = common.HexToAddress("0xa11ce00000000000000000000000000000000001")
	bob    = common.HexToAddress("0xb0b0000000000000000000000000000000000002")
	probe  = bindings.NewIProbe()
	caller = bindings.NewPrecompileCaller()
)

func newChain(t *testing.T) (*precompiletest.Chain, common.Address) {
	t.Helper()
	c := precompiletest.New(t, probeDef)
	c.Fund(alice, precompiletest.TAO(100))
	harness := c.Deploy(alice, contracts.MustBytecode("PrecompileCaller"))
	c.Fund(harness, precompiletest.TAO(10))
	return c, harness
}

// viaHarness calls the probe through one of PrecompileCaller's raw call
// functions and returns the inner call's success and data.
func viaHarness(t *testing.T, c *precompiletest.Chain, harness common.Address, how string, input []byte, value *big.Int) (bool, []byte) {
	t.Helper()
	var outer []byte
	switch how {
	case "call":
		outer = caller.PackRawCall(probeAddr, input, value)
	case "staticcall":
		outer = caller.PackRawStaticCall(probeAddr, input)
	case "delegatecall":
		outer = caller.PackRawDelegateCall(probeAddr, input)
	case "callcode":
		outer = caller.PackRawCallCode(probeAddr, input, value)
	case "call-in-static":
		outer = caller.PackCallInsideStatic(probeAddr, input)
	default:
		t.Fatalf("unknown call kind %s", how)
	}
	res := c.Tx(alice, &harness, outer, nil)
	if res.Err != nil {
		t.Fatalf("%s: harness failed: %v", how, res.Err)
	}
	// All raw* functions return (bool ok, bytes ret).
	out, err := caller.UnpackRawCall(res.Ret)
	if err != nil {
		t.Fatalf("%s: unpack: %v", how, err)
	}
	return out.Ok, out.Ret
}

func revertErr(t *testing.T, data []byte) error {
	t.Helper()
	err := probeDef.DecodeRevert(data)
	if err == nil {
		t.Fatalf("revert data %x is no custom error of the probe", data)
	}
	return err
}

// TestCallKinds pins how the framework tells call kinds apart, including the
// EVM's unexported read-only flag (CALL inside STATICCALL), so that a
// go-ethereum upgrade that breaks it fails here.
func TestCallKinds(t *testing.T) {
	if !precompile.ReadOnlyFlagSupported() {
		t.Fatal("vm.EVM has no readOnly bool field any more: static contexts cannot be detected")
	}
	c, harness := newChain(t)
	testCallKinds(t, c, harness)
}

// TestCallKindsTraced runs the same cases with a tracer and a hooked
// StateDB, as debug_traceCall and debug_traceTransaction do.
func TestCallKindsTraced(t *testing.T) {
	c, harness := newChain(t)
	var enters int
	c.Tracer = &tracing.Hooks{
		OnEnter: func(int, byte, common.Address, common.Address, []byte, uint64, *big.Int) { enters++ },
	}
	testCallKinds(t, c, harness)
	if enters == 0 {
		t.Fatal("the tracer did not run")
	}
}

func testCallKinds(t *testing.T, c *precompiletest.Chain, harness common.Address) {
	tests := []struct {
		how        string
		wantKind   precompile.CallKind
		wantCaller common.Address
		pokeErr    error
	}{
		{"call", precompile.KindCall, harness, nil},
		{"staticcall", precompile.KindStatic, common.Address{}, precompile.ErrStaticCallNotAllowed},
		{"delegatecall", precompile.KindDelegate, common.Address{}, precompile.ErrDelegateCallNotAllowed},
		{"callcode", precompile.KindDelegate, common.Address{}, precompile.ErrDelegateCallNotAllowed},
		{"call-in-static", precompile.KindStatic, harness, precompile.ErrStaticCallNotAllowed},
	}
	for _, tt := range tests {
		t.Run(tt.how, func(t *testing.T) {
			ok, ret := viaHarness(t, c, harness, tt.how, probe.PackWhoami(), new(big.Int))
			if !ok {
				t.Fatalf("whoami reverted: %v", revertErr(t, ret))
			}
			who, err := probe.UnpackWhoami(ret)
			if err != nil {
				t.Fatal(err)
			}
			if precompile.CallKind(who.Kind) != tt.wantKind || who.Caller != tt.wantCaller || who.Value.Sign() != 0 {
				t.Fatalf("whoami = (%v, %v, %v), want (%v, %v, 0)", precompile.CallKind(who.Kind), who.Caller, who.Value, tt.wantKind, tt.wantCaller)
			}

			target := common.Address{0x42}
			ok, ret = viaHarness(t, c, harness, tt.how, probe.PackPoke(target, big.NewInt(7)), new(big.Int))
			stored := precompile.LoadUint256(c.State, probeAddr, pokedField.Address(target))
			if tt.pokeErr == nil {
				if !ok {
					t.Fatalf("poke reverted: %v", revertErr(t, ret))
				}
				if stored.Uint64() != 7 {
					t.Fatalf("stored %v, want 7", stored)
				}
				precompile.StoreUint256(c.State, probeAddr, pokedField.Address(target), new(uint256.Int))
				return
			}
			if ok {
				t.Fatal("poke succeeded, want a revert")
			}
			if err := revertErr(t, ret); !errors.Is(err, tt.pokeErr) {
				t.Fatalf("poke reverted with %v, want %v", err, tt.pokeErr)
			}
			if !stored.IsZero() {
				t.Fatalf("a refused poke stored %v", stored)
			}
		})
	}
}

// TestDirectCallerAndValue checks msg.sender and msg.value of a top-level
// transaction and of a payable method.
func TestDirectCallerAndValue(t *testing.T) {
	c, _ := newChain(t)
	res := c.Tx(alice, &probeAddr, probe.PackWhoami(), nil)
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	who, err := probe.UnpackWhoami(res.Ret)
	if err != nil {
		t.Fatal(err)
	}
	if precompile.CallKind(who.Kind) != precompile.KindCall || who.Caller != alice {
		t.Fatalf("whoami = %+v, want call from alice", who)
	}

	value := precompiletest.TAO(3)
	res = c.Tx(alice, &probeAddr, probe.PackDeposit(), value)
	if res.Err != nil {
		t.Fatalf("deposit: %v", revertErr(t, res.Ret))
	}
	bal, err := probe.UnpackDeposit(res.Ret)
	if err != nil {
		t.Fatal(err)
	}
	if bal.Cmp(value.ToBig()) != 0 || !c.Balance(probeAddr).Eq(value) {
		t.Fatalf("deposit saw balance %v (state %v), want %v", bal, c.Balance(probeAddr), value)
	}

	// Value sent to a method that is not payable reverts and stays with the sender.
	for name, input := range map[string][]byte{"view": probe.PackWhoami(), "nonpayable": probe.PackPoke(bob, big.NewInt(1))} {
		before := c.Balance(alice).Clone()
		res := c.Tx(alice, &probeAddr, input, uint256.NewInt(1))
		if !errors.Is(res.Err, vm.ErrExecutionReverted) || !errors.Is(revertErr(t, res.Ret), precompile.ErrValueNotAccepted) {
			t.Fatalf("%s with value: err %v, want ValueNotAccepted", name, res.Err)
		}
		if !c.Balance(alice).Eq(before) {
			t.Fatalf("%s with value: sender balance changed", name)
		}
	}
}

// TestGas checks that each call is charged exactly the documented formula
// (base + per item), that a revert returns the unused gas, and that
// out-of-gas consumes everything.
func TestGas(t *testing.T) {
	c, _ := newChain(t)
	three := []*big.Int{big.NewInt(1), big.NewInt(2), big.NewInt(3)}
	tests := []struct {
		name    string
		input   []byte
		wantGas uint64
		wantErr error
	}{
		{"view fixed", probe.PackWhoami(), gasWhoami, nil},
		{"per item 0", probe.PackSum(nil), gasSumBase, nil},
		{"per item 3", probe.PackSum(three), gasSumBase + 3*gasSumItem, nil},
		{"tx", probe.PackPoke(bob, big.NewInt(5)), gasPoke, nil},
		{"tx reverting", probe.PackPoke(bob, big.NewInt(pokeMax+1)), gasPoke, errTooLarge},
		{"unknown selector", []byte{0xde, 0xad, 0xbe, 0xef}, precompile.FailureGas, precompile.ErrUnknownSelector},
		{"bad calldata", probe.PackPoke(bob, big.NewInt(5))[:20], precompile.FailureGas, precompile.ErrInvalidCalldata},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := probeDef.Gas(tt.input); got != tt.wantGas {
				t.Fatalf("Gas = %d, want %d", got, tt.wantGas)
			}
			const budget = 1_000_000
			res := c.Call(alice, probeAddr, tt.input, nil, budget)
			if res.GasUsed != tt.wantGas {
				t.Fatalf("used %d gas, want %d (unused gas must be returned)", res.GasUsed, tt.wantGas)
			}
			if tt.wantErr == nil {
				if res.Err != nil {
					t.Fatalf("err %v: %v", res.Err, probeDef.DecodeRevert(res.Ret))
				}
				return
			}
			if !errors.Is(res.Err, vm.ErrExecutionReverted) {
				t.Fatalf("err %v, want a revert", res.Err)
			}
			if err := revertErr(t, res.Ret); !errors.Is(err, tt.wantErr) {
				t.Fatalf("reverted with %v, want %v", err, tt.wantErr)
			}
		})
	}

	t.Run("out of gas", func(t *testing.T) {
		res := c.Call(alice, probeAddr, probe.PackPoke(bob, big.NewInt(5)), nil, gasPoke-1)
		if !errors.Is(res.Err, vm.ErrOutOfGas) || res.GasUsed != gasPoke-1 {
			t.Fatalf("err %v used %d, want out of gas using all", res.Err, res.GasUsed)
		}
	})

	t.Run("saturating per-item cost", func(t *testing.T) {
		m := probeModule()
		m.Methods[3] = precompile.View("sum", gasSumBase, sum, precompile.PerItem(math.MaxUint64/2, sumItems))
		d := precompile.MustNew(m)
		if got := d.Gas(probe.PackSum(three)); got != math.MaxUint64 {
			t.Fatalf("Gas = %d, want saturation at MaxUint64", got)
		}
	})
}

// TestNoStaleCaller: a CALL that runs out of gas in RequiredGas must not
// leave its caller for a later DELEGATECALL or STATICCALL in the same EVM.
func TestNoStaleCaller(t *testing.T) {
	c, harness := newChain(t)
	evm := c.EVM()
	evm.SetTxContext(vm.TxContext{Origin: alice, GasPrice: new(uint256.Int)})
	input := probe.PackPoke(bob, big.NewInt(5))
	if _, _, err := evm.Call(alice, probeAddr, input, vm.NewGasBudget(gasPoke-1, 0), new(uint256.Int)); !errors.Is(err, vm.ErrOutOfGas) {
		t.Fatalf("first call: %v, want out of gas", err)
	}
	ret, _, err := evm.DelegateCall(alice, harness, probeAddr, input, vm.NewGasBudget(1_000_000, 0), new(uint256.Int))
	if !errors.Is(err, vm.ErrExecutionReverted) || !errors.Is(revertErr(t, ret), precompile.ErrDelegateCallNotAllowed) {
		t.Fatalf("delegatecall after OOG: %v, want DelegateCallNotAllowed", err)
	}
	ret, _, err = evm.StaticCall(alice, probeAddr, probe.PackWhoami(), vm.NewGasBudget(1_000_000, 0))
	if err != nil {
		t.Fatal(err)
	}
	who, _ := probe.UnpackWhoami(ret)
	if who.Caller != (common.Address{}) || precompile.CallKind(who.Kind) != precompile.KindStatic {
		t.Fatalf("staticcall after OOG saw %+v", who)
	}
}

// TestReverts checks that each failure reverts with its named custom error,
// decodable both by DecodeRevert (errors.Is on the sentinel) and by the
// generated bindings.
func TestReverts(t *testing.T) {
	c, _ := newChain(t)
	dirty := probe.PackPoke(bob, big.NewInt(5))
	dirty[4] = 0x01 // a non-zero byte in the address's padding
	tests := []struct {
		name    string
		input   []byte
		value   *uint256.Int
		want    error
		args    []any
		binding any
	}{
		{"unknown selector", []byte{1, 2, 3, 4, 5}, nil, precompile.ErrUnknownSelector, []any{[4]byte{1, 2, 3, 4}}, &bindings.IProbeUnknownSelector{}},
		{"short selector", []byte{9, 8}, nil, precompile.ErrUnknownSelector, []any{[4]byte{9, 8}}, &bindings.IProbeUnknownSelector{}},
		{"empty calldata", nil, nil, precompile.ErrUnknownSelector, []any{[4]byte{}}, &bindings.IProbeUnknownSelector{}},
		{"truncated args", probe.PackPoke(bob, big.NewInt(5))[:40], nil, precompile.ErrInvalidCalldata, nil, &bindings.IProbeInvalidCalldata{}},
		{"dirty padding", dirty, nil, precompile.ErrInvalidCalldata, nil, &bindings.IProbeInvalidCalldata{}},
		{"value to view", probe.PackWhoami(), uint256.NewInt(1), precompile.ErrValueNotAccepted, nil, &bindings.IProbeValueNotAccepted{}},
		{"module error", probe.PackPoke(bob, big.NewInt(2000)), nil, errTooLarge, []any{big.NewInt(2000), big.NewInt(pokeMax)}, &bindings.IProbeTooLarge{}},
		{"write in view", probe.PackBadView(), nil, precompile.ErrInternal, nil, &bindings.IProbeInternalError{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := c.Tx(alice, &probeAddr, tt.input, tt.value)
			if !errors.Is(res.Err, vm.ErrExecutionReverted) {
				t.Fatalf("err %v, want a revert", res.Err)
			}
			if res.GasUsed >= c.GasLimit/2 {
				t.Fatalf("revert used %d of %d gas: unused gas not returned", res.GasUsed, c.GasLimit)
			}
			err := revertErr(t, res.Ret)
			if !errors.Is(err, tt.want) {
				t.Fatalf("reverted with %v, want %v", err, tt.want)
			}
			var re *precompile.RevertError
			if !errors.As(err, &re) || len(re.Args) != len(tt.args) {
				t.Fatalf("args %v, want %v", re, tt.args)
			}
			for i := range tt.args {
				if !argEqual(re.Args[i], tt.args[i]) {
					t.Fatalf("arg %d = %v, want %v", i, re.Args[i], tt.args[i])
				}
			}
			decoded, err := probe.UnpackError(res.Ret)
			if err != nil {
				t.Fatalf("bindings cannot decode the revert: %v", err)
			}
			if want, got := typeName(tt.binding), typeName(decoded); want != got {
				t.Fatalf("bindings decoded %s, want %s", got, want)
			}
			if len(res.Logs) != 0 {
				t.Fatalf("a reverted call left %d logs", len(res.Logs))
			}
		})
	}
	if got := precompile.LoadUint64(c.State, probeAddr, probeNS.Field("bad")); got != 0 {
		t.Fatalf("a view wrote state: %d", got)
	}
}

func argEqual(a, b any) bool {
	if x, ok := a.(*big.Int); ok {
		y, ok := b.(*big.Int)
		return ok && x.Cmp(y) == 0
	}
	return a == b
}

func typeName(v any) string {
	switch v.(type) {
	case *bindings.IProbeUnknownSelector:
		return "UnknownSelector"
	case *bindings.IProbeInvalidCalldata:
		return "InvalidCalldata"
	case *bindings.IProbeValueNotAccepted:
		return "ValueNotAccepted"
	case *bindings.IProbeTooLarge:
		return "TooLarge"
	case *bindings.IProbeInternalError:
		return "InternalError"
	case *bindings.IProbeStaticCallNotAllowed:
		return "StaticCallNotAllowed"
	case *bindings.IProbeDelegateCallNotAllowed:
		return "DelegateCallNotAllowed"
	case *bindings.IProbeInvalidKey:
		return "InvalidKey"
	default:
		return "unexpected"
	}
}

// TestEvents checks that a state-changing method's event is an EVM log of
// the precompile, decodable with the bindings.
func TestEvents(t *testing.T) {
	c, harness := newChain(t)
	res := c.Tx(alice, &harness, caller.PackRawCall(probeAddr, probe.PackPoke(bob, big.NewInt(9)), new(big.Int)), nil)
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	if len(res.Logs) != 1 {
		t.Fatalf("%d logs, want 1", len(res.Logs))
	}
	l := res.Logs[0]
	if l.Address != probeAddr || l.BlockNumber != c.Number {
		t.Fatalf("log address %v block %d", l.Address, l.BlockNumber)
	}
	ev, err := probe.UnpackPokedEvent(l)
	if err != nil {
		t.Fatal(err)
	}
	if ev.Caller != harness || ev.Who != bob || ev.Value.Int64() != 9 {
		t.Fatalf("event %+v", ev)
	}
	if l.Topics[0] != crypto.Keccak256Hash([]byte("Poked(address,address,uint256)")) {
		t.Fatalf("topic0 %v", l.Topics[0])
	}
	// The value is readable through a view.
	res = c.Tx(alice, &probeAddr, probe.PackPeek(bob), nil)
	v, err := probe.UnpackPeek(res.Ret)
	if err != nil || v.Int64() != 9 {
		t.Fatalf("peek = %v, %v", v, err)
	}
}

// TestBindingsRoundTrip runs every probe method packed by the bindings
// through the dispatcher and unpacks the output with the bindings.
func TestBindingsRoundTrip(t *testing.T) {
	c, _ := newChain(t)
	xs := []*big.Int{big.NewInt(10), big.NewInt(20), new(big.Int).Lsh(big.NewInt(1), 200)}
	run := func(input []byte, value *uint256.Int) []byte {
		t.Helper()
		res := c.Tx(alice, &probeAddr, input, value)
		if res.Err != nil {
			t.Fatalf("%x: %v %v", input[:4], res.Err, probeDef.DecodeRevert(res.Ret))
		}
		return res.Ret
	}
	if s, err := probe.UnpackSum(run(probe.PackSum(xs), nil)); err != nil || s.Cmp(new(big.Int).Add(big.NewInt(30), xs[2])) != 0 {
		t.Fatalf("sum = %v, %v", s, err)
	}
	if ret := run(probe.PackPoke(bob, big.NewInt(pokeMax)), nil); len(ret) != 0 {
		t.Fatalf("poke returned %x", ret)
	}
	if v, err := probe.UnpackPeek(run(probe.PackPeek(bob), nil)); err != nil || v.Int64() != pokeMax {
		t.Fatalf("peek = %v, %v", v, err)
	}
	if b, err := probe.UnpackDeposit(run(probe.PackDeposit(), uint256.NewInt(5))); err != nil || b.Int64() != 5 {
		t.Fatalf("deposit = %v, %v", b, err)
	}
	if w, err := probe.UnpackWhoami(run(probe.PackWhoami(), nil)); err != nil || w.Caller != alice {
		t.Fatalf("whoami = %+v, %v", w, err)
	}
}

// TestABICoverage: every ABI method has exactly one handler of the ABI's
// mutability, every handler is in the ABI, every custom error is mapped.
func TestABICoverage(t *testing.T) {
	precompiletest.CheckCoverage(t, probeDef)
}

// TestNewRejectsMismatches checks that New refuses modules that disagree
// with their ABI.
func TestNewRejectsMismatches(t *testing.T) {
	type wrongArgs struct{ Who common.Hash }
	type twoFields struct {
		Who   common.Address
		Extra uint64
	}
	type misnamed struct {
		Whom  common.Address
		Value *big.Int
	}
	wrongType := func(precompile.Env, wrongArgs) (*big.Int, error) { return nil, nil }
	tooMany := func(precompile.Env, twoFields) (*big.Int, error) { return nil, nil }
	badNames := func(precompile.Env, misnamed) (precompile.None, error) { return precompile.None{}, nil }
	badResult := func(precompile.Env, peekArgs) (uint64, error) { return 0, nil }
	tests := []struct {
		name   string
		mutate func(*precompile.Module)
	}{
		{"missing handler", func(m *precompile.Module) { m.Methods = m.Methods[1:] }},
		{"duplicate handler", func(m *precompile.Module) { m.Methods = append(m.Methods, m.Methods[0]) }},
		{"handler not in ABI", func(m *precompile.Module) {
			m.Methods = append(m.Methods, precompile.View("nope", 1, whoami))
		}},
		{"view registered as tx", func(m *precompile.Module) { m.Methods[0] = precompile.Tx("whoami", gasWhoami, whoami) }},
		{"tx registered as payable", func(m *precompile.Module) { m.Methods[1] = precompile.Payable("poke", gasPoke, poke) }},
		{"wrong argument type", func(m *precompile.Module) { m.Methods[4] = precompile.View("peek", gasPeek, wrongType) }},
		{"wrong argument count", func(m *precompile.Module) { m.Methods[4] = precompile.View("peek", gasPeek, tooMany) }},
		{"wrong field names", func(m *precompile.Module) { m.Methods[1] = precompile.Tx("poke", gasPoke, badNames) }},
		{"wrong result type", func(m *precompile.Module) { m.Methods[4] = precompile.View("peek", gasPeek, badResult) }},
		{"unknown custom error", func(m *precompile.Module) {
			m.Errors = append(m.Errors, precompile.ErrorMapping{Err: errors.New("x"), Name: "NoSuchError"})
		}},
		{"nil ABI", func(m *precompile.Module) { m.ABI = nil }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := probeModule()
			tt.mutate(&m)
			if _, err := precompile.New(m); !errors.Is(err, precompile.ErrInvalidModule) {
				t.Fatalf("New = %v, want ErrInvalidModule", err)
			}
		})
	}
	if _, err := precompile.New(probeModule()); err != nil {
		t.Fatalf("the valid module is refused: %v", err)
	}
}

// FuzzDispatch: whatever the calldata, the probe never panics, charges
// exactly Gas(input), and either succeeds or reverts with one of its
// declared custom errors.
func FuzzDispatch(f *testing.F) {
	f.Add(probe.PackWhoami())
	f.Add(probe.PackPoke(bob, big.NewInt(3)))
	f.Add(probe.PackPoke(bob, big.NewInt(3000)))
	f.Add(probe.PackSum([]*big.Int{big.NewInt(1), big.NewInt(2)}))
	f.Add(probe.PackPeek(alice))
	f.Add(probe.PackBadView())
	f.Add([]byte{0xff})
	f.Fuzz(func(t *testing.T, input []byte) {
		c := precompiletest.New(t, probeDef)
		const budget = 10_000_000
		res := c.Call(alice, probeAddr, input, nil, budget)
		want := probeDef.Gas(input)
		switch {
		case want > budget:
			if !errors.Is(res.Err, vm.ErrOutOfGas) {
				t.Fatalf("gas %d over budget but err %v", want, res.Err)
			}
		case res.Err == nil:
			if res.GasUsed != want {
				t.Fatalf("used %d, want %d", res.GasUsed, want)
			}
		case errors.Is(res.Err, vm.ErrExecutionReverted):
			if res.GasUsed != want {
				t.Fatalf("revert used %d, want %d", res.GasUsed, want)
			}
			if probeDef.DecodeRevert(res.Ret) == nil {
				t.Fatalf("revert data %x is no declared error", res.Ret)
			}
		default:
			t.Fatalf("unexpected error %v", res.Err)
		}
		if !bytes.Equal(c.State.GetCode(probeAddr), precompiletest.PrecompileCode) {
			t.Fatal("precompile code changed")
		}
	})
}
