package staking_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/taoevm/taoevm/precompiles/pools"
	"github.com/taoevm/taoevm/precompiles/precompile/precompiletest"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/staking"
)

// fuzzActors stake; the last of them also owns the subnets and ownerHk.
var fuzzActors = []common.Address{alice, bob, carol, owner}

// amountOf maps a byte to an amount of TAO rao spanning dust to hundreds
// of TAO (quadratic, so small and large values both occur).
func fuzzAmount(b byte) uint64 {
	x := uint64(b) + 1
	return x * x * x * 30_000 // 30,000 rao .. about 500 TAO
}

// fraction returns b/255 of v, at least 1 if v > 0.
func fraction(v uint64, b byte) uint64 {
	f := new(big.Int).Mul(n(v), big.NewInt(int64(b)))
	f.Div(f, big.NewInt(255))
	if f.Sign() == 0 && v > 0 {
		return 1
	}
	return f.Uint64()
}

// FuzzConservation runs random sequences of stakes, unstakes, limit
// orders, moves, transfers, burns, emissions, dissolutions and claims
// through the EVM and checks after every step that native balances plus
// recycled TAO equal what was minted, that every subnet's share pools hold
// exactly its outstanding alpha, that holders' shares add up to each
// share pool's, and that a dissolved generation's claimed, still staked
// and owner alpha add up to its issuance. Without emission or
// dissolution, unwinding every position at the end never returns the
// stakers more TAO than they started with (no free value).
func FuzzConservation(f *testing.F) {
	for _, seed := range conservationSeeds {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, data []byte) { runOps(t, data) })
}

// conservationSeeds cover every operation, succeeding and failing.
var conservationSeeds = [][]byte{
	{0, 0, 0, 1, 200, 1, 0, 0, 1, 128, 2, 0, 0, 1, 0},
	{0, 1, 1, 2, 255, 0, 2, 0, 1, 90, 3, 1, 1, 2, 100, 4, 2, 1, 1, 30, 5, 1, 1, 2, 10, 1, 2, 0, 1, 255},
	{0, 0, 2, 2, 180, 0, 3, 2, 2, 120, 8, 0, 0, 2, 0, 9, 0, 2, 2, 0, 9, 3, 2, 2, 0, 0, 1, 0, 2, 50},
	{0, 0, 0, 1, 100, 0, 1, 0, 1, 100, 7, 0, 0, 1, 77, 1, 0, 0, 1, 128, 4, 1, 0, 1, 40, 3, 0, 0, 1, 255},
	{6, 0, 0, 1, 4, 0, 0, 0, 1, 100, 6, 0, 0, 1, 255, 6, 0, 0, 1, 250, 6, 1, 1, 2, 3, 0, 2, 0, 0, 60, 3, 2, 0, 0, 255, 3, 2, 1, 2, 200, 2, 2, 1, 2, 0},
	{0, 0, 0, 1, 255, 0, 1, 1, 1, 255, 0, 2, 0, 2, 255, 3, 0, 0, 2, 255, 3, 1, 1, 0, 255, 4, 2, 0, 1, 255,
		8, 0, 0, 1, 0, 9, 0, 0, 1, 0, 9, 1, 1, 1, 0, 9, 3, 2, 1, 0, 0, 3, 2, 1, 9, 1, 3, 2, 1, 255},
}

// runOps is FuzzConservation's driver; it returns how many calls of each
// operation succeeded.
func runOps(t *testing.T, data []byte) (ok [10]int) {
	if len(data) > 5*64 {
		data = data[:5*64]
	}
	w := newWorld(t)
	hotkeys := []common.Address{hk1, hk2, ownerHk}
	start := make(map[common.Address]uint64)
	for _, a := range fuzzActors {
		start[a] = w.balance(a)
	}
	emitted, dissolvedAny := false, false
	for len(data) >= 5 {
		op, ai, hi, ni, x := data[0], data[1], data[2], data[3], data[4]
		data = data[5:]
		actor := fuzzActors[int(ai)%len(fuzzActors)]
		other := fuzzActors[int(ai+1+x%3)%len(fuzzActors)]
		hk := hotkeys[int(hi)%len(hotkeys)]
		hk2nd := hotkeys[int(hi+1)%len(hotkeys)]
		netuid := uint16(ni % 3)
		dest := uint16((ni / 3) % 3)
		held := w.stake(hk, actor, netuid)
		var res precompiletest.Result
		res.Err = errSkipped
		switch op % 10 {
		case 0:
			res = w.call(actor, ist.PackAddStake(k32(hk), n(fuzzAmount(x)), n(uint64(netuid))))
		case 1:
			res = w.call(actor, ist.PackRemoveStake(k32(hk), n(fraction(held, x)), n(uint64(netuid))))
		case 2:
			res = w.call(actor, ist.PackRemoveStakeFull(k32(hk), n(uint64(netuid))))
		case 3:
			res = w.call(actor, ist.PackMoveStake(k32(hk), k32(hk2nd), n(uint64(netuid)), n(uint64(dest)), n(fraction(held, x))))
		case 4:
			res = w.call(actor, ist.PackTransferStake(k32(other), k32(hk), n(uint64(netuid)), n(uint64(dest)), n(fraction(held, x))))
		case 5:
			res = w.call(actor, ist.PackBurnAlpha(k32(hk), n(fraction(held, x)), n(uint64(netuid))))
		case 6:
			price := pools.PriceRao(w.key(netuid), w.pool(netuid))
			if x%2 == 0 {
				limit := price + price*uint64(x)/512
				res = w.call(actor, ist.PackAddStakeLimit(k32(hk), n(fuzzAmount(x)), n(limit), x%4 == 0, n(uint64(netuid))))
			} else {
				limit := price - price*uint64(x)/512
				res = w.call(actor, ist.PackRemoveStakeLimit(k32(hk), n(held), n(limit), x%3 == 0, n(uint64(netuid))))
			}
		case 7:
			if netuid == 0 {
				continue
			}
			k := w.key(netuid)
			amt := fuzzAmount(x)
			if err := pools.AddAlphaOut(w.c.State, k, amt); err != nil {
				t.Fatal(err)
			}
			if err := staking.Distribute(w.c.State, k, hk, amt); err != nil {
				t.Fatal(err)
			}
			w.c.State.Finalise(w.c.Rules())
			emitted = true
			res.Err = nil
		case 8:
			if netuid == 0 {
				continue
			}
			k := w.key(netuid)
			pools.Dissolve(w.c.State, k)
			w.dissolved = append(w.dissolved, k)
			w.register(netuid, 20*protocol.RaoPerTAO+uint64(x), 30*protocol.RaoPerTAO)
			w.c.State.Finalise(w.c.Rules())
			dissolvedAny = true
			res.Err = nil
		case 9:
			if len(w.dissolved) == 0 {
				continue
			}
			k := w.dissolved[int(x)%len(w.dissolved)]
			res = w.call(actor, ist.PackClaimDissolvedStake(k32(hk), n(uint64(k.Netuid)), n(k.Gen)))
		}
		if res.Err == nil {
			ok[op%10]++
		}
		w.checkConservation(hotkeys)
	}
	if emitted || dissolvedAny {
		return ok
	}
	// Unwind everything: the stakers together cannot have gained.
	for _, a := range fuzzActors {
		for _, p := range staking.Positions(w.c.State, a) {
			w.call(a, ist.PackRemoveStakeFull(k32(p.Hotkey), n(uint64(p.Key.Netuid))))
		}
	}
	w.checkConservation(hotkeys)
	var before, after uint64
	for _, a := range fuzzActors {
		before += start[a]
		after += w.balance(a)
	}
	if after > before {
		t.Fatalf("stakers gained %d rao from the pools", after-before)
	}
	return ok
}

var errSkipped = errors.New("operation skipped")

// TestConservationSeeds: the seed corpus really exercises every operation
// (each succeeds at least once), so FuzzConservation's checks are not
// vacuous.
func TestConservationSeeds(t *testing.T) {
	var total [10]int
	for _, seed := range conservationSeeds {
		ok := runOps(t, seed)
		for i := range ok {
			total[i] += ok[i]
		}
	}
	for op, c := range total {
		if c == 0 {
			t.Errorf("operation %d never succeeded in the seed corpus", op)
		}
	}
}

// FuzzAddRemove: staking any amount and unstaking it all at once never
// returns more than was staked, on root and on both pools.
func FuzzAddRemove(f *testing.F) {
	f.Add(uint64(minStake), uint8(1))
	f.Add(uint64(7*tao+3), uint8(2))
	f.Add(uint64(999*tao), uint8(0))
	f.Add(uint64(49_000*tao), uint8(2))
	f.Fuzz(func(t *testing.T, amount uint64, netuid uint8) {
		w := newWorld(t)
		w.fund(alice, 100_000*tao)
		start := w.balance(alice)
		nid := uint64(netuid % 3)
		if w.call(alice, ist.PackAddStake(k32(hk1), n(amount), n(nid))).Err != nil {
			if w.balance(alice) != start {
				t.Fatal("a refused stake moved TAO")
			}
			return
		}
		res := w.call(alice, ist.PackRemoveStakeFull(k32(hk1), n(nid)))
		if res.Err == nil && w.stake(hk1, alice, uint16(nid)) != 0 {
			t.Fatal("full unstake left stake")
		}
		if got := w.balance(alice); got > start {
			t.Fatalf("stake %d on %d: gained %d rao", amount, nid, got-start)
		}
		if nid == 0 && res.Err == nil && w.balance(alice) != start {
			t.Fatal("root is not 1:1")
		}
		w.checkConservation([]common.Address{hk1})
	})
}
