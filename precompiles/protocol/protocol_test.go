package protocol_test

import (
	"errors"
	"math"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/holiman/uint256"

	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/precompile/precompiletest"
	"github.com/taoevm/taoevm/precompiles/protocol"
)

func newState(t *testing.T) *state.StateDB {
	t.Helper()
	return precompiletest.New(t).State
}

// TestParamsDefaultsAndGenesis: a state without genesis reads the defaults;
// written parameters, zero included, read back; GenesisStorage and
// WriteParams produce the same words.
func TestParamsDefaultsAndGenesis(t *testing.T) {
	if err := protocol.DefaultParams().Validate(); err != nil {
		t.Fatal(err)
	}
	st := newState(t)
	if protocol.SubnetLimit.Get(st) != 128 || protocol.MinLockCost.Get(st) != 100e9 || !protocol.DefaultCommitReveal.Get(st) ||
		protocol.TaoWeight.Get(st) != 3_320_413_933_267_719_290 || protocol.NetworkRateLimit.Get(st) != 7200 {
		t.Fatal("defaults")
	}
	p := protocol.DefaultParams()
	p.SubnetLimit = 1024
	p.NetworkRateLimit = 0 // zero is storable
	p.DefaultCommitReveal = false
	p.MaxSupply = math.MaxUint64
	if err := protocol.WriteParams(st, p); err != nil {
		t.Fatal(err)
	}
	if protocol.SubnetLimit.Get(st) != 1024 || protocol.NetworkRateLimit.Get(st) != 0 || protocol.DefaultCommitReveal.Get(st) || protocol.MaxSupply.Get(st) != math.MaxUint64 {
		t.Fatal("written values do not read back")
	}
	if protocol.NetworkRateLimit.Default() != 7200 || protocol.NetworkRateLimit.Name() != "NetworkRateLimit" {
		t.Fatal("handle metadata")
	}
	gs := protocol.GenesisStorage(p)
	if len(gs) != 51 {
		t.Fatalf("%d genesis words", len(gs))
	}
	for k, v := range gs {
		if st.GetState(protocol.StorageAddress, k) != v {
			t.Fatalf("slot %x differs between GenesisStorage and WriteParams", k)
		}
	}
	if w := gs[protocol.SubnetLimit.Slot().Hash()]; w[0] != 1 || w[30] != 0x04 || w[31] != 0 {
		t.Fatalf("SubnetLimit word %x", w)
	}
}

// TestParamsValidate: each bound refuses.
func TestParamsValidate(t *testing.T) {
	tests := []struct {
		name string
		mod  func(*protocol.Params)
	}{
		{"cap zero", func(p *protocol.Params) { p.SubnetLimit = 0 }},
		{"cap above 1024", func(p *protocol.Params) { p.SubnetLimit = 1025 }},
		{"min lock below the minimum reserve", func(p *protocol.Params) { p.MinLockCost = 999_999 }},
		{"zero lock interval", func(p *protocol.Params) { p.LockReductionInterval = 0 }},
		{"uid limit above 4096", func(p *protocol.Params) { p.MaxAllowedUidsLimit = 4097 }},
		{"default uids above limit", func(p *protocol.Params) { p.DefaultMaxAllowedUids = 4096; p.MaxAllowedUidsLimit = 1024 }},
		{"burn outside bounds", func(p *protocol.Params) { p.DefaultBurn = p.DefaultMaxBurn + 1 }},
		{"burn multiplier below 1", func(p *protocol.Params) { p.DefaultBurnIncreaseMult = 999_999_999 }},
		{"alpha low above high", func(p *protocol.Params) { p.DefaultAlphaLow = p.DefaultAlphaHigh + 1 }},
		{"take above max", func(p *protocol.Params) { p.DefaultTake = p.MaxTake + 1 }},
		{"fee above max", func(p *protocol.Params) { p.FeeRate = 10001 }},
		{"moving base rate above 1", func(p *protocol.Params) { p.MovingBaseRate = 1e18 + 1 }},
		{"zero tempo", func(p *protocol.Params) { p.DefaultTempo = 0 }},
	}
	for _, tt := range tests {
		p := protocol.DefaultParams()
		tt.mod(&p)
		if err := p.Validate(); !errors.Is(err, protocol.ErrInvalidParams) {
			t.Errorf("%s: %v", tt.name, err)
		}
		if err := protocol.WriteParams(newState(t), p); !errors.Is(err, protocol.ErrInvalidParams) {
			t.Errorf("%s: WriteParams %v", tt.name, err)
		}
	}
}

// TestNetRows: two netuids share a word without disturbing each other, and
// root's moving price is fixed at 1.0.
func TestNetRows(t *testing.T) {
	st := newState(t)
	st.SetNonce(protocol.StorageAddress, 1, tracing.NonceChangeGenesis)
	protocol.SetNetRow(st, 4, 100, 7)
	protocol.SetNetRow(st, 5, 200, 9)
	protocol.SetMovingPrice(st, 4, 11)
	for _, tt := range []struct{ netuid, reg, price uint16 }{{4, 100, 11}, {5, 200, 9}, {6, 0, 0}} {
		reg, price := protocol.NetRow(st, tt.netuid)
		if reg != uint64(tt.reg) || price != uint64(tt.price) || protocol.RegisteredAt(st, tt.netuid) != reg || protocol.MovingPrice(st, tt.netuid) != price {
			t.Fatalf("netuid %d: %d %d", tt.netuid, reg, price)
		}
	}
	protocol.SetMovingPrice(st, 0, 5)
	if protocol.MovingPrice(st, 0) != 1e18 {
		t.Fatal("root moving price")
	}
	if protocol.Exists(st, 4) || !protocol.Exists(st, 0) {
		t.Fatal("existence follows the generation")
	}
	protocol.SetGeneration(st, 4, 2)
	if k := protocol.Current(st, 4); k != (protocol.NetKey{Netuid: 4, Gen: 2}) || !protocol.Exists(st, 4) {
		t.Fatalf("key %+v", k)
	}
	var base precompile.Slot
	if (protocol.NetKey{Netuid: 4, Gen: 1}).Slot(base) == (protocol.NetKey{Netuid: 4, Gen: 2}).Slot(base) {
		t.Fatal("generations share a slot")
	}
}

// TestHotkeysAndMoney: hotkey claims, recycling and payments.
func TestHotkeysAndMoney(t *testing.T) {
	st := newState(t)
	st.SetNonce(protocol.StorageAddress, 1, tracing.NonceChangeGenesis)
	hk, a, b := common.Address{1}, common.Address{2}, common.Address{3}
	if fresh, err := protocol.ClaimHotkey(st, hk, a); !fresh || err != nil {
		t.Fatal(fresh, err)
	}
	if fresh, err := protocol.ClaimHotkey(st, hk, a); fresh || err != nil {
		t.Fatal(fresh, err)
	}
	if _, err := protocol.ClaimHotkey(st, hk, b); !errors.Is(err, protocol.ErrNotHotkeyOwner) {
		t.Fatal(err)
	}
	protocol.SetTotalIssuance(st, 1000)
	if err := protocol.AddRecycled(st, 300); err != nil || protocol.TotalRecycled(st) != 300 || protocol.TotalIssuance(st) != 700 {
		t.Fatal("recycling")
	}
	if err := protocol.AddRecycled(st, math.MaxUint64); !errors.Is(err, protocol.ErrAmountOverflow) || protocol.TotalRecycled(st) != 300 {
		t.Fatalf("recycled overflow: %v", err)
	}
	if err := protocol.AddRecycled(st, 900); err != nil || protocol.TotalIssuance(st) != 0 {
		t.Fatal("issuance floors at zero")
	}
	st.AddBalance(a, protocol.RaoToWei(5), tracing.BalanceChangeUnspecified)
	bk := testBank{st}
	err := protocol.Pay(bk, a, b, 6)
	var re *precompile.RevertError
	if !errors.Is(err, protocol.ErrInsufficientBalance) || !errors.As(err, &re) {
		t.Fatalf("short payment: %v", err)
	}
	if err := protocol.Pay(bk, a, b, 5); err != nil || !st.GetBalance(b).Eq(uint256.NewInt(5e9)) || !st.GetBalance(a).IsZero() {
		t.Fatalf("payment: %v", err)
	}
	if len(protocol.ErrorMappings()) != 15 {
		t.Fatal("every ITaoErrors error is mapped")
	}
}

type testBank struct{ *state.StateDB }

func (b testBank) Transfer(from, to common.Address, amount *uint256.Int) error {
	b.SubBalance(from, amount, tracing.BalanceChangeTransfer)
	b.AddBalance(to, amount, tracing.BalanceChangeTransfer)
	return nil
}

// FuzzNetSlot: the memoised first step of NetKey.Slot always equals the
// keccak it replaces, also when entries of different fields and netuids
// evict each other, and NetKey.Slot is the two-level mapping entry.
func FuzzNetSlot(f *testing.F) {
	f.Add([]byte("staking.stake"), uint16(1), uint16(1025), uint64(3))
	f.Add([]byte("x"), uint16(0), uint16(16384), uint64(0))
	f.Fuzz(func(t *testing.T, name []byte, a, b uint16, gen uint64) {
		ns := precompile.NewNamespace("fuzz")
		base := ns.Field(string(name))
		other := ns.Field(string(name) + "'")
		for range 2 { // a miss, then a hit
			for _, n := range []uint16{a, b, a ^ b} {
				if got, want := protocol.NetSlot(base, n), base.Uint(uint64(n)); got != want {
					t.Fatalf("NetSlot(%x, %d) = %x, want %x", base, n, got, want)
				}
				if got, want := protocol.NetSlot(other, n), other.Uint(uint64(n)); got != want {
					t.Fatalf("NetSlot(%x, %d) = %x, want %x", other, n, got, want)
				}
				k := protocol.NetKey{Netuid: n, Gen: gen}
				if got, want := k.Slot(base), base.Uint(uint64(n)).Uint(gen); got != want {
					t.Fatalf("NetKey.Slot %x, want %x", got, want)
				}
			}
		}
	})
}

// TestNetSlotConcurrent: concurrent lookups of colliding entries always
// return the keccak (run with -race to check the memo's synchronisation).
func TestNetSlotConcurrent(t *testing.T) {
	ns := precompile.NewNamespace("concurrent")
	bases := []precompile.Slot{ns.Field("a"), ns.Field("b"), ns.Field("c")}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 3000 {
				base, n := bases[(i+g)%len(bases)], uint16(i%1025)
				if protocol.NetSlot(base, n) != base.Uint(uint64(n)) {
					t.Error("wrong slot")
					return
				}
				gen := uint64(i % 3)
				if (protocol.NetKey{Netuid: n, Gen: gen}).Slot(base) != base.Uint(uint64(n)).Uint(gen) {
					t.Error("wrong NetKey slot")
					return
				}
			}
		}()
	}
	wg.Wait()
}
