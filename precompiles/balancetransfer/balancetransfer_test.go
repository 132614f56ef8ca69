package balancetransfer_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/taoevm/taoevm/bindings"
	"github.com/taoevm/taoevm/contracts"
	"github.com/taoevm/taoevm/precompiles/balancetransfer"
	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/precompile/precompiletest"
)

var (
	alice  = common.HexToAddress("0xa11ce00000000000000000000000000000000001")
	bob    = common.HexToAddress("0xb0b0000000000000000000000000000000000002")
	bt     = bindings.NewIBalanceTransfer()
	caller = bindings.NewPrecompileCaller()
	addr   = balancetransfer.Address
)

func newChain(t *testing.T) (*precompiletest.Chain, common.Address) {
	t.Helper()
	c := precompiletest.New(t, balancetransfer.Definition())
	c.Fund(alice, precompiletest.TAO(100))
	harness := c.Deploy(alice, contracts.MustBytecode("PrecompileCaller"))
	c.Fund(harness, precompiletest.TAO(10))
	return c, harness
}

func key(a common.Address) [32]byte { return precompile.AddressKey(a) }

func decode(t *testing.T, data []byte) error {
	t.Helper()
	err := balancetransfer.Definition().DecodeRevert(data)
	if err == nil {
		t.Fatalf("revert data %x is not a declared error", data)
	}
	return err
}

// TestTransfer covers direct transactions to 0x800: balances move exactly,
// the event is emitted, and every refusal reverts with its named error and
// leaves balances alone.
func TestTransfer(t *testing.T) {
	badKey := key(bob)
	badKey[0] = 0x01
	tests := []struct {
		name    string
		data    [32]byte
		value   *uint256.Int
		wantErr error
		to      common.Address
	}{
		{"one TAO", key(bob), precompiletest.TAO(1), nil, bob},
		{"odd wei, no rounding to rao", key(bob), uint256.NewInt(1_000_000_007), nil, bob},
		{"zero value", key(bob), new(uint256.Int), nil, bob},
		{"to a fresh account", key(common.Address{0x77}), uint256.NewInt(5), nil, common.Address{0x77}},
		{"invalid key", badKey, uint256.NewInt(5), precompile.ErrInvalidKey, common.Address{}},
		{"to itself", key(addr), uint256.NewInt(5), balancetransfer.ErrInvalidDestination, common.Address{}},
		{"to another native precompile", key(common.HexToAddress("0x0805")), uint256.NewInt(5), balancetransfer.ErrInvalidDestination, common.Address{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, _ := newChain(t)
			aliceBefore := c.Balance(alice).Clone()
			toBefore := c.Balance(tt.to).Clone()
			res := c.Tx(alice, &addr, bt.PackTransfer(tt.data), tt.value)
			if tt.wantErr != nil {
				if !errors.Is(res.Err, vm.ErrExecutionReverted) {
					t.Fatalf("err %v, want revert", res.Err)
				}
				if err := decode(t, res.Ret); !errors.Is(err, tt.wantErr) {
					t.Fatalf("reverted with %v, want %v", err, tt.wantErr)
				}
				if !c.Balance(alice).Eq(aliceBefore) || !c.Balance(addr).IsZero() || len(res.Logs) != 0 {
					t.Fatal("a refused transfer changed balances or logged")
				}
				return
			}
			if res.Err != nil {
				t.Fatalf("err %v: %v", res.Err, decode(t, res.Ret))
			}
			if got := new(uint256.Int).Sub(aliceBefore, c.Balance(alice)); !got.Eq(tt.value) {
				t.Fatalf("sender debited %v, want %v (gas price is zero)", got, tt.value)
			}
			if got := new(uint256.Int).Sub(c.Balance(tt.to), toBefore); !got.Eq(tt.value) {
				t.Fatalf("destination credited %v, want %v", got, tt.value)
			}
			if !c.Balance(addr).IsZero() {
				t.Fatalf("precompile kept %v", c.Balance(addr))
			}
			checkEvent(t, res.Logs, alice, tt.to, tt.value)
		})
	}
}

func checkEvent(t *testing.T, logs []*types.Log, from, to common.Address, value *uint256.Int) {
	t.Helper()
	if len(logs) != 1 {
		t.Fatalf("%d logs, want 1", len(logs))
	}
	l := logs[0]
	if l.Address != addr {
		t.Fatalf("log from %v", l.Address)
	}
	if l.Topics[0] != crypto.Keccak256Hash([]byte("Transfer(address,address,uint256)")) {
		t.Fatalf("topic0 %v", l.Topics[0])
	}
	ev, err := bt.UnpackTransferEvent(l)
	if err != nil {
		t.Fatal(err)
	}
	if ev.From != from || ev.To != to || ev.Value.Cmp(value.ToBig()) != 0 {
		t.Fatalf("event %+v, want %v -> %v %v", ev, from, to, value)
	}
}

// TestCallKinds: only a CALL outside a static context moves funds; a
// DELEGATECALL or CALLCODE cannot spend the calling contract's balance.
func TestCallKinds(t *testing.T) {
	value := big.NewInt(1e18)
	tests := []struct {
		name    string
		outer   func() []byte
		wantErr error
	}{
		{"call", func() []byte { return caller.PackRawCall(addr, bt.PackTransfer(key(bob)), value) }, nil},
		{"staticcall", func() []byte { return caller.PackRawStaticCall(addr, bt.PackTransfer(key(bob))) }, precompile.ErrStaticCallNotAllowed},
		{"delegatecall", func() []byte { return caller.PackRawDelegateCall(addr, bt.PackTransfer(key(bob))) }, precompile.ErrDelegateCallNotAllowed},
		{"callcode", func() []byte { return caller.PackRawCallCode(addr, bt.PackTransfer(key(bob)), value) }, precompile.ErrDelegateCallNotAllowed},
		{"call inside staticcall", func() []byte { return caller.PackCallInsideStatic(addr, bt.PackTransfer(key(bob))) }, precompile.ErrStaticCallNotAllowed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, harness := newChain(t)
			harnessBefore := c.Balance(harness).Clone()
			bobBefore := c.Balance(bob).Clone()
			res := c.Tx(alice, &harness, tt.outer(), nil)
			if res.Err != nil {
				t.Fatalf("harness: %v", res.Err)
			}
			out, err := caller.UnpackRawCall(res.Ret)
			if err != nil {
				t.Fatal(err)
			}
			if tt.wantErr == nil {
				if !out.Ok {
					t.Fatalf("reverted: %v", decode(t, out.Ret))
				}
				v, _ := uint256.FromBig(value)
				if got := new(uint256.Int).Sub(c.Balance(bob), bobBefore); !got.Eq(v) {
					t.Fatalf("bob got %v", got)
				}
				checkEvent(t, res.Logs, harness, bob, v)
				return
			}
			if out.Ok {
				t.Fatal("succeeded, want a revert")
			}
			if err := decode(t, out.Ret); !errors.Is(err, tt.wantErr) {
				t.Fatalf("reverted with %v, want %v", err, tt.wantErr)
			}
			if !c.Balance(harness).Eq(harnessBefore) || !c.Balance(bob).Eq(bobBefore) || len(res.Logs) != 0 {
				t.Fatal("funds moved or logs emitted")
			}
		})
	}
}

// TestSolidityInterface calls the precompile through IBalanceTransfer from a
// contract (a high-level call, which needs code at 0x800).
func TestSolidityInterface(t *testing.T) {
	c, harness := newChain(t)
	v := precompiletest.TAO(2)
	res := c.Tx(alice, &harness, caller.PackTransferVia(key(bob)), v)
	if res.Err != nil {
		t.Fatalf("transferVia: %v", res.Err)
	}
	if !c.Balance(bob).Eq(v) {
		t.Fatalf("bob has %v", c.Balance(bob))
	}
	checkEvent(t, res.Logs, harness, bob, v)

	// Without code at the address Solidity's extcodesize check reverts:
	// this is why genesis gives the account code 0xFE.
	c.State.SetCode(addr, nil, 0)
	res = c.Tx(alice, &harness, caller.PackTransferVia(key(bob)), v)
	if !errors.Is(res.Err, vm.ErrExecutionReverted) {
		t.Fatalf("without code: %v, want the extcodesize revert", res.Err)
	}
}

// TestGas: the call costs exactly GasTransfer, documented as
// 9000 + 25000 + LogGas(3, 32), whether it succeeds or reverts, and a revert
// returns the rest.
func TestGas(t *testing.T) {
	if want := uint64(9000 + 25000 + 375 + 3*375 + 8*32); balancetransfer.GasTransfer != want {
		t.Fatalf("GasTransfer = %d, want %d", balancetransfer.GasTransfer, want)
	}
	badKey := key(bob)
	badKey[3] = 9
	for name, input := range map[string][]byte{"ok": bt.PackTransfer(key(bob)), "revert": bt.PackTransfer(badKey)} {
		c, _ := newChain(t)
		res := c.Call(alice, addr, input, uint256.NewInt(1), 1_000_000)
		if res.GasUsed != balancetransfer.GasTransfer {
			t.Errorf("%s: used %d, want %d", name, res.GasUsed, balancetransfer.GasTransfer)
		}
	}
	c, _ := newChain(t)
	res := c.Call(alice, addr, bt.PackTransfer(key(bob)), uint256.NewInt(1), balancetransfer.GasTransfer-1)
	if !errors.Is(res.Err, vm.ErrOutOfGas) || !c.Balance(bob).IsZero() {
		t.Fatalf("one gas short: %v, bob %v", res.Err, c.Balance(bob))
	}
}

// TestAccessListWarming: after Prepare the precompile is warm, so a CALL to
// it costs 2500 gas less (cold 2600, warm 100) than without the warming
// wrapper.
func TestAccessListWarming(t *testing.T) {
	input := caller.PackMeasureCall(addr, bt.PackTransfer(key(bob)), big.NewInt(0))
	measure := func(noWarm bool) uint64 {
		c, harness := newChain(t)
		c.NoWarm = noWarm
		res := c.Tx(alice, &harness, input, nil)
		if res.Err != nil {
			t.Fatal(res.Err)
		}
		out, err := caller.UnpackMeasureCall(res.Ret)
		if err != nil || !out.Ok {
			t.Fatalf("measureCall: %v ok=%v", err, out.Ok)
		}
		return out.Used.Uint64()
	}
	warm, cold := measure(false), measure(true)
	if cold-warm != 2500 {
		t.Fatalf("cold %d - warm %d = %d, want 2500", cold, warm, cold-warm)
	}
	// A warm CALL without value costs 100 plus the precompile's gas plus the
	// few opcodes between the two GAS readings in measureCall.
	if warm < 100+balancetransfer.GasTransfer || warm > 100+balancetransfer.GasTransfer+100 {
		t.Fatalf("warm call cost %d, want about %d", warm, 100+balancetransfer.GasTransfer)
	}
}

// TestEIP158: touching the precompile account with an empty transfer does
// not delete it (nonce 1, code 0xFE), while an empty destination touched the
// same way is deleted.
func TestEIP158(t *testing.T) {
	c, _ := newChain(t)
	fresh := common.Address{0x99}
	res := c.Tx(alice, &addr, bt.PackTransfer(key(fresh)), nil)
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	if !c.State.Exist(addr) || c.State.GetNonce(addr) != 1 || len(c.State.GetCode(addr)) != 1 {
		t.Fatal("the precompile account was deleted or changed")
	}
	if c.State.Exist(fresh) {
		t.Fatal("control: an empty touched account must be deleted by EIP-158")
	}
}

// TestABICoverage checks the dispatch table against the ABI.
func TestABICoverage(t *testing.T) {
	precompiletest.CheckCoverage(t, balancetransfer.Definition())
	h := balancetransfer.Definition().Handlers()
	if len(h) != 1 || h[0].Selector != [4]byte{0xcd, 0x6f, 0x4e, 0xb1} || h[0].Mutability != precompile.MutPayable {
		t.Fatalf("handlers %+v, want transfer(bytes32) payable at 0xcd6f4eb1", h)
	}
}

// TestBindingsRoundTrip: the bindings' packed call goes through the
// dispatcher, and every revert decodes with the bindings.
func TestBindingsRoundTrip(t *testing.T) {
	c, _ := newChain(t)
	res := c.Tx(alice, &addr, bt.PackTransfer(key(bob)), uint256.NewInt(3))
	if res.Err != nil || len(res.Ret) != 0 {
		t.Fatalf("transfer: %v ret %x", res.Err, res.Ret)
	}
	bad := key(bob)
	bad[11] = 1
	res = c.Tx(alice, &addr, bt.PackTransfer(bad), uint256.NewInt(3))
	e, err := bt.UnpackError(res.Ret)
	if err != nil {
		t.Fatal(err)
	}
	ik, ok := e.(*bindings.IBalanceTransferInvalidKey)
	if !ok || ik.Key != bad {
		t.Fatalf("decoded %#v, want InvalidKey(%x)", e, bad)
	}
	res = c.Tx(alice, &addr, bt.PackTransfer(key(addr)), uint256.NewInt(3))
	e, err = bt.UnpackError(res.Ret)
	if err != nil {
		t.Fatal(err)
	}
	if d, ok := e.(*bindings.IBalanceTransferInvalidDestination); !ok || d.To != addr {
		t.Fatalf("decoded %#v, want InvalidDestination(%v)", e, addr)
	}
}
