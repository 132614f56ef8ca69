package pools_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/taoevm/taoevm/precompiles/pools"
	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/swap"
)

// TestSwapTaoForAlphaFeeless: the fee-less leg of a cross-subnet move takes
// no fee (the constant-product output of the whole input), books the pool,
// alpha out and volume like a buy, and refuses with the same named errors.
func TestSwapTaoForAlphaFeeless(t *testing.T) {
	c, k := newChain(t, 100*tao, 100*tao)
	in := 10 * tao
	tr, err := pools.SwapTaoForAlphaFeeless(c.State, k, in)
	if err != nil {
		t.Fatal(err)
	}
	// x·y = k: out = 100·10/(100+10) TAO, rounded down.
	wantOut := new(big.Int).Div(new(big.Int).Mul(big64(100*tao), big64(in)), big64(100*tao+in)).Uint64()
	if tr.In != in || tr.Fee != 0 || tr.Out != wantOut {
		t.Fatalf("trade %+v, want in %d out %d fee 0", tr, in, wantOut)
	}
	if p := pools.Load(c.State, k); p != (pools.Pool{TAO: 110 * tao, Alpha: 100*tao - wantOut, AlphaOut: wantOut}) {
		t.Fatalf("pool %+v", p)
	}
	if v := pools.Volume(c.State, k); v.Uint64() != in {
		t.Fatalf("volume %v", v)
	}
	// The paying buy of the same amount on an identical pool gets less.
	c2, k2 := newChain(t, 100*tao, 100*tao)
	paid, err := pools.SwapTaoForAlpha(c2.State, k2, in, pools.NoLimit)
	if err != nil || paid.Fee == 0 || paid.Out >= tr.Out {
		t.Fatalf("paying buy %+v %v", paid, err)
	}
	for _, tc := range []struct {
		in   uint64
		want error
	}{
		{0, protocol.ErrValueOutOfBounds},
		{1000*110*tao + 1, protocol.ErrInputTooLarge},
	} {
		_, err := pools.SwapTaoForAlphaFeeless(c.State, k, tc.in)
		if !errors.Is(err, tc.want) {
			t.Errorf("in %d: %v, want %v", tc.in, err, tc.want)
		}
	}
	root := protocol.NetKey{}
	if tr, err := pools.SwapTaoForAlphaFeeless(c.State, root, 5*tao); err != nil || tr.Out != 5*tao || tr.Fee != 0 {
		t.Fatalf("root %+v %v", tr, err)
	}
}

// TestPlanSell: the amount a limited sell executes, as SwapAlphaForTao with
// the same limit would sell it.
func TestPlanSell(t *testing.T) {
	c, k := newChain(t, 100*tao, 100*tao) // price 1 TAO per alpha
	if err := pools.AddAlphaOut(c.State, k, 1000*tao); err != nil {
		t.Fatal(err)
	}
	res := pools.Load(c.State, k).Reserves()
	limit := uint64(9e8) // 0.9 TAO per alpha
	m, err := res.MaxSell(limit, swap.DefaultFeeRate)
	if err != nil || m == 0 {
		t.Fatal(m, err)
	}
	for _, tc := range []struct {
		name string
		want uint64
		lim  pools.Limit
		got  uint64
		err  error
	}{
		{"no limit", 50 * tao, pools.NoLimit, 50 * tao, nil},
		{"fits", m / 2, pools.AtPrice(limit, false), m / 2, nil},
		{"partial", m + tao, pools.AtPrice(limit, true), m, nil},
		{"fill or kill", m + tao, pools.AtPrice(limit, false), 0, protocol.ErrSlippageExceeded},
		{"limit above price", tao, pools.AtPrice(2e9, true), 0, protocol.ErrPriceLimitExceeded},
	} {
		got, err := pools.PlanSell(c.State, k, tc.want, tc.lim)
		if !errors.Is(err, tc.err) || (tc.err == nil && got != tc.got) {
			t.Errorf("%s: %d %v, want %d %v", tc.name, got, err, tc.got, tc.err)
			continue
		}
		if tc.err != nil {
			var re *precompile.RevertError
			if !errors.As(err, &re) {
				t.Errorf("%s: not a revert", tc.name)
			}
			continue
		}
		// The sell with the same limit executes exactly that much.
		c2, k2 := newChain(t, 100*tao, 100*tao)
		if err := pools.AddAlphaOut(c2.State, k2, 1000*tao); err != nil {
			t.Fatal(err)
		}
		tr, err := pools.SwapAlphaForTao(c2.State, k2, tc.want, tc.lim)
		if err != nil || tr.In != got {
			t.Errorf("%s: sell %+v %v, planned %d", tc.name, tr, err, got)
		}
	}
	if _, err := pools.PlanSell(c.State, protocol.NetKey{}, tao, pools.AtPrice(swap.RaoPerUnit+1, false)); !errors.Is(err, protocol.ErrPriceLimitExceeded) {
		t.Fatalf("root limit above 1: %v", err)
	}
}
