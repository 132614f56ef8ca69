package swap

import (
	"errors"
	"math"
	"testing"

	"github.com/holiman/uint256"
)

func TestNewPoolValidate(t *testing.T) {
	tests := []struct {
		tao, alpha uint64
		err        error
	}{
		{MinimumReserve, MinimumReserve, nil},
		{MinimumReserve - 1, MinimumReserve, ErrInsufficientLiquidity},
		{MinimumReserve, MinimumReserve - 1, ErrInsufficientLiquidity},
		{0, 0, ErrInsufficientLiquidity},
		{math.MaxUint64, math.MaxUint64, nil},
	}
	for _, tt := range tests {
		p, err := NewPool(tt.tao, tt.alpha)
		if !errors.Is(err, tt.err) {
			t.Errorf("NewPool(%d, %d) error = %v, want %v", tt.tao, tt.alpha, err, tt.err)
		}
		if err == nil && (p.TAO != tt.tao || p.Alpha != tt.alpha) {
			t.Errorf("NewPool(%d, %d) = %+v", tt.tao, tt.alpha, p)
		}
	}
}

func TestPrices(t *testing.T) {
	tests := []struct {
		name      string
		pool      Pool
		rao       uint64
		raoErr    error
		price18   string // decimal
		capped    uint64
		priceErrs error
	}{
		{"one", Pool{100e9, 100e9}, 1e9, nil, "1000000000000000000", PriceScale, nil},
		{"half", Pool{1e11, 2e11}, 5e8, nil, "500000000000000000", 5e17, nil},
		{"third rounds down", Pool{1e6, 3e6}, 333333333, nil, "333333333333333333", 333333333333333333, nil},
		{"two capped", Pool{2e6, 1e6}, 2e9, nil, "2000000000000000000", PriceScale, nil},
		{"rao price overflows", Pool{math.MaxUint64, 1e6}, 0, ErrOverflow, "18446744073709551615000000000000", PriceScale, nil},
		{"invalid pool", Pool{1, 1e9}, 0, ErrInsufficientLiquidity, "", 0, ErrInsufficientLiquidity},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.pool.PriceRao()
			if !errors.Is(err, tt.raoErr) || got != tt.rao {
				t.Errorf("PriceRao = %d, %v; want %d, %v", got, err, tt.rao, tt.raoErr)
			}
			p18, err := tt.pool.Price18()
			if !errors.Is(err, tt.priceErrs) {
				t.Fatalf("Price18 error %v, want %v", err, tt.priceErrs)
			}
			if err == nil {
				want := uint256.MustFromDecimal(tt.price18)
				if !p18.Eq(want) {
					t.Errorf("Price18 = %s, want %s", p18.Dec(), want.Dec())
				}
			}
			c, err := tt.pool.CappedPrice18()
			if !errors.Is(err, tt.priceErrs) || c != tt.capped {
				t.Errorf("CappedPrice18 = %d, %v; want %d", c, err, tt.capped)
			}
		})
	}
}

func TestCmpPrice(t *testing.T) {
	p := Pool{1e6, 3e6} // exactly 333333333.33… rao per alpha
	for _, tt := range []struct {
		limit uint64
		want  int
	}{
		{0, 1}, {333333333, 1}, {333333334, -1}, {math.MaxUint64, -1},
	} {
		got, err := p.CmpPrice(tt.limit)
		if err != nil || got != tt.want {
			t.Errorf("CmpPrice(%d) = %d, %v; want %d", tt.limit, got, err, tt.want)
		}
	}
	if got, _ := (Pool{3e6, 1e6}).CmpPrice(3e9); got != 0 {
		t.Errorf("CmpPrice at the exact price = %d, want 0", got)
	}
	if _, err := (Pool{3e6, 1}).CmpPrice(1); !errors.Is(err, ErrInsufficientLiquidity) {
		t.Errorf("CmpPrice on an invalid pool: %v", err)
	}
}

func TestAddLiquidity(t *testing.T) {
	p := Pool{1e9, 2e9}
	got, err := p.AddLiquidity(5, 7)
	if err != nil || got != (Pool{1e9 + 5, 2e9 + 7}) {
		t.Fatalf("AddLiquidity = %+v, %v", got, err)
	}
	if p != (Pool{1e9, 2e9}) {
		t.Fatal("AddLiquidity modified its receiver")
	}
	if _, err := (Pool{math.MaxUint64 - 1, 2e9}).AddLiquidity(2, 0); !errors.Is(err, ErrOverflow) {
		t.Errorf("TAO overflow: %v", err)
	}
	if _, err := (Pool{2e9, math.MaxUint64}).AddLiquidity(0, 1); !errors.Is(err, ErrOverflow) {
		t.Errorf("alpha overflow: %v", err)
	}
	if _, err := (Pool{}).AddLiquidity(1e9, 1e9); !errors.Is(err, ErrInsufficientLiquidity) {
		t.Errorf("empty pool: %v", err)
	}
}

func TestProduct(t *testing.T) {
	k := Pool{math.MaxUint64, math.MaxUint64}.Product()
	want := uint256.MustFromDecimal("340282366920938463426481119284349108225") // (2^64-1)^2
	if !k.Eq(want) {
		t.Fatalf("Product = %s", k.Dec())
	}
}

func TestSpotConversions(t *testing.T) {
	p := Pool{3e6, 2e6} // 1.5 TAO per alpha
	tests := []struct {
		name string
		f    func(uint64) (uint64, error)
		in   uint64
		want uint64
		err  error
	}{
		{"alpha to TAO", p.AlphaToTAO, 1e9, 15e8, nil},
		{"alpha to TAO rounds down", p.AlphaToTAO, 3, 4, nil}, // 4.5
		{"TAO to alpha", p.TAOToAlpha, 15e8, 1e9, nil},
		{"TAO to alpha rounds down", p.TAOToAlpha, 2, 1, nil}, // 1.33…
		{"zero", p.TAOToAlpha, 0, 0, nil},
		{"overflow", Pool{math.MaxUint64, 1e6}.AlphaToTAO, 1e6 + 1, 0, ErrOverflow},
		{"largest", Pool{math.MaxUint64, 1e6}.AlphaToTAO, 1e6, math.MaxUint64, nil},
		{"invalid pool", Pool{}.TAOToAlpha, 1, 0, ErrInsufficientLiquidity},
		{"invalid pool", Pool{}.AlphaToTAO, 1, 0, ErrInsufficientLiquidity},
	}
	for _, tt := range tests {
		got, err := tt.f(tt.in)
		if got != tt.want || !errors.Is(err, tt.err) {
			t.Errorf("%s(%d) = %d, %v; want %d, %v", tt.name, tt.in, got, err, tt.want, tt.err)
		}
	}
}
