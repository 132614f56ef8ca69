package swap

import (
	"math"

	"github.com/holiman/uint256"
)

// MaxBuy returns the largest gross TAO input (rao, fee included) whose buy
// succeeds and leaves the spot price at or below limit, in rao per alpha
// (the limit_price of addStakeLimit: the most the buyer accepts to pay).
//
// "Succeeds" means QuoteBuy(amount, fee) returns no error: the amount is
// within the 1000× input cap, the alpha reserve stays at or above
// MinimumReserve, and the output is not zero. The limit is checked on the
// exact post-swap reserves, TAO'·1e9 ≤ limit·Alpha', so executing any amount
// up to the result can never end above the limit, and one rao more would
// (or would fail for another reason). 0 means nothing can be bought within
// the limit, e.g. because the spot price is already above it.
//
// Errors: ErrInsufficientLiquidity (invalid pool), ErrInvalidFee.
func (p Pool) MaxBuy(limit uint64, fee FeeRate) (uint64, error) {
	if err := p.Validate(); err != nil {
		return 0, err
	}
	if err := fee.Validate(); err != nil {
		return 0, err
	}
	x, y := p.TAO, p.Alpha
	ok := func(in uint64) bool {
		_, out := swapCore(x, y, in, fee)
		ny := y - out
		return ny >= MinimumReserve && cmpPrice(x+in, ny, limit) <= 0
	}
	// The reachable target (x+Δ)(x+net) ≤ C with C = limit·x·y/1e9.
	var c, t uint256.Int
	c.SetUint64(limit)
	t.SetUint64(x)
	c.Mul(&c, &t)
	t.SetUint64(y)
	c.Mul(&c, &t)
	t.SetUint64(RaoPerUnit)
	c.Div(&c, &t)
	return maxInput(x, y, fee, &c, ok), nil
}

// MaxSell returns the largest gross alpha input (alpha rao, fee included)
// whose sell succeeds and leaves the spot price at or above limit, in rao
// per alpha (the limit_price of removeStakeLimit: the least the seller
// accepts). The post-swap check is TAO'·1e9 ≥ limit·Alpha'. A limit of 0
// bounds nothing but the pool's own rules. 0 means nothing can be sold
// within the limit.
//
// Errors: ErrInsufficientLiquidity (invalid pool), ErrInvalidFee.
func (p Pool) MaxSell(limit uint64, fee FeeRate) (uint64, error) {
	if err := p.Validate(); err != nil {
		return 0, err
	}
	if err := fee.Validate(); err != nil {
		return 0, err
	}
	x, y := p.TAO, p.Alpha
	ok := func(in uint64) bool {
		_, out := swapCore(y, x, in, fee)
		nx := x - out
		return nx >= MinimumReserve && cmpPrice(nx, y+in, limit) >= 0
	}
	// The reachable target (y+Δ)(y+net) ≤ C with C = 1e9·x·y/limit.
	var c *uint256.Int
	if limit != 0 {
		var t uint256.Int
		c = new(uint256.Int).SetUint64(RaoPerUnit)
		t.SetUint64(x)
		c.Mul(c, &t)
		t.SetUint64(y)
		c.Mul(c, &t)
		t.SetUint64(limit)
		c.Div(c, &t)
	}
	return maxInput(y, x, fee, c, ok), nil
}

// FillAmount decides how much of a limit order to execute: requested if it
// is within max (from MaxBuy or MaxSell); with allowPartial, max when the
// request is larger and max > 0; otherwise ErrPriceLimit (fill-or-kill, or
// nothing fillable). A zero request is ErrZeroAmount.
func FillAmount(requested, max uint64, allowPartial bool) (uint64, error) {
	switch {
	case requested == 0:
		return 0, ErrZeroAmount
	case requested <= max:
		return requested, nil
	case allowPartial && max > 0:
		return max, nil
	}
	return 0, ErrPriceLimit
}

// QuoteBuyLimit quotes addStakeLimit: a buy of taoIn rao that must not push
// the price above limit (rao per alpha). Without allowPartial the whole
// amount fits or ErrPriceLimit is returned; with it, the largest amount up to
// taoIn that fits is quoted (Quote.In tells how much; the rest stays with
// the caller). Other errors are those of MaxBuy and Quote.
func (p Pool) QuoteBuyLimit(taoIn, limit uint64, allowPartial bool, fee FeeRate) (Quote, error) {
	m, err := p.MaxBuy(limit, fee)
	if err != nil {
		return Quote{}, err
	}
	amt, err := FillAmount(taoIn, m, allowPartial)
	if err != nil {
		return Quote{}, err
	}
	return p.Quote(Buy, amt, fee)
}

// QuoteSellLimit quotes removeStakeLimit: a sell of alphaIn alpha rao that
// must not push the price below limit (rao per alpha), fill-or-kill unless
// allowPartial (then Quote.In is the part sold; the rest stays staked).
func (p Pool) QuoteSellLimit(alphaIn, limit uint64, allowPartial bool, fee FeeRate) (Quote, error) {
	m, err := p.MaxSell(limit, fee)
	if err != nil {
		return Quote{}, err
	}
	amt, err := FillAmount(alphaIn, m, allowPartial)
	if err != nil {
		return Quote{}, err
	}
	return p.Quote(Sell, amt, fee)
}

// maxInput returns the largest input in [0, inputCap(rin)] accepted by ok,
// which must be true at 0 and monotone (true, then false). A closed-form
// estimate seeds an exact search: for a price target c (nil: none) the
// quadratic (rin+Δ)(rin+Δ·(1−f)) = c, and for the output reserve the input
// that leaves it at MinimumReserve. A result whose output rounds to zero is 0.
func maxInput(rin, rout uint64, fee FeeRate, c *uint256.Int, ok func(uint64) bool) uint64 {
	upper := inputCap(rin)
	guess := min(upper, reserveEstimate(rin, rout, fee))
	if c != nil {
		guess = min(guess, priceEstimate(rin, c, fee))
	}
	m := searchMax(upper, guess, ok)
	if m == 0 {
		return 0
	}
	if _, out := swapCore(rin, rout, m, fee); out == 0 {
		return 0
	}
	return m
}

// priceEstimate solves (D−r)Δ² + (2D−r)·rin·Δ + D(rin² − c) = 0 for its
// positive root, Δ = (√(rin²r² + 4D(D−r)c) − (2D−r)·rin) / 2(D−r), the input
// at which (rin+Δ)(rin+net) reaches c when net = Δ(D−r)/D. It is only a
// starting point for the exact search.
func priceEstimate(rin uint64, c *uint256.Int, fee FeeRate) uint64 {
	r := uint64(fee)
	var disc, t, b uint256.Int
	disc.SetUint64(rin)
	disc.Mul(&disc, &disc)
	t.SetUint64(r * r)
	disc.Mul(&disc, &t)
	t.SetUint64(4 * FeeDenominator * (FeeDenominator - r))
	t.Mul(&t, c)
	disc.Add(&disc, &t)
	disc.Sqrt(&disc)
	b.SetUint64(2*FeeDenominator - r)
	t.SetUint64(rin)
	b.Mul(&b, &t)
	if !disc.Gt(&b) {
		return 0
	}
	disc.Sub(&disc, &b)
	t.SetUint64(2 * (FeeDenominator - r))
	disc.Div(&disc, &t)
	if !disc.IsUint64() {
		return math.MaxUint64
	}
	return disc.Uint64()
}

// reserveEstimate returns the input after which the output reserve is about
// MinimumReserve: net = rin·rout/MinimumReserve − rin, grossed up by the fee.
func reserveEstimate(rin, rout uint64, fee FeeRate) uint64 {
	var n, t uint256.Int
	n.SetUint64(rin)
	t.SetUint64(rout)
	n.Mul(&n, &t)
	t.SetUint64(MinimumReserve)
	n.Div(&n, &t)
	t.SetUint64(rin)
	if !n.Gt(&t) {
		return 0
	}
	n.Sub(&n, &t)
	t.SetUint64(FeeDenominator)
	n.Mul(&n, &t)
	t.SetUint64(FeeDenominator - uint64(fee))
	n.Div(&n, &t)
	if !n.IsUint64() {
		return math.MaxUint64
	}
	return n.Uint64()
}

// searchMax returns the largest v in [0, upper] with ok(v), given that ok(0)
// holds and ok is monotone. It gallops from guess (exponentially growing
// steps away from it) and finishes with a binary search, so a good guess
// costs a few evaluations and a bad one at most about 128.
func searchMax(upper, guess uint64, ok func(uint64) bool) uint64 {
	if upper == 0 {
		return 0
	}
	guess = max(1, min(guess, upper))
	lo, hi := uint64(0), upper // ok(lo) holds; the answer is ≤ hi
	if ok(guess) {
		lo = guess
		for step := uint64(1); lo < hi; step <<= 1 {
			probe := hi
			if step < hi-lo {
				probe = lo + step
			}
			if !ok(probe) {
				hi = probe - 1
				break
			}
			lo = probe
		}
	} else {
		hi = guess - 1
		for step := uint64(1); step != 0 && step < guess; step <<= 1 {
			probe := guess - step
			if ok(probe) {
				lo = probe
				break
			}
			hi = probe - 1
		}
	}
	for lo < hi {
		mid := lo + (hi-lo+1)/2
		if ok(mid) {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}
