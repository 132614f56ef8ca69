package subnets_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/holiman/uint256"

	"github.com/taoevm/taoevm/bindings"
	"github.com/taoevm/taoevm/contracts"
	"github.com/taoevm/taoevm/precompiles/pools"
	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/precompile/precompiletest"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/subnets"
)

var (
	alice  = common.HexToAddress("0xa11ce00000000000000000000000000000000001")
	bob    = common.HexToAddress("0xb0b0000000000000000000000000000000000002")
	carol  = common.HexToAddress("0xca401000000000000000000000000000000000003")
	hkA    = common.HexToAddress("0x00000000000000000000000000000000000a0a0a")
	hkB    = common.HexToAddress("0x00000000000000000000000000000000000b0b0b")
	sn     = bindings.NewISubnet()
	caller = bindings.NewPrecompileCaller()
	addr   = subnets.Address
	def    = subnets.Definition()
)

const tao = protocol.RaoPerTAO

func key(a common.Address) [32]byte { return precompile.AddressKey(a) }

// testParams are the defaults with a short rate limit and immunity so that
// tests can reach the cap without millions of blocks.
func testParams() protocol.Params {
	p := protocol.DefaultParams()
	p.NetworkRateLimit = 10
	p.NetworkImmunityPeriod = 100
	p.LockReductionInterval = 1000
	return p
}

type chain struct {
	*precompiletest.Chain
	t *testing.T
}

func newChain(t *testing.T, p protocol.Params) *chain {
	t.Helper()
	c := precompiletest.New(t, subnets.Definition(), pools.Definition())
	if err := protocol.WriteParams(c.State, p); err != nil {
		t.Fatal(err)
	}
	for _, a := range []common.Address{alice, bob, carol} {
		c.Fund(a, precompiletest.TAO(1_000_000))
	}
	return &chain{c, t}
}

// tx sends a transaction to the subnet precompile and fails the test on an
// unexpected result: wantErr nil means success.
func (c *chain) tx(from common.Address, input []byte, wantErr error) precompiletest.Result {
	c.t.Helper()
	res := c.send(from, addr, input, nil)
	checkResult(c.t, res, wantErr)
	return res
}

// send is Chain.Tx with only this transaction's logs: the harness files
// every transaction's logs under one hash, so they accumulate.
func (c *chain) send(from, to common.Address, input []byte, value *uint256.Int) precompiletest.Result {
	c.t.Helper()
	before := len(c.State.GetLogs(common.Hash{0x01}, c.Number, common.Hash{}, c.Time))
	res := c.Tx(from, &to, input, value)
	res.Logs = res.Logs[before:]
	return res
}

func checkResult(t *testing.T, res precompiletest.Result, wantErr error) {
	t.Helper()
	if wantErr == nil {
		if res.Err != nil {
			t.Fatalf("reverted: %v (%v)", res.Err, def.DecodeRevert(res.Ret))
		}
		return
	}
	if !errors.Is(res.Err, vm.ErrExecutionReverted) {
		t.Fatalf("err %v, want a revert with %v", res.Err, wantErr)
	}
	err := def.DecodeRevert(res.Ret)
	if !errors.Is(err, wantErr) {
		t.Fatalf("reverted with %v, want %v", err, wantErr)
	}
	if len(res.Logs) != 0 {
		t.Fatalf("a refused call logged %d events", len(res.Logs))
	}
}

// call runs a view and returns its output.
func (c *chain) call(input []byte) []byte {
	c.t.Helper()
	res := c.Call(alice, addr, input, nil, 50_000_000)
	if res.Err != nil {
		c.t.Fatalf("view reverted: %v (%v)", res.Err, def.DecodeRevert(res.Ret))
	}
	if want := def.Gas(input); res.GasUsed != want {
		c.t.Fatalf("view used %d gas, want %d", res.GasUsed, want)
	}
	return res.Ret
}

func (c *chain) register(from, hotkey common.Address) uint16 {
	c.t.Helper()
	res := c.tx(from, sn.PackRegisterNetwork(key(hotkey)), nil)
	n, err := sn.UnpackRegisterNetwork(res.Ret)
	if err != nil {
		c.t.Fatal(err)
	}
	return n
}

func revertArgs(t *testing.T, data []byte) []any {
	t.Helper()
	var re *precompile.RevertError
	if err := def.DecodeRevert(data); !errors.As(err, &re) {
		t.Fatalf("revert %x does not decode", data)
	}
	return re.Args
}

func wei(rao uint64) *uint256.Int { return protocol.RaoToWei(rao) }

// TestRegisterNetwork checks the exact state, balances, gas and events of
// a first registration.
func TestRegisterNetwork(t *testing.T) {
	c := newChain(t, testParams())
	c.Number = 50
	before := c.Balance(alice).Clone()
	input := sn.PackRegisterNetwork(key(hkA))
	res := c.tx(alice, input, nil)
	netuid, err := sn.UnpackRegisterNetwork(res.Ret)
	if err != nil || netuid != 1 {
		t.Fatalf("netuid %d, %v", netuid, err)
	}
	minLock := 100 * tao
	// Gas: intrinsic (21000 + calldata) plus exactly the method's gas.
	if res.GasUsed != txGas(input, subnets.GasRegister) {
		t.Fatalf("gas %d, want %d", res.GasUsed, txGas(input, subnets.GasRegister))
	}
	if got := new(uint256.Int).Sub(before, c.Balance(alice)); !got.Eq(wei(minLock)) {
		t.Fatalf("alice paid %v, want %v", got, wei(minLock))
	}
	if !c.Balance(pools.Address).Eq(wei(minLock)) || !c.Balance(addr).IsZero() {
		t.Fatalf("pool %v escrow %v", c.Balance(pools.Address), c.Balance(addr))
	}
	k := protocol.NetKey{Netuid: 1, Gen: 1}
	st := c.State
	if p := pools.Load(st, k); p != (pools.Pool{TAO: minLock, Alpha: minLock}) {
		t.Fatalf("pool %+v", p)
	}
	if subnets.Owner(st, k) != alice || subnets.OwnerHotkey(st, k) != hkA || protocol.HotkeyOwner(st, hkA) != alice {
		t.Fatal("owner, owner hotkey or hotkey owner not stored")
	}
	if li := subnets.Lock(st, k); li != (subnets.LockInfo{Lock: minLock}) {
		t.Fatalf("lock %+v", li)
	}
	if protocol.Generation(st, 1) != 1 || protocol.TotalNetworks(st) != 1 || protocol.RegisteredAt(st, 1) != 50 || protocol.MovingPrice(st, 1) != 0 {
		t.Fatal("generation, count, registration block or moving price")
	}
	if last, at := subnets.LastLock(st); last != minLock || at != 50 {
		t.Fatalf("last lock %d at %d", last, at)
	}
	if len(res.Logs) != 1 {
		t.Fatalf("%d logs", len(res.Logs))
	}
	ev, err := sn.UnpackNetworkRegisteredEvent(res.Logs[0])
	if err != nil {
		t.Fatal(err)
	}
	want := bindings.ISubnetNetworkRegistered{Netuid: 1, Owner: alice, OwnerHotkey: key(hkA), Generation: 1, Lock: minLock, PoolSeed: minLock, Raw: ev.Raw}
	if *ev != want {
		t.Fatalf("event %+v", ev)
	}
	// The views agree.
	if o, _ := sn.UnpackGetSubnetOwner(c.call(sn.PackGetSubnetOwner(1))); o != alice {
		t.Fatalf("getSubnetOwner %v", o)
	}
	if h, _ := sn.UnpackGetSubnetOwnerHotkey(c.call(sn.PackGetSubnetOwnerHotkey(1))); h != key(hkA) {
		t.Fatalf("getSubnetOwnerHotkey %x", h)
	}
	if b, _ := sn.UnpackGetNetworkRegistrationBlock(c.call(sn.PackGetNetworkRegistrationBlock(1))); b != 50 {
		t.Fatalf("getNetworkRegistrationBlock %d", b)
	}
	if g, _ := sn.UnpackGetNetworkGeneration(c.call(sn.PackGetNetworkGeneration(1))); g != 1 {
		t.Fatalf("getNetworkGeneration %d", g)
	}
	if n, _ := sn.UnpackGetTotalNetworks(c.call(sn.PackGetTotalNetworks())); n != 1 {
		t.Fatalf("getTotalNetworks %d", n)
	}
}

// txGas is the gas of a transaction to a precompile whose method costs
// exec: 21000 plus calldata plus exec, or the EIP-7623 calldata floor if
// higher.
func txGas(data []byte, exec uint64) uint64 {
	var std, tokens uint64
	for _, b := range data {
		if b == 0 {
			std += 4
			tokens++
		} else {
			std += 16
			tokens += 4
		}
	}
	return max(21000+std+exec, 21000+10*tokens)
}

// TestLockCost: the Dutch auction doubles on each registration, decays
// linearly by last/interval per block, never below the minimum; the second
// registration's escrow is lock − seed and sits on the precompile account.
func TestLockCost(t *testing.T) {
	p := testParams()
	p.NetworkRateLimit = 0
	c := newChain(t, p)
	minLock := p.MinLockCost
	lockAt := func(n uint64) uint64 {
		c.Number = n
		v, err := sn.UnpackGetNetworkLockCost(c.call(sn.PackGetNetworkLockCost()))
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	c.Number = 1
	if got := lockAt(1); got != minLock {
		t.Fatalf("before any registration %d, want the minimum %d", got, minLock)
	}
	c.register(alice, hkA) // pays 100 TAO at block 1
	last := minLock
	step := last / p.LockReductionInterval
	tests := []struct {
		block uint64
		want  uint64
	}{
		{1, 2 * last},                       // same block: doubled
		{2, 2*last - step},                  // one block later
		{501, 2*last - 500*step},            // half an interval
		{1001, last},                        // one interval: back to the last lock
		{1501, max(minLock, last-500*step)}, // floor
		{1_000_000, minLock},
	}
	for _, tt := range tests {
		if got := lockAt(tt.block); got != tt.want {
			t.Errorf("block %d: lock %d, want %d", tt.block, got, tt.want)
		}
	}
	// A second registration at block 2 pays 2·last − step: the pool gets the
	// minimum, the rest is escrowed.
	c.Number = 2
	before := c.Balance(bob).Clone()
	c.register(bob, hkB)
	lock := 2*last - step
	if got := new(uint256.Int).Sub(before, c.Balance(bob)); !got.Eq(wei(lock)) {
		t.Fatalf("bob paid %v, want %v", got, wei(lock))
	}
	k := protocol.NetKey{Netuid: 2, Gen: 1}
	if li := subnets.Lock(c.State, k); li.Lock != lock || li.Escrow != lock-minLock {
		t.Fatalf("lock %+v", li)
	}
	if !c.Balance(addr).Eq(wei(lock - minLock)) {
		t.Fatalf("escrow account %v", c.Balance(addr))
	}
	if p := pools.Load(c.State, k); p.TAO != minLock || p.Alpha != minLock {
		t.Fatalf("pool %+v: the seed is the minimum lock at price 1.0", p)
	}
	// Doubling again from the new last lock.
	if got := lockAt(2); got != 2*lock {
		t.Fatalf("after the second registration %d, want %d", got, 2*lock)
	}
}

// TestRegisterRefusals: every refusal of registerNetwork reverts with its
// named error and changes nothing.
func TestRegisterRefusals(t *testing.T) {
	bad := key(hkA)
	bad[0] = 1
	long := string(make([]byte, 257))
	tests := []struct {
		name    string
		setup   func(c *chain)
		from    common.Address
		input   []byte
		wantErr error
		args    []any
	}{
		{"invalid key", nil, alice, sn.PackRegisterNetwork(bad), precompile.ErrInvalidKey, []any{bad}},
		{"zero hotkey", nil, alice, sn.PackRegisterNetwork([32]byte{}), precompile.ErrInvalidKey, []any{[32]byte{}}},
		{"hotkey of another coldkey", func(c *chain) { protocol.SetHotkeyOwner(c.State, hkA, bob) }, alice,
			sn.PackRegisterNetwork(key(hkA)), protocol.ErrNotHotkeyOwner, []any{key(hkA), alice}},
		{"rate limited", func(c *chain) { c.register(bob, hkB) }, alice,
			sn.PackRegisterNetwork(key(hkA)), protocol.ErrRateLimited, []any{uint64(11)}},
		{"insufficient balance", nil, common.Address{0x42},
			sn.PackRegisterNetwork(key(hkA)), protocol.ErrInsufficientBalance, []any{big.NewInt(0), wei(100 * tao).ToBig()}},
		{"name too long", nil, alice,
			sn.PackRegisterNetwork1(key(hkA), long, "", "", "", "", "", "", ""), protocol.ErrInputTooLarge, []any{big.NewInt(257), big.NewInt(256)}},
		{"logo too long", nil, alice,
			sn.PackRegisterNetwork1(key(hkA), "", "", "", "", "", "", "", string(make([]byte, 1025))), protocol.ErrInputTooLarge, []any{big.NewInt(1025), big.NewInt(1024)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newChain(t, testParams())
			c.Number = 1
			if tt.setup != nil {
				tt.setup(c)
			}
			total := protocol.TotalNetworks(c.State)
			res := c.tx(tt.from, tt.input, tt.wantErr)
			if args := revertArgs(t, res.Ret); !equalArgs(args, tt.args) {
				t.Fatalf("error args %v, want %v", args, tt.args)
			}
			if protocol.TotalNetworks(c.State) != total {
				t.Fatal("a refused registration changed the count")
			}
		})
	}
}

func equalArgs(got, want []any) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		gb, ok1 := got[i].(*big.Int)
		wb, ok2 := want[i].(*big.Int)
		if ok1 && ok2 {
			if gb.Cmp(wb) != 0 {
				return false
			}
			continue
		}
		if got[i] != want[i] {
			return false
		}
	}
	return true
}

// TestCallKinds: registration refuses value, static and delegate calls.
func TestCallKinds(t *testing.T) {
	c := newChain(t, testParams())
	res := c.send(alice, addr, sn.PackRegisterNetwork(key(hkA)), uint256.NewInt(1))
	checkResult(t, res, precompile.ErrValueNotAccepted)

	harness := c.Deploy(alice, contracts.MustBytecode("PrecompileCaller"))
	c.Fund(harness, precompiletest.TAO(1000))
	for name, tt := range map[string]struct {
		input   []byte
		wantErr error
	}{
		"staticcall":   {caller.PackRawStaticCall(addr, sn.PackRegisterNetwork(key(hkA))), precompile.ErrStaticCallNotAllowed},
		"delegatecall": {caller.PackRawDelegateCall(addr, sn.PackRegisterNetwork(key(hkA))), precompile.ErrDelegateCallNotAllowed},
	} {
		res := c.send(alice, harness, tt.input, nil)
		out, err := caller.UnpackRawCall(res.Ret)
		if err != nil || out.Ok {
			t.Fatalf("%s: %v ok=%v", name, err, out.Ok)
		}
		if err := def.DecodeRevert(out.Ret); !errors.Is(err, tt.wantErr) {
			t.Fatalf("%s: %v, want %v", name, err, tt.wantErr)
		}
	}
	// A contract may own a subnet: a plain CALL registers with the contract
	// as owner, and a view answers under STATICCALL.
	res = c.send(alice, harness, caller.PackRawCall(addr, sn.PackRegisterNetwork(key(hkA)), big.NewInt(0)), nil)
	out, err := caller.UnpackRawCall(res.Ret)
	if err != nil || !out.Ok {
		t.Fatalf("call: %v %v", err, def.DecodeRevert(out.Ret))
	}
	if subnets.Owner(c.State, protocol.NetKey{Netuid: 1, Gen: 1}) != harness {
		t.Fatal("the contract does not own the subnet")
	}
	res = c.send(alice, harness, caller.PackRawStaticCall(addr, sn.PackGetSubnetOwner(1)), nil)
	out, _ = caller.UnpackRawCall(res.Ret)
	if o, err := sn.UnpackGetSubnetOwner(out.Ret); err != nil || !out.Ok || o != harness {
		t.Fatalf("static view: %v %v", o, err)
	}
}

// TestIdentityOverloads: the three overloads store the identity fields in
// the reference's order (additional before logoUrl) and log IdentitySet.
func TestIdentityOverloads(t *testing.T) {
	fields := []string{"name", "github", "contact", "url", "discord", "description", "additional", "logo"}
	long := string(make([]byte, 1024))
	for _, tt := range []struct {
		name  string
		input []byte
		want  subnets.Identity
		logs  int
	}{
		{"no identity", sn.PackRegisterNetwork(key(hkA)), subnets.Identity{}, 1},
		{"seven fields", sn.PackRegisterNetwork0(key(hkA), fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fields[6]),
			subnets.Identity{fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fields[6], ""}, 2},
		{"eight fields", sn.PackRegisterNetwork1(key(hkA), fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fields[6], fields[7]),
			subnets.Identity{fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fields[6], fields[7]}, 2},
		{"maximum lengths", sn.PackRegisterNetwork1(key(hkA), long[:256], long, long, long, long[:256], long, long, long+""),
			subnets.Identity{long[:256], long, long, long, long[:256], long, long, long}, 2},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := newChain(t, testParams())
			res := c.tx(alice, tt.input, nil)
			if len(res.Logs) != tt.logs {
				t.Fatalf("%d logs, want %d", len(res.Logs), tt.logs)
			}
			if want := txGas(tt.input, def.Gas(tt.input)); res.GasUsed != want {
				t.Fatalf("gas %d, want %d", res.GasUsed, want)
			}
			got, err := sn.UnpackGetSubnetIdentity(c.call(sn.PackGetSubnetIdentity(1)))
			if err != nil {
				t.Fatal(err)
			}
			if subnets.Identity(got) != tt.want {
				t.Fatalf("identity %+v, want %+v", got, tt.want)
			}
			if tt.logs == 2 {
				ev, err := sn.UnpackIdentitySetEvent(res.Logs[1])
				if err != nil || ev.Netuid != 1 || subnets.Identity(ev.Identity) != tt.want {
					t.Fatalf("IdentitySet %+v %v", ev, err)
				}
			}
		})
	}
}
