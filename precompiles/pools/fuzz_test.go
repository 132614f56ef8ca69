package pools_test

import (
	"errors"
	"testing"

	"github.com/taoevm/taoevm/precompiles/pools"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/swap"
)

// FuzzPoolOps runs random buys and sells, with and without limits, on a
// pool and on root, and checks after each: the simulation view predicted
// the trade, a limit was respected, k never decreased, both reserves stay
// at or above the minimum, the pools account holds exactly the pools' TAO,
// and the alpha out equals the alpha bought minus the alpha sold.
func FuzzPoolOps(f *testing.F) {
	f.Add(uint64(100*tao), uint64(100*tao), []byte{0, 10, 1, 5, 2, 200, 3, 7, 0, 255, 1, 255})
	f.Add(uint64(1_000_000), uint64(5*tao), []byte{0, 1, 0, 2, 2, 9, 3, 9, 1, 1})
	f.Add(uint64(21e15), uint64(1e12), []byte{3, 1, 0, 128, 1, 128, 2, 3})
	f.Fuzz(func(t *testing.T, taoR, alphaR uint64, ops []byte) {
		if taoR < swap.MinimumReserve || alphaR < swap.MinimumReserve || taoR > 21e15 || alphaR > 21e15 {
			return
		}
		if len(ops) > 200 {
			ops = ops[:200]
		}
		c, k := newChain(t, taoR, alphaR)
		b := bank{c.State}
		var held, rootHeld uint64
		for i := 0; i+1 < len(ops); i += 2 {
			op, arg := ops[i]%4, uint64(ops[i+1])
			before := pools.Load(c.State, k)
			kBefore := before.Reserves().Product()
			var tr pools.Trade
			var err error
			switch op {
			case 0: // buy a fraction of the TAO reserve, maybe with a limit
				in := before.TAO/256*arg + arg
				sim, serr := before.Reserves().SimulateBuy(in, swap.DefaultFeeRate)
				lim := pools.NoLimit
				if arg%3 == 0 {
					price := pools.PriceRao(k, before)
					lim = pools.AtPrice(price+price/(arg+1), arg%2 == 0)
				}
				tr, err = pools.BuyAlpha(b, k, alice, in, lim)
				if err == nil {
					held += tr.Out
					if !lim.Set && (serr != nil || sim != tr.Out) {
						t.Fatalf("simulated %d (%v), bought %d", sim, serr, tr.Out)
					}
					if lim.Set && tr.PriceAfter > lim.Price {
						t.Fatalf("price %d above limit %d", tr.PriceAfter, lim.Price)
					}
				}
			case 1: // sell a fraction of what is held
				in := held / 256 * arg
				if arg == 255 {
					in = held
				}
				lim := pools.NoLimit
				if arg%3 == 0 {
					price := pools.PriceRao(k, before)
					lim = pools.AtPrice(price-price/(arg+2), true)
				}
				tr, err = pools.SellAlpha(b, k, alice, in, lim)
				if err == nil {
					held -= tr.In
					if lim.Set && tr.PriceAfter < lim.Price {
						t.Fatalf("price %d below limit %d", tr.PriceAfter, lim.Price)
					}
				}
			case 2: // root stake
				tr, err = pools.BuyAlpha(b, protocol.NetKey{}, alice, arg*tao+1, pools.NoLimit)
				if err == nil {
					rootHeld += tr.Out
				}
			case 3: // root unstake
				if rootHeld > 0 {
					tr, err = pools.SellAlpha(b, protocol.NetKey{}, alice, rootHeld/2+1, pools.NoLimit)
					if err == nil {
						rootHeld -= tr.In
					}
				}
			}
			if err != nil {
				known := false
				for _, e := range []error{protocol.ErrValueOutOfBounds, protocol.ErrInputTooLarge, protocol.ErrReserveTooLow, protocol.ErrPriceLimitExceeded, protocol.ErrSlippageExceeded, protocol.ErrAmountOverflow, protocol.ErrInsufficientBalance} {
					known = known || errors.Is(err, e)
				}
				if !known {
					t.Fatalf("op %d: unexpected error %v", op, err)
				}
			}
			after := pools.Load(c.State, k)
			kAfter := after.Reserves().Product()
			if kAfter.Lt(&kBefore) {
				t.Fatalf("k decreased: %+v -> %+v", before, after)
			}
			if after.TAO < swap.MinimumReserve || after.Alpha < swap.MinimumReserve {
				t.Fatalf("reserve below minimum: %+v", after)
			}
			if after.AlphaOut != held {
				t.Fatalf("alpha out %d, held %d", after.AlphaOut, held)
			}
			root := pools.Load(c.State, protocol.NetKey{})
			if root.AlphaOut != rootHeld || root.TAO != rootHeld {
				t.Fatalf("root %+v, held %d", root, rootHeld)
			}
			if !c.Balance(pools.Address).Eq(protocol.RaoToWei(after.TAO + root.TAO)) {
				t.Fatalf("pools account %v, pools %d + %d", c.Balance(pools.Address), after.TAO, root.TAO)
			}
		}
	})
}
