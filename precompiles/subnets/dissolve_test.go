package subnets_test

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/holiman/uint256"

	"github.com/taoevm/taoevm/precompiles/pools"
	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/precompile/precompiletest"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/subnets"
)

// bank adapts a StateDB to protocol.Bank for driving the pool operations
// the staking module will call.
type bank struct{ *state.StateDB }

func (b bank) Transfer(from, to common.Address, amount *uint256.Int) error {
	if b.GetBalance(from).Lt(amount) {
		return precompile.ErrInsufficientBalance
	}
	b.SubBalance(from, amount, tracing.BalanceChangeTransfer)
	b.AddBalance(to, amount, tracing.BalanceChangeTransfer)
	return nil
}

// TestPruneCandidate: the non-immune subnet with the lowest moving price,
// ties broken by the earlier registration, then the lower netuid.
func TestPruneCandidate(t *testing.T) {
	type row struct{ reg, price uint64 }
	tests := []struct {
		name   string
		rows   []row // netuid 1..len
		block  uint64
		want   uint16
		wantOK bool
	}{
		{"lowest price", []row{{0, 30}, {0, 10}, {0, 20}}, 1000, 2, true},
		{"immune lowest skipped", []row{{0, 30}, {950, 10}, {0, 20}}, 1000, 3, true},
		{"immunity ends exactly", []row{{0, 30}, {900, 10}}, 1000, 2, true},
		{"tie: earlier registration", []row{{5, 10}, {3, 10}, {4, 10}}, 1000, 2, true},
		{"tie: lower netuid", []row{{7, 10}, {3, 10}, {3, 10}}, 1000, 2, true},
		{"all immune", []row{{950, 1}, {999, 2}}, 1000, 0, false},
		{"odd count", []row{{0, 9}, {0, 8}, {0, 7}, {0, 6}, {0, 5}}, 1000, 5, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newChain(t, testParams()) // immunity 100
			for i, r := range tt.rows {
				protocol.SetNetRow(c.State, uint16(i+1), r.reg, r.price)
			}
			protocol.SetTotalNetworks(c.State, uint16(len(tt.rows)))
			got, ok := subnets.PruneCandidate(c.State, tt.block)
			if got != tt.want || ok != tt.wantOK {
				t.Fatalf("candidate %d %v, want %d %v", got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

// TestDissolution: at the cap, an immune set refuses with
// SubnetLimitReached; later the lowest moving price subnet is dissolved:
// its claim rate is fixed, its escrow refunded, its netuid reused with a new
// generation and a clean pool, and its holders can claim at the rate.
func TestDissolution(t *testing.T) {
	p := testParams()
	p.SubnetLimit = 3
	c := newChain(t, p)
	dave := common.HexToAddress("0xda7e000000000000000000000000000000000004")
	c.Fund(dave, precompiletest.TAO(1000))
	hkC := common.HexToAddress("0x00000000000000000000000000000000000c0c0c")
	hkD := common.HexToAddress("0x00000000000000000000000000000000000d0d0d")
	for i, r := range []struct {
		from, hk common.Address
		block    uint64
	}{{alice, hkA, 1}, {bob, hkB, 20}, {carol, hkC, 40}} {
		c.Number = r.block
		if n := c.register(r.from, r.hk); n != uint16(i+1) {
			t.Fatalf("netuid %d", n)
		}
	}
	// Dave buys alpha on subnet 2 (as the staking module would).
	k2 := protocol.NetKey{Netuid: 2, Gen: 1}
	trade, err := pools.BuyAlpha(bank{c.State}, k2, dave, 50*tao, pools.NoLimit)
	if err != nil {
		t.Fatal(err)
	}
	c.Number = 60
	res := c.tx(alice, sn.PackRegisterNetwork(key(hkD)), subnets.ErrSubnetLimitReached)
	if args := revertArgs(t, res.Ret); len(args) != 1 || args[0] != uint16(3) {
		t.Fatalf("args %v", args)
	}

	protocol.SetMovingPrice(c.State, 1, 5e17)
	protocol.SetMovingPrice(c.State, 2, 1e17)
	protocol.SetMovingPrice(c.State, 3, 1e17) // tie with 2: 2 registered earlier
	c.Number = 200
	escrow2 := subnets.Lock(c.State, k2).Escrow
	if escrow2 == 0 {
		t.Fatal("test needs an escrow on subnet 2")
	}
	pool2 := pools.Load(c.State, k2)
	bobBefore := c.Balance(bob).Clone()
	escrowBefore := c.Balance(addr).Clone()
	input := sn.PackRegisterNetwork(key(hkD))
	res = c.tx(alice, input, nil)
	if n, _ := sn.UnpackRegisterNetwork(res.Ret); n != 2 {
		t.Fatalf("reused netuid %d, want 2", n)
	}
	if res.GasUsed != txGas(input, subnets.GasRegister) {
		t.Fatalf("gas %d", res.GasUsed)
	}
	// Escrow refunded to bob.
	if got := new(uint256.Int).Sub(c.Balance(bob), bobBefore); !got.Eq(wei(escrow2)) {
		t.Fatalf("bob refunded %v, want %v", got, wei(escrow2))
	}
	lock4 := subnets.Lock(c.State, protocol.NetKey{Netuid: 2, Gen: 2})
	if want := new(uint256.Int).Add(new(uint256.Int).Sub(escrowBefore, wei(escrow2)), wei(lock4.Escrow)); !c.Balance(addr).Eq(want) {
		t.Fatalf("escrow account %v, want %v", c.Balance(addr), want)
	}
	// The dissolution record and event.
	rate := new(uint256.Int).Mul(uint256.NewInt(pool2.TAO), uint256.NewInt(1e18))
	rate.Div(rate, uint256.NewInt(pool2.Alpha+pool2.AlphaOut))
	d, ok := pools.LoadDissolution(c.State, k2)
	if !ok || d.PoolTAO != pool2.TAO || d.OwnerAlpha != pool2.Alpha || d.Issuance != pool2.Alpha+pool2.AlphaOut || !d.Rate.Eq(rate) {
		t.Fatalf("dissolution %+v, pool %+v", d, pool2)
	}
	if len(res.Logs) != 2 {
		t.Fatalf("%d logs, want NetworkDissolved and NetworkRegistered", len(res.Logs))
	}
	ev, err := sn.UnpackNetworkDissolvedEvent(res.Logs[0])
	if err != nil || ev.Netuid != 2 || ev.Owner != bob || ev.Generation != 1 || ev.PoolTao != pool2.TAO || ev.TaoPerAlpha.Cmp(rate.ToBig()) != 0 || ev.EscrowRefund != escrow2 {
		t.Fatalf("NetworkDissolved %+v %v", ev, err)
	}
	reg, err := sn.UnpackNetworkRegisteredEvent(res.Logs[1])
	if err != nil || reg.Netuid != 2 || reg.Generation != 2 || reg.Owner != alice {
		t.Fatalf("NetworkRegistered %+v %v", reg, err)
	}
	// The netuid starts clean: new generation, fresh pool, new owner, and
	// the old generation's state is untouched under its key.
	k2b := protocol.NetKey{Netuid: 2, Gen: 2}
	if protocol.Generation(c.State, 2) != 2 || protocol.TotalNetworks(c.State) != 3 {
		t.Fatal("generation or count")
	}
	if pp := pools.Load(c.State, k2b); pp != (pools.Pool{TAO: p.MinLockCost, Alpha: p.MinLockCost}) {
		t.Fatalf("new pool %+v", pp)
	}
	if subnets.Owner(c.State, k2b) != alice || subnets.Owner(c.State, k2) != bob {
		t.Fatal("owners of the two generations")
	}
	if reg, price := protocol.NetRow(c.State, 2); reg != 200 || price != 0 {
		t.Fatalf("net row %d %d", reg, price)
	}
	if pools.Load(c.State, k2) != pool2 {
		t.Fatal("the dissolved generation's pool record changed")
	}
	if r, ok := subnets.DissolvedRate(c.State, 2, 1); !ok || !r.Eq(rate) {
		t.Fatalf("DissolvedRate %v %v", r, ok)
	}
	if _, ok := subnets.DissolvedRate(c.State, 2, 2); ok {
		t.Fatal("the live generation has a rate")
	}
	if os, ok := subnets.DissolvedOwnerShare(c.State, k2); !ok || os != (subnets.OwnerShare{Owner: bob, OwnerHotkey: hkB, Alpha: pool2.Alpha}) {
		t.Fatalf("owner share %+v %v", os, ok)
	}
	// Claims: dave's alpha at the rate, the owner share once, never more
	// than the pool held.
	poolBal := c.Balance(pools.Address).Clone()
	daveBefore := c.Balance(dave).Clone()
	got, err := pools.Claim(bank{c.State}, k2, dave, trade.Out)
	if err != nil {
		t.Fatal(err)
	}
	if want := pools.ClaimValue(trade.Out, rate); got != want || got == 0 {
		t.Fatalf("claim %d, want %d", got, want)
	}
	if diff := new(uint256.Int).Sub(c.Balance(dave), daveBefore); !diff.Eq(wei(got)) {
		t.Fatalf("dave credited %v", diff)
	}
	a, ownerTAO, err := pools.ClaimOwnerShare(bank{c.State}, k2, bob)
	if err != nil || a != pool2.Alpha || ownerTAO != pools.ClaimValue(pool2.Alpha, rate) {
		t.Fatalf("owner share %d %d %v", a, ownerTAO, err)
	}
	if _, _, err := pools.ClaimOwnerShare(bank{c.State}, k2, bob); !errors.Is(err, pools.ErrAlreadyClaimed) {
		t.Fatalf("second owner claim: %v", err)
	}
	if _, err := pools.Claim(bank{c.State}, k2, dave, 1); !errors.Is(err, pools.ErrClaimExceedsIssuance) {
		t.Fatalf("claim beyond the issuance: %v", err)
	}
	if _, err := pools.Claim(bank{c.State}, k2b, dave, 1); !errors.Is(err, pools.ErrNotDissolved) {
		t.Fatalf("claim on a live generation: %v", err)
	}
	paid := new(uint256.Int).Sub(poolBal, c.Balance(pools.Address))
	if !paid.Eq(wei(got+ownerTAO)) || got+ownerTAO > pool2.TAO {
		t.Fatalf("paid %v of a pool of %d", paid, pool2.TAO)
	}
	if dd, _ := pools.LoadDissolution(c.State, k2); dd.ClaimedAlpha != d.Issuance || dd.ClaimedTAO != got+ownerTAO || !dd.OwnerClaimed {
		t.Fatalf("claimed totals %+v", dd)
	}
}
