package registry_test

import (
	"bytes"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/holiman/uint256"

	"github.com/taoevm/taoevm/precompiles/pools"
	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/precompile/precompiletest"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/registry"
)

func TestGenesisAlloc(t *testing.T) {
	alloc := registry.GenesisAlloc()
	addrs := registry.Addresses()
	if len(alloc) != len(addrs) || len(addrs) == 0 {
		t.Fatalf("%d accounts for %d precompiles", len(alloc), len(addrs))
	}
	for i, a := range addrs {
		if i > 0 && bytes.Compare(addrs[i-1][:], a[:]) >= 0 {
			t.Errorf("addresses not strictly ascending at %v", a)
		}
		if !precompile.IsNativeAddress(a) {
			t.Errorf("%v is outside the native range", a)
		}
		acc, ok := alloc[a]
		if !ok {
			t.Errorf("%v has no genesis account", a)
			continue
		}
		wantStorage := 0
		if a == protocol.StorageAddress {
			wantStorage = len(protocol.GenesisStorage(protocol.DefaultParams()))
		}
		if acc.Nonce != 1 || !bytes.Equal(acc.Code, []byte{0xfe}) || acc.Balance == nil || acc.Balance.Sign() != 0 || len(acc.Storage) != wantStorage {
			t.Errorf("%v: account %+v, want nonce 1, code 0xfe, zero balance, %d storage words", a, acc, wantStorage)
		}
	}
}

func TestDefinitionsCoverABIs(t *testing.T) {
	for _, d := range registry.Definitions() {
		t.Run(d.Name(), func(t *testing.T) { precompiletest.CheckCoverage(t, d) })
	}
}

// TestNewEVM checks that each EVM runs go-ethereum's active precompiles
// plus the native ones, and that its StateDB warms the native addresses.
func TestNewEVM(t *testing.T) {
	c := precompiletest.New(t, registry.Definitions()...)
	evm := registry.NewEVM(c.BlockContext(), c.State, c.Config, vm.Config{})
	rules := evm.GetRules()
	const budget = 1_000_000
	for _, addr := range vm.ActivePrecompiles(rules) {
		// A precompile charges gas even for empty input; an account without
		// code would not.
		_, left, _ := evm.Call(common.Address{1}, addr, nil, vm.NewGasBudget(budget, 0), new(uint256.Int))
		if left.ExecutionGas == budget {
			t.Errorf("geth precompile %v did not run", addr)
		}
	}
	for _, d := range registry.Definitions() {
		ret, left, err := evm.Call(common.Address{1}, d.Address(), []byte{1, 2, 3, 4}, vm.NewGasBudget(budget, 0), new(uint256.Int))
		if !errors.Is(err, vm.ErrExecutionReverted) || !errors.Is(d.DecodeRevert(ret), precompile.ErrUnknownSelector) {
			t.Errorf("%s: %v %x, want UnknownSelector", d.Name(), err, ret)
		}
		if budget-left.ExecutionGas != precompile.FailureGas {
			t.Errorf("%s: used %d", d.Name(), budget-left.ExecutionGas)
		}
	}
	pcs := registry.Precompiles(evm)
	if len(pcs) != len(vm.ActivePrecompiles(rules))+len(registry.Definitions()) {
		t.Fatalf("Precompiles has %d entries", len(pcs))
	}
	other := registry.Precompiles(registry.NewEVM(c.BlockContext(), c.State, c.Config, vm.Config{}))
	for _, d := range registry.Definitions() {
		p, ok := pcs[d.Address()].(*precompile.Contract)
		if !ok {
			t.Fatalf("%s not installed", d.Name())
		}
		if p == other[d.Address()] {
			t.Fatalf("%s: two EVMs share one instance", d.Name())
		}
	}
	evm.StateDB.Prepare(rules, common.Address{1}, common.Address{2}, nil, vm.ActivePrecompiles(rules), nil)
	for _, addr := range registry.Addresses() {
		if !evm.StateDB.AddressInAccessList(addr) {
			t.Errorf("%v not warm after Prepare", addr)
		}
	}
	if evm.Context.BlockNumber.Cmp(new(big.Int).SetUint64(c.Number)) != 0 {
		t.Fatal("block context not kept")
	}
}

// TestBlockHooks: the native block step updates the pools' moving prices
// (the node runs registry.BlockHooks at the start of every block), and the
// hooks have distinct names.
func TestBlockHooks(t *testing.T) {
	hooks := registry.BlockHooks()
	names := map[string]bool{}
	var moving bool
	for _, h := range hooks {
		if names[h.Name()] {
			t.Errorf("duplicate hook name %q", h.Name())
		}
		names[h.Name()] = true
		if _, ok := h.(pools.MovingPriceHook); ok {
			moving = true
		}
	}
	if !moving {
		t.Fatal("the moving-price hook is not in the block step")
	}
}
