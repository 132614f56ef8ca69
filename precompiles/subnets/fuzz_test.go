package subnets_test

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/holiman/uint256"

	"github.com/taoevm/taoevm/precompiles/pools"
	"github.com/taoevm/taoevm/precompiles/precompile/precompiletest"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/subnets"
)

// position is a test staker's alpha on one subnet generation (what the
// staking module will keep).
type position struct {
	actor int
	k     protocol.NetKey
}

// FuzzConservation drives random sequences of registrations (with
// dissolutions at a small cap), buys, sells, recycling burns, moving price
// changes and claims of dissolved stake, and checks after every step:
//
//   - native balances of every account + total recycled == genesis supply;
//   - the pools' account holds exactly the live pools' TAO plus the
//     unclaimed TAO of dissolved generations; the subnet account holds
//     exactly the live escrows;
//   - alpha: a live pool's alpha out equals the stakes on it; a dissolved
//     generation's issuance equals claimed + unclaimed stakes + the
//     unclaimed owner share; claims never exceed the pool's TAO.
func FuzzConservation(f *testing.F) {
	f.Add([]byte{0, 0, 0, 1, 1, 1, 2, 0, 3, 0, 4, 0, 0, 1, 5, 7, 0, 2, 0, 3, 6, 0, 6, 1})
	f.Add([]byte{0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 1, 9, 2, 9, 6, 3})
	f.Add([]byte{0, 0, 1, 200, 1, 201, 3, 1, 0, 0, 0, 1, 0, 2, 0, 3, 6, 0, 6, 1, 6, 2, 6, 3, 2, 200})
	f.Fuzz(func(t *testing.T, ops []byte) {
		if len(ops) > 400 {
			ops = ops[:400]
		}
		runConservation(t, ops)
	})
}

// conservationStats counts what a run exercised.
type conservationStats struct{ registrations, dissolutions, claims, swaps int }

// TestConservationLong runs a long deterministic sequence and checks that it
// exercises dissolutions and claims, so the invariants are not vacuous.
func TestConservationLong(t *testing.T) {
	ops := make([]byte, 0, 1200)
	x := uint32(12345)
	for range 600 {
		x = x*1664525 + 1013904223
		ops = append(ops, byte(x>>24), byte(x>>16))
	}
	st := runConservation(t, ops)
	t.Logf("%+v", st)
	if st.dissolutions == 0 || st.claims == 0 || st.swaps < 50 || st.registrations < 5 {
		t.Fatalf("sequence too weak: %+v", st)
	}
}

func runConservation(t *testing.T, ops []byte) conservationStats {
	t.Helper()
	var stats conservationStats
	p := testParams()
	p.SubnetLimit = 3
	p.NetworkRateLimit = 2
	p.NetworkImmunityPeriod = 5
	p.LockReductionInterval = 20
	p.MinLockCost = 10 * tao
	c := newChain(t, p)
	actors := []common.Address{alice, bob, carol, common.HexToAddress("0xda7e000000000000000000000000000000000004")}
	c.Fund(actors[3], precompiletest.TAO(1_000_000))
	var supply uint256.Int
	for _, a := range append(actors, pools.Address, subnets.Address) {
		supply.Add(&supply, c.Balance(a))
	}
	stakes := map[position]uint64{}
	dissolved := map[protocol.NetKey]bool{}
	var liveKeys []protocol.NetKey
	b := bank{c.State}
	c.Number = 1

	for i := 0; i+1 < len(ops); i += 2 {
		op, arg := ops[i]%7, ops[i+1]
		actor := int(arg) % len(actors)
		c.Number += uint64(arg%5) + 1
		switch op {
		case 0: // register (maybe dissolving)
			hk := common.Address{0xee, byte(actor), byte(i), byte(i >> 8)}
			before := map[uint16]uint64{}
			for id := uint16(1); id <= protocol.TotalNetworks(c.State); id++ {
				before[id] = protocol.Generation(c.State, id)
			}
			res := c.send(actors[actor], subnets.Address, sn.PackRegisterNetwork(key(hk)), nil)
			if res.Err != nil {
				err := def.DecodeRevert(res.Ret)
				if !errors.Is(err, protocol.ErrRateLimited) && !errors.Is(err, subnets.ErrSubnetLimitReached) && !errors.Is(err, protocol.ErrInsufficientBalance) {
					t.Fatalf("registration: %v", err)
				}
				break
			}
			n, _ := sn.UnpackRegisterNetwork(res.Ret)
			stats.registrations++
			if g := before[n]; g != 0 {
				dissolved[protocol.NetKey{Netuid: n, Gen: g}] = true
				stats.dissolutions++
			}
			liveKeys = liveKeys[:0]
			for id := uint16(1); id <= protocol.TotalNetworks(c.State); id++ {
				liveKeys = append(liveKeys, protocol.Current(c.State, id))
			}
		case 1: // buy
			if len(liveKeys) == 0 {
				break
			}
			k := liveKeys[int(arg/4)%len(liveKeys)]
			tr, err := pools.BuyAlpha(b, k, actors[actor], uint64(arg)*tao/3+1, pools.NoLimit)
			if err != nil {
				checkSwapErr(t, err)
				break
			}
			stakes[position{actor, k}] += tr.Out
			stats.swaps++
		case 2: // sell part of a stake
			if len(liveKeys) == 0 {
				break
			}
			k := liveKeys[int(arg/4)%len(liveKeys)]
			pos := position{actor, k}
			amt := stakes[pos] / (uint64(arg%3) + 1)
			if amt == 0 {
				break
			}
			if _, err := pools.SellAlpha(b, k, actors[actor], amt, pools.NoLimit); err != nil {
				checkSwapErr(t, err)
				break
			}
			stakes[pos] -= amt
			stats.swaps++
		case 3: // moving price
			if len(liveKeys) == 0 {
				break
			}
			protocol.SetMovingPrice(c.State, liveKeys[int(arg)%len(liveKeys)].Netuid, uint64(arg)*1e15)
		case 4: // recycle (a registration burn)
			amt := uint64(arg) * tao / 100
			c.State.SubBalance(actors[actor], protocol.RaoToWei(amt), tracing.BalanceChangeUnspecified)
			if err := protocol.AddRecycled(c.State, amt); err != nil {
				t.Fatal(err)
			}
		case 5: // limit buy, fill-or-kill or partial
			if len(liveKeys) == 0 {
				break
			}
			k := liveKeys[int(arg)%len(liveKeys)]
			price := pools.PriceRao(k, pools.Load(c.State, k))
			tr, err := pools.BuyAlpha(b, k, actors[actor], uint64(arg)*tao, pools.AtPrice(price+price/uint64(arg%8+2), arg%2 == 0))
			if err != nil {
				if !errors.Is(err, protocol.ErrSlippageExceeded) {
					checkSwapErr(t, err)
				}
				break
			}
			stakes[position{actor, k}] += tr.Out
		case 6: // claims on dissolved generations
			for k := range dissolved {
				pos := position{actor, k}
				if a := stakes[pos]; a > 0 {
					if _, err := pools.Claim(b, k, actors[actor], a); err != nil {
						t.Fatalf("claim: %v", err)
					}
					delete(stakes, pos)
					stats.claims++
				}
				if owner := subnets.Owner(c.State, k); owner == actors[actor] {
					_, _, err := pools.ClaimOwnerShare(b, k, owner)
					if err != nil && !errors.Is(err, pools.ErrAlreadyClaimed) {
						t.Fatalf("owner claim: %v", err)
					}
				}
			}
		}
		checkConservation(t, c, &supply, actors, liveKeys, dissolved, stakes)
	}
	return stats
}

func checkSwapErr(t *testing.T, err error) {
	t.Helper()
	for _, e := range []error{protocol.ErrInsufficientBalance, protocol.ErrInputTooLarge, protocol.ErrReserveTooLow, protocol.ErrValueOutOfBounds, protocol.ErrPriceLimitExceeded} {
		if errors.Is(err, e) {
			return
		}
	}
	t.Fatalf("unexpected swap error %v", err)
}

func checkConservation(t *testing.T, c *chain, supply *uint256.Int, actors []common.Address, live []protocol.NetKey, dissolved map[protocol.NetKey]bool, stakes map[position]uint64) {
	t.Helper()
	var sum uint256.Int
	for _, a := range append(append([]common.Address{}, actors...), pools.Address, subnets.Address) {
		sum.Add(&sum, c.Balance(a))
	}
	sum.Add(&sum, protocol.RaoToWei(protocol.TotalRecycled(c.State)))
	if !sum.Eq(supply) {
		t.Fatalf("balances + recycled = %v, supply %v", &sum, supply)
	}
	var poolTAO, escrow uint64
	for _, k := range live {
		pl := pools.Load(c.State, k)
		poolTAO += pl.TAO
		escrow += subnets.Lock(c.State, k).Escrow
		var staked uint64
		for pos, a := range stakes {
			if pos.k == k {
				staked += a
			}
		}
		if pl.AlphaOut != staked {
			t.Fatalf("subnet %v: alpha out %d, stakes %d", k, pl.AlphaOut, staked)
		}
	}
	for k := range dissolved {
		d, ok := pools.LoadDissolution(c.State, k)
		if !ok {
			t.Fatalf("%v not dissolved", k)
		}
		if d.ClaimedTAO > d.PoolTAO {
			t.Fatalf("%v: claimed %d of %d", k, d.ClaimedTAO, d.PoolTAO)
		}
		poolTAO += d.PoolTAO - d.ClaimedTAO
		unclaimed := d.ClaimedAlpha
		for pos, a := range stakes {
			if pos.k == k {
				unclaimed += a
			}
		}
		if !d.OwnerClaimed {
			unclaimed += d.OwnerAlpha
		}
		if unclaimed != d.Issuance {
			t.Fatalf("%v: claimed + unclaimed alpha %d, issuance %d", k, unclaimed, d.Issuance)
		}
		if e := subnets.Lock(c.State, k).Escrow; e != 0 {
			t.Fatalf("%v: escrow %d not refunded", k, e)
		}
	}
	if !c.Balance(pools.Address).Eq(protocol.RaoToWei(poolTAO)) {
		t.Fatalf("pools account %v, pools hold %d rao", c.Balance(pools.Address), poolTAO)
	}
	if !c.Balance(subnets.Address).Eq(protocol.RaoToWei(escrow)) {
		t.Fatalf("subnet account %v, escrows %d rao", c.Balance(subnets.Address), escrow)
	}
}
