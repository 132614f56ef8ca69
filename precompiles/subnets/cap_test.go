package subnets_test

import (
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/taoevm/taoevm/precompiles/pools"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/subnets"
)

// TestCap1024: a chain at the hard cap of 1024 subnets registers all of
// them, then dissolves the lowest-moving-price subnet for the 1025th within
// the fixed GasRegister (the scan is bounded by the cap).
func TestCap1024(t *testing.T) {
	if testing.Short() {
		t.Skip("registers 1025 subnets")
	}
	p := testParams()
	p.SubnetLimit = protocol.MaxSubnetLimit
	p.NetworkRateLimit = 0
	p.LockReductionInterval = 1 // the lock falls back to the minimum after 2 blocks
	p.MinLockCost = 1_000_000
	p.NetworkImmunityPeriod = 10
	c := newChain(t, p)
	for i := 1; i <= int(protocol.MaxSubnetLimit); i++ {
		c.Number += 2
		hk := common.BigToAddress(common.Big1)
		hk[0], hk[1], hk[2] = 0xaa, byte(i>>8), byte(i)
		if n := c.register(alice, hk); n != uint16(i) {
			t.Fatalf("registration %d got netuid %d", i, n)
		}
	}
	if protocol.TotalNetworks(c.State) != 1024 {
		t.Fatal("count")
	}
	for id := uint16(1); id <= 1024; id++ {
		price := uint64(1e17) + uint64(id)
		if id == 700 {
			price = 5e16
		}
		protocol.SetMovingPrice(c.State, id, price)
	}
	c.Number += 100
	start := time.Now()
	input := sn.PackRegisterNetwork(key(bob))
	res := c.tx(bob, input, nil)
	t.Logf("1025th registration at cap 1024: %v, gas %d", time.Since(start), res.GasUsed)
	if n, _ := sn.UnpackRegisterNetwork(res.Ret); n != 700 {
		t.Fatalf("reused netuid %d, want 700", n)
	}
	if res.GasUsed != txGas(input, subnets.GasRegister) {
		t.Fatalf("gas %d", res.GasUsed)
	}
	if protocol.Generation(c.State, 700) != 2 || !pools.IsDissolved(c.State, protocol.NetKey{Netuid: 700, Gen: 1}) {
		t.Fatal("netuid 700 not dissolved and reused")
	}
	if protocol.TotalNetworks(c.State) != 1024 {
		t.Fatal("count changed")
	}
	if got, _ := sn.UnpackGetSubnetLimit(c.call(sn.PackGetSubnetLimit())); got != 1024 {
		t.Fatalf("limit %d", got)
	}
}

// TestMaxAllowedUids4096: the uid cap goes up to the genesis limit 4096.
func TestMaxAllowedUids4096(t *testing.T) {
	c := newChain(t, testParams())
	n := c.register(alice, hkA)
	c.tx(alice, sn.PackSetMaxAllowedUids(n, 4096), nil)
	if got := subnets.MaxAllowedUids(c.State, protocol.NetKey{Netuid: n, Gen: 1}); got != 4096 {
		t.Fatalf("%d", got)
	}
}
