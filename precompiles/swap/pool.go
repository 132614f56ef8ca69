package swap

import (
	"math"
	"math/bits"

	"github.com/holiman/uint256"
)

const (
	// MinimumReserve is the smallest either reserve of a pool may ever hold,
	// in rao (TAO side) or alpha rao (alpha side).
	MinimumReserve uint64 = 1_000_000

	// MaxInputMultiplier bounds a single swap input: an input above
	// MaxInputMultiplier × the input-side reserve is refused.
	MaxInputMultiplier uint64 = 1000

	// RaoPerUnit is the number of rao in one TAO, and of alpha rao in one alpha.
	RaoPerUnit uint64 = 1_000_000_000

	// PriceScale is the scale of the ×1e18 prices (Price18, moving prices):
	// PriceScale means 1 TAO per alpha.
	PriceScale uint64 = 1_000_000_000_000_000_000
)

// Pool is the state of one subnet's constant-product pool. Both reserves are
// integers in the smallest unit: TAO in rao, Alpha in alpha rao (1e-9 alpha).
// Pool is a value: every operation returns a new Pool and never modifies its
// receiver, so a quote is a simulation and applying it is storing the result.
type Pool struct {
	// TAO is the TAO reserve, in rao.
	TAO uint64
	// Alpha is the alpha reserve, in alpha rao.
	Alpha uint64
}

// NewPool returns a pool with the given reserves, or ErrInsufficientLiquidity
// when either is below MinimumReserve.
func NewPool(tao, alpha uint64) (Pool, error) {
	p := Pool{TAO: tao, Alpha: alpha}
	if err := p.Validate(); err != nil {
		return Pool{}, err
	}
	return p, nil
}

// Validate reports ErrInsufficientLiquidity if either reserve is below
// MinimumReserve. Every other method of Pool validates its receiver first.
func (p Pool) Validate() error {
	if p.TAO < MinimumReserve || p.Alpha < MinimumReserve {
		return ErrInsufficientLiquidity
	}
	return nil
}

// PriceRao returns the spot price in rao per alpha (TAO per alpha × 1e9),
// rounded down: ⌊TAO·1e9 / Alpha⌋. This is the unit of the limit prices of
// addStakeLimit / removeStakeLimit. ErrOverflow if it exceeds 2^64-1.
func (p Pool) PriceRao() (uint64, error) {
	if err := p.Validate(); err != nil {
		return 0, err
	}
	hi, lo := bits.Mul64(p.TAO, RaoPerUnit)
	if hi >= p.Alpha {
		return 0, ErrOverflow
	}
	q, _ := bits.Div64(hi, lo, p.Alpha)
	return q, nil
}

// Price18 returns the spot price in TAO per alpha × 1e18, rounded down:
// ⌊TAO·1e18 / Alpha⌋, the unit of the alpha precompile's price views. It is
// computed directly, not as PriceRao × 1e9, so it keeps nine more digits.
func (p Pool) Price18() (uint256.Int, error) {
	var z uint256.Int
	if err := p.Validate(); err != nil {
		return z, err
	}
	var t, d uint256.Int
	t.SetUint64(p.TAO)
	z.SetUint64(PriceScale)
	z.Mul(&z, &t)
	d.SetUint64(p.Alpha)
	z.Div(&z, &d)
	return z, nil
}

// CmpPrice compares the exact spot price with a price in rao per alpha:
// -1 if the spot price is below limit, 0 if equal, +1 if above. It compares
// TAO·1e9 with limit·Alpha, so no rounding is involved. An invalid pool
// returns ErrInsufficientLiquidity.
func (p Pool) CmpPrice(limit uint64) (int, error) {
	if err := p.Validate(); err != nil {
		return 0, err
	}
	return cmpPrice(p.TAO, p.Alpha, limit), nil
}

// cmpPrice returns the sign of tao·1e9 − limit·alpha.
func cmpPrice(tao, alpha, limit uint64) int {
	ahi, alo := bits.Mul64(tao, RaoPerUnit)
	bhi, blo := bits.Mul64(limit, alpha)
	return cmp128(ahi, alo, bhi, blo)
}

// AddLiquidity returns the pool with tao and alpha added to its reserves (the
// emission injection). It refuses with ErrOverflow rather than saturating.
func (p Pool) AddLiquidity(tao, alpha uint64) (Pool, error) {
	if err := p.Validate(); err != nil {
		return Pool{}, err
	}
	t, c1 := bits.Add64(p.TAO, tao, 0)
	a, c2 := bits.Add64(p.Alpha, alpha, 0)
	if c1 != 0 || c2 != 0 {
		return Pool{}, ErrOverflow
	}
	return Pool{TAO: t, Alpha: a}, nil
}

// Product returns the invariant k = TAO·Alpha as a 256-bit integer. No swap
// ever lowers it.
func (p Pool) Product() uint256.Int {
	hi, lo := bits.Mul64(p.TAO, p.Alpha)
	return uint256.Int{lo, hi, 0, 0}
}

// cmp128 compares the 128-bit numbers (ahi, alo) and (bhi, blo).
func cmp128(ahi, alo, bhi, blo uint64) int {
	switch {
	case ahi < bhi:
		return -1
	case ahi > bhi:
		return 1
	case alo < blo:
		return -1
	case alo > blo:
		return 1
	}
	return 0
}

// inputCap is the largest input accepted for a pool whose input-side reserve
// is reserve: MaxInputMultiplier × reserve, and no more than keeps the new
// reserve within uint64.
func inputCap(reserve uint64) uint64 {
	hi, c := bits.Mul64(reserve, MaxInputMultiplier)
	if hi != 0 {
		c = math.MaxUint64
	}
	if room := math.MaxUint64 - reserve; c > room {
		c = room
	}
	return c
}

// AlphaToTAO values alpha alpha rao at the spot price, without fee or
// slippage: ⌊alpha·TAO / Alpha⌋ rao (for stake views and emission splits,
// never for paying out: a real sale moves the price, see QuoteSell).
// ErrOverflow if the value exceeds 2^64-1.
func (p Pool) AlphaToTAO(alpha uint64) (uint64, error) {
	if err := p.Validate(); err != nil {
		return 0, err
	}
	return mulDiv64(alpha, p.TAO, p.Alpha)
}

// TAOToAlpha converts tao rao to alpha at the spot price, without fee or
// slippage: ⌊tao·Alpha / TAO⌋ alpha rao (e.g. the alpha matching a TAO
// emission injected into the pool). ErrOverflow if it exceeds 2^64-1.
func (p Pool) TAOToAlpha(tao uint64) (uint64, error) {
	if err := p.Validate(); err != nil {
		return 0, err
	}
	return mulDiv64(tao, p.Alpha, p.TAO)
}

// mulDiv64 returns ⌊a·b / d⌋ for d > 0, or ErrOverflow.
func mulDiv64(a, b, d uint64) (uint64, error) {
	hi, lo := bits.Mul64(a, b)
	if hi >= d {
		return 0, ErrOverflow
	}
	q, _ := bits.Div64(hi, lo, d)
	return q, nil
}
