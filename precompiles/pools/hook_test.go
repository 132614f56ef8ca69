package pools_test

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/triedb"

	"github.com/taoevm/taoevm/precompiles/pools"
	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/protocol"
)

// specNext is the reference's moving-price step written as the spec states
// it, in exact rationals, rounded down once at the end:
//
//	α = base/1e18 · age/(age + h),  next = ⌊α·min(spot, 1) + (1 − α)·prev⌋
func specNext(prev, spot, age, base, h uint64) uint64 {
	one := new(big.Rat).SetInt64(1)
	alpha := new(big.Rat).SetFrac(new(big.Int).SetUint64(base), big.NewInt(1e18))
	alpha.Mul(alpha, new(big.Rat).SetFrac(new(big.Int).SetUint64(age), new(big.Int).SetUint64(age+h)))
	s := new(big.Rat).SetUint64(min(spot, 1e18))
	rest := new(big.Rat).Sub(one, alpha)
	v := new(big.Rat).Mul(alpha, s)
	v.Add(v, rest.Mul(rest, new(big.Rat).SetUint64(prev)))
	q := new(big.Int).Quo(v.Num(), v.Denom())
	return q.Uint64()
}

// runBlock runs the registered hook as the executor does, at block n.
func runBlock(t testing.TB, st *state.StateDB, n uint64) {
	t.Helper()
	env := &precompile.BlockEnv{Header: &types.Header{Number: new(big.Int).SetUint64(n)}, State: st}
	if err := (pools.MovingPriceHook{}).OnBlock(env); err != nil {
		t.Fatal(err)
	}
}

// hookState is a state with the protocol parameters p and one subnet per
// pool in reserves (netuid i+1, generation 1), registered at regs[i].
func hookState(t testing.TB, p protocol.Params, reserves [][2]uint64, regs []uint64) *state.StateDB {
	t.Helper()
	st, err := state.New(types.EmptyRootHash, state.NewDatabase(triedb.NewDatabase(rawdb.NewMemoryDatabase(), nil), nil))
	if err != nil {
		t.Fatal(err)
	}
	st.SetNonce(protocol.StorageAddress, 1, tracing.NonceChangeGenesis)
	st.SetNonce(pools.Address, 1, tracing.NonceChangeGenesis)
	if err := protocol.WriteParams(st, p); err != nil {
		t.Fatal(err)
	}
	for i, r := range reserves {
		id := uint16(i + 1)
		protocol.SetGeneration(st, id, 1)
		protocol.SetNetRow(st, id, regs[i], 0)
		if err := pools.Seed(st, protocol.NetKey{Netuid: id, Gen: 1}, r[0], r[1]); err != nil {
			t.Fatal(err)
		}
	}
	protocol.SetTotalNetworks(st, uint16(len(reserves)))
	return st
}

// TestMovingPriceHook: every block, each subnet's moving price takes one
// step of the reference's EMA toward its spot capped at 1.0, with the
// warm-up counted from its registration, exactly; a subnet registered in
// the current block is not touched yet; root stays 1.0.
func TestMovingPriceHook(t *testing.T) {
	for _, tc := range []struct {
		name     string
		base, h  uint64
		blocks   uint64
		converge bool // each price rises every block and ends within 1% of its capped spot
	}{
		{name: "defaults", base: 3_000_000_000_000, h: 201_600, blocks: 200},
		{name: "fast", base: 100_000_000_000_000_000, h: 20, blocks: 400, converge: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := protocol.DefaultParams()
			p.MovingBaseRate, p.MovingHalvingBlocks = tc.base, tc.h
			// Spots 3 (capped at 1), 0.5, 0.25; the third registered at block 10.
			reserves := [][2]uint64{{300 * tao, 100 * tao}, {50 * tao, 100 * tao}, {25 * tao, 100 * tao}}
			regs := []uint64{1, 1, 10}
			spots := []uint64{1e18, 5e17, 25e16}
			st := hookState(t, p, reserves, regs)
			want := make([]uint64, len(reserves))
			for b := uint64(2); b <= tc.blocks; b++ {
				runBlock(t, st, b)
				for i := range want {
					if b > regs[i] {
						next := specNext(want[i], spots[i], b-regs[i], tc.base, tc.h)
						if next <= want[i] && want[i] < spots[i] && tc.converge {
							t.Fatalf("block %d subnet %d: price %d did not rise toward %d", b, i+1, next, spots[i])
						}
						want[i] = next
					}
					got := protocol.MovingPrice(st, uint16(i+1))
					if got != want[i] {
						t.Fatalf("block %d subnet %d: moving price %d, want %d", b, i+1, got, want[i])
					}
					if got > spots[i] {
						t.Fatalf("block %d subnet %d: moving price %d above the capped spot %d", b, i+1, got, spots[i])
					}
				}
			}
			for i := range want {
				if want[i] == 0 {
					t.Fatalf("subnet %d never moved", i+1)
				}
				if tc.converge && want[i] < spots[i]-spots[i]/100 {
					t.Fatalf("subnet %d: %d not within 1%% of %d after %d blocks", i+1, want[i], spots[i], tc.blocks)
				}
			}
			if protocol.MovingPrice(st, 0) != 1e18 {
				t.Fatal("root moving price changed")
			}
			// The registration block of subnet 3 (10) left it at 0 until block 11.
			st2 := hookState(t, p, reserves, regs)
			runBlock(t, st2, 10)
			if protocol.MovingPrice(st2, 3) != 0 || protocol.MovingPrice(st2, 1) == 0 {
				t.Fatal("a subnet registered in the current block moved, or an older one did not")
			}
		})
	}
}

// TestMovingPriceHookGenerations: after a netuid is reused, the hook prices
// the new generation's pool with the warm-up restarted at its registration.
func TestMovingPriceHookGenerations(t *testing.T) {
	p := protocol.DefaultParams()
	st := hookState(t, p, [][2]uint64{{10 * tao, 100 * tao}}, []uint64{1})
	// Generation 2 at block 50 with spot 1.0 (the registration rewrites the row).
	protocol.SetGeneration(st, 1, 2)
	protocol.SetNetRow(st, 1, 50, 0)
	if err := pools.Seed(st, protocol.NetKey{Netuid: 1, Gen: 2}, 100*tao, 100*tao); err != nil {
		t.Fatal(err)
	}
	runBlock(t, st, 51)
	if got, want := protocol.MovingPrice(st, 1), specNext(0, 1e18, 1, p.MovingBaseRate, p.MovingHalvingBlocks); got != want || want == 0 {
		t.Fatalf("moving price %d, want %d (generation 2, age 1)", got, want)
	}
}

// TestMovingPriceHookAllocs: the hook derives no storage slot again in
// steady state (NetKey slots are memoised): at most two allocations per
// subnet and block (without the memo it made four).
func TestMovingPriceHookAllocs(t *testing.T) {
	const n = 256
	reserves := make([][2]uint64, n)
	regs := make([]uint64, n)
	for i := range reserves {
		reserves[i], regs[i] = [2]uint64{uint64(i+1) * tao, 500 * tao}, 1
	}
	st := hookState(t, protocol.DefaultParams(), reserves, regs)
	block := uint64(2)
	runBlock(t, st, block)
	allocs := testing.AllocsPerRun(20, func() {
		block++
		runBlock(t, st, block)
	})
	if allocs > 2*n {
		t.Fatalf("%.0f allocations per block for %d subnets", allocs, n)
	}
}

// BenchmarkMovingPriceHook is the hook's cost per block at the hard cap of
// 1024 subnets (the state is in memory and warm, as in a block after the
// first).
func BenchmarkMovingPriceHook(b *testing.B) {
	for _, n := range []int{128, int(protocol.MaxSubnetLimit)} {
		b.Run(fmt.Sprintf("subnets=%d", n), func(b *testing.B) {
			p := protocol.DefaultParams()
			p.SubnetLimit = protocol.MaxSubnetLimit
			reserves := make([][2]uint64, n)
			regs := make([]uint64, n)
			for i := range reserves {
				reserves[i] = [2]uint64{uint64(i+1) * tao, 500 * tao}
				regs[i] = 1
			}
			st := hookState(b, p, reserves, regs)
			runBlock(b, st, 2)
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				runBlock(b, st, uint64(3+i))
			}
		})
	}
}
