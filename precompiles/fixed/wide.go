package fixed

import (
	"math"
	"math/bits"

	"github.com/holiman/uint256"
)

// u128 is a 128-bit word; signed types interpret it as two's complement.
type u128 struct{ hi, lo uint64 }

var (
	maxI128 = u128{math.MaxInt64, math.MaxUint64}
	minI128 = u128{1 << 63, 0}
	maxU128 = u128{math.MaxUint64, math.MaxUint64}
)

func (a u128) neg() u128 {
	lo := -a.lo
	hi := ^a.hi
	if a.lo == 0 {
		hi++
	}
	return u128{hi, lo}
}

func (a u128) isNeg() bool { return int64(a.hi) < 0 }

func (a u128) isZero() bool { return a.hi == 0 && a.lo == 0 }

func (a u128) add(b u128) u128 {
	lo, c := bits.Add64(a.lo, b.lo, 0)
	hi, _ := bits.Add64(a.hi, b.hi, c)
	return u128{hi, lo}
}

func (a u128) sub(b u128) u128 {
	lo, br := bits.Sub64(a.lo, b.lo, 0)
	hi, _ := bits.Sub64(a.hi, b.hi, br)
	return u128{hi, lo}
}

// abs returns the magnitude of a signed value (2^127 for the minimum).
func (a u128) abs() u128 {
	if a.isNeg() {
		return a.neg()
	}
	return a
}

func (a u128) ucmp(b u128) int {
	switch {
	case a.hi < b.hi:
		return -1
	case a.hi > b.hi:
		return 1
	case a.lo < b.lo:
		return -1
	case a.lo > b.lo:
		return 1
	}
	return 0
}

func (a u128) scmp(b u128) int {
	an, bn := a.isNeg(), b.isNeg()
	if an != bn {
		if an {
			return -1
		}
		return 1
	}
	return a.ucmp(b)
}

func (a u128) big() *uint256.Int { return &uint256.Int{a.lo, a.hi, 0, 0} }

// sadd adds signed values, saturating.
func (a u128) sadd(b u128) u128 {
	s := a.add(b)
	if a.isNeg() == b.isNeg() && s.isNeg() != a.isNeg() {
		if a.isNeg() {
			return minI128
		}
		return maxI128
	}
	return s
}

// ssub subtracts signed values, saturating.
func (a u128) ssub(b u128) u128 {
	d := a.sub(b)
	if a.isNeg() != b.isNeg() && d.isNeg() != a.isNeg() {
		if a.isNeg() {
			return minI128
		}
		return maxI128
	}
	return d
}

// umulShift returns floor(a·b / 2^shift) for unsigned a, b; ok is false when
// the result needs more than 128 bits.
func umulShift(a, b u128, shift uint) (u128, bool) {
	var p uint256.Int
	p.Mul(a.big(), b.big())
	p.Rsh(&p, shift)
	if p[2] != 0 || p[3] != 0 {
		return u128{}, false
	}
	return u128{p[1], p[0]}, true
}

// smulShift returns floor(a·b / 2^shift) for signed a, b (rounding toward −∞);
// ok is false when the result does not fit a signed 128-bit word.
func smulShift(a, b u128, shift uint) (u128, bool) {
	neg := a.isNeg() != b.isNeg()
	var p uint256.Int
	p.Mul(a.abs().big(), b.abs().big())
	inexact := false
	if neg && shift > 0 {
		var low uint256.Int
		low.Lsh(&p, 256-shift)
		inexact = !low.IsZero()
	}
	p.Rsh(&p, shift)
	if p[2] != 0 || p[3] != 0 {
		return u128{}, false
	}
	m := u128{p[1], p[0]}
	if !neg {
		if m.isNeg() {
			return u128{}, false
		}
		return m, true
	}
	if inexact {
		m = m.add(u128{0, 1})
		if m.isZero() { // wrapped
			return u128{}, false
		}
	}
	if m.ucmp(minI128) > 0 {
		return u128{}, false
	}
	return m.neg(), true
}

// udivShift returns trunc((a << shift) / b) for unsigned values; ok is false
// on a zero divisor or a quotient wider than 128 bits.
func udivShift(a, b u128, shift uint) (u128, bool) {
	if b.isZero() {
		return u128{}, false
	}
	var q uint256.Int
	q.Lsh(a.big(), shift)
	q.Div(&q, b.big())
	if q[2] != 0 || q[3] != 0 {
		return u128{}, false
	}
	return u128{q[1], q[0]}, true
}

// sdivShift returns trunc((a << shift) / b) for signed values (toward zero);
// ok is false on a zero divisor or when the quotient does not fit.
func sdivShift(a, b u128, shift uint) (u128, bool) {
	m, ok := udivShift(a.abs(), b.abs(), shift)
	if !ok {
		return u128{}, false
	}
	if a.isNeg() != b.isNeg() {
		if m.ucmp(minI128) > 0 {
			return u128{}, false
		}
		return m.neg(), true
	}
	if m.isNeg() {
		return u128{}, false
	}
	return m, true
}

// sfloorShift returns a >> shift (arithmetic, i.e. floor) for a signed value.
func (a u128) sshr(shift uint) u128 {
	if shift == 0 {
		return a
	}
	if shift >= 64 {
		return u128{uint64(int64(a.hi) >> 63), uint64(int64(a.hi) >> (shift - 64))}
	}
	return u128{uint64(int64(a.hi) >> shift), a.lo>>shift | a.hi<<(64-shift)}
}

// toI64Sat clamps a signed 128-bit value into int64.
func (a u128) toI64Sat() int64 {
	if a.isNeg() {
		if a.hi != math.MaxUint64 || int64(a.lo) >= 0 {
			return math.MinInt64
		}
		return int64(a.lo)
	}
	if a.hi != 0 || a.lo > math.MaxInt64 {
		return math.MaxInt64
	}
	return int64(a.lo)
}

// I64F64 is a signed fixed-point number with 64 integer and 64 fractional bits.
type I64F64 struct{ v u128 }

// I64F64FromU64 converts n exactly, saturating above 2^63 − 1.
func I64F64FromU64(n uint64) I64F64 {
	if n > math.MaxInt64 {
		return I64F64{maxI128}
	}
	return I64F64{u128{n, 0}}
}

// I64F64FromI32F32 converts x exactly.
func I64F64FromI32F32(x I32F32) I64F64 {
	return I64F64{u128{uint64(int64(x) >> 32), uint64(x) << 32}}
}

// I64F64FromBits returns the I64F64 with raw bits hi·2^64 + lo.
func I64F64FromBits(hi int64, lo uint64) I64F64 { return I64F64{u128{uint64(hi), lo}} }

// Bits returns the raw bits as (high signed word, low word).
func (x I64F64) Bits() (int64, uint64) { return int64(x.v.hi), x.v.lo }

// Add returns x + y, wrapping on overflow.
func (x I64F64) Add(y I64F64) I64F64 { return I64F64{x.v.add(y.v)} }

// SatAdd returns x + y, saturating.
func (x I64F64) SatAdd(y I64F64) I64F64 { return I64F64{x.v.sadd(y.v)} }

// SatSub returns x − y, saturating.
func (x I64F64) SatSub(y I64F64) I64F64 { return I64F64{x.v.ssub(y.v)} }

// Cmp compares x and y (−1, 0, 1).
func (x I64F64) Cmp(y I64F64) int { return x.v.scmp(y.v) }

// IsZero reports x == 0.
func (x I64F64) IsZero() bool { return x.v.isZero() }

// CheckedMul returns x·y rounded toward −∞, false on overflow.
func (x I64F64) CheckedMul(y I64F64) (I64F64, bool) {
	r, ok := smulShift(x.v, y.v, 64)
	return I64F64{r}, ok
}

// SatMul returns x·y rounded toward −∞, saturating on overflow.
func (x I64F64) SatMul(y I64F64) I64F64 {
	r, ok := smulShift(x.v, y.v, 64)
	if !ok {
		if x.v.isNeg() != y.v.isNeg() {
			return I64F64{minI128}
		}
		return I64F64{maxI128}
	}
	return I64F64{r}
}

// CheckedDiv returns x / y truncated toward zero; false on y == 0 or overflow.
func (x I64F64) CheckedDiv(y I64F64) (I64F64, bool) {
	q, ok := sdivShift(x.v, y.v, 64)
	return I64F64{q}, ok
}

// SafeDiv returns x / y truncated toward zero, or 0 on y == 0 or overflow.
func (x I64F64) SafeDiv(y I64F64) I64F64 {
	q, ok := sdivShift(x.v, y.v, 64)
	if !ok {
		return I64F64{}
	}
	return I64F64{q}
}

// ToI32F32 drops 32 fractional bits (floor) and saturates into I32F32.
func (x I64F64) ToI32F32() I32F32 { return I32F32(x.v.sshr(32).toI64Sat()) }

// ToU64 returns floor(x) clamped into [0, 2^64).
func (x I64F64) ToU64() uint64 {
	if x.v.isNeg() {
		return 0
	}
	return x.v.hi
}

// I96F32 is a signed fixed-point number with 96 integer and 32 fractional bits.
type I96F32 struct{ v u128 }

// I96F32FromI32F32 converts x exactly.
func I96F32FromI32F32(x I32F32) I96F32 {
	return I96F32{u128{uint64(int64(x) >> 63), uint64(x)}}
}

// I96F32FromU64 converts n exactly.
func I96F32FromU64(n uint64) I96F32 { return I96F32{u128{n >> 32, n << 32}} }

// Bits returns the raw bits as (high signed word, low word).
func (x I96F32) Bits() (int64, uint64) { return int64(x.v.hi), x.v.lo }

// Add returns x + y, wrapping on overflow.
func (x I96F32) Add(y I96F32) I96F32 { return I96F32{x.v.add(y.v)} }

// SatAdd returns x + y, saturating.
func (x I96F32) SatAdd(y I96F32) I96F32 { return I96F32{x.v.sadd(y.v)} }

// SatSub returns x − y, saturating.
func (x I96F32) SatSub(y I96F32) I96F32 { return I96F32{x.v.ssub(y.v)} }

// Cmp compares x and y (−1, 0, 1).
func (x I96F32) Cmp(y I96F32) int { return x.v.scmp(y.v) }

// SatMul returns x·y rounded toward −∞, saturating on overflow.
func (x I96F32) SatMul(y I96F32) I96F32 {
	r, ok := smulShift(x.v, y.v, 32)
	if !ok {
		if x.v.isNeg() != y.v.isNeg() {
			return I96F32{minI128}
		}
		return I96F32{maxI128}
	}
	return I96F32{r}
}

// SafeDiv returns x / y truncated toward zero, or 0 on y == 0 or overflow.
func (x I96F32) SafeDiv(y I96F32) I96F32 {
	q, ok := sdivShift(x.v, y.v, 32)
	if !ok {
		return I96F32{}
	}
	return I96F32{q}
}

// ToU64 returns floor(x) clamped into [0, 2^64).
func (x I96F32) ToU64() uint64 {
	if x.v.isNeg() {
		return 0
	}
	if x.v.hi>>32 != 0 {
		return math.MaxUint64
	}
	return x.v.hi<<32 | x.v.lo>>32
}

// MulU64Floor returns floor(x · n) clamped into [0, 2^64): the reference's
// I96F32::saturating_from_num(x).saturating_mul(I96F32::from(n)).saturating_to_num::<u64>()
// for a proportion x, without intermediate allocation.
func MulU64Floor(x I32F32, n uint64) uint64 {
	if x <= 0 {
		return 0
	}
	hi, lo := bits.Mul64(uint64(x), n)
	if hi>>32 != 0 {
		return math.MaxUint64
	}
	return hi<<32 | lo>>32
}

// U64F64 is an unsigned fixed-point number with 64 integer and 64 fractional bits.
type U64F64 struct{ v u128 }

// U64F64FromU64 converts n exactly.
func U64F64FromU64(n uint64) U64F64 { return U64F64{u128{n, 0}} }

// U64F64FromBits returns the U64F64 with raw bits hi·2^64 + lo.
func U64F64FromBits(hi, lo uint64) U64F64 { return U64F64{u128{hi, lo}} }

// Bits returns the raw bits (high word, low word).
func (x U64F64) Bits() (uint64, uint64) { return x.v.hi, x.v.lo }

// SatAdd returns x + y, saturating.
func (x U64F64) SatAdd(y U64F64) U64F64 {
	s := x.v.add(y.v)
	if s.ucmp(x.v) < 0 {
		return U64F64{maxU128}
	}
	return U64F64{s}
}

// SatSub returns x − y, saturating at 0.
func (x U64F64) SatSub(y U64F64) U64F64 {
	if x.v.ucmp(y.v) < 0 {
		return U64F64{}
	}
	return U64F64{x.v.sub(y.v)}
}

// Cmp compares x and y (−1, 0, 1).
func (x U64F64) Cmp(y U64F64) int { return x.v.ucmp(y.v) }

// SatMul returns x·y rounded down, saturating on overflow.
func (x U64F64) SatMul(y U64F64) U64F64 {
	r, ok := umulShift(x.v, y.v, 64)
	if !ok {
		return U64F64{maxU128}
	}
	return U64F64{r}
}

// CheckedDiv returns x / y rounded down; false on y == 0 or overflow.
func (x U64F64) CheckedDiv(y U64F64) (U64F64, bool) {
	q, ok := udivShift(x.v, y.v, 64)
	return U64F64{q}, ok
}

// SafeDiv returns x / y rounded down, or 0 on y == 0 or overflow.
func (x U64F64) SafeDiv(y U64F64) U64F64 {
	q, _ := udivShift(x.v, y.v, 64)
	return U64F64{q}
}

// ToU64 returns floor(x).
func (x U64F64) ToU64() uint64 { return x.v.hi }

// U96F32 is an unsigned fixed-point number with 96 integer and 32 fractional bits.
type U96F32 struct{ v u128 }

// U96F32FromU64 converts n exactly.
func U96F32FromU64(n uint64) U96F32 { return U96F32{u128{n >> 32, n << 32}} }

// U96F32FromBits returns the U96F32 with raw bits hi·2^64 + lo.
func U96F32FromBits(hi, lo uint64) U96F32 { return U96F32{u128{hi, lo}} }

// Bits returns the raw bits (high word, low word).
func (x U96F32) Bits() (uint64, uint64) { return x.v.hi, x.v.lo }

// SatAdd returns x + y, saturating.
func (x U96F32) SatAdd(y U96F32) U96F32 {
	s := x.v.add(y.v)
	if s.ucmp(x.v) < 0 {
		return U96F32{maxU128}
	}
	return U96F32{s}
}

// SatSub returns x − y, saturating at 0.
func (x U96F32) SatSub(y U96F32) U96F32 {
	if x.v.ucmp(y.v) < 0 {
		return U96F32{}
	}
	return U96F32{x.v.sub(y.v)}
}

// Cmp compares x and y (−1, 0, 1).
func (x U96F32) Cmp(y U96F32) int { return x.v.ucmp(y.v) }

// SatMul returns x·y rounded down, saturating on overflow.
func (x U96F32) SatMul(y U96F32) U96F32 {
	r, ok := umulShift(x.v, y.v, 32)
	if !ok {
		return U96F32{maxU128}
	}
	return U96F32{r}
}

// CheckedDiv returns x / y rounded down; false on y == 0 or overflow.
func (x U96F32) CheckedDiv(y U96F32) (U96F32, bool) {
	q, ok := udivShift(x.v, y.v, 32)
	return U96F32{q}, ok
}

// SafeDiv returns x / y rounded down, or 0 on y == 0 or overflow.
func (x U96F32) SafeDiv(y U96F32) U96F32 {
	q, _ := udivShift(x.v, y.v, 32)
	return U96F32{q}
}

// ToU64 returns floor(x) clamped into [0, 2^64).
func (x U96F32) ToU64() uint64 {
	if x.v.hi>>32 != 0 {
		return math.MaxUint64
	}
	return x.v.hi<<32 | x.v.lo>>32
}
