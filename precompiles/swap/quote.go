package swap

import (
	"math"
	"math/bits"
)

// FeeRate is a swap fee as a fraction of FeeDenominator (65535) of the
// input. The fee is taken from the input, rounded up, and stays in the pool.
type FeeRate uint16

const (
	// FeeDenominator is the denominator of FeeRate.
	FeeDenominator uint64 = 65535
	// DefaultFeeRate is the default swap fee, 33/65535 ≈ 0.0504% of the input.
	DefaultFeeRate FeeRate = 33
	// NoFee is the fee rate of fee-less protocol swaps.
	NoFee FeeRate = 0
	// MaxFeeRate is the largest accepted fee rate, 10000/65535 ≈ 15.26%.
	MaxFeeRate FeeRate = 10000
)

// Validate reports ErrInvalidFee if f is above MaxFeeRate.
func (f FeeRate) Validate() error {
	if f > MaxFeeRate {
		return ErrInvalidFee
	}
	return nil
}

// On returns the fee charged on a gross input amount: ⌈amount·f / 65535⌉
// (rounded up, in the pool's favour). It is always at most amount.
func (f FeeRate) On(amount uint64) uint64 {
	hi, lo := bits.Mul64(amount, uint64(f))
	q, r := bits.Div64(hi, lo, FeeDenominator) // amount·f < 2^64·65535, so hi < 65535: no panic
	if r != 0 {
		q++
	}
	return q
}

// Direction says which way a swap goes.
type Direction uint8

const (
	// Buy swaps TAO for alpha (staking): TAO in, alpha out; the price rises.
	Buy Direction = iota + 1
	// Sell swaps alpha for TAO (unstaking): alpha in, TAO out; the price falls.
	Sell
)

// String returns "buy", "sell" or "invalid".
func (d Direction) String() string {
	switch d {
	case Buy:
		return "buy"
	case Sell:
		return "sell"
	}
	return "invalid"
}

// Quote is the exact outcome of one swap against one pool. In and Fee are in
// the input's unit (rao for Buy, alpha rao for Sell), Out in the output's.
type Quote struct {
	// Direction is Buy (TAO→alpha) or Sell (alpha→TAO).
	Direction Direction
	// FeeRate is the fee rate the quote was computed with.
	FeeRate FeeRate
	// In is the gross input taken from the trader, fee included.
	In uint64
	// Fee is the part of In charged as fee; it is added to the input reserve
	// together with the rest of In (the fee stays in the pool).
	Fee uint64
	// Out is the amount paid out of the output reserve.
	Out uint64
	// Before is the pool the quote was computed on.
	Before Pool
	// After is the pool once the swap is applied.
	After Pool
}

// QuoteBuy quotes swapping taoIn rao of TAO for alpha. See Quote for the
// errors; the pool is unchanged (Pool is a value).
func (p Pool) QuoteBuy(taoIn uint64, fee FeeRate) (Quote, error) {
	return p.Quote(Buy, taoIn, fee)
}

// QuoteSell quotes swapping alphaIn alpha rao for TAO.
func (p Pool) QuoteSell(alphaIn uint64, fee FeeRate) (Quote, error) {
	return p.Quote(Sell, alphaIn, fee)
}

// Quote computes a swap of in units of the input side in direction d with
// the fee rate fee. With net = in − fee.On(in) and reserves R_in, R_out:
//
//	out      = ⌊R_out·net / (R_in + net)⌋
//	R_in'    = R_in + in          (the fee stays in the pool)
//	R_out'   = R_out − out
//
// Errors, checked in this order: ErrInsufficientLiquidity (invalid pool),
// ErrInvalidFee, ErrInvalidParameter (bad direction), ErrZeroAmount,
// ErrInputTooLarge (in > 1000·R_in), ErrOverflow (R_in + in ≥ 2^64),
// ErrZeroOutput (out rounds to 0), ErrReserveBelowMinimum (R_out' < 1e6).
func (p Pool) Quote(d Direction, in uint64, fee FeeRate) (Quote, error) {
	if err := p.Validate(); err != nil {
		return Quote{}, err
	}
	if err := fee.Validate(); err != nil {
		return Quote{}, err
	}
	var rin, rout uint64
	switch d {
	case Buy:
		rin, rout = p.TAO, p.Alpha
	case Sell:
		rin, rout = p.Alpha, p.TAO
	default:
		return Quote{}, ErrInvalidParameter
	}
	if in == 0 {
		return Quote{}, ErrZeroAmount
	}
	if hi, lo := bits.Mul64(rin, MaxInputMultiplier); hi == 0 && in > lo {
		return Quote{}, ErrInputTooLarge
	}
	if in > math.MaxUint64-rin {
		return Quote{}, ErrOverflow
	}
	f, out := swapCore(rin, rout, in, fee)
	if out == 0 {
		return Quote{}, ErrZeroOutput
	}
	if rout-out < MinimumReserve {
		return Quote{}, ErrReserveBelowMinimum
	}
	q := Quote{Direction: d, FeeRate: fee, In: in, Fee: f, Out: out, Before: p}
	if d == Buy {
		q.After = Pool{TAO: rin + in, Alpha: rout - out}
	} else {
		q.After = Pool{TAO: rout - out, Alpha: rin + in}
	}
	return q, nil
}

// swapCore returns the fee and the output of a swap of in against reserves
// (rin, rout). It requires rin + in < 2^64 and a valid fee; out < rout.
func swapCore(rin, rout, in uint64, fee FeeRate) (f, out uint64) {
	f = fee.On(in)
	net := in - f
	if net == 0 {
		return f, 0
	}
	hi, lo := bits.Mul64(rout, net)
	out, _ = bits.Div64(hi, lo, rin+net) // quotient < rout, so no overflow
	return f, out
}

// Apply returns the pool after the quoted swap. The quote is recomputed and
// must match exactly; a quote made on another pool state, or altered, is
// refused with ErrQuoteMismatch.
func (p Pool) Apply(q Quote) (Pool, error) {
	if q.Before != p {
		return Pool{}, ErrQuoteMismatch
	}
	fresh, err := p.Quote(q.Direction, q.In, q.FeeRate)
	if err != nil {
		return Pool{}, err
	}
	if fresh != q {
		return Pool{}, ErrQuoteMismatch
	}
	return fresh.After, nil
}

// SimulateBuy returns the alpha paid out for taoIn rao of TAO (the alpha
// precompile's simSwapTaoForAlpha), with the errors of Quote.
func (p Pool) SimulateBuy(taoIn uint64, fee FeeRate) (uint64, error) {
	q, err := p.Quote(Buy, taoIn, fee)
	return q.Out, err
}

// SimulateSell returns the TAO paid out for alphaIn alpha rao (the alpha
// precompile's simSwapAlphaForTao), with the errors of Quote.
func (p Pool) SimulateSell(alphaIn uint64, fee FeeRate) (uint64, error) {
	q, err := p.Quote(Sell, alphaIn, fee)
	return q.Out, err
}
