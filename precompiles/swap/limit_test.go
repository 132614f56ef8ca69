package swap

import (
	"errors"
	"math"
	"testing"
)

func TestMaxBuyMaxSell(t *testing.T) {
	const maxPrice = math.MaxUint64
	big := Pool{100e9, 100e9}
	tests := []struct {
		name  string
		pool  Pool
		dir   Direction
		limit uint64
		fee   FeeRate
		want  uint64
	}{
		// (4e6+n)² ≤ 4·4e6·4e6 ⇒ n ≤ 4e6, and 4e6 lands exactly on price 4
		// (pool 8e6/2e6); 4e6+1 pays the same 2e6 alpha and ends above it.
		{"buy to price 4, no fee", Pool{4e6, 4e6}, Buy, 4e9, NoFee, 4e6},
		{"sell to price 1/4, no fee", Pool{4e6, 4e6}, Sell, 25e7, NoFee, 4e6},
		// 1.1² = 1.21: the TAO reserve may grow by 10% exactly.
		{"buy to 1.21, no fee", big, Buy, 121e7, NoFee, 10e9},
		// 0.9² = 0.81: the alpha reserve may grow to 1e11/0.9 = 111111111111.1.
		{"sell to 0.81, no fee", big, Sell, 81e7, NoFee, 11111111111},
		// With the fee the amounts are larger (the fee buys nothing but stays
		// in the pool); values from an exact brute-force search.
		{"buy to 1.21, default fee", big, Buy, 121e7, DefaultFeeRate, 10002518401},
		{"sell to 0.81, default fee", big, Sell, 81e7, DefaultFeeRate, 11113909338},
		// No price bound: the output reserve's minimum binds (see TestQuote).
		{"buy unbounded price", Pool{4e6, 4e6}, Buy, maxPrice, NoFee, 12000016},
		{"sell limit zero", Pool{4e6, 4e6}, Sell, 0, NoFee, 12000016},
		// The input cap binds.
		{"buy at input cap", Pool{1e6, 1e15}, Buy, maxPrice, NoFee, 1e9},
		{"sell at input cap", Pool{1e15, 1e6}, Sell, 0, NoFee, 1e9},
		// The limit is at or behind the current price: nothing is fillable.
		{"buy limit at spot", Pool{4e6, 4e6}, Buy, 1e9, NoFee, 0},
		{"buy limit below spot", big, Buy, 5e8, DefaultFeeRate, 0},
		{"sell limit at spot", Pool{4e6, 4e6}, Sell, 1e9, NoFee, 0},
		{"sell limit above spot", big, Sell, 2e9, DefaultFeeRate, 0},
		// The only inputs within the limit pay out nothing.
		// The only inputs within the limit pay out nothing: at 1e15 rao per
		// alpha, 5 rao more of TAO reserve are allowed but buy no alpha.
		{"only zero outputs fit the price", Pool{1e12, 1e6 + 1}, Buy, 999999000006000, NoFee, 0},
		// An alpha reserve at the minimum cannot pay out anything.
		{"only zero outputs fit the reserve", Pool{1e12, 1e6}, Buy, maxPrice, NoFee, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got uint64
			var err error
			if tt.dir == Buy {
				got, err = tt.pool.MaxBuy(tt.limit, tt.fee)
			} else {
				got, err = tt.pool.MaxSell(tt.limit, tt.fee)
			}
			if err != nil || got != tt.want {
				t.Fatalf("max = %d, %v; want %d", got, err, tt.want)
			}
			if got == 0 {
				return
			}
			// The result executes and respects the limit …
			q, err := tt.pool.Quote(tt.dir, got, tt.fee)
			if err != nil {
				t.Fatalf("quoting the max: %v", err)
			}
			if !withinLimit(q.After, tt.dir, tt.limit) {
				t.Fatalf("max %d ends beyond the limit: %+v", got, q.After)
			}
			// … and one more unit does not.
			q2, err := tt.pool.Quote(tt.dir, got+1, tt.fee)
			if err == nil && withinLimit(q2.After, tt.dir, tt.limit) {
				t.Fatalf("max+1 is still fillable: %+v", q2.After)
			}
		})
	}
}

// withinLimit reports whether pool p's spot price is on the allowed side of
// limit after a swap in direction d.
func withinLimit(p Pool, d Direction, limit uint64) bool {
	c := cmpPrice(p.TAO, p.Alpha, limit)
	if d == Buy {
		return c <= 0
	}
	return c >= 0
}

func TestMaxErrors(t *testing.T) {
	if _, err := (Pool{1, 1e9}).MaxBuy(1e9, NoFee); !errors.Is(err, ErrInsufficientLiquidity) {
		t.Errorf("MaxBuy on invalid pool: %v", err)
	}
	if _, err := (Pool{1e9, 1}).MaxSell(1e9, NoFee); !errors.Is(err, ErrInsufficientLiquidity) {
		t.Errorf("MaxSell on invalid pool: %v", err)
	}
	if _, err := (Pool{1e9, 1e9}).MaxBuy(1e9, MaxFeeRate+1); !errors.Is(err, ErrInvalidFee) {
		t.Errorf("MaxBuy with invalid fee: %v", err)
	}
	if _, err := (Pool{1e9, 1e9}).MaxSell(1e9, MaxFeeRate+1); !errors.Is(err, ErrInvalidFee) {
		t.Errorf("MaxSell with invalid fee: %v", err)
	}
}

func TestFillAmount(t *testing.T) {
	tests := []struct {
		req, max uint64
		partial  bool
		want     uint64
		err      error
	}{
		{0, 10, true, 0, ErrZeroAmount},
		{5, 10, false, 5, nil},
		{10, 10, false, 10, nil},
		{11, 10, false, 0, ErrPriceLimit},
		{11, 10, true, 10, nil},
		{1, 0, true, 0, ErrPriceLimit},
		{1, 0, false, 0, ErrPriceLimit},
	}
	for _, tt := range tests {
		got, err := FillAmount(tt.req, tt.max, tt.partial)
		if got != tt.want || !errors.Is(err, tt.err) {
			t.Errorf("FillAmount(%d, %d, %v) = %d, %v; want %d, %v", tt.req, tt.max, tt.partial, got, err, tt.want, tt.err)
		}
	}
}

func TestQuoteLimit(t *testing.T) {
	big := Pool{100e9, 100e9}
	// Buying 20 TAO would end near 1.44; with a 1.21 limit only 10002518401 fit.
	if _, err := big.QuoteBuyLimit(20e9, 121e7, false, DefaultFeeRate); !errors.Is(err, ErrPriceLimit) {
		t.Errorf("fill-or-kill beyond the limit: %v", err)
	}
	q, err := big.QuoteBuyLimit(20e9, 121e7, true, DefaultFeeRate)
	if err != nil || q.In != 10002518401 {
		t.Fatalf("partial buy = %+v, %v", q, err)
	}
	q, err = big.QuoteBuyLimit(1e9, 121e7, false, DefaultFeeRate)
	if err != nil || q.In != 1e9 || q.Out != 989605381 {
		t.Fatalf("buy within the limit = %+v, %v", q, err)
	}
	if _, err := big.QuoteSellLimit(20e9, 81e7, false, DefaultFeeRate); !errors.Is(err, ErrPriceLimit) {
		t.Errorf("fill-or-kill sell beyond the limit: %v", err)
	}
	q, err = big.QuoteSellLimit(20e9, 81e7, true, DefaultFeeRate)
	if err != nil || q.In != 11113909338 {
		t.Fatalf("partial sell = %+v, %v", q, err)
	}
	if _, err := big.QuoteSellLimit(1e9, 2e9, true, DefaultFeeRate); !errors.Is(err, ErrPriceLimit) {
		t.Errorf("sell with the limit above spot: %v", err)
	}
	if _, err := big.QuoteBuyLimit(1, 2e9, true, DefaultFeeRate); !errors.Is(err, ErrZeroOutput) {
		t.Errorf("buy of 1 rao within the limit: %v", err)
	}
	if _, err := (Pool{}).QuoteBuyLimit(1e9, 2e9, true, DefaultFeeRate); !errors.Is(err, ErrInsufficientLiquidity) {
		t.Errorf("invalid pool: %v", err)
	}
	if _, err := (Pool{}).QuoteSellLimit(1e9, 2e9, true, DefaultFeeRate); !errors.Is(err, ErrInsufficientLiquidity) {
		t.Errorf("invalid pool: %v", err)
	}
}

func TestSearchMax(t *testing.T) {
	for _, tt := range []struct{ upper, answer, guess uint64 }{
		{0, 0, 0},
		{100, 37, 37},
		{100, 37, 0},
		{100, 37, 100},
		{100, 37, 38},
		{100, 37, 36},
		{100, 100, 3},
		{100, 0, 50},
		{math.MaxUint64, math.MaxUint64 - 1, 1},
		{math.MaxUint64, 1, math.MaxUint64},
		{math.MaxUint64, math.MaxUint64, math.MaxUint64 / 2},
	} {
		calls := 0
		got := searchMax(tt.upper, tt.guess, func(v uint64) bool { calls++; return v <= tt.answer })
		if got != tt.answer {
			t.Errorf("searchMax(%d, %d) = %d, want %d", tt.upper, tt.guess, got, tt.answer)
		}
		if calls > 130 {
			t.Errorf("searchMax(%d, %d) took %d probes", tt.upper, tt.guess, calls)
		}
	}
}
