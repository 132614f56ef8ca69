package swap

import (
	"errors"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/holiman/uint256"
)

// scaled spreads fuzz input over all magnitudes: raw shifted right by
// shift%64 bits.
func scaled(raw uint64, shift uint8) uint64 { return raw >> (shift % 64) }

func fuzzPool(x, y uint64, xs, ys uint8) Pool {
	return Pool{TAO: max(scaled(x, xs), MinimumReserve), Alpha: max(scaled(y, ys), MinimumReserve)}
}

func fuzzFee(f uint16) FeeRate {
	switch f % 4 {
	case 0:
		return NoFee
	case 1:
		return DefaultFeeRate
	case 2:
		return MaxFeeRate
	}
	return FeeRate(f % (uint16(MaxFeeRate) + 1))
}

// checkSwap verifies the invariants of one quote: the errors are exactly the
// documented ones, k never decreases, reserves stay above the minimum, the
// bookkeeping matches and Apply agrees.
func checkSwap(t *testing.T, p Pool, d Direction, in uint64, fee FeeRate) {
	t.Helper()
	q, err := p.Quote(d, in, fee)
	rin, rout := p.TAO, p.Alpha
	if d == Sell {
		rin, rout = rout, rin
	}
	if err != nil {
		switch {
		case errors.Is(err, ErrZeroAmount):
			if in != 0 {
				t.Fatalf("ErrZeroAmount for %d", in)
			}
		case errors.Is(err, ErrInputTooLarge):
			if in/MaxInputMultiplier < rin || (in/MaxInputMultiplier == rin && in%MaxInputMultiplier == 0) {
				t.Fatalf("ErrInputTooLarge for %d into reserve %d", in, rin)
			}
		case errors.Is(err, ErrOverflow):
			if in <= math.MaxUint64-rin {
				t.Fatalf("ErrOverflow for %d into reserve %d", in, rin)
			}
		case errors.Is(err, ErrZeroOutput), errors.Is(err, ErrReserveBelowMinimum):
		default:
			t.Fatalf("unexpected error %v", err)
		}
		return
	}
	if q.Fee > q.In || q.In != in || q.Before != p || q.Direction != d || q.FeeRate != fee {
		t.Fatalf("bad quote %+v", q)
	}
	if q.After.TAO < MinimumReserve || q.After.Alpha < MinimumReserve {
		t.Fatalf("reserve below minimum: %+v", q)
	}
	nin, nout := q.After.TAO, q.After.Alpha
	if d == Sell {
		nin, nout = nout, nin
	}
	if nin != rin+in || nout != rout-q.Out || q.Out == 0 {
		t.Fatalf("bookkeeping: %+v", q)
	}
	k0, k1 := p.Product(), q.After.Product()
	if k1.Lt(&k0) {
		t.Fatalf("k decreased: %s -> %s (%+v)", k0.Dec(), k1.Dec(), q)
	}
	// The output is the largest integer the net input pays for:
	// out·(rin+net) ≤ rout·net < (out+1)·(rin+net).
	net := q.In - q.Fee
	var lhs, rhs, den uint256.Int
	den.SetUint64(rin)
	lhs.SetUint64(net)
	den.Add(&den, &lhs)
	rhs.SetUint64(rout)
	rhs.Mul(&rhs, &lhs)
	lhs.SetUint64(q.Out)
	lhs.Mul(&lhs, &den)
	if lhs.Gt(&rhs) {
		t.Fatalf("output too large: %+v", q)
	}
	lhs.Add(&lhs, &den)
	if !lhs.Gt(&rhs) {
		t.Fatalf("output not maximal: %+v", q)
	}
	got, err := p.Apply(q)
	if err != nil || got != q.After {
		t.Fatalf("Apply = %+v, %v", got, err)
	}
	// One unit more moves the price strictly further (the limit search
	// relies on this monotonicity).
	if q2, err := p.Quote(d, in+1, fee); err == nil {
		c := cmp128Pools(q2.After, q.After)
		if (d == Buy && c <= 0) || (d == Sell && c >= 0) {
			t.Fatalf("price not strictly monotone in the input: %+v then %+v", q, q2)
		}
	}
}

func FuzzSwapInvariants(f *testing.F) {
	f.Add(uint64(100e9), uint64(100e9), uint8(0), uint8(0), uint64(1e9), uint8(0), uint16(1), true)
	f.Add(uint64(4e6), uint64(4e6), uint8(0), uint8(0), uint64(12000017), uint8(0), uint16(0), false)
	f.Add(uint64(math.MaxUint64), uint64(math.MaxUint64), uint8(0), uint8(0), uint64(math.MaxUint64), uint8(0), uint16(2), true)
	f.Add(uint64(math.MaxUint64), uint64(1), uint8(20), uint8(0), uint64(math.MaxUint64), uint8(30), uint16(3), false)
	f.Add(uint64(1e6), uint64(1e18), uint8(0), uint8(0), uint64(1e9+1), uint8(0), uint16(7), true)
	f.Fuzz(func(t *testing.T, x, y uint64, xs, ys uint8, in uint64, is uint8, fee uint16, buy bool) {
		d := Sell
		if buy {
			d = Buy
		}
		checkSwap(t, fuzzPool(x, y, xs, ys), d, scaled(in, is), fuzzFee(fee))
	})
}

// checkRoundTrip verifies that swapping in and straight back never returns
// more than was put in, and that the price moved with the trade.
func checkRoundTrip(t *testing.T, p Pool, d Direction, in uint64, fee1, fee2 FeeRate) {
	t.Helper()
	q1, err := p.Quote(d, in, fee1)
	if err != nil {
		return
	}
	back := Sell
	if d == Sell {
		back = Buy
	}
	// The price moved the trade's way.
	c := cmp128Pools(q1.After, p)
	if (d == Buy && c <= 0) || (d == Sell && c >= 0) {
		t.Fatalf("price did not move %v: %+v", d, q1)
	}
	q2, err := q1.After.Quote(back, q1.Out, fee2)
	if err != nil {
		return // the way back may be refused (zero output, minimum reserve); nothing is gained then
	}
	if q2.Out > in {
		t.Fatalf("round trip gains: in %d, back %d (%+v, %+v)", in, q2.Out, q1, q2)
	}
}

// cmp128Pools compares the spot prices of a and b exactly.
func cmp128Pools(a, b Pool) int {
	var l, r, t uint256.Int
	l.SetUint64(a.TAO)
	t.SetUint64(b.Alpha)
	l.Mul(&l, &t)
	r.SetUint64(b.TAO)
	t.SetUint64(a.Alpha)
	r.Mul(&r, &t)
	return l.Cmp(&r)
}

func FuzzRoundTrip(f *testing.F) {
	f.Add(uint64(100e9), uint64(100e9), uint8(0), uint8(0), uint64(1e9), uint8(0), uint16(0), uint16(0), true)
	f.Add(uint64(3e6), uint64(3e6), uint8(0), uint8(0), uint64(7), uint8(0), uint16(0), uint16(0), false)
	f.Add(uint64(math.MaxUint64), uint64(5e6), uint8(1), uint8(0), uint64(1e12), uint8(0), uint16(1), uint16(0), true)
	f.Fuzz(func(t *testing.T, x, y uint64, xs, ys uint8, in uint64, is uint8, fee1, fee2 uint16, buy bool) {
		d := Sell
		if buy {
			d = Buy
		}
		checkRoundTrip(t, fuzzPool(x, y, xs, ys), d, scaled(in, is), fuzzFee(fee1), fuzzFee(fee2))
	})
}

// refMax is the reference for MaxBuy/MaxSell: a plain binary search over
// every input up to the cap, using only Quote and an exact price compare.
func refMax(p Pool, d Direction, limit uint64, fee FeeRate) uint64 {
	fits := func(in uint64) bool {
		q, err := p.Quote(d, in, fee)
		if errors.Is(err, ErrZeroOutput) {
			// Zero outputs happen only below the first paying input;
			// the price test still applies to the grown input reserve.
			after := Pool{TAO: p.TAO + in, Alpha: p.Alpha}
			if d == Sell {
				after = Pool{TAO: p.TAO, Alpha: p.Alpha + in}
			}
			return withinLimit(after, d, limit)
		}
		return err == nil && withinLimit(q.After, d, limit)
	}
	rin := p.TAO
	if d == Sell {
		rin = p.Alpha
	}
	lo, hi := uint64(0), inputCap(rin)
	for lo < hi {
		mid := lo + (hi-lo+1)/2
		if fits(mid) {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	if lo == 0 {
		return 0
	}
	if _, err := p.Quote(d, lo, fee); err != nil {
		return 0
	}
	return lo
}

// checkMax verifies MaxBuy/MaxSell against refMax and that the result
// executes within the limit.
func checkMax(t *testing.T, p Pool, d Direction, limit uint64, fee FeeRate) {
	t.Helper()
	var m uint64
	var err error
	if d == Buy {
		m, err = p.MaxBuy(limit, fee)
	} else {
		m, err = p.MaxSell(limit, fee)
	}
	if err != nil {
		t.Fatal(err)
	}
	if want := refMax(p, d, limit, fee); m != want {
		t.Fatalf("%v max on %+v limit %d fee %d = %d, reference %d", d, p, limit, fee, m, want)
	}
	if m == 0 {
		return
	}
	q, err := p.Quote(d, m, fee)
	if err != nil || !withinLimit(q.After, d, limit) {
		t.Fatalf("max %d does not execute within the limit: %+v, %v", m, q, err)
	}
	q2, err := p.Quote(d, m+1, fee)
	if err == nil && withinLimit(q2.After, d, limit) {
		t.Fatalf("max %d is not maximal", m)
	}
}

// fuzzLimit picks a limit near the pool's price: spot·(1 ± ε) for a fuzzed ε,
// or an arbitrary value.
func fuzzLimit(p Pool, raw uint64, mode uint8) uint64 {
	spot, err := p.PriceRao()
	if err != nil {
		spot = math.MaxUint64
	}
	mod := func(v, m uint64) uint64 { // v mod (m+1) without overflow
		if m == math.MaxUint64 {
			return v
		}
		return v % (m + 1)
	}
	switch mode % 4 {
	case 0:
		return raw
	case 1: // up to 2× the spot price (saturating)
		d := mod(raw, spot)
		if d > math.MaxUint64-spot {
			return math.MaxUint64
		}
		return spot + d
	case 2: // at or below spot
		return spot - mod(raw, spot)
	}
	d := raw % 1024 // within 512 of spot
	if spot < 512 || spot > math.MaxUint64-512 {
		return spot
	}
	return spot - 512 + d
}

func FuzzMaxInput(f *testing.F) {
	f.Add(uint64(100e9), uint64(100e9), uint8(0), uint8(0), uint64(121e7), uint8(0), uint16(1), true)
	f.Add(uint64(100e9), uint64(100e9), uint8(0), uint8(0), uint64(81e7), uint8(0), uint16(1), false)
	f.Add(uint64(4e6), uint64(4e6), uint8(0), uint8(0), uint64(math.MaxUint64), uint8(0), uint16(0), true)
	f.Add(uint64(1e12), uint64(1e6+1), uint8(0), uint8(0), uint64(999999000006000), uint8(0), uint16(0), true)
	f.Add(uint64(1e6), uint64(1e15), uint8(0), uint8(0), uint64(math.MaxUint64), uint8(0), uint16(2), true)
	f.Add(uint64(math.MaxUint64), uint64(math.MaxUint64), uint8(3), uint8(40), uint64(12345), uint8(1), uint16(3), false)
	f.Fuzz(func(t *testing.T, x, y uint64, xs, ys uint8, limit uint64, mode uint8, fee uint16, buy bool) {
		p := fuzzPool(x, y, xs, ys)
		d := Sell
		if buy {
			d = Buy
		}
		checkMax(t, p, d, fuzzLimit(p, limit, mode), fuzzFee(fee))
	})
}

func FuzzMovingPrice(f *testing.F) {
	f.Add(uint64(0), uint64(1e18), uint64(1), uint64(3e12), uint64(201600))
	f.Add(uint64(math.MaxUint64), uint64(math.MaxUint64), uint64(math.MaxUint64), uint64(1e18), uint64(math.MaxUint64))
	f.Add(uint64(5e17), uint64(0), uint64(0), uint64(0), uint64(0))
	f.Fuzz(func(t *testing.T, prev, spot, age, rate, h uint64) {
		params := MovingPriceParams{BaseRate: rate % (PriceScale + 1), HalvingBlocks: h}
		next, err := NextMovingPrice(prev, spot, age, params)
		if err != nil {
			t.Fatal(err)
		}
		s := min(spot, PriceScale)
		if next < min(prev, s) || next > max(prev, s) {
			t.Fatalf("next %d outside [%d, %d]", next, min(prev, s), max(prev, s))
		}
		if prev == s && next != s {
			t.Fatalf("fixed point moved: %d -> %d", s, next)
		}
		// Monotone in the spot sample.
		if s > 0 {
			lower, _ := NextMovingPrice(prev, s-1, age, params)
			if lower > next {
				t.Fatalf("not monotone in spot: %d > %d", lower, next)
			}
		}
	})
}

// TestInvariantsRandom runs the fuzz checks over a fixed pseudo-random
// sample so the default test run covers far more than the seed corpus.
func TestInvariantsRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	n := 20000
	if testing.Short() {
		n = 2000
	}
	for i := 0; i < n; i++ {
		p := fuzzPool(rng.Uint64(), rng.Uint64(), uint8(rng.IntN(64)), uint8(rng.IntN(64)))
		d := Direction(1 + rng.IntN(2))
		fee := fuzzFee(uint16(rng.Uint32()))
		in := scaled(rng.Uint64(), uint8(rng.IntN(64)))
		checkSwap(t, p, d, in, fee)
		checkRoundTrip(t, p, d, in, fee, fuzzFee(uint16(rng.Uint32())))
		if i%10 == 0 {
			checkMax(t, p, d, fuzzLimit(p, rng.Uint64(), uint8(rng.IntN(4))), fee)
		}
	}
}
