package pools_test

import (
	"errors"
	"math"
	"testing"

	"github.com/holiman/uint256"

	"github.com/taoevm/taoevm/precompiles/pools"
	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/swap"
)

// TestEmissionBookkeeping: injection, alpha out and their refusals.
func TestEmissionBookkeeping(t *testing.T) {
	c, k := newChain(t, 100*tao, 100*tao)
	if err := pools.Inject(c.State, k, 2*tao, 3*tao); err != nil {
		t.Fatal(err)
	}
	if err := pools.AddAlphaOut(c.State, k, 4*tao); err != nil {
		t.Fatal(err)
	}
	if err := pools.SubAlphaOut(c.State, k, tao); err != nil {
		t.Fatal(err)
	}
	if p := pools.Load(c.State, k); p != (pools.Pool{TAO: 102 * tao, Alpha: 103 * tao, AlphaOut: 3 * tao}) {
		t.Fatalf("pool %+v", p)
	}
	if err := pools.SubAlphaOut(c.State, k, 3*tao+1); !errors.Is(err, protocol.ErrAmountOverflow) {
		t.Fatalf("burning more than outstanding: %v", err)
	}
	if err := pools.Inject(c.State, k, math.MaxUint64, 0); !errors.Is(err, protocol.ErrAmountOverflow) {
		t.Fatalf("overflowing injection: %v", err)
	}
	if err := pools.AddAlphaOut(c.State, k, math.MaxUint64); !errors.Is(err, protocol.ErrAmountOverflow) {
		t.Fatalf("overflowing alpha out: %v", err)
	}
	if err := pools.Seed(c.State, protocol.NetKey{Netuid: 9, Gen: 1}, swap.MinimumReserve-1, tao); !errors.Is(err, protocol.ErrReserveTooLow) {
		t.Fatalf("seed below the minimum: %v", err)
	}
}

// TestSwapErrorMapping: the swap math's refusals become named errors with
// their arguments.
func TestSwapErrorMapping(t *testing.T) {
	c, k := newChain(t, tao, 1_500_000)
	var re *precompile.RevertError
	_, err := pools.SwapTaoForAlpha(c.State, k, tao, pools.NoLimit)
	if !errors.Is(err, protocol.ErrReserveTooLow) || !errors.As(err, &re) {
		t.Fatalf("%v", err)
	}
	// The alpha left: 1.5e6 − ⌊1.5e6·net/(1e9+net)⌋ with net = in − fee.
	net := tao - swap.DefaultFeeRate.On(tao)
	left := 1_500_000 - 1_500_000*net/(tao+net)
	if re.Args[0] != left || re.Args[1] != swap.MinimumReserve {
		t.Fatalf("args %v, want [%d %d]", re.Args, left, swap.MinimumReserve)
	}
	if _, err := pools.SwapTaoForAlpha(c.State, k, 1000*tao+1, pools.NoLimit); !errors.Is(err, protocol.ErrInputTooLarge) {
		t.Fatalf("%v", err)
	}
	if _, err := pools.SwapTaoForAlpha(c.State, k, 1, pools.NoLimit); !errors.Is(err, protocol.ErrValueOutOfBounds) {
		t.Fatalf("output rounding to zero: %v", err)
	}
	if err := pools.AddAlphaOut(c.State, k, tao); err != nil {
		t.Fatal(err)
	}
	if _, err := pools.SwapAlphaForTao(c.State, k, 0, pools.NoLimit); !errors.Is(err, protocol.ErrValueOutOfBounds) {
		t.Fatalf("zero sell: %v", err)
	}
	price := pools.PriceRao(k, pools.Load(c.State, k))
	if _, err := pools.SwapAlphaForTao(c.State, k, 1000, pools.AtPrice(price+1, true)); !errors.Is(err, protocol.ErrPriceLimitExceeded) {
		t.Fatalf("sell limit above the price: %v", err)
	}
	maxSell := must(pools.Load(c.State, k).Reserves().MaxSell(price/2, swap.DefaultFeeRate))
	if _, err := pools.SwapAlphaForTao(c.State, k, maxSell+1, pools.AtPrice(price/2, false)); !errors.Is(err, protocol.ErrSlippageExceeded) {
		t.Fatalf("fill-or-kill sell: %v", err)
	}
	if got := must(ia.UnpackGetMaxAmountRemove(view(t, c, ia.PackGetMaxAmountRemove(1, price/2)))); got != maxSell {
		t.Fatalf("getMaxAmountRemove %d, want %d", got, maxSell)
	}
	// An empty pool (never seeded) cannot trade.
	empty := protocol.NetKey{Netuid: 1, Gen: 7}
	if _, err := pools.SwapTaoForAlpha(c.State, empty, tao, pools.NoLimit); !errors.Is(err, protocol.ErrReserveTooLow) {
		t.Fatalf("empty pool: %v", err)
	}
}

// TestDissolveAndClaim: the rate, claims at it, the owner share once, the
// claim cap.
func TestDissolveAndClaim(t *testing.T) {
	c, k := newChain(t, 300*tao, 100*tao)
	b := bank{c.State}
	tr, err := pools.BuyAlpha(b, k, alice, 30*tao, pools.NoLimit)
	if err != nil {
		t.Fatal(err)
	}
	if pools.IsDissolved(c.State, k) {
		t.Fatal("dissolved before Dissolve")
	}
	if _, ok := pools.DissolvedRate(c.State, k); ok {
		t.Fatal("rate before Dissolve")
	}
	p := pools.Load(c.State, k)
	d := pools.Dissolve(c.State, k)
	want := new(uint256.Int).Mul(uint256.NewInt(p.TAO), uint256.NewInt(1e18))
	want.Div(want, uint256.NewInt(p.Issuance()))
	if rate, ok := pools.DissolvedRate(c.State, k); !ok || !rate.Eq(want) || !d.Rate.Eq(want) {
		t.Fatalf("rate %v, want %v", rate, want)
	}
	before := c.Balance(alice).Clone()
	half := tr.Out / 2
	got, err := pools.Claim(b, k, alice, half)
	if err != nil || got != pools.ClaimValue(half, want) {
		t.Fatalf("claim %d %v", got, err)
	}
	if diff := new(uint256.Int).Sub(c.Balance(alice), before); !diff.Eq(protocol.RaoToWei(got)) {
		t.Fatalf("credited %v", diff)
	}
	if _, err := pools.Claim(b, k, alice, tr.Out-half); err != nil {
		t.Fatal(err)
	}
	if a, _, err := pools.ClaimOwnerShare(b, k, alice); err != nil || a != p.Alpha {
		t.Fatalf("owner share %d %v", a, err)
	}
	dd, _ := pools.LoadDissolution(c.State, k)
	if dd.ClaimedAlpha != p.Issuance() || dd.ClaimedTAO > p.TAO || p.TAO-dd.ClaimedTAO > 2 {
		t.Fatalf("claimed %+v of pool %+v (at most one rao of dust per claim)", dd, p)
	}
	if !c.Balance(addr).Eq(protocol.RaoToWei(p.TAO - dd.ClaimedTAO)) {
		t.Fatalf("dust left %v", c.Balance(addr))
	}
	if _, err := pools.Claim(b, k, alice, 1); !errors.Is(err, pools.ErrClaimExceedsIssuance) {
		t.Fatal(err)
	}
	if _, _, err := pools.ClaimOwnerShare(b, protocol.NetKey{Netuid: 1, Gen: 2}, alice); !errors.Is(err, pools.ErrNotDissolved) {
		t.Fatal(err)
	}
}
