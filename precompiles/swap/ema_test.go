package swap

import (
	"errors"
	"math"
	"testing"
)

func TestNextMovingPrice(t *testing.T) {
	def := DefaultMovingPriceParams()
	tests := []struct {
		name            string
		prev, spot, age uint64
		params          MovingPriceParams
		want            uint64
		err             error
	}{
		// First block: α_eff = 3e-6·1/201601; spot 5.0 is capped at 1.0:
		// ⌊3e12·1e18 / (201601·1e18)⌋ = ⌊14880878.56…⌋.
		{"first block, spot capped", 0, 5 * PriceScale, 1, def, 14880878, nil},
		// At age h the warm-up factor is exactly 1/2: α_eff = 1.5e-6.
		{"half warm-up up", 0, PriceScale, 201600, def, 1_500_000_000_000, nil},
		{"half warm-up down", PriceScale, 0, 201600, def, PriceScale - 1_500_000_000_000, nil},
		// A fixed point stays put.
		{"fixed point", 5e17, 5e17, 12345, def, 5e17, nil},
		// Without warm-up α_eff is the base rate.
		{"no warm-up", 0, PriceScale, 1, MovingPriceParams{DefaultMovingBaseRate, 0}, 3_000_000_000_000, nil},
		// Age 0: the rate is 0, nothing moves; also with h = 0 (0/0 taken as 0).
		{"age zero", 777, PriceScale, 0, def, 777, nil},
		{"age and h zero", 777, PriceScale, 0, MovingPriceParams{DefaultMovingBaseRate, 0}, 777, nil},
		// A single floor at the end: 1·(1 − 3e-6/201601) rounds to 0.
		{"rounds down", 1, 0, 1, def, 0, nil},
		// 123456789 + 2.4967…e-6·(987654321 − 123456789) = 123458946.6…
		{"general", 123456789, 987654321, 1_000_000, def, 123458946, nil},
		// α = 1: the price jumps to the (capped) spot.
		{"rate one", 42, 3 * PriceScale, 7, MovingPriceParams{PriceScale, 0}, PriceScale, nil},
		// Extremes: α_eff = (2^64-1)/(2·(2^64-1)) = 1/2 exactly.
		{"extreme ages", PriceScale, PriceScale - 1, math.MaxUint64, MovingPriceParams{PriceScale, math.MaxUint64}, PriceScale - 1, nil},
		{"extreme prev", math.MaxUint64, 0, math.MaxUint64, MovingPriceParams{PriceScale, 0}, 0, nil},
		{"rate above one", 0, 0, 1, MovingPriceParams{PriceScale + 1, 0}, 0, ErrInvalidParameter},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := NextMovingPrice(tt.prev, tt.spot, tt.age, tt.params)
			if got != tt.want || !errors.Is(err, tt.err) {
				t.Fatalf("NextMovingPrice = %d, %v; want %d, %v", got, err, tt.want, tt.err)
			}
		})
	}
}

// TestMovingPriceWarmUp runs the EMA over the warm-up period with the spot
// price at or above 1.0 and checks it against the closed form: with α_b =
// r·b/(b+h), the exact (unrounded) EMA from 0 is 1 − Π(1 − α_b); the integer
// one may only lag it by less than one unit per block.
func TestMovingPriceWarmUp(t *testing.T) {
	def := DefaultMovingPriceParams()
	var ema uint64
	const blocks = 7200 // a day
	for b := uint64(1); b <= blocks; b++ {
		var err error
		ema, err = NextMovingPrice(ema, 2*PriceScale, b, def)
		if err != nil {
			t.Fatal(err)
		}
	}
	// 1e18·(1 − Π_{b=1..7200}(1 − 3e-6·b/(b+201600))), computed with exact
	// rationals, rounded down. Each of the 7200 steps floors once, so the
	// integer EMA lies in [exact − 7200, exact].
	const exact = 376750526958092
	const lowBound, highBound = exact - blocks, exact
	if ema < lowBound || ema > highBound {
		t.Fatalf("EMA after one day = %d, want within [%d, %d]", ema, lowBound, highBound)
	}
}
