package staking_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/taoevm/taoevm/precompiles/pools"
	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/staking"
	"github.com/taoevm/taoevm/precompiles/subnets"
	"github.com/taoevm/taoevm/precompiles/swap"
)

var allHotkeys = []common.Address{hk1, hk2, ownerHk}

func badKey(a common.Address) [32]byte {
	k := k32(a)
	k[0] = 1
	return k
}

// TestAddStake: TAO leaves the caller (exactly amount × 1e9 wei), enters
// the pool (or root 1:1), the alpha of the quote lands in the position,
// the events carry the same numbers, and the gas is GasAddStake.
func TestAddStake(t *testing.T) {
	for _, tt := range []struct {
		name   string
		netuid uint16
		amount uint64
	}{
		{"root 1:1", 0, 7 * tao},
		{"subnet at price 1", 1, 10 * tao},
		{"subnet at price 0.25", 2, 3*tao + 17},
		{"the minimum", 1, minStake},
	} {
		t.Run(tt.name, func(t *testing.T) {
			w := newWorld(t)
			before := w.pool(tt.netuid)
			want := swap.Quote{In: tt.amount, Out: tt.amount}
			if tt.netuid != 0 {
				var err error
				if want, err = before.Reserves().QuoteBuy(tt.amount, feeRate); err != nil {
					t.Fatal(err)
				}
			}
			input := ist.PackAddStake(k32(hk1), n(tt.amount), n(uint64(tt.netuid)))
			res := w.ok(alice, input)
			if res.GasUsed != staking.GasAddStake || staking.Definition().Gas(input) != staking.GasAddStake {
				t.Fatalf("gas %d, want %d", res.GasUsed, staking.GasAddStake)
			}
			got, err := ist.UnpackAddStake(res.Ret)
			if err != nil || got.Uint64() != want.Out {
				t.Fatalf("returned %v, want %d (%v)", got, want.Out, err)
			}
			if b := w.balance(alice); b != 10_000*tao-tt.amount {
				t.Fatalf("alice has %d rao", b)
			}
			after := w.pool(tt.netuid)
			if after.TAO != before.TAO+tt.amount || after.AlphaOut != before.AlphaOut+want.Out {
				t.Fatalf("pool %+v -> %+v", before, after)
			}
			if tt.netuid != 0 && after.Alpha != before.Alpha-want.Out {
				t.Fatalf("alpha reserve %d -> %d", before.Alpha, after.Alpha)
			}
			if s := w.stake(hk1, alice, tt.netuid); s != want.Out {
				t.Fatalf("stake %d, want %d", s, want.Out)
			}
			if pos := staking.Positions(w.c.State, alice); len(pos) != 1 || pos[0].Hotkey != hk1 || pos[0].Key != w.key(tt.netuid) {
				t.Fatalf("positions %+v", pos)
			}
			logs := res.Logs
			if tt.netuid != 0 {
				if len(logs) != 2 {
					t.Fatalf("%d logs", len(logs))
				}
				sw, err := ist.UnpackSwapEvent(logs[0])
				if err != nil || sw.Netuid != tt.netuid || sw.Coldkey != alice || !sw.TaoForAlpha || sw.AmountIn != tt.amount ||
					sw.AmountOut != want.Out || sw.Fee != want.Fee || sw.TaoReserve != after.TAO || sw.AlphaReserve != after.Alpha {
					t.Fatalf("swap event %+v (%v)", sw, err)
				}
				logs = logs[1:]
			}
			if len(logs) != 1 {
				t.Fatalf("%d StakeAdded logs", len(logs))
			}
			ev, err := ist.UnpackStakeAddedEvent(logs[0])
			if err != nil || ev.Netuid != tt.netuid || ev.Hotkey != k32(hk1) || ev.Coldkey != alice || ev.Tao != tt.amount || ev.Alpha != want.Out || ev.Fee != want.Fee {
				t.Fatalf("event %+v (%v)", ev, err)
			}
			w.checkConservation(allHotkeys)
		})
	}
}

// TestStakeRefusals: each refusal reverts with its named error and changes
// nothing, for every state-changing entry point that takes the argument.
func TestStakeRefusals(t *testing.T) {
	huge := new(big.Int).Lsh(big.NewInt(1), 64)
	for _, tt := range []struct {
		name  string
		from  common.Address
		input func(w *world) []byte
		value *uint256.Int
		want  error
	}{
		{"below minimum", alice, func(*world) []byte { return ist.PackAddStake(k32(hk1), n(minStake-1), n(1)) }, nil, staking.ErrBelowMinimumStake},
		{"insufficient balance", alice, func(*world) []byte { return ist.PackAddStake(k32(hk1), n(10_001*tao), n(0)) }, nil, protocol.ErrInsufficientBalance},
		{"invalid hotkey", alice, func(*world) []byte { return ist.PackAddStake(badKey(hk1), n(tao), n(1)) }, nil, precompile.ErrInvalidKey},
		{"unknown hotkey", alice, func(*world) []byte { return ist.PackAddStake(k32(nobody), n(tao), n(1)) }, nil, protocol.ErrHotkeyNotFound},
		{"subnet not found", alice, func(*world) []byte { return ist.PackAddStake(k32(hk1), n(tao), n(3)) }, nil, protocol.ErrSubnetNotFound},
		{"netuid overflow", alice, func(*world) []byte { return ist.PackAddStake(k32(hk1), n(tao), n(65536)) }, nil, protocol.ErrValueOutOfBounds},
		{"amount overflow", alice, func(*world) []byte { return ist.PackAddStake(k32(hk1), huge, n(1)) }, nil, protocol.ErrAmountOverflow},
		{"value sent", alice, func(*world) []byte { return ist.PackAddStake(k32(hk1), n(tao), n(1)) }, uint256.NewInt(1), precompile.ErrValueNotAccepted},
		{"input too large", alice, func(w *world) []byte {
			w.fund(alice, 100_000*tao)
			return ist.PackAddStake(k32(hk1), n(60_000*tao), n(2))
		}, nil, protocol.ErrInputTooLarge},
		{"remove more than staked", alice, func(*world) []byte { return ist.PackRemoveStake(k32(hk1), n(6*tao), n(1)) }, nil, staking.ErrInsufficientStake},
		{"remove nothing held", bob, func(*world) []byte { return ist.PackRemoveStakeFull(k32(hk1), n(1)) }, nil, staking.ErrInsufficientStake},
		{"remove zero", alice, func(*world) []byte { return ist.PackRemoveStake(k32(hk1), n(0), n(1)) }, nil, protocol.ErrValueOutOfBounds},
		{"remainder with dust payout", alice, func(*world) []byte { return ist.PackRemoveStake(k32(hk1), n(1000), n(1)) }, nil, staking.ErrBelowMinimumStake},
		{"remove amount overflow", alice, func(*world) []byte { return ist.PackRemoveStake(k32(hk1), huge, n(1)) }, nil, protocol.ErrAmountOverflow},
		{"limit price overflow", alice, func(*world) []byte { return ist.PackAddStakeLimit(k32(hk1), n(tao), huge, true, n(1)) }, nil, protocol.ErrAmountOverflow},
		{"burn on root", alice, func(*world) []byte { return ist.PackBurnAlpha(k32(hk1), n(tao), n(0)) }, nil, protocol.ErrNotSupported},
		{"burn more than staked", alice, func(*world) []byte { return ist.PackBurnAlpha(k32(hk1), n(6*tao), n(1)) }, nil, staking.ErrInsufficientStake},
		{"add proxy", alice, func(*world) []byte { return ist.PackAddProxy(k32(bob)) }, nil, protocol.ErrNotSupported},
		{"remove proxy", alice, func(*world) []byte { return ist.PackRemoveProxy(k32(bob)) }, nil, protocol.ErrNotSupported},
	} {
		t.Run(tt.name, func(t *testing.T) {
			w := newWorld(t)
			w.ok(alice, ist.PackAddStake(k32(hk1), n(5*tao), n(1)))
			w.ok(alice, ist.PackAddStake(k32(hk1), n(5*tao), n(0)))
			w.fails(tt.from, tt.input(w), tt.value, tt.want)
		})
	}
}

// TestRemoveStake: partial and full unstakes pay exactly the sell quote,
// the position shrinks or disappears from the lists, and the gas is fixed.
func TestRemoveStake(t *testing.T) {
	for _, netuid := range []uint16{0, 1, 2} {
		w := newWorld(t)
		w.ok(alice, ist.PackAddStake(k32(hk1), n(20*tao), n(uint64(netuid))))
		w.ok(alice, ist.PackAddStake(k32(hk2), n(3*tao), n(uint64(netuid))))
		w.ok(bob, ist.PackAddStake(k32(hk1), n(4*tao), n(uint64(netuid))))
		staked := w.stake(hk1, alice, netuid)
		part := staked / 3

		sell := func(alpha uint64) swap.Quote {
			if netuid == 0 {
				return swap.Quote{In: alpha, Out: alpha}
			}
			q, err := w.pool(netuid).Reserves().QuoteSell(alpha, feeRate)
			if err != nil {
				t.Fatal(err)
			}
			return q
		}
		q := sell(part)
		before := w.balance(alice)
		input := ist.PackRemoveStake(k32(hk1), n(part), n(uint64(netuid)))
		res := w.ok(alice, input)
		if res.GasUsed != staking.GasRemoveStake {
			t.Fatalf("gas %d, want %d", res.GasUsed, staking.GasRemoveStake)
		}
		if got, _ := ist.UnpackRemoveStake(res.Ret); got.Uint64() != q.Out || w.balance(alice) != before+q.Out {
			t.Fatalf("netuid %d: paid %v (balance +%d), want %d", netuid, got, w.balance(alice)-before, q.Out)
		}
		ev, err := ist.UnpackStakeRemovedEvent(res.Logs[len(res.Logs)-1])
		if err != nil || ev.Alpha != part || ev.Tao != q.Out || ev.Fee != q.Fee || ev.Coldkey != alice || ev.Netuid != netuid {
			t.Fatalf("event %+v (%v)", ev, err)
		}
		if left := w.stake(hk1, alice, netuid); left != staked-part {
			t.Fatalf("left %d, want %d", left, staked-part)
		}

		q = sell(staked - part)
		res = w.ok(alice, ist.PackRemoveStakeFull(k32(hk1), n(uint64(netuid))))
		if got, _ := ist.UnpackRemoveStakeFull(res.Ret); got.Uint64() != q.Out {
			t.Fatalf("full: paid %v, want %d", got, q.Out)
		}
		if w.stake(hk1, alice, netuid) != 0 {
			t.Fatal("position not emptied")
		}
		pos := staking.Positions(w.c.State, alice)
		if len(pos) != 1 || pos[0].Hotkey != hk2 {
			t.Fatalf("positions after full unstake %+v", pos)
		}
		noms, total := staking.Nominators(w.c.State, w.key(netuid), hk1, 0, 10)
		if total != 1 || len(noms) != 1 || noms[0] != bob {
			t.Fatalf("nominators %v total %d", noms, total)
		}
		w.checkConservation(allHotkeys)
	}
}

// TestLimitOrders: limit prices in rao per alpha, fill-or-kill and
// allow-partial, on both sides and on root.
func TestLimitOrders(t *testing.T) {
	t.Run("buy", func(t *testing.T) {
		w := newWorld(t)
		p := w.pool(1).Reserves()
		limit := uint64(1_100_000_000) // 1.1 TAO per alpha
		maxIn, err := p.MaxBuy(limit, feeRate)
		if err != nil || maxIn == 0 {
			t.Fatal(maxIn, err)
		}
		w.fails(alice, ist.PackAddStakeLimit(k32(hk1), n(maxIn+1), n(limit), false, n(1)), nil, protocol.ErrSlippageExceeded)
		w.fails(alice, ist.PackAddStakeLimit(k32(hk1), n(tao), n(900_000_000), true, n(1)), nil, protocol.ErrPriceLimitExceeded)
		q, _ := p.QuoteBuy(maxIn, feeRate)
		input := ist.PackAddStakeLimit(k32(hk1), n(maxIn+50*tao), n(limit), true, n(1))
		res := w.ok(alice, input)
		if res.GasUsed != staking.GasAddStakeLimit {
			t.Fatalf("gas %d", res.GasUsed)
		}
		out, _ := ist.UnpackAddStakeLimit(res.Ret)
		if out.Tao.Uint64() != maxIn || out.Alpha.Uint64() != q.Out || w.balance(alice) != 10_000*tao-maxIn {
			t.Fatalf("partial fill %v/%v, want %d/%d", out.Tao, out.Alpha, maxIn, q.Out)
		}
		if price, _ := w.pool(1).Reserves().PriceRao(); price > limit {
			t.Fatalf("price %d above the limit", price)
		}
		// Root: a limit of at least 1e9 fills, below it nothing does.
		w.fails(alice, ist.PackAddStakeLimit(k32(hk1), n(tao), n(tao-1), true, n(0)), nil, protocol.ErrPriceLimitExceeded)
		w.ok(alice, ist.PackAddStakeLimit(k32(hk1), n(tao), n(tao), false, n(0)))
		if w.stake(hk1, alice, 0) != tao {
			t.Fatal("root limit stake")
		}
	})
	t.Run("sell", func(t *testing.T) {
		w := newWorld(t)
		w.ok(alice, ist.PackAddStake(k32(hk1), n(30*tao), n(1)))
		staked := w.stake(hk1, alice, 1)
		p := w.pool(1).Reserves()
		price, _ := p.PriceRao()
		limit := price * 9 / 10
		maxIn, _ := p.MaxSell(limit, feeRate)
		if maxIn == 0 || maxIn >= staked {
			t.Fatalf("max sell %d of %d", maxIn, staked)
		}
		w.fails(alice, ist.PackRemoveStakeLimit(k32(hk1), n(staked), n(limit), false, n(1)), nil, protocol.ErrSlippageExceeded)
		w.fails(alice, ist.PackRemoveStakeFullLimit(k32(hk1), n(1), n(limit)), nil, protocol.ErrSlippageExceeded)
		w.fails(alice, ist.PackRemoveStakeLimit(k32(hk1), n(tao), n(price+1_000_000), true, n(1)), nil, protocol.ErrPriceLimitExceeded)
		q, _ := p.QuoteSell(maxIn, feeRate)
		input := ist.PackRemoveStakeLimit(k32(hk1), n(staked), n(limit), true, n(1))
		res := w.ok(alice, input)
		if res.GasUsed != staking.GasRemoveStakeLimit {
			t.Fatalf("gas %d", res.GasUsed)
		}
		out, _ := ist.UnpackRemoveStakeLimit(res.Ret)
		if out.Alpha.Uint64() != maxIn || out.Tao.Uint64() != q.Out || w.stake(hk1, alice, 1) != staked-maxIn {
			t.Fatalf("partial sell %v/%v, want %d/%d", out.Alpha, out.Tao, maxIn, q.Out)
		}
		// The rest at a limit the pool still meets, fill-or-kill.
		rest := w.stake(hk1, alice, 1)
		q, _ = w.pool(1).Reserves().QuoteSell(rest, feeRate)
		res = w.ok(alice, ist.PackRemoveStakeFullLimit(k32(hk1), n(1), n(1000)))
		if got, _ := ist.UnpackRemoveStakeFullLimit(res.Ret); got.Uint64() != q.Out || w.stake(hk1, alice, 1) != 0 {
			t.Fatalf("full limit paid %v, want %d", got, q.Out)
		}
		// Root: a sell limit above 1e9 cannot fill.
		w.ok(alice, ist.PackAddStake(k32(hk1), n(tao), n(0)))
		w.fails(alice, ist.PackRemoveStakeFullLimit(k32(hk1), n(0), n(tao+1)), nil, protocol.ErrPriceLimitExceeded)
		w.ok(alice, ist.PackRemoveStakeFullLimit(k32(hk1), n(0), n(tao)))
		w.checkConservation(allHotkeys)
	})
	t.Run("partial fill below the minimum", func(t *testing.T) {
		w := newWorld(t)
		p := w.pool(1).Reserves()
		price, _ := p.PriceRao()
		// A limit barely above the price fills less than the minimum.
		limit := price + 1
		maxIn, _ := p.MaxBuy(limit, feeRate)
		if maxIn >= minStake {
			t.Skipf("limit too loose for this pool: %d", maxIn)
		}
		w.fails(alice, ist.PackAddStakeLimit(k32(hk1), n(tao), n(limit), true, n(1)), nil, staking.ErrBelowMinimumStake)
	})
}

// TestMoveStake covers moves within a subnet (no swap) and across subnets
// (one fee), from and to root.
func TestMoveStake(t *testing.T) {
	w := newWorld(t)
	w.ok(alice, ist.PackAddStake(k32(hk1), n(20*tao), n(1)))
	w.ok(alice, ist.PackAddStake(k32(hk1), n(5*tao), n(0)))

	// Same subnet, other hotkey: the alpha moves, pools untouched.
	pool1 := w.pool(1)
	a1 := w.stake(hk1, alice, 1)
	input := ist.PackMoveStake(k32(hk1), k32(hk2), n(1), n(1), n(a1/2))
	res := w.ok(alice, input)
	if res.GasUsed != staking.GasMoveStake {
		t.Fatalf("gas %d, want %d", res.GasUsed, staking.GasMoveStake)
	}
	if w.pool(1) != pool1 || w.stake(hk2, alice, 1) != a1/2 || w.stake(hk1, alice, 1) != a1-a1/2 {
		t.Fatalf("same-subnet move: %d / %d", w.stake(hk1, alice, 1), w.stake(hk2, alice, 1))
	}
	mv, err := ist.UnpackStakeMovedEvent(res.Logs[0])
	if err != nil || len(res.Logs) != 1 || mv.AlphaIn != a1/2 || mv.AlphaOut != a1/2 || mv.Tao != 0 || mv.DestinationHotkey != k32(hk2) {
		t.Fatalf("moved event %+v (%v)", mv, err)
	}

	// Across subnets: the origin leg pays the fee, the destination leg none.
	amt := w.stake(hk2, alice, 1)
	q1, _ := w.pool(1).Reserves().QuoteSell(amt, feeRate)
	q2, _ := w.pool(2).Reserves().QuoteBuy(q1.Out, swap.NoFee)
	res = w.ok(alice, ist.PackMoveStake(k32(hk2), k32(hk2), n(1), n(2), n(amt)))
	if got, _ := ist.UnpackMoveStake(res.Ret); got.Uint64() != q2.Out || w.stake(hk2, alice, 2) != q2.Out || w.stake(hk2, alice, 1) != 0 {
		t.Fatalf("cross move credited %v, want %d", got, q2.Out)
	}
	if len(res.Logs) != 3 {
		t.Fatalf("%d logs", len(res.Logs))
	}
	s1, _ := ist.UnpackSwapEvent(res.Logs[0])
	s2, _ := ist.UnpackSwapEvent(res.Logs[1])
	mv, _ = ist.UnpackStakeMovedEvent(res.Logs[2])
	if s1.Netuid != 1 || s1.TaoForAlpha || s1.Fee != q1.Fee || s2.Netuid != 2 || !s2.TaoForAlpha || s2.Fee != 0 || s2.AmountIn != q1.Out ||
		mv.Tao != q1.Out || mv.AlphaIn != amt || mv.AlphaOut != q2.Out {
		t.Fatalf("events %+v %+v %+v", s1, s2, mv)
	}

	// From root: the destination leg pays the fee.
	r := w.stake(hk1, alice, 0)
	q2, _ = w.pool(1).Reserves().QuoteBuy(r, feeRate)
	before := w.stake(hk1, alice, 1)
	w.ok(alice, ist.PackMoveStake(k32(hk1), k32(hk1), n(0), n(1), n(r)))
	if w.stake(hk1, alice, 1) != before+q2.Out || w.stake(hk1, alice, 0) != 0 {
		t.Fatalf("root move: %d, want +%d", w.stake(hk1, alice, 1)-before, q2.Out)
	}
	// To root: the origin leg pays, root takes the TAO 1:1.
	a := w.stake(hk2, alice, 2)
	q1, _ = w.pool(2).Reserves().QuoteSell(a, feeRate)
	w.ok(alice, ist.PackMoveStake(k32(hk2), k32(hk1), n(2), n(0), n(a)))
	if w.stake(hk1, alice, 0) != q1.Out {
		t.Fatalf("to root: %d, want %d", w.stake(hk1, alice, 0), q1.Out)
	}

	w.fails(alice, ist.PackMoveStake(k32(hk1), k32(hk1), n(1), n(1), n(tao)), nil, staking.ErrSameStakePosition)
	w.fails(alice, ist.PackMoveStake(k32(hk1), k32(nobody), n(1), n(1), n(tao)), nil, protocol.ErrHotkeyNotFound)
	w.fails(alice, ist.PackMoveStake(k32(hk1), k32(hk2), n(1), n(2), n(1000)), nil, staking.ErrBelowMinimumStake)
	w.fails(alice, ist.PackMoveStake(k32(hk1), k32(hk2), n(1), n(1), n(1000)), nil, staking.ErrBelowMinimumStake)
	w.fails(alice, ist.PackMoveStake(k32(hk1), k32(hk2), n(1), n(5), n(tao)), nil, protocol.ErrSubnetNotFound)
	w.fails(alice, ist.PackMoveStake(k32(hk1), k32(hk2), n(1), n(2), n(1000*tao)), nil, staking.ErrInsufficientStake)
	w.checkConservation(allHotkeys)

	// The fee-less destination leg refuses what the pool cannot take.
	w.register(3, 2_000_000, 2_000_000)
	w.c.State.Finalise(w.c.Rules())
	w.fails(alice, ist.PackMoveStake(k32(hk1), k32(hk1), n(1), n(3), n(5*tao)), nil, protocol.ErrInputTooLarge)
	w.fails(alice, ist.PackMoveStake(k32(hk1), k32(hk1), n(1), n(3), n(tao)), nil, protocol.ErrReserveTooLow)
}

// TestTransferStake: within a subnet the shares change hands with no pool
// change; across subnets through both pools; the toggle and same-position
// refusals.
func TestTransferStake(t *testing.T) {
	w := newWorld(t)
	w.ok(alice, ist.PackAddStake(k32(hk1), n(20*tao), n(1)))
	a := w.stake(hk1, alice, 1)
	shares := staking.Shares(w.c.State, w.key(1), hk1, alice)
	pool1 := w.pool(1)
	hp := staking.LoadHotkeyPool(w.c.State, w.key(1), hk1)

	input := ist.PackTransferStake(k32(bob), k32(hk1), n(1), n(1), n(a/4))
	res := w.ok(alice, input)
	if res.GasUsed != staking.GasTransferStake {
		t.Fatalf("gas %d", res.GasUsed)
	}
	bs, as := staking.Shares(w.c.State, w.key(1), hk1, bob), staking.Shares(w.c.State, w.key(1), hk1, alice)
	var sum uint256.Int
	sum.Add(&bs, &as)
	if !sum.Eq(&shares) || w.pool(1) != pool1 || staking.LoadHotkeyPool(w.c.State, w.key(1), hk1).Pool != hp.Pool {
		t.Fatal("a same-subnet transfer changed the pools or lost shares")
	}
	if got := w.stake(hk1, bob, 1); got != a/4 {
		t.Fatalf("bob has %d, want %d", got, a/4)
	}
	ev, err := ist.UnpackStakeTransferredEvent(res.Logs[0])
	if err != nil || ev.From != alice || ev.To != bob || ev.Spender != alice || ev.AlphaIn != a/4 || ev.AlphaOut != a/4 {
		t.Fatalf("event %+v (%v)", ev, err)
	}

	// Across subnets.
	amt := w.stake(hk1, alice, 1) / 2
	q1, _ := w.pool(1).Reserves().QuoteSell(amt, feeRate)
	q2, _ := w.pool(2).Reserves().QuoteBuy(q1.Out, swap.NoFee)
	res = w.ok(alice, ist.PackTransferStake(k32(carol), k32(hk1), n(1), n(2), n(amt)))
	if got, _ := ist.UnpackTransferStake(res.Ret); got.Uint64() != q2.Out || w.stake(hk1, carol, 2) != q2.Out {
		t.Fatalf("cross transfer %v, want %d", got, q2.Out)
	}

	w.fails(alice, ist.PackTransferStake(k32(alice), k32(hk1), n(1), n(1), n(tao)), nil, staking.ErrSameStakePosition)
	w.fails(alice, ist.PackTransferStake(badKey(bob), k32(hk1), n(1), n(1), n(tao)), nil, precompile.ErrInvalidKey)
	w.fails(alice, ist.PackTransferStake([32]byte{}, k32(hk1), n(1), n(1), n(tao)), nil, precompile.ErrInvalidKey)
	subnets.Set(w.c.State, w.key(2), subnets.HTransfersEnabled, 0)
	w.c.State.Finalise(w.c.Rules())
	w.fails(alice, ist.PackTransferStake(k32(bob), k32(hk1), n(1), n(2), n(tao)), nil, staking.ErrTransfersDisabled)
	w.ok(alice, ist.PackTransferStake(k32(bob), k32(hk1), n(1), n(1), n(tao)))
	w.checkConservation(allHotkeys)
}

// TestAllowances: approve, increase, decrease, transferStakeFrom spending
// the allowance (unlimited is never decreased), lapse on re-registration.
func TestAllowances(t *testing.T) {
	w := newWorld(t)
	w.ok(alice, ist.PackAddStake(k32(hk1), n(20*tao), n(1)))
	allowance := func() uint64 {
		res := w.ok(carol, ist.PackAllowance(alice, bob, n(1)))
		v, _ := ist.UnpackAllowance(res.Ret)
		return v.Uint64()
	}
	res := w.ok(alice, ist.PackApprove(bob, n(1), n(3*tao)))
	if res.GasUsed != staking.GasApprove {
		t.Fatalf("gas %d", res.GasUsed)
	}
	ap, err := ist.UnpackApprovalEvent(res.Logs[0])
	if err != nil || ap.Owner != alice || ap.Spender != bob || ap.Netuid != 1 || ap.Amount.Uint64() != 3*tao {
		t.Fatalf("approval %+v (%v)", ap, err)
	}
	w.ok(alice, ist.PackIncreaseAllowance(bob, n(1), n(2*tao)))
	w.ok(alice, ist.PackDecreaseAllowance(bob, n(1), n(tao)))
	if allowance() != 4*tao {
		t.Fatalf("allowance %d", allowance())
	}
	w.fails(alice, ist.PackDecreaseAllowance(bob, n(1), n(5*tao)), nil, staking.ErrInsufficientAllowance)
	w.fails(bob, ist.PackTransferStakeFrom(alice, carol, k32(hk1), n(1), n(1), n(5*tao)), nil, staking.ErrInsufficientAllowance)
	w.fails(carol, ist.PackTransferStakeFrom(alice, carol, k32(hk1), n(1), n(1), n(tao)), nil, staking.ErrInsufficientAllowance)

	input := ist.PackTransferStakeFrom(alice, carol, k32(hk1), n(1), n(1), n(tao))
	res = w.ok(bob, input)
	if res.GasUsed != staking.GasTransferStakeFrom {
		t.Fatalf("gas %d", res.GasUsed)
	}
	if allowance() != 3*tao || w.stake(hk1, carol, 1) != tao {
		t.Fatalf("allowance %d, carol %d", allowance(), w.stake(hk1, carol, 1))
	}
	ap, _ = ist.UnpackApprovalEvent(res.Logs[0])
	tr, _ := ist.UnpackStakeTransferredEvent(res.Logs[1])
	if ap.Amount.Uint64() != 3*tao || tr.From != alice || tr.To != carol || tr.Spender != bob {
		t.Fatalf("events %+v %+v", ap, tr)
	}

	max := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	w.ok(alice, ist.PackApprove(bob, n(1), max))
	w.fails(alice, ist.PackIncreaseAllowance(bob, n(1), n(1)), nil, protocol.ErrAmountOverflow)
	res = w.ok(bob, ist.PackTransferStakeFrom(alice, bob, k32(hk1), n(1), n(1), n(tao)))
	if len(res.Logs) != 1 || staking.Allowance(w.c.State, alice, bob, w.key(1)).ToBig().Cmp(max) != 0 {
		t.Fatal("an unlimited allowance was decreased or logged")
	}
	w.ok(alice, ist.PackApprove(bob, n(1), n(0)))
	if allowance() != 0 {
		t.Fatal("approve 0 kept the allowance")
	}
	// A new generation of the netuid starts without allowances.
	w.ok(alice, ist.PackApprove(bob, n(2), n(tao)))
	w.register(2, 10*tao, 10*tao)
	w.c.State.Finalise(w.c.Rules())
	if v := staking.Allowance(w.c.State, alice, bob, w.key(2)); !v.IsZero() {
		t.Fatalf("allowance survived re-registration: %v", v)
	}
}

// TestTake: default 18%, decrease by the owner, increases rate-limited and
// bounded, refusals.
func TestTake(t *testing.T) {
	w := newWorld(t)
	take := func() uint16 {
		res := w.ok(alice, ist.PackGetDelegateTake(k32(hk1)))
		v, _ := ist.UnpackGetDelegateTake(res.Ret)
		return v
	}
	if take() != 11796 {
		t.Fatalf("default take %d", take())
	}
	w.fails(val, ist.PackIncreaseTake(k32(hk1), 11797), nil, protocol.ErrValueOutOfBounds)
	w.fails(val, ist.PackIncreaseTake(k32(hk1), 11796), nil, staking.ErrInvalidTake)
	w.fails(alice, ist.PackDecreaseTake(k32(hk1), 100), nil, protocol.ErrNotHotkeyOwner)
	w.fails(val, ist.PackDecreaseTake(k32(nobody), 100), nil, protocol.ErrHotkeyNotFound)
	w.fails(val, ist.PackDecreaseTake(badKey(hk1), 100), nil, precompile.ErrInvalidKey)

	w.c.Number = 1000
	res := w.ok(val, ist.PackDecreaseTake(k32(hk1), 5000))
	if res.GasUsed != staking.GasTakeChange || take() != 5000 {
		t.Fatalf("gas %d take %d", res.GasUsed, take())
	}
	ev, err := ist.UnpackTakeChangedEvent(res.Logs[0])
	if err != nil || ev.Hotkey != k32(hk1) || ev.Owner != val || ev.OldTake != 11796 || ev.NewTake != 5000 {
		t.Fatalf("event %+v (%v)", ev, err)
	}
	w.fails(val, ist.PackDecreaseTake(k32(hk1), 5000), nil, staking.ErrInvalidTake)
	err = w.fails(val, ist.PackIncreaseTake(k32(hk1), 6000), nil, protocol.ErrRateLimited)
	if re, ok := err.(*precompile.RevertError); !ok || re.Args[0].(uint64) != 1000+216_000 {
		t.Fatalf("rate limit %v, want next block %d", err, 1000+216_000)
	}
	w.c.Number = 1000 + 216_000
	w.ok(val, ist.PackIncreaseTake(k32(hk1), 6000))
	if take() != 6000 {
		t.Fatal("increase not applied")
	}
	// Decreasing again is not rate-limited but restarts the wait.
	w.ok(val, ist.PackDecreaseTake(k32(hk1), 0))
	w.fails(val, ist.PackIncreaseTake(k32(hk1), 1), nil, protocol.ErrRateLimited)
}

// TestBurnAlpha: the alpha leaves the position and the subnet's issuance;
// the pool's reserves and price do not move.
func TestBurnAlpha(t *testing.T) {
	w := newWorld(t)
	w.ok(alice, ist.PackAddStake(k32(hk1), n(20*tao), n(1)))
	before, staked := w.pool(1), w.stake(hk1, alice, 1)
	res := w.ok(alice, ist.PackBurnAlpha(k32(hk1), n(tao), n(1)))
	if res.GasUsed != staking.GasBurnAlpha {
		t.Fatalf("gas %d", res.GasUsed)
	}
	after := w.pool(1)
	if after.TAO != before.TAO || after.Alpha != before.Alpha || after.AlphaOut != before.AlphaOut-tao || w.stake(hk1, alice, 1) != staked-tao {
		t.Fatalf("pool %+v -> %+v", before, after)
	}
	ev, err := ist.UnpackAlphaBurnedEvent(res.Logs[0])
	if err != nil || ev.Alpha != tao || ev.Coldkey != alice || ev.Netuid != 1 {
		t.Fatalf("event %+v (%v)", ev, err)
	}
	w.checkConservation(allHotkeys)
}

// TestDistribute: emission credited to a hotkey raises every nominator's
// stake pro rata (auto-compounding); a pool nobody holds goes to the
// hotkey's owner.
func TestDistribute(t *testing.T) {
	w := newWorld(t)
	w.ok(alice, ist.PackAddStake(k32(hk1), n(30*tao), n(1)))
	w.ok(bob, ist.PackAddStake(k32(hk1), n(10*tao), n(1)))
	a, b := w.stake(hk1, alice, 1), w.stake(hk1, bob, 1)
	emission := uint64(8 * tao)
	k := w.key(1)
	if err := pools.AddAlphaOut(w.c.State, k, emission); err != nil {
		t.Fatal(err)
	}
	if err := staking.Distribute(w.c.State, k, hk1, emission); err != nil {
		t.Fatal(err)
	}
	total := a + b
	share := new(big.Int).Mul(n(emission), n(a))
	wantA := a + share.Div(share, n(total)).Uint64()
	if got := w.stake(hk1, alice, 1); got+1 < wantA || got > wantA+1 {
		t.Fatalf("alice %d, want about %d", got, wantA)
	}
	if got := w.stake(hk1, alice, 1) + w.stake(hk1, bob, 1); got > total+emission || got+2 < total+emission {
		t.Fatalf("holders %d, pool %d", got, total+emission)
	}
	// Nobody staked on hk2: the emission is the owner's (val).
	if err := pools.AddAlphaOut(w.c.State, k, tao); err != nil {
		t.Fatal(err)
	}
	if err := staking.Distribute(w.c.State, k, hk2, tao); err != nil {
		t.Fatal(err)
	}
	if w.stake(hk2, val, 1) != tao {
		t.Fatalf("owner credited %d", w.stake(hk2, val, 1))
	}
	w.c.State.Finalise(w.c.Rules())
	w.checkConservation(allHotkeys)
	// Everyone can leave with their stake.
	for _, u := range []common.Address{alice, bob} {
		w.ok(u, ist.PackRemoveStakeFull(k32(hk1), n(1)))
	}
	w.ok(val, ist.PackRemoveStakeFull(k32(hk2), n(1)))
	if hp := staking.LoadHotkeyPool(w.c.State, k, hk1); hp.Pool.Value != 0 || !hp.Pool.Shares.IsZero() || hp.Nominators != 0 {
		t.Fatalf("share pool left %+v", hp)
	}
	w.checkConservation(allHotkeys)
}

// TestDissolvedClaims: after a dissolution every position of the old
// generation is claimable at the fixed rate, the owner also gets the
// pool's alpha on the owner hotkey, once; the new generation is clean.
func TestDissolvedClaims(t *testing.T) {
	w := newWorld(t)
	w.ok(alice, ist.PackAddStake(k32(hk1), n(20*tao), n(2)))
	w.ok(owner, ist.PackAddStake(k32(ownerHk), n(5*tao), n(2)))
	old := w.key(2)
	aliceAlpha, ownerAlpha := w.stake(hk1, alice, 2), w.stake(ownerHk, owner, 2)
	d := pools.Dissolve(w.c.State, old)
	w.dissolved = append(w.dissolved, old)
	w.register(2, 100*tao, 100*tao)
	w.c.State.Finalise(w.c.Rules())
	if w.stake(hk1, alice, 2) != 0 {
		t.Fatal("the new generation sees old stake")
	}
	claimable := func(h, c common.Address) uint64 {
		res := w.ok(c, ist.PackGetClaimableDissolvedStake(k32(h), k32(c), n(2), n(old.Gen)))
		v, _ := ist.UnpackGetClaimableDissolvedStake(res.Ret)
		return v.Uint64()
	}
	wantAlice := pools.ClaimValue(aliceAlpha, d.Rate)
	wantOwner := pools.ClaimValue(ownerAlpha, d.Rate) + pools.ClaimValue(d.OwnerAlpha, d.Rate)
	if claimable(hk1, alice) != wantAlice || claimable(ownerHk, owner) != wantOwner {
		t.Fatalf("claimable %d/%d, want %d/%d", claimable(hk1, alice), claimable(ownerHk, owner), wantAlice, wantOwner)
	}
	if tot := staking.TotalColdkeyStake(w.c.State, alice, false, 0); tot.Uint64() != wantAlice {
		t.Fatalf("total coldkey stake %v, want the claimable %d", tot, wantAlice)
	}
	before := w.balance(alice)
	res := w.ok(alice, ist.PackClaimDissolvedStake(k32(hk1), n(2), n(old.Gen)))
	if res.GasUsed != staking.GasClaim || w.balance(alice) != before+wantAlice {
		t.Fatalf("gas %d, paid %d want %d", res.GasUsed, w.balance(alice)-before, wantAlice)
	}
	ev, err := ist.UnpackDissolvedStakeClaimedEvent(res.Logs[0])
	if err != nil || ev.Generation != old.Gen || ev.Alpha != aliceAlpha || ev.Tao != wantAlice || ev.Coldkey != alice {
		t.Fatalf("event %+v (%v)", ev, err)
	}
	if len(staking.Positions(w.c.State, alice)) != 0 {
		t.Fatal("claimed position still listed")
	}
	w.fails(alice, ist.PackClaimDissolvedStake(k32(hk1), n(2), n(old.Gen)), nil, staking.ErrNothingToClaim)
	w.fails(alice, ist.PackClaimDissolvedStake(k32(hk1), n(2), n(old.Gen+1)), nil, staking.ErrNothingToClaim)
	w.fails(alice, ist.PackClaimDissolvedStake(k32(hk1), n(1), n(1)), nil, staking.ErrNothingToClaim)

	before = w.balance(owner)
	w.ok(owner, ist.PackClaimDissolvedStake(k32(ownerHk), n(2), n(old.Gen)))
	if w.balance(owner) != before+wantOwner || claimable(ownerHk, owner) != 0 {
		t.Fatalf("owner paid %d, want %d", w.balance(owner)-before, wantOwner)
	}
	w.fails(owner, ist.PackClaimDissolvedStake(k32(ownerHk), n(2), n(old.Gen)), nil, staking.ErrNothingToClaim)
	w.checkConservation(allHotkeys)
}

// TestPositionsAndViews: the coldkey's position list and the hotkey's
// nominator list stay consistent through removals in any order, the limit
// holds, and the views agree with the state.
func TestPositionsAndViews(t *testing.T) {
	w := newWorld(t)
	p := protocol.DefaultParams()
	p.MaxStakePositions = 3
	if err := protocol.WriteParams(w.c.State, p); err != nil {
		t.Fatal(err)
	}
	w.c.State.Finalise(w.c.Rules())
	w.ok(alice, ist.PackAddStake(k32(hk1), n(2*tao), n(0)))
	w.ok(alice, ist.PackAddStake(k32(hk1), n(2*tao), n(1)))
	w.ok(alice, ist.PackAddStake(k32(hk2), n(2*tao), n(1)))
	w.fails(alice, ist.PackAddStake(k32(hk2), n(2*tao), n(2)), nil, staking.ErrTooManyStakePositions)
	// A transfer to a full coldkey is refused too.
	w.ok(bob, ist.PackAddStake(k32(hk2), n(2*tao), n(2)))
	w.fails(bob, ist.PackTransferStake(k32(alice), k32(hk2), n(2), n(2), n(tao)), nil, staking.ErrTooManyStakePositions)
	// Adding to an existing position is fine.
	w.ok(alice, ist.PackAddStake(k32(hk1), n(tao), n(1)))
	for _, b := range []common.Address{bob, carol} {
		w.ok(b, ist.PackAddStake(k32(hk1), n(tao), n(1)))
	}
	// Remove the first position: the last moves into its place.
	w.ok(alice, ist.PackRemoveStakeFull(k32(hk1), n(0)))
	pos := staking.Positions(w.c.State, alice)
	if len(pos) != 2 || pos[0].Hotkey != hk2 || pos[1].Hotkey != hk1 || pos[1].Key.Netuid != 1 {
		t.Fatalf("positions %+v", pos)
	}
	// Alice (the first nominator of hk1 on 1) leaves: carol moves in.
	w.ok(alice, ist.PackRemoveStakeFull(k32(hk1), n(1)))
	res := w.ok(carol, ist.PackGetNominators(k32(hk1), n(1), n(0), n(10)))
	if res.GasUsed != staking.GasNominatorsView+10*staking.GasRead {
		t.Fatalf("getNominators gas %d", res.GasUsed)
	}
	out, _ := ist.UnpackGetNominators(res.Ret)
	if out.Total.Uint64() != 2 || len(out.Coldkeys) != 2 || out.Coldkeys[0] != k32(carol) || out.Coldkeys[1] != k32(bob) {
		t.Fatalf("nominators %x total %v", out.Coldkeys, out.Total)
	}
	res = w.ok(carol, ist.PackGetNominators(k32(hk1), n(1), n(1), n(1)))
	out, _ = ist.UnpackGetNominators(res.Ret)
	if len(out.Coldkeys) != 1 || out.Coldkeys[0] != k32(bob) {
		t.Fatalf("page 2 %x", out.Coldkeys)
	}
	res = w.ok(carol, ist.PackGetNominators(k32(hk1), n(1), n(5), n(1)))
	if out, _ = ist.UnpackGetNominators(res.Ret); len(out.Coldkeys) != 0 || out.Total.Uint64() != 2 {
		t.Fatalf("past the end %x", out.Coldkeys)
	}
	w.fails(carol, ist.PackGetNominators(k32(hk1), n(1), n(0), n(257)), nil, protocol.ErrValueOutOfBounds)
	res = w.ok(carol, ist.PackGetAlphaStakedValidators(k32(hk1), n(1)))
	if v, _ := ist.UnpackGetAlphaStakedValidators(res.Ret); len(v) != 2 || v[0] != k32(carol) {
		t.Fatalf("validators %x", v)
	}
	w.checkConservation(allHotkeys)

	// Totals.
	st := w.c.State
	res = w.ok(carol, ist.PackGetTotalAlphaStaked(k32(hk1), n(1)))
	if v, _ := ist.UnpackGetTotalAlphaStaked(res.Ret); v.Uint64() != w.stake(hk1, bob, 1)+w.stake(hk1, carol, 1) {
		t.Fatalf("total alpha %v", v)
	}
	res = w.ok(carol, ist.PackGetStake(k32(hk2), k32(alice), n(1)))
	if v, _ := ist.UnpackGetStake(res.Ret); v.Uint64() != w.stake(hk2, alice, 1) || res.GasUsed != staking.GasStakeView {
		t.Fatalf("getStake %v gas %d", v, res.GasUsed)
	}
	var want uint64
	for _, netuid := range []uint16{1, 2} {
		k := w.key(netuid)
		v, _ := pools.Load(st, k).Reserves().AlphaToTAO(staking.HotkeyAlpha(st, k, hk2))
		want += v
	}
	res = w.ok(carol, ist.PackGetTotalHotkeyStake(k32(hk2)))
	if v, _ := ist.UnpackGetTotalHotkeyStake(res.Ret); v.Uint64() != want || res.GasUsed != staking.GasHotkeyView {
		t.Fatalf("hotkey total %v, want %d", v, want)
	}
	a := w.stake(hk2, alice, 1)
	q, _ := w.pool(1).Reserves().QuoteSell(a, feeRate)
	fee, _ := w.pool(1).Reserves().AlphaToTAO(q.Fee)
	res = w.ok(carol, ist.PackGetTotalColdkeyStake(k32(alice)))
	if v, _ := ist.UnpackGetTotalColdkeyStake(res.Ret); v.Uint64() != q.Out+fee {
		t.Fatalf("coldkey total %v, want %d", v, q.Out+fee)
	}
	res = w.ok(carol, ist.PackGetTotalColdkeyStakeOnSubnet(k32(alice), n(2)))
	if v, _ := ist.UnpackGetTotalColdkeyStakeOnSubnet(res.Ret); v.Sign() != 0 {
		t.Fatalf("on subnet 2: %v", v)
	}
	w.fails(carol, ist.PackGetTotalColdkeyStake(badKey(alice)), nil, precompile.ErrInvalidKey)
	w.fails(carol, ist.PackGetStake(k32(hk1), k32(alice), n(9)), nil, protocol.ErrSubnetNotFound)
	res = w.ok(carol, ist.PackGetHotkeyOwner(k32(hk1)))
	if v, _ := ist.UnpackGetHotkeyOwner(res.Ret); v != val {
		t.Fatal("owner")
	}
	res = w.ok(carol, ist.PackGetMinStake())
	if v, _ := ist.UnpackGetMinStake(res.Ret); v.Uint64() != minStake {
		t.Fatal("min stake")
	}
	res = w.ok(carol, ist.PackGetNominatorMinRequiredStake())
	if v, _ := ist.UnpackGetNominatorMinRequiredStake(res.Ret); v.Sign() != 0 {
		t.Fatal("nominator minimum")
	}
	// Emptied share pools leave the hotkey's subnet list.
	w.ok(alice, ist.PackRemoveStakeFull(k32(hk2), n(1)))
	if got := staking.HotkeyNetuids(st, hk2); len(got) != 1 || got[0] != 2 {
		t.Fatalf("hk2 netuids %v", got)
	}
}

// TestCallKinds: state-changing methods refuse static and delegate calls.
func TestCallKinds(t *testing.T) {
	w := newWorld(t)
	caller := newHarness(w)
	input := ist.PackAddStake(k32(hk1), n(tao), n(1))
	for _, tt := range []struct {
		name  string
		outer []byte
		want  error
	}{
		{"staticcall", callerABI.PackRawStaticCall(addr, input), precompile.ErrStaticCallNotAllowed},
		{"delegatecall", callerABI.PackRawDelegateCall(addr, input), precompile.ErrDelegateCallNotAllowed},
		{"callcode", callerABI.PackRawCallCode(addr, input, big.NewInt(0)), precompile.ErrDelegateCallNotAllowed},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := w.c.Call(alice, caller, tt.outer, nil, callGas)
			if res.Err != nil {
				t.Fatal(res.Err)
			}
			out, err := callerABI.UnpackRawCall(res.Ret)
			if err != nil || out.Ok {
				t.Fatalf("ok=%v err=%v", out.Ok, err)
			}
			if err := staking.Definition().DecodeRevert(out.Ret); !isErr(err, tt.want) {
				t.Fatalf("reverted with %v, want %v", err, tt.want)
			}
		})
	}
	// A contract stakes as itself (its address is the coldkey).
	w.fund(caller, 10*tao)
	res := w.c.Call(alice, caller, callerABI.PackRawCall(addr, input, big.NewInt(0)), nil, callGas)
	out, _ := callerABI.UnpackRawCall(res.Ret)
	if res.Err != nil || !out.Ok || w.stake(hk1, caller, 1) == 0 {
		t.Fatalf("contract stake: %v ok=%v", res.Err, out.Ok)
	}
	// Views answer under a static call.
	res = w.c.Call(alice, caller, callerABI.PackRawStaticCall(addr, ist.PackGetStake(k32(hk1), k32(caller), n(1))), nil, callGas)
	out, _ = callerABI.UnpackRawCall(res.Ret)
	if v, err := ist.UnpackGetStake(out.Ret); !out.Ok || err != nil || v.Uint64() != w.stake(hk1, caller, 1) {
		t.Fatalf("static view: ok=%v %v", out.Ok, err)
	}
}
