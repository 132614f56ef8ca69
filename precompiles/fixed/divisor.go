package fixed

import (
	"math"
	"math/bits"
)

// Divisor divides many I32F32 values by one fixed divisor with the exact
// semantics of SafeDiv (truncation toward zero, 0 on a zero divisor or an
// overflowing quotient), replacing the hardware division by two
// multiplications with a precomputed reciprocal (Möller and Granlund,
// "Improved division by invariant integers", 2011).
type Divisor struct {
	d     uint64 // |divisor| << shift (top bit set), 0 for a zero divisor
	v     uint64 // reciprocal of d
	shift uint
	neg   bool
	raw   uint64 // |divisor|
}

// NewDivisor prepares division by y.
func NewDivisor(y I32F32) Divisor {
	if y == 0 {
		return Divisor{}
	}
	u := uabs(int64(y))
	s := uint(bits.LeadingZeros64(u))
	d := u << s
	v, _ := bits.Div64(^d, math.MaxUint64, d)
	return Divisor{d: d, v: v, shift: s, neg: y < 0, raw: u}
}

// SafeDiv returns x.SafeDiv(y) for the divisor y the Divisor was made from.
func (q Divisor) SafeDiv(x I32F32) I32F32 {
	if q.d == 0 {
		return 0
	}
	ua := uabs(int64(x))
	hi, lo := ua>>32, ua<<32
	if hi >= q.raw {
		return 0 // the quotient needs more than 64 bits
	}
	var n1, n0 uint64
	if q.shift == 0 {
		n1, n0 = hi, lo
	} else {
		n1, n0 = hi<<q.shift|lo>>(64-q.shift), lo<<q.shift
	}
	// 2-by-1 division of (n1, n0) by d with n1 < d.
	p1, p0 := bits.Mul64(q.v, n1)
	p0, c := bits.Add64(p0, n0, 0)
	p1, _ = bits.Add64(p1, n1, c)
	p1++
	r := n0 - p1*q.d
	if r > p0 {
		p1--
		r += q.d
	}
	if r >= q.d {
		p1++
	}
	if (x < 0) != q.neg {
		if p1 > 1<<63 {
			return 0
		}
		return I32F32(-int64(p1))
	}
	if p1 > math.MaxInt64 {
		return 0
	}
	return I32F32(p1)
}
