package neurons_test

import (
	"encoding/binary"
	"math"
	"math/bits"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/taoevm/taoevm/precompiles/neurons"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/subnets"
)

// memState is a plain storage map for tests of storage helpers.
type memState map[common.Address]map[common.Hash]common.Hash

func (m memState) GetState(a common.Address, k common.Hash) common.Hash { return m[a][k] }

func (m memState) SetState(a common.Address, k, v common.Hash) common.Hash {
	if m[a] == nil {
		m[a] = make(map[common.Hash]common.Hash)
	}
	prev := m[a][k]
	m[a][k] = v
	return prev
}

// FuzzBurn checks the registration burn the neurons module charges
// (subnets.CurrentBurn and RaiseBurn): it stays in [min, max], never rises
// with time, halves exactly every half-life, stays within 1e-6 (plus 2 rao)
// of B·2^(−Δ/H), and a registration raises it by the multiplier.
func FuzzBurn(f *testing.F) {
	f.Add(uint64(1e9), uint64(0), uint16(360), uint64(500_000), uint64(100e9), uint64(1_260_000_000))
	f.Add(uint64(1e9), uint64(360), uint16(360), uint64(500_000), uint64(100e9), uint64(1_260_000_000))
	f.Add(uint64(1e9), uint64(7), uint16(360), uint64(0), uint64(math.MaxUint64), uint64(1e9))
	f.Add(uint64(100e9), uint64(100_000), uint16(1), uint64(1), uint64(100e9), uint64(5e9))
	f.Add(uint64(math.MaxUint64), uint64(359), uint16(36100), uint64(0), uint64(math.MaxUint64), uint64(math.MaxUint64))
	f.Fuzz(func(t *testing.T, b, delta uint64, half uint16, lo, hi, mult uint64) {
		if half == 0 || lo > hi || mult < 1e9 || delta > 1<<40 {
			t.Skip()
		}
		st := memState{}
		k := protocol.NetKey{Netuid: 3, Gen: 1}
		subnets.Set(st, k, subnets.HBurnHalfLife, uint64(half))
		subnets.Set(st, k, subnets.HMinBurn, lo)
		subnets.Set(st, k, subnets.HMaxBurn, hi)
		subnets.Set(st, k, subnets.HBurnIncreaseMult, mult)
		const at = 1000
		subnets.SetBurn(st, k, b, at)
		clamp := func(v uint64) uint64 { return min(max(v, lo), hi) }

		got := subnets.CurrentBurn(st, k, at+delta)
		if got < lo || got > hi {
			t.Fatalf("burn %d outside [%d, %d]", got, lo, hi)
		}
		if next := subnets.CurrentBurn(st, k, at+delta+1); next > got {
			t.Fatalf("burn rose with time: %d then %d", got, next)
		}
		if subnets.CurrentBurn(st, k, at) != clamp(b) {
			t.Fatal("no decay at Δ=0 must give the clamped stored burn")
		}
		if h := uint64(half); delta%h == 0 && delta/h < 64 {
			if want := clamp(b >> (delta / h)); got != want {
				t.Fatalf("after %d half-lives %d, want %d", delta/h, got, want)
			}
		}
		exact := float64(b) * math.Exp2(-float64(delta)/float64(half))
		if exact >= float64(lo) && exact <= float64(hi) {
			if diff := math.Abs(float64(got) - exact); diff > exact*1e-6+2 {
				t.Fatalf("burn %d, exact %.1f (Δ=%d, H=%d)", got, exact, delta, half)
			}
		}

		raised := subnets.RaiseBurn(st, k, at+delta)
		want := clamp(uint64(math.MaxUint64))
		if hiP, loP := mulDiv(got, mult, 1e9); hiP == 0 {
			want = clamp(loP)
		}
		if raised != want || raised < got {
			t.Fatalf("raised %d from %d ×%d, want %d", raised, got, mult, want)
		}
		if subnets.CurrentBurn(st, k, at+delta) != raised {
			t.Fatal("the raised burn is not current in its block")
		}
	})
}

// mulDiv returns a·b/d as (overflow, value) for d ≤ 2^64.
func mulDiv(a, b, d uint64) (uint64, uint64) {
	hi, lo := mul64(a, b)
	if hi >= d {
		return 1, 0
	}
	q, _ := div64(hi, lo, d)
	return 0, q
}

// FuzzWeightsNormalisation sets a validator's weights from fuzzed values
// and checks the stored row: the largest weight becomes 65535, every
// weight is within one of round(v·65535/max), zeros stay zero, order is
// kept, and the uids are stored as given.
func FuzzWeightsNormalisation(f *testing.F) {
	f.Add([]byte{0, 1, 0, 2, 0, 4})
	f.Add([]byte{0xff, 0xff, 0, 0, 0x80, 0})
	f.Add([]byte{0, 0, 0, 0})
	f.Add([]byte{0, 3, 0, 3, 0, 3, 0, 1})
	f.Add([]byte{0x7f, 0xff, 0x80, 0x00, 0x80, 0x01})
	f.Fuzz(func(t *testing.T, raw []byte) {
		n := len(raw) / 2
		if n == 0 || n > 4 {
			t.Skip()
		}
		vals := make([]uint16, n)
		uids := make([]uint16, n)
		for i := range vals {
			vals[i] = binary.BigEndian.Uint16(raw[2*i:])
			uids[i] = uint16(4 - i)
		}
		e, k := weightsEnv(t)
		e.ok(hot(1), nb.PackSetWeights(1, uids, vals, 0))
		row := neurons.LoadWeights(e.c.State, k, 1)
		var m uint16
		for _, v := range vals {
			m = max(m, v)
		}
		exact := upscaled(vals)
		for i, ent := range row {
			if ent.UID != uids[i] {
				t.Fatalf("uid %d stored as %d", uids[i], ent.UID)
			}
			d := int(ent.Value) - int(exact[i])
			if d < -1 || d > 1 {
				t.Fatalf("weight %d → %d, exact %d (max %d)", vals[i], ent.Value, exact[i], m)
			}
			if vals[i] == 0 && ent.Value != 0 {
				t.Fatal("a zero weight became positive")
			}
			if m > 0 && vals[i] == m && ent.Value != 65535 {
				t.Fatalf("the largest weight stored as %d", ent.Value)
			}
			for j := range row {
				if vals[i] < vals[j] && ent.Value > row[j].Value {
					t.Fatal("upscaling changed the order")
				}
			}
		}
	})
}

func mul64(a, b uint64) (uint64, uint64)      { return bits.Mul64(a, b) }
func div64(hi, lo, d uint64) (uint64, uint64) { return bits.Div64(hi, lo, d) }
