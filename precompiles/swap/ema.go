package swap

import "github.com/holiman/uint256"

const (
	// DefaultMovingBaseRate is the moving price's base rate 3e-6, scaled by
	// PriceScale (3e-6 × 1e18).
	DefaultMovingBaseRate uint64 = 3_000_000_000_000
	// DefaultMovingHalvingBlocks is the warm-up length h of the moving
	// price: at age h the effective rate is half the base rate (4 weeks of
	// 12 s blocks).
	DefaultMovingHalvingBlocks uint64 = 201_600
)

// MovingPriceParams are the parameters of the moving (EMA) price.
type MovingPriceParams struct {
	// BaseRate is the EMA's base rate α scaled by PriceScale (1e18 = 1).
	BaseRate uint64
	// HalvingBlocks is the warm-up length h in blocks.
	HalvingBlocks uint64
}

// DefaultMovingPriceParams returns the default parameters: base rate 3e-6,
// warm-up 201,600 blocks.
func DefaultMovingPriceParams() MovingPriceParams {
	return MovingPriceParams{BaseRate: DefaultMovingBaseRate, HalvingBlocks: DefaultMovingHalvingBlocks}
}

// Validate reports ErrInvalidParameter if the base rate is above 1
// (PriceScale).
func (m MovingPriceParams) Validate() error {
	if m.BaseRate > PriceScale {
		return ErrInvalidParameter
	}
	return nil
}

// CappedPrice18 returns the spot price × 1e18 capped at 1 TAO per alpha
// (PriceScale): the sample the moving price follows. It fits a uint64.
func (p Pool) CappedPrice18() (uint64, error) {
	if err := p.Validate(); err != nil {
		return 0, err
	}
	if p.TAO >= p.Alpha {
		return PriceScale, nil
	}
	z, _ := p.Price18() // < PriceScale here
	return z.Uint64(), nil
}

// NextMovingPrice advances the moving price by one block. prev and spot are
// prices × 1e18 (TAO per alpha); spot is capped at PriceScale (1.0) here
// whether or not the caller already capped it. age is the number of blocks
// since the subnet's emission began, counting this block: now − (first
// emission block − 1), so 1 in the first block that updates the price.
//
//	α_eff = BaseRate · age / (age + HalvingBlocks)
//	next  = α_eff · min(spot, 1) + (1 − α_eff) · prev
//
// is evaluated as one exact rational and rounded down once:
//
//	next = ⌊(a·s + (d − a)·prev) / d⌋,  a = BaseRate·age,  d = (age + HalvingBlocks)·1e18
//
// so next lies between min(prev, s) and max(prev, s), and next = prev when
// prev = s. If age + HalvingBlocks is 0 the rate is taken as 0 and prev is
// returned. ErrInvalidParameter if the parameters are invalid.
func NextMovingPrice(prev, spot, age uint64, params MovingPriceParams) (uint64, error) {
	if err := params.Validate(); err != nil {
		return 0, err
	}
	s := min(spot, PriceScale)
	var a, d, t, num uint256.Int
	d.SetUint64(age)
	t.SetUint64(params.HalvingBlocks)
	d.Add(&d, &t) // < 2^65
	if d.IsZero() {
		return prev, nil
	}
	t.SetUint64(PriceScale)
	d.Mul(&d, &t)
	a.SetUint64(params.BaseRate)
	t.SetUint64(age)
	a.Mul(&a, &t) // a ≤ d because BaseRate ≤ 1e18 and age ≤ age + h
	num.SetUint64(s)
	num.Mul(&num, &a)
	t.Sub(&d, &a)
	var q uint256.Int
	q.SetUint64(prev)
	t.Mul(&t, &q)
	num.Add(&num, &t)
	num.Div(&num, &d) // ≤ max(prev, s), fits a uint64
	return num.Uint64(), nil
}
