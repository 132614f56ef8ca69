package subnets_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/taoevm/taoevm/precompiles/pools"
	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/protocol"
)

// TestDissolutionFollowsMovingPrices: with the pools' block hook running at
// the start of every block, as the node's executor runs it, the registration
// at the cap dissolves the subnet whose moving price is lowest. Subnet 2's
// spot is the lowest for 160 blocks and then the highest, so at the
// dissolution its spot is not the lowest (subnet 3's is) but its moving
// price still is; without the hook every moving price is 0 and the earliest
// registration (subnet 1) would go.
func TestDissolutionFollowsMovingPrices(t *testing.T) {
	p := testParams()
	p.SubnetLimit = 3
	p.MovingBaseRate = 1e16 // 0.01 per block, so the test needs few blocks
	p.MovingHalvingBlocks = 10
	c := newChain(t, p)
	hook := pools.MovingPriceHook{}
	step := func(block uint64) {
		t.Helper()
		env := &precompile.BlockEnv{Header: &types.Header{Number: new(big.Int).SetUint64(block)}, State: c.State}
		if err := hook.OnBlock(env); err != nil {
			t.Fatal(err)
		}
		c.Number = block
	}
	for i, r := range []struct {
		hk    [20]byte
		block uint64
	}{{hkA, 1}, {hkB, 20}, {[20]byte{0xc}, 40}} {
		step(r.block)
		if n := c.register(alice, r.hk); n != uint16(i+1) {
			t.Fatalf("netuid %d", n)
		}
	}
	seed := p.MinLockCost
	// Spots: subnet 1 at 1.0, subnet 2 at 0.25, subnet 3 at 0.5.
	if err := pools.Inject(c.State, protocol.NetKey{Netuid: 2, Gen: 1}, 0, 3*seed); err != nil {
		t.Fatal(err)
	}
	if err := pools.Inject(c.State, protocol.NetKey{Netuid: 3, Gen: 1}, 0, seed); err != nil {
		t.Fatal(err)
	}
	for b := uint64(41); b <= 200; b++ {
		step(b)
	}
	// Subnet 2's spot jumps to 4 (capped at 1.0 in the EMA).
	if err := pools.Inject(c.State, protocol.NetKey{Netuid: 2, Gen: 1}, 15*seed, 0); err != nil {
		t.Fatal(err)
	}
	step(201)
	mp := func(id uint16) uint64 { return protocol.MovingPrice(c.State, id) }
	spot := func(id uint16) uint64 {
		s, err := pools.Load(c.State, protocol.Current(c.State, id)).Reserves().CappedPrice18()
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	if !(mp(2) < mp(3) && mp(3) < mp(1) && mp(2) > 0) {
		t.Fatalf("moving prices %d %d %d: want 2 < 3 < 1", mp(1), mp(2), mp(3))
	}
	if !(spot(3) < spot(2) && spot(3) < spot(1)) {
		t.Fatalf("spots %d %d %d: subnet 3 should have the lowest spot", spot(1), spot(2), spot(3))
	}
	if n := c.register(bob, [20]byte{0xd}); n != 2 {
		t.Fatalf("registration at the cap reused netuid %d, want 2 (lowest moving price)", n)
	}
	if !pools.IsDissolved(c.State, protocol.NetKey{Netuid: 2, Gen: 1}) || mp(2) != 0 {
		t.Fatal("subnet 2 not dissolved, or the new generation did not start at moving price 0")
	}
	// The next block prices the new generation from its own pool (spot 1.0, age 1).
	step(202)
	if mp(2) == 0 || mp(2) >= mp(3) {
		t.Fatalf("new generation's moving price %d", mp(2))
	}
}
