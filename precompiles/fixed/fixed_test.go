package fixed

import (
	"errors"
	"math"
	"math/big"
	"math/rand"
	"testing"
)

// bigFloorDiv returns floor(a / b) for big integers (b > 0).
func bigFloorDiv(a, b *big.Int) *big.Int {
	q, m := new(big.Int).DivMod(a, b, new(big.Int)) // Euclidean: m >= 0
	_ = m
	return q
}

// refMul is the reference rule: floor(a·b / 2^32), ok=false outside int64.
func refMul(a, b int64) (int64, bool) {
	p := new(big.Int).Mul(big.NewInt(a), big.NewInt(b))
	q := bigFloorDiv(p, new(big.Int).Lsh(big.NewInt(1), 32))
	if !q.IsInt64() {
		return 0, false
	}
	return q.Int64(), true
}

// refDiv is the reference rule: trunc((a << 32) / b), ok=false on b == 0 or overflow.
func refDiv(a, b int64) (int64, bool) {
	if b == 0 {
		return 0, false
	}
	n := new(big.Int).Lsh(big.NewInt(a), 32)
	q := new(big.Int).Quo(n, big.NewInt(b)) // truncates toward zero
	if !q.IsInt64() {
		return 0, false
	}
	return q.Int64(), true
}

func interesting(r *rand.Rand) int64 {
	switch r.Intn(6) {
	case 0:
		return r.Int63n(1<<33) - 1<<32 // around [-1, 1]
	case 1:
		return int64(r.Uint64())
	case 2:
		return []int64{0, 1, -1, math.MaxInt64, math.MinInt64, 1 << 32, -(1 << 32), 1 << 31, 65535 << 32}[r.Intn(9)]
	case 3:
		return r.Int63n(1 << 48)
	case 4:
		return -r.Int63n(1 << 48)
	default:
		return r.Int63n(1<<40) << uint(r.Intn(20))
	}
}

func TestMulDivAgainstBig(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 200000; i++ {
		a, b := interesting(r), interesting(r)
		checkMulDiv(t, a, b)
	}
}

func checkMulDiv(t *testing.T, a, b int64) {
	t.Helper()
	wantM, okM := refMul(a, b)
	gotM, gotOK := I32F32(a).CheckedMul(I32F32(b))
	if okM != gotOK || (okM && int64(gotM) != wantM) {
		t.Fatalf("CheckedMul(%d,%d) = %d,%v want %d,%v", a, b, gotM, gotOK, wantM, okM)
	}
	sat := I32F32(a).SatMul(I32F32(b))
	if okM && int64(sat) != wantM {
		t.Fatalf("SatMul(%d,%d) = %d want %d", a, b, sat, wantM)
	}
	if !okM {
		want := MaxI32F32
		if (a < 0) != (b < 0) {
			want = MinI32F32
		}
		if sat != want {
			t.Fatalf("SatMul(%d,%d) overflow = %d want %d", a, b, sat, want)
		}
	}
	if mp := I32F32(a).MulPos(I32F32(b)); mp != sat {
		t.Fatalf("MulPos(%d,%d) = %d want %d", a, b, mp, sat)
	}
	wantD, okD := refDiv(a, b)
	gotD, gotDOK := I32F32(a).CheckedDiv(I32F32(b))
	if okD != gotDOK || (okD && int64(gotD) != wantD) {
		t.Fatalf("CheckedDiv(%d,%d) = %d,%v want %d,%v", a, b, gotD, gotDOK, wantD, okD)
	}
	sd := I32F32(a).SafeDiv(I32F32(b))
	if (okD && int64(sd) != wantD) || (!okD && sd != 0) {
		t.Fatalf("SafeDiv(%d,%d) = %d", a, b, sd)
	}
}

func FuzzI32F32MulDiv(f *testing.F) {
	f.Add(int64(1<<32), int64(3<<31))
	f.Add(int64(-1), int64(1))
	f.Add(int64(math.MinInt64), int64(-1))
	f.Add(int64(math.MaxInt64), int64(1<<32))
	f.Fuzz(func(t *testing.T, a, b int64) { checkMulDiv(t, a, b) })
}

func TestSaturatingAddSub(t *testing.T) {
	cases := []struct {
		a, b, add, sub I32F32
	}{
		{1, 2, 3, -1},
		{MaxI32F32, 1, MaxI32F32, MaxI32F32 - 1},
		{MinI32F32, -1, MinI32F32, MinI32F32 + 1},
		{MinI32F32, 1, MinI32F32 + 1, MinI32F32},
		{MaxI32F32, -1, MaxI32F32 - 1, MaxI32F32},
		{-5, -7, -12, 2},
	}
	for _, c := range cases {
		if got := c.a.SatAdd(c.b); got != c.add {
			t.Errorf("%d SatAdd %d = %d want %d", c.a, c.b, got, c.add)
		}
		if got := c.a.SatSub(c.b); got != c.sub {
			t.Errorf("%d SatSub %d = %d want %d", c.a, c.b, got, c.sub)
		}
	}
	if got := MaxI32F32.Add(1); got != MinI32F32 {
		t.Errorf("wrapping add = %d", got)
	}
}

func TestConversions(t *testing.T) {
	if got := FromInt(65535); got.Bits() != 65535<<32 {
		t.Errorf("FromInt = %d", got)
	}
	if FromInt(1<<31) != MaxI32F32 || FromInt(-(1<<31)-1) != MinI32F32 || FromInt(-(1<<31)) != MinI32F32 {
		t.Error("FromInt saturation")
	}
	if FromUint(math.MaxUint64) != MaxI32F32 {
		t.Error("FromUint saturation")
	}
	// Constants from the reference (§2 of yuma-consensus.md).
	if got := FromU16(32767).SafeDiv(FromU16(65535)); got.Bits() != 2147450879 {
		t.Errorf("kappa = %d", got)
	}
	if got := U16Proportion(32767); got.Bits() != 2147450879 {
		t.Errorf("U16Proportion(32767) = %d", got)
	}
	for _, c := range []struct {
		u    uint16
		bits int64
	}{{65535, 1 << 32}, {45875, 3006509875}, {58982, 3865503334}, {6553, 429463961}, {19660, 1288457420}, {0, 0}} {
		if got := U16Proportion(c.u); got.Bits() != c.bits {
			t.Errorf("U16Proportion(%d) = %d want %d", c.u, got, c.bits)
		}
	}
	for _, c := range []struct {
		x    I32F32
		want uint16
	}{{One, 65535}, {Half, 32767}, {0, 0}, {-1, 0}, {FromInt(2), 65535}, {MaxI32F32, 65535}, {MinI32F32, 0}, {U16Proportion(12345), 12344}} {
		if got := c.x.ToU16Proportion(); got != c.want {
			t.Errorf("ToU16Proportion(%d) = %d want %d", c.x, got, c.want)
		}
	}
	for _, c := range []struct {
		x     I32F32
		u16   uint16
		u64   uint64
		round I32F32
	}{
		{FromInt(3) + Half, 3, 3, FromInt(4)},
		{FromInt(3) + Half - 1, 3, 3, FromInt(3)},
		{-(FromInt(2) + Half), 0, 0, FromInt(-3)},
		{-(FromInt(2) + Half - 1), 0, 0, FromInt(-2)},
		{FromInt(70000), 65535, 70000, FromInt(70000)},
		{-1, 0, 0, 0},
	} {
		if got := c.x.ToU16(); got != c.u16 {
			t.Errorf("ToU16(%d) = %d", c.x, got)
		}
		if got := c.x.ToU64(); got != c.u64 {
			t.Errorf("ToU64(%d) = %d", c.x, got)
		}
		if got := c.x.Round(); got != c.round {
			t.Errorf("Round(%d) = %d want %d", c.x, got, c.round)
		}
	}
	if got := (FromInt(-2) - 1).Int(); got != -3 {
		t.Errorf("Int floors: %d", got)
	}
}

func TestExp(t *testing.T) {
	cases := []struct {
		x    I32F32
		bits int64
	}{
		{0, 1 << 32},
		{One, 11674931200},
		{FromInt(5), 637429664624},
		{FromInt(-5), 28939262},
	}
	for _, c := range cases {
		got, err := Exp(c.x)
		if err != nil || got.Bits() != c.bits {
			t.Errorf("Exp(%d) = %d, %v want %d", c.x, got, err, c.bits)
		}
	}
	if _, err := Exp(FromInt(30)); !errors.Is(err, ErrOverflow) {
		t.Errorf("Exp(30) err = %v", err)
	}
	if got := ExpSafe(FromInt(100)); got != mustExp(t, FromInt(20)) {
		t.Errorf("ExpSafe clamps high: %d", got)
	}
	if got := ExpSafe(FromInt(-100)); got != mustExp(t, FromInt(-20)) || got <= 0 {
		t.Errorf("ExpSafe clamps low: %d", got)
	}
}

func mustExp(t *testing.T, x I32F32) I32F32 {
	t.Helper()
	r, err := Exp(x)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// refExp evaluates the substrate-fixed series with plain big-integer steps,
// without the fast paths of Exp.
func refExp(x int64) (int64, bool) {
	if x == 0 {
		return 1 << 32, true
	}
	if x == 1<<32 {
		return int64(E), true
	}
	neg := x < 0
	if neg {
		x = -x
	}
	r := new(big.Int).Add(big.NewInt(x), big.NewInt(1<<32))
	term := big.NewInt(x)
	lim := new(big.Int).SetInt64(math.MaxInt64)
	if r.Cmp(lim) > 0 {
		return 0, false
	}
	for i := int64(2); i < 32; i++ {
		m, ok := refMul(term.Int64(), x)
		if !ok {
			return 0, false
		}
		d, ok := refDiv(m, i<<32)
		if !ok {
			return 0, false
		}
		term = big.NewInt(d)
		r.Add(r, term)
		if r.Cmp(lim) > 0 {
			return 0, false
		}
	}
	if neg {
		return refDiv(1<<32, r.Int64())
	}
	return r.Int64(), true
}

func TestExpAgainstSeries(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	for i := 0; i < 20000; i++ {
		x := r.Int63n(44<<32) - 22<<32
		checkExp(t, x)
	}
}

func checkExp(t *testing.T, x int64) {
	t.Helper()
	want, ok := refExp(x)
	got, err := Exp(I32F32(x))
	if ok != (err == nil) || (ok && int64(got) != want) {
		t.Fatalf("Exp(%d) = %d,%v want %d,%v", x, got, err, want, ok)
	}
}

func FuzzExp(f *testing.F) {
	f.Add(int64(5 << 32))
	f.Add(int64(-3 << 31))
	f.Add(int64(1))
	f.Fuzz(func(t *testing.T, x int64) {
		if x < -(40<<32) || x > 40<<32 {
			x %= 40 << 32
		}
		checkExp(t, x)
	})
}

func TestI64F64(t *testing.T) {
	// stake [1,1,1] normalised in I64F64, truncated to I32F32 = 1431655765.
	one := I64F64FromU64(1)
	three := I64F64FromU64(3)
	if got := one.SafeDiv(three).ToI32F32(); got.Bits() != 1431655765 {
		t.Errorf("1/3 = %d", got)
	}
	// EMA alpha from BondsMovingAverage.
	for _, c := range []struct {
		bma  uint64
		bits int64
	}{{900000, 429496730}, {975000, 107374183}} {
		ma := I64F64FromU64(c.bma).SafeDiv(I64F64FromU64(1000000)).ToI32F32()
		if got := One.SatSub(ma); got.Bits() != c.bits {
			t.Errorf("alpha(%d) = %d want %d", c.bma, got, c.bits)
		}
	}
	if !one.SafeDiv(I64F64{}).IsZero() {
		t.Error("SafeDiv by 0")
	}
	if got := I64F64FromU64(math.MaxUint64); got.Cmp(I64F64{maxI128}) != 0 {
		t.Error("saturating from u64")
	}
	if _, ok := I64F64FromU64(1 << 62).CheckedDiv(I64F64FromBits(0, 1)); ok {
		t.Error("div overflow not detected")
	}
	if got := I64F64FromU64(7).ToU64(); got != 7 {
		t.Errorf("ToU64 = %d", got)
	}
	neg := I64F64{}.SatSub(I64F64FromBits(0, 1<<63)) // −0.5
	if neg.ToU64() != 0 || neg.ToI32F32() != -Half {
		t.Errorf("negative conversions: %d %d", neg.ToU64(), neg.ToI32F32())
	}
	if got := I64F64FromI32F32(-Half); got.Cmp(neg) != 0 {
		t.Error("FromI32F32")
	}
	p := I64F64FromU64(3).SatMul(neg)
	if hi, lo := p.Bits(); hi != -2 || lo != 1<<63 {
		t.Errorf("3 × −0.5 = %d,%d", hi, lo)
	}
	if got := I64F64FromU64(1 << 40).SatMul(I64F64FromU64(1 << 40)); got.Cmp(I64F64{maxI128}) != 0 {
		t.Error("SatMul saturation")
	}
}

func TestI96F32AndUnsigned(t *testing.T) {
	half := I96F32FromI32F32(Half)
	if got := half.SatMul(I96F32FromU64(1000000001)).ToU64(); got != 500000000 {
		t.Errorf("0.5·1000000001 = %d", got)
	}
	if got := MulU64Floor(Half, 1000000001); got != 500000000 {
		t.Errorf("MulU64Floor = %d", got)
	}
	if got := MulU64Floor(One, math.MaxUint64); got != math.MaxUint64 {
		t.Errorf("MulU64Floor max = %d", got)
	}
	if got := MulU64Floor(FromInt(2), math.MaxUint64); got != math.MaxUint64 {
		t.Errorf("MulU64Floor saturates = %d", got)
	}
	r := rand.New(rand.NewSource(3))
	for i := 0; i < 10000; i++ {
		x := I32F32(r.Int63n(1<<33) - 1<<32)
		n := r.Uint64()
		want := I96F32FromI32F32(x).SatMul(I96F32FromU64(n)).ToU64()
		if got := MulU64Floor(x, n); got != want {
			t.Fatalf("MulU64Floor(%d,%d) = %d want %d", x, n, got, want)
		}
	}
	if got := I96F32FromU64(10).SafeDiv(I96F32FromU64(4)); got.Cmp(I96F32FromI32F32(FromInt(2)+Half)) != 0 {
		t.Error("I96F32 SafeDiv")
	}
	u := U96F32FromU64(10).SatMul(U96F32FromU64(3))
	if u.ToU64() != 30 {
		t.Errorf("U96F32 mul = %d", u.ToU64())
	}
	if q, ok := U96F32FromU64(1).CheckedDiv(U96F32FromU64(4)); !ok || q.Cmp(U96F32FromBits(0, 1<<30)) != 0 {
		t.Error("U96F32 div")
	}
	if _, ok := U96F32FromU64(1).CheckedDiv(U96F32{}); ok {
		t.Error("U96F32 div by zero")
	}
	if U96F32FromU64(1).SatSub(U96F32FromU64(2)).ToU64() != 0 || U96F32FromU64(math.MaxUint64).SatAdd(U96F32FromBits(math.MaxUint64, 0)).Cmp(U96F32{maxU128}) != 0 {
		t.Error("U96F32 saturation")
	}
	v := U64F64FromU64(7).SafeDiv(U64F64FromU64(2))
	if hi, lo := v.Bits(); hi != 3 || lo != 1<<63 {
		t.Errorf("U64F64 7/2 = %d,%d", hi, lo)
	}
	if U64F64FromU64(5).SatMul(U64F64FromU64(6)).ToU64() != 30 || U64F64FromU64(1).SatSub(U64F64FromU64(3)).ToU64() != 0 {
		t.Error("U64F64 ops")
	}
	if U64F64FromU64(1<<63).SatMul(U64F64FromU64(4)).Cmp(U64F64{maxU128}) != 0 {
		t.Error("U64F64 saturation")
	}
}

func TestSignedWideAgainstBig(t *testing.T) {
	r := rand.New(rand.NewSource(11))
	two := func(n uint) *big.Int { return new(big.Int).Lsh(big.NewInt(1), n) }
	toBig := func(v u128) *big.Int {
		b := new(big.Int).SetUint64(v.hi)
		b.Lsh(b, 64).Add(b, new(big.Int).SetUint64(v.lo))
		if v.isNeg() {
			b.Sub(b, two(128))
		}
		return b
	}
	minB, maxB := new(big.Int).Neg(two(127)), new(big.Int).Sub(two(127), big.NewInt(1))
	inRange := func(b *big.Int) bool { return b.Cmp(minB) >= 0 && b.Cmp(maxB) <= 0 }
	for i := 0; i < 20000; i++ {
		a := u128{r.Uint64() >> uint(r.Intn(64)), r.Uint64()}
		b := u128{r.Uint64() >> uint(r.Intn(64)), r.Uint64()}
		if r.Intn(2) == 0 {
			a = a.neg()
		}
		if r.Intn(2) == 0 {
			b = b.neg()
		}
		for _, sh := range []uint{32, 64} {
			p := new(big.Int).Mul(toBig(a), toBig(b))
			want := bigFloorDiv(p, two(sh))
			got, ok := smulShift(a, b, sh)
			if ok != inRange(want) || (ok && toBig(got).Cmp(want) != 0) {
				t.Fatalf("smulShift %v %v %d", a, b, sh)
			}
			if !b.isZero() {
				q := new(big.Int).Quo(new(big.Int).Lsh(toBig(a), sh), toBig(b))
				got, ok := sdivShift(a, b, sh)
				if ok != inRange(q) || (ok && toBig(got).Cmp(q) != 0) {
					t.Fatalf("sdivShift %v %v %d", a, b, sh)
				}
			}
		}
	}
}

func checkDivisor(t *testing.T, a, b int64) {
	t.Helper()
	want := I32F32(a).SafeDiv(I32F32(b))
	if got := NewDivisor(I32F32(b)).SafeDiv(I32F32(a)); got != want {
		t.Fatalf("Divisor(%d).SafeDiv(%d) = %d want %d", b, a, got, want)
	}
}

func TestDivisor(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	for i := 0; i < 300000; i++ {
		checkDivisor(t, interesting(r), interesting(r))
		// The reciprocal path: proportions divided by positive sums.
		checkDivisor(t, r.Int63n(1<<32), 1+r.Int63n(1<<uint(1+r.Intn(62))))
	}
	for _, b := range []int64{1, 2, 3, 7, 1<<32 - 1, 1 << 32, 1<<32 + 1, math.MaxInt64 - 1} {
		for _, a := range []int64{0, 1, 1<<31 - 1, 1<<32 - 1, 1<<32 - 2} {
			checkDivisor(t, a, b)
		}
	}
	for _, b := range []int64{1, -1, 2, 3, 65535, 1 << 32, math.MaxInt64, math.MinInt64, 0} {
		for _, a := range []int64{0, 1, -1, math.MaxInt64, math.MinInt64, 1 << 32, 12345678901} {
			checkDivisor(t, a, b)
		}
	}
}

func FuzzDivisor(f *testing.F) {
	f.Add(int64(1<<32), int64(3))
	f.Add(int64(math.MinInt64), int64(-1))
	f.Add(int64(-7), int64(math.MaxInt64))
	f.Fuzz(func(t *testing.T, a, b int64) { checkDivisor(t, a, b) })
}
