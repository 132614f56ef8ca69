package fixed

import (
	"math/bits"
)

// Divisor divides many I32F32 values by one divisor with exactly the
// semantics of SafeDiv. For a positive divisor and a dividend in [0, 1)
// (raw bits below 2^32, the proportions Yuma divides) it replaces the
// hardware division by a multiplication with a precomputed reciprocal and
// at most two corrections; other operands take the SafeDiv path.
type Divisor struct {
	d uint64 // raw divisor bits
	m uint64 // floor(2^64 / d) for d ≥ 2, else 0
}

// NewDivisor prepares division by y.
func NewDivisor(y I32F32) Divisor {
	if y <= 1 {
		// Zero, negative and 2^-32 divisors (whose quotients can overflow) use SafeDiv.
		return Divisor{d: uint64(y)}
	}
	m, _ := bits.Div64(1, 0, uint64(y)) // floor(2^64 / d), below 2^63 for d ≥ 2
	return Divisor{d: uint64(y), m: m}
}

// SafeDiv returns x.SafeDiv(y) for the divisor y the Divisor was made from.
func (q Divisor) SafeDiv(x I32F32) I32F32 {
	if v, ok := q.Quo(x); ok {
		return v
	}
	return x.SafeDiv(I32F32(q.d))
}

// Quo is the inlinable fast path of SafeDiv: for 0 ≤ x < 2^32 and a divisor
// of at least 2^−31 it returns x.SafeDiv(y) and true; otherwise false (the
// caller then uses SafeDiv).
func (q Divisor) Quo(x I32F32) (I32F32, bool) {
	// With m = floor(2^64/d) and n < 2^64 the estimate is floor(n/d) or one
	// below it; d ≥ 2 keeps the quotient below 2^63.
	n := uint64(x) << 32
	est, _ := bits.Mul64(n, q.m)
	if n-est*q.d >= q.d {
		est++
	}
	return I32F32(est), uint64(x) < 1<<32 && q.m != 0
}
