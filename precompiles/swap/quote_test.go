package swap

import (
	"errors"
	"math"
	"testing"
)

func TestFeeOn(t *testing.T) {
	tests := []struct {
		fee    FeeRate
		amount uint64
		want   uint64
	}{
		{DefaultFeeRate, 0, 0},
		{DefaultFeeRate, 1, 1},                                // 33/65535 rounds up to 1
		{DefaultFeeRate, 1985, 1},                             // 65505/65535
		{DefaultFeeRate, 1986, 2},                             // 65538/65535
		{DefaultFeeRate, 65535, 33},                           // exact
		{DefaultFeeRate, 1e9, 503548},                         // 503547.72…
		{NoFee, 1e9, 0},                                       //
		{MaxFeeRate, 65535, 10000},                            //
		{MaxFeeRate, math.MaxUint64, 2814792717434890000},     // 2^64-1 = 65535·281479271743489: exact
		{MaxFeeRate, math.MaxUint64 - 1, 2814792717434890000}, // 2814792717434889999.84… rounds up
		{FeeRate(65535), math.MaxUint64, math.MaxUint64},
	}
	for _, tt := range tests {
		if got := tt.fee.On(tt.amount); got != tt.want {
			t.Errorf("FeeRate(%d).On(%d) = %d, want %d", tt.fee, tt.amount, got, tt.want)
		}
	}
	if err := MaxFeeRate.Validate(); err != nil {
		t.Error(err)
	}
	if err := (MaxFeeRate + 1).Validate(); !errors.Is(err, ErrInvalidFee) {
		t.Errorf("fee above max: %v", err)
	}
}

func TestQuote(t *testing.T) {
	big := Pool{100e9, 100e9}
	tests := []struct {
		name  string
		pool  Pool
		dir   Direction
		in    uint64
		fee   FeeRate
		err   error
		f     uint64
		out   uint64
		after Pool
	}{
		// x = y = 4e6, no fee, 4e6 in: out = 4e6·4e6/8e6 = 2e6, k unchanged.
		{"buy exact no fee", Pool{4e6, 4e6}, Buy, 4e6, NoFee, nil, 0, 2e6, Pool{8e6, 2e6}},
		{"sell exact no fee", Pool{4e6, 4e6}, Sell, 4e6, NoFee, nil, 0, 2e6, Pool{2e6, 8e6}},
		// 12e6 in: out = 48e12/16e6 = 3e6 leaves exactly the minimum.
		{"buy to the minimum", Pool{4e6, 4e6}, Buy, 12e6, NoFee, nil, 0, 3e6, Pool{16e6, 1e6}},
		// 12000016 still pays 3000000 (3000000.99…); 12000017 pays 3000001.
		{"buy rounding keeps minimum", Pool{4e6, 4e6}, Buy, 12000016, NoFee, nil, 0, 3e6, Pool{16000016, 1e6}},
		{"buy below minimum", Pool{4e6, 4e6}, Buy, 12000017, NoFee, ErrReserveBelowMinimum, 0, 0, Pool{}},
		{"sell below minimum", Pool{4e6, 4e6}, Sell, 12000017, NoFee, ErrReserveBelowMinimum, 0, 0, Pool{}},
		// 1 TAO into 100/100 with the default fee: fee ⌈33e9/65535⌉ = 503548,
		// net 999496452, out ⌊1e11·999496452/100999496452⌋ = 989605381.
		{"buy 1 TAO default fee", big, Buy, 1e9, DefaultFeeRate, nil, 503548, 989605381, Pool{101e9, 100e9 - 989605381}},
		{"sell 1 alpha default fee", big, Sell, 1e9, DefaultFeeRate, nil, 503548, 989605381, Pool{100e9 - 989605381, 101e9}},
		// 7 in, no fee, x=y=1e6·3: out = ⌊3e6·7/3000007⌋ = 6 (6.99998…): rounds down.
		{"output rounds down", Pool{3e6, 3e6}, Buy, 7, NoFee, nil, 0, 6, Pool{3000007, 2999994}},
		{"zero amount", big, Buy, 0, DefaultFeeRate, ErrZeroAmount, 0, 0, Pool{}},
		{"fee eats a unit input", big, Buy, 1, DefaultFeeRate, ErrZeroOutput, 0, 0, Pool{}},
		{"output rounds to zero", big, Sell, 1, NoFee, ErrZeroOutput, 0, 0, Pool{}},
		// input cap: 1000 × 1e6 accepted, one more refused.
		{"input at cap", Pool{1e6, 1e15}, Buy, 1e9, NoFee, nil, 0, 999000999000999, Pool{1001e6, 1e15 - 999000999000999}},
		{"input above cap", Pool{1e6, 1e15}, Buy, 1e9 + 1, NoFee, ErrInputTooLarge, 0, 0, Pool{}},
		{"sell input above cap", Pool{1e15, 1e6}, Sell, 1e9 + 1, NoFee, ErrInputTooLarge, 0, 0, Pool{}},
		{"reserve overflow", Pool{math.MaxUint64 - 5, 1e12}, Buy, 6, NoFee, ErrOverflow, 0, 0, Pool{}},
		{"reserve just fits", Pool{math.MaxUint64 - 5e9, 1e12}, Buy, 5e9, NoFee, nil, 0, 271, Pool{math.MaxUint64, 1e12 - 271}},
		{"invalid pool", Pool{1e6 - 1, 1e9}, Buy, 1e6, NoFee, ErrInsufficientLiquidity, 0, 0, Pool{}},
		{"invalid fee", big, Buy, 1e9, MaxFeeRate + 1, ErrInvalidFee, 0, 0, Pool{}},
		{"invalid direction", big, Direction(0), 1e9, NoFee, ErrInvalidParameter, 0, 0, Pool{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, err := tt.pool.Quote(tt.dir, tt.in, tt.fee)
			if !errors.Is(err, tt.err) {
				t.Fatalf("Quote error = %v, want %v", err, tt.err)
			}
			if err != nil {
				if q != (Quote{}) {
					t.Errorf("failed quote is not zero: %+v", q)
				}
				return
			}
			want := Quote{Direction: tt.dir, FeeRate: tt.fee, In: tt.in, Fee: tt.f, Out: tt.out, Before: tt.pool, After: tt.after}
			if q != want {
				t.Fatalf("Quote =\n %+v\nwant\n %+v", q, want)
			}
			got, err := tt.pool.Apply(q)
			if err != nil || got != tt.after {
				t.Errorf("Apply = %+v, %v", got, err)
			}
			var sim uint64
			if tt.dir == Buy {
				sim, err = tt.pool.SimulateBuy(tt.in, tt.fee)
			} else {
				sim, err = tt.pool.SimulateSell(tt.in, tt.fee)
			}
			if err != nil || sim != tt.out {
				t.Errorf("Simulate = %d, %v", sim, err)
			}
		})
	}
}

func TestQuoteHelpersAgree(t *testing.T) {
	p := Pool{123456789012, 98765432109}
	b1, err1 := p.QuoteBuy(5e9, DefaultFeeRate)
	b2, err2 := p.Quote(Buy, 5e9, DefaultFeeRate)
	if err1 != nil || err2 != nil || b1 != b2 {
		t.Fatalf("QuoteBuy differs from Quote(Buy): %+v %+v", b1, b2)
	}
	s1, err1 := p.QuoteSell(5e9, DefaultFeeRate)
	s2, err2 := p.Quote(Sell, 5e9, DefaultFeeRate)
	if err1 != nil || err2 != nil || s1 != s2 {
		t.Fatalf("QuoteSell differs from Quote(Sell): %+v %+v", s1, s2)
	}
	if _, err := p.SimulateBuy(0, DefaultFeeRate); !errors.Is(err, ErrZeroAmount) {
		t.Errorf("SimulateBuy(0): %v", err)
	}
	if Buy.String() != "buy" || Sell.String() != "sell" || Direction(9).String() != "invalid" {
		t.Error("Direction.String")
	}
}

func TestApplyRefusesForeignQuotes(t *testing.T) {
	p := Pool{100e9, 100e9}
	q, err := p.QuoteBuy(1e9, DefaultFeeRate)
	if err != nil {
		t.Fatal(err)
	}
	moved := q.After
	if _, err := moved.Apply(q); !errors.Is(err, ErrQuoteMismatch) {
		t.Errorf("stale quote: %v", err)
	}
	for name, mut := range map[string]func(*Quote){
		"out":   func(q *Quote) { q.Out++ },
		"fee":   func(q *Quote) { q.Fee-- },
		"after": func(q *Quote) { q.After.Alpha++ },
		"rate":  func(q *Quote) { q.FeeRate = NoFee },
	} {
		bad := q
		mut(&bad)
		if _, err := p.Apply(bad); !errors.Is(err, ErrQuoteMismatch) {
			t.Errorf("altered %s: %v", name, err)
		}
	}
	bad := q
	bad.In = 0
	if _, err := p.Apply(bad); !errors.Is(err, ErrZeroAmount) {
		t.Errorf("altered to an invalid swap: %v", err)
	}
}
