package fixed

import (
	"errors"
	"math"
	"math/bits"
)

// ErrOverflow is returned by operations whose result does not fit the type
// (the reference's `None` / `Err(())`).
var ErrOverflow = errors.New("fixed: overflow")

// ErrDivByZero is returned by checked divisions with a zero divisor.
var ErrDivByZero = errors.New("fixed: division by zero")

// I32F32 is a signed fixed-point number with 32 integer and 32 fractional
// bits; the value is int64(x) / 2^32.
type I32F32 int64

// Frequently used I32F32 constants.
const (
	// Zero is 0.
	Zero I32F32 = 0
	// One is 1.0.
	One I32F32 = 1 << 32
	// Half is 0.5.
	Half I32F32 = 1 << 31
	// MaxI32F32 is the largest I32F32 (2^31 − 2^−32).
	MaxI32F32 I32F32 = math.MaxInt64
	// MinI32F32 is the smallest I32F32 (−2^31).
	MinI32F32 I32F32 = math.MinInt64
	// E is Euler's number as substrate-fixed stores it (I9F23, floor(e·2^23)/2^23),
	// the value exp(1) returns.
	E I32F32 = 22802600 << 9
)

const fracMask = 1<<32 - 1

// FromBits returns the I32F32 whose raw bits are b.
func FromBits(b int64) I32F32 { return I32F32(b) }

// Bits returns the raw bits of x.
func (x I32F32) Bits() int64 { return int64(x) }

// FromInt converts an integer exactly, saturating outside [−2^31, 2^31).
func FromInt(n int64) I32F32 {
	if n >= 1<<31 {
		return MaxI32F32
	}
	if n < -(1 << 31) {
		return MinI32F32
	}
	return I32F32(n << 32)
}

// FromUint converts an unsigned integer exactly, saturating at MaxI32F32.
func FromUint(n uint64) I32F32 {
	if n >= 1<<31 {
		return MaxI32F32
	}
	return I32F32(n << 32)
}

// FromU16 converts a u16 as an integer (Subtensor's u16_to_fixed: 65535 → 65535.0).
func FromU16(u uint16) I32F32 { return I32F32(int64(u) << 32) }

// Add returns x + y, wrapping on overflow like a release-mode Rust `+`.
func (x I32F32) Add(y I32F32) I32F32 { return x + y }

// SatAdd returns x + y clamped to [MinI32F32, MaxI32F32].
func (x I32F32) SatAdd(y I32F32) I32F32 {
	s := x + y
	// The sum overflowed iff x and y share a sign that s does not; it then
	// saturates toward x's sign (MAX ^ (x >> 63) is MAX or MIN).
	if (x^s)&(y^s) < 0 {
		return MaxI32F32 ^ x>>63
	}
	return s
}

// SatSub returns x − y clamped to [MinI32F32, MaxI32F32].
func (x I32F32) SatSub(y I32F32) I32F32 {
	d := x - y
	// The difference overflowed iff x and y differ in sign and d's sign is
	// not x's; it then saturates toward x's sign.
	if (x^y)&(x^d) < 0 {
		return MaxI32F32 ^ x>>63
	}
	return d
}

// SatNeg returns −x, saturating −MIN to MAX.
func (x I32F32) SatNeg() I32F32 {
	if x == MinI32F32 {
		return MaxI32F32
	}
	return -x
}

func uabs(v int64) uint64 {
	if v < 0 {
		return uint64(-v) // also correct for MinInt64 (two's complement)
	}
	return uint64(v)
}

// mul32 returns floor(a·b / 2^32) and whether it overflows int64.
func mul32(a, b int64) (int64, bool) {
	neg := (a < 0) != (b < 0)
	hi, lo := bits.Mul64(uabs(a), uabs(b))
	if !neg {
		if hi>>31 != 0 {
			return 0, true
		}
		return int64(hi<<32 | lo>>32), false
	}
	if hi>>32 != 0 {
		return 0, true
	}
	q := hi<<32 | lo>>32
	if lo&fracMask != 0 {
		q++
	}
	if q > 1<<63 {
		return 0, true
	}
	return -int64(q), false
}

// CheckedMul returns x·y rounded toward −∞, and false on overflow.
func (x I32F32) CheckedMul(y I32F32) (I32F32, bool) {
	r, ov := mul32(int64(x), int64(y))
	return I32F32(r), !ov
}

// SatMul returns x·y rounded toward −∞, clamped on overflow by the operands' signs.
func (x I32F32) SatMul(y I32F32) I32F32 {
	r, ov := mul32(int64(x), int64(y))
	if ov {
		if (x < 0) != (y < 0) {
			return MinI32F32
		}
		return MaxI32F32
	}
	return I32F32(r)
}

// MulPos equals SatMul (kept for callers that expect non-negative operands).
func (x I32F32) MulPos(y I32F32) I32F32 {
	if v, ok := MulFast(x, y); ok {
		return v
	}
	return x.SatMul(y)
}

// MulFast is the inlinable fast path of SatMul: for non-negative operands
// whose product fits it returns x·y (rounded down) and true; otherwise false
// (the caller then uses SatMul).
func MulFast(x, y I32F32) (I32F32, bool) {
	hi, lo := bits.Mul64(uint64(x), uint64(y))
	return I32F32(hi<<32 | lo>>32), x|y >= 0 && hi < 1<<31
}

// div32 returns trunc((a << 32) / b); ok is false when b == 0 or the quotient
// does not fit int64.
func div32(a, b int64) (int64, bool) {
	if b == 0 {
		return 0, false
	}
	ua, ub := uabs(a), uabs(b)
	hi, lo := ua>>32, ua<<32
	if hi >= ub {
		return 0, false
	}
	q, _ := bits.Div64(hi, lo, ub)
	if (a < 0) != (b < 0) {
		if q > 1<<63 {
			return 0, false
		}
		return -int64(q), true
	}
	if q > math.MaxInt64 {
		return 0, false
	}
	return int64(q), true
}

// CheckedDiv returns x / y truncated toward zero; false on y == 0 or overflow.
func (x I32F32) CheckedDiv(y I32F32) (I32F32, bool) {
	q, ok := div32(int64(x), int64(y))
	return I32F32(q), ok
}

// SafeDiv returns x / y truncated toward zero, or 0 when y == 0 or the
// quotient overflows (Subtensor's safe_div; it does not saturate).
func (x I32F32) SafeDiv(y I32F32) I32F32 {
	q, ok := div32(int64(x), int64(y))
	if !ok {
		return 0
	}
	return I32F32(q)
}

// SatDiv returns x / y truncated toward zero, saturating on overflow. A zero
// divisor (a panic in the reference) returns MaxI32F32 or MinI32F32 by the
// sign of x, and 0 for 0/0.
func (x I32F32) SatDiv(y I32F32) I32F32 {
	q, ok := div32(int64(x), int64(y))
	if ok {
		return I32F32(q)
	}
	if y == 0 && x == 0 {
		return 0
	}
	if (x < 0) != (y < 0) {
		return MinI32F32
	}
	return MaxI32F32
}

// DivInt returns x / n truncated toward zero (fixed ÷ integer), false when n == 0
// or the result overflows.
func (x I32F32) DivInt(n int64) (I32F32, bool) {
	if n == 0 || (x == MinI32F32 && n == -1) {
		return 0, false
	}
	return x / I32F32(n), true
}

// Min returns the smaller of x and y.
func (x I32F32) Min(y I32F32) I32F32 {
	if y < x {
		return y
	}
	return x
}

// Max returns the larger of x and y.
func (x I32F32) Max(y I32F32) I32F32 {
	if y > x {
		return y
	}
	return x
}

// Clamp returns x limited to [lo, hi]: min(x, hi) first, then max(·, lo), as
// Subtensor's clamp_value does (so lo wins when lo > hi).
func (x I32F32) Clamp(lo, hi I32F32) I32F32 { return x.Min(hi).Max(lo) }

// Floor returns x rounded toward −∞ to an integer value.
func (x I32F32) Floor() I32F32 { return x &^ fracMask }

// Round returns x rounded to the nearest integer, ties away from zero,
// saturating at the type's range.
func (x I32F32) Round() I32F32 {
	if x >= 0 {
		if x > MaxI32F32-Half {
			return MaxI32F32 &^ fracMask
		}
		return (x + Half) &^ fracMask
	}
	if x == MinI32F32 {
		return MinI32F32
	}
	m := uint64(-x)
	return -I32F32((m + 1<<31) &^ fracMask)
}

// Int returns floor(x) as an integer.
func (x I32F32) Int() int64 { return int64(x) >> 32 }

// ToU16 returns floor(x) clamped into [0, 65535] (saturating_to_num::<u16>).
func (x I32F32) ToU16() uint16 {
	i := x.Int()
	if i < 0 {
		return 0
	}
	if i > math.MaxUint16 {
		return math.MaxUint16
	}
	return uint16(i)
}

// ToU64 returns floor(x) clamped into [0, 2^64) (saturating_to_num::<u64>).
func (x I32F32) ToU64() uint64 {
	i := x.Int()
	if i < 0 {
		return 0
	}
	return uint64(i)
}

// U16Proportion converts a u16 proportion to I32F32: safe_div(u, 65535),
// i.e. trunc(u·2^32 / 65535) (Subtensor's u16_proportion_to_fixed).
func U16Proportion(u uint16) I32F32 {
	return I32F32((uint64(u) << 32) / math.MaxUint16)
}

// ToU16Proportion converts a proportion to u16: floor(x·65535) clamped into
// [0, 65535] (Subtensor's fixed_proportion_to_u16).
func (x I32F32) ToU16Proportion() uint16 {
	return x.SatMul(FromU16(math.MaxUint16)).ToU16()
}

// Sum returns the wrapping sum of xs (Rust's `.iter().sum()` in release mode).
func Sum(xs []I32F32) I32F32 {
	var s I32F32
	for _, v := range xs {
		s += v
	}
	return s
}

// smallDivMagic[i] = ceil(2^64 / i); hi(t·magic) == t / i for t < 2^58, i ≤ 31.
var smallDivMagic = func() [32]uint64 {
	var m [32]uint64
	for i := uint64(2); i < 32; i++ {
		m[i] = (math.MaxUint64 / i) + 1
	}
	return m
}()

// Exp returns e^x as substrate-fixed's transcendental::exp::<I32F32, I32F32>
// computes it: exp(0) = 1, exp(1) = E, otherwise with n = |x|
// r = 1 + n, t = n and for i = 2..31: t = checked_mul(t, n); t = checked_div(t, i);
// r = checked_add(r, t); for x < 0 the result is 1 / r. Any overflow is ErrOverflow.
func Exp(x I32F32) (I32F32, error) {
	if x == 0 {
		return One, nil
	}
	if x == One {
		return E, nil
	}
	neg := x < 0
	if neg {
		if x == MinI32F32 {
			return 0, ErrOverflow
		}
		x = -x
	}
	if x > MaxI32F32-One {
		return 0, ErrOverflow
	}
	r := uint64(x) + uint64(One)
	t := uint64(x)
	ux := uint64(x)
	if ux <= 20<<32 {
		// |x| ≤ 20 (every ExpSafe input): no term, product or partial sum can
		// overflow (e^20 < 2^29), so the checks of the general loop are moot.
		for i := 2; i < 32 && t != 0; i++ {
			hi, lo := bits.Mul64(t, ux)
			t = hi<<32 | lo>>32
			if t < 1<<58 {
				t, _ = bits.Mul64(t, smallDivMagic[i])
			} else {
				t /= uint64(i)
			}
			r += t
		}
		if neg {
			q, _ := div32(int64(One), int64(r))
			return I32F32(q), nil
		}
		return I32F32(r), nil
	}
	for i := uint64(2); i < 32; i++ {
		if t == 0 {
			break // every further term is 0 and r stays unchanged
		}
		hi, lo := bits.Mul64(t, ux)
		if hi>>31 != 0 {
			return 0, ErrOverflow
		}
		t = hi<<32 | lo>>32
		if t < 1<<58 {
			t, _ = bits.Mul64(t, smallDivMagic[i])
		} else {
			t /= i
		}
		r += t
		if r > math.MaxInt64 {
			return 0, ErrOverflow
		}
	}
	if neg {
		q, ok := div32(int64(One), int64(r))
		if !ok {
			return 0, ErrOverflow
		}
		return I32F32(q), nil
	}
	return I32F32(r), nil
}

// ExpSafe is Subtensor's exp_safe: x is clamped into [−20, 20] and on an
// error the result is 0 for x ≤ 0 and MaxI32F32 otherwise.
func ExpSafe(x I32F32) I32F32 {
	lo, hi := FromInt(-20), FromInt(20)
	if x < lo {
		x = lo
	} else if hi < x {
		x = hi
	}
	r, err := Exp(x)
	if err != nil {
		if x <= 0 {
			return 0
		}
		return MaxI32F32
	}
	return r
}
