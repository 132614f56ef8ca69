package neurons_test

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/taoevm/taoevm/bindings"
	"github.com/taoevm/taoevm/contracts"
	"github.com/taoevm/taoevm/precompiles/neurons"
	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/subnets"
	"github.com/taoevm/taoevm/precompiles/yuma"
)

// TestRegister: a registration takes the next uid, charges and destroys the
// burn, books it as recycled, raises the burn by x1.26 and logs
// NeuronRegistered; it costs exactly GasRegister.
func TestRegister(t *testing.T) {
	e := newEnv(t)
	k := e.subnet(1)
	e.fund(bob, 10)
	before := e.c.Balance(bob).Clone()

	res := e.ok(bob, nb.PackBurnedRegister(1, key(hot(1))))
	if res.GasUsed != neurons.GasRegister {
		t.Fatalf("gas %d, want %d", res.GasUsed, neurons.GasRegister)
	}
	uid, err := nb.UnpackBurnedRegister(res.Ret)
	if err != nil || uid != 1 {
		t.Fatalf("uid %d (%v), want 1", uid, err)
	}
	const burn = protocol.RaoPerTAO // DefaultBurn, no decay in the registration block
	st := e.c.State
	if got := new(uint256.Int).Sub(before, e.c.Balance(bob)); !got.Eq(wei(burn)) {
		t.Fatalf("bob paid %v wei, want %v", got, wei(burn))
	}
	if protocol.TotalRecycled(st) != burn || protocol.TotalIssuance(st) != genesisIssuance-burn {
		t.Fatalf("recycled %d issuance %d", protocol.TotalRecycled(st), protocol.TotalIssuance(st))
	}
	if !e.c.Balance(addr).IsZero() {
		t.Fatal("the burn went to the precompile instead of being destroyed")
	}
	if got := subnets.UidCount(st, k); got != 2 {
		t.Fatalf("uid count %d", got)
	}
	if u, ok := neurons.UidOf(st, k, hot(1)); !ok || u != 1 {
		t.Fatalf("UidOf = %d %v", u, ok)
	}
	if c := neurons.LoadCore(st, k, 1); c.Hotkey != hot(1) || c.LastUpdate != 1 {
		t.Fatalf("core %+v", c)
	}
	if neurons.RegisteredAt(st, k, 1) != 1 || neurons.Emission(st, k, 1) != 0 {
		t.Fatal("pruning row")
	}
	if s := neurons.LoadStats(st, k, 1); s != (neurons.Stats{Active: true}) {
		t.Fatalf("stats %+v", s)
	}
	if protocol.HotkeyOwner(st, hot(1)) != bob {
		t.Fatal("bob does not own the hotkey")
	}
	if got := subnets.CurrentBurn(st, k, 1); got != 1_260_000_000 {
		t.Fatalf("burn after one registration %d, want 1.26 TAO", got)
	}
	ev, err := nb.UnpackNeuronRegisteredEvent(onlyLog(t, res.Logs, 0, 1))
	if err != nil {
		t.Fatal(err)
	}
	if ev.Netuid != 1 || ev.Uid != 1 || ev.Hotkey != key(hot(1)) || ev.Coldkey != bob || ev.Burn != burn {
		t.Fatalf("event %+v", ev)
	}

	// Same block: the second registration pays the raised burn.
	before = e.c.Balance(bob).Clone()
	if uid := e.register(bob, hot(2), 1); uid != 2 {
		t.Fatalf("second uid %d", uid)
	}
	if got := new(uint256.Int).Sub(before, e.c.Balance(bob)); !got.Eq(wei(1_260_000_000)) {
		t.Fatalf("second registration paid %v", got)
	}
	// 1.26 x 1.26 = 1.5876, then one half-life later exactly half.
	e.c.Number += 360
	if got := subnets.CurrentBurn(st, k, e.c.Number); got != 793_800_000 {
		t.Fatalf("burn one half-life later %d, want 793800000", got)
	}
	if protocol.TotalRecycled(st) != 2_260_000_000 {
		t.Fatalf("recycled %d", protocol.TotalRecycled(st))
	}
}

// TestRegisterRefusals: every refusal reverts with its named error, costs
// GasRegister and changes no balance.
func TestRegisterRefusals(t *testing.T) {
	bad := key(hot(1))
	bad[0] = 1
	tests := []struct {
		name  string
		setup func(e *testEnv)
		from  common.Address
		input []byte
		value *uint256.Int
		want  error
	}{
		{"invalid key", nil, bob, nb.PackBurnedRegister(1, bad), nil, precompile.ErrInvalidKey},
		{"root subnet", nil, bob, nb.PackBurnedRegister(0, key(hot(1))), nil, protocol.ErrNotSupported},
		{"unknown subnet", nil, bob, nb.PackBurnedRegister(7, key(hot(1))), nil, protocol.ErrSubnetNotFound},
		{"already registered", func(e *testEnv) { e.register(bob, hot(1), 1) }, bob, nb.PackBurnedRegister(1, key(hot(1))), nil, neurons.ErrHotkeyAlreadyRegistered},
		{"owner hotkey again", nil, owner, nb.PackBurnedRegister(1, key(ownerHot)), nil, neurons.ErrHotkeyAlreadyRegistered},
		{"hotkey of another coldkey", func(e *testEnv) { e.subnet(2); e.fund(carol, 10); e.register(carol, hot(1), 2) }, bob, nb.PackBurnedRegister(1, key(hot(1))), nil, protocol.ErrNotHotkeyOwner},
		{"insufficient balance", nil, carol, nb.PackBurnedRegister(1, key(hot(1))), nil, protocol.ErrInsufficientBalance},
		{"price limit", nil, bob, nb.PackRegisterLimit(1, key(hot(1)), protocol.RaoPerTAO-1), nil, protocol.ErrPriceLimitExceeded},
		{"value sent", nil, bob, nb.PackBurnedRegister(1, key(hot(1))), uint256.NewInt(1), precompile.ErrValueNotAccepted},
		{"subnet full, all immune", func(e *testEnv) {
			subnets.Set(e.c.State, protocol.Current(e.c.State, 1), subnets.HMaxAllowedUids, 2)
			e.register(bob, hot(2), 1)
		}, bob, nb.PackBurnedRegister(1, key(hot(1))), nil, neurons.ErrNoNeuronAvailable},
		{"subnet full, only the owner", func(e *testEnv) {
			subnets.Set(e.c.State, protocol.Current(e.c.State, 1), subnets.HMaxAllowedUids, 1)
			e.c.Number += 100_000
		}, bob, nb.PackBurnedRegister(1, key(hot(1))), nil, neurons.ErrNoNeuronAvailable},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t)
			e.subnet(1)
			e.fund(bob, 10)
			if tt.setup != nil {
				tt.setup(e)
			}
			if tt.value != nil {
				e.c.Fund(tt.from, tt.value)
			}
			before := e.c.Balance(tt.from).Clone()
			recycled := protocol.TotalRecycled(e.c.State)
			res := e.c.Call(tt.from, addr, tt.input, tt.value, 30_000_000)
			if got := neurons.Definition().DecodeRevert(res.Ret); !errors.Is(got, tt.want) {
				t.Fatalf("err %v (%v), want %v", got, res.Err, tt.want)
			}
			if res.GasUsed != neurons.GasRegister {
				t.Fatalf("gas %d, want %d", res.GasUsed, neurons.GasRegister)
			}
			if !e.c.Balance(tt.from).Eq(before) || protocol.TotalRecycled(e.c.State) != recycled || len(res.Logs) != 0 {
				t.Fatal("a refused registration changed balances, recycling or logged")
			}
		})
	}
	// The limit equal to the burn passes.
	e := newEnv(t)
	e.subnet(1)
	e.fund(bob, 10)
	res := e.ok(bob, nb.PackRegisterLimit(1, key(hot(1)), protocol.RaoPerTAO))
	if uid, err := nb.UnpackRegisterLimit(res.Ret); err != nil || uid != 1 {
		t.Fatalf("registerLimit uid %d %v", uid, err)
	}
}

// TestRegisterStaticCall: a registration in a static context is refused.
func TestRegisterStaticCall(t *testing.T) {
	e := newEnv(t)
	e.subnet(1)
	e.fund(bob, 10)
	harness := e.c.Deploy(bob, contracts.MustBytecode("PrecompileCaller"))
	pc := bindings.NewPrecompileCaller()
	res := e.c.Tx(bob, &harness, pc.PackRawStaticCall(addr, nb.PackBurnedRegister(1, key(hot(1)))), nil)
	out, err := pc.UnpackRawCall(res.Ret)
	if err != nil || out.Ok {
		t.Fatalf("static registration: %v ok=%v", err, out.Ok)
	}
	if got := neurons.Definition().DecodeRevert(out.Ret); !errors.Is(got, precompile.ErrStaticCallNotAllowed) {
		t.Fatalf("reverted with %v", got)
	}
	res = e.c.Tx(bob, &harness, pc.PackRawDelegateCall(addr, nb.PackBurnedRegister(1, key(hot(1)))), nil)
	out, _ = pc.UnpackRawCall(res.Ret)
	if got := neurons.Definition().DecodeRevert(out.Ret); out.Ok || !errors.Is(got, precompile.ErrDelegateCallNotAllowed) {
		t.Fatalf("delegatecall: ok=%v %v", out.Ok, got)
	}
}

// neuronSpec places a neuron directly: registration block and emission.
type neuronSpec struct {
	regAt, emission uint64
}

// TestPruningOrder: on a full subnet the replaced uid is the lowest
// emission among non-immune uids other than the owner hotkey's, ties to
// the older registration, then the lower uid.
func TestPruningOrder(t *testing.T) {
	const immunity = 100
	tests := []struct {
		name     string
		uids     []neuronSpec // uid 0 is the owner hotkey unless ownerUID says otherwise
		ownerUID int
		now      uint64
		want     uint16
		wantErr  error
	}{
		{"lowest emission", []neuronSpec{{1, 0}, {1, 50}, {1, 30}, {1, 70}, {1, 40}}, 0, 1000, 2, nil},
		{"tie: older registration", []neuronSpec{{1, 0}, {20, 30}, {10, 30}, {1, 70}, {5, 31}}, 0, 1000, 2, nil},
		{"tie: lower uid", []neuronSpec{{1, 0}, {1, 99}, {9, 30}, {9, 30}, {9, 30}}, 0, 1000, 2, nil},
		{"owner hotkey never pruned", []neuronSpec{{1, 0}, {1, 5}, {1, 6}, {1, 7}, {1, 8}}, 0, 1000, 1, nil},
		{"owner hotkey elsewhere", []neuronSpec{{1, 0}, {1, 5}, {1, 6}, {1, 1}, {1, 8}}, 3, 1000, 0, nil},
		{"immune skipped", []neuronSpec{{1, 0}, {950, 1}, {901, 2}, {900, 3}, {1, 9}}, 0, 1000, 3, nil},
		{"immunity ends exactly", []neuronSpec{{1, 0}, {900, 1}, {901, 0}, {950, 0}, {1, 9}}, 0, 1000, 1, nil},
		{"all immune", []neuronSpec{{1, 0}, {950, 1}, {901, 2}, {960, 3}, {999, 9}}, 0, 1000, 0, neurons.ErrNoNeuronAvailable},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t)
			k := e.subnet(1)
			st := e.c.State
			subnets.Set(st, k, subnets.HMaxAllowedUids, uint64(len(tt.uids)))
			subnets.Set(st, k, subnets.HImmunityPeriod, immunity)
			hotkeys := make([]common.Address, len(tt.uids))
			for i, n := range tt.uids {
				hotkeys[i] = hot(100 + i)
				if i == tt.ownerUID {
					hotkeys[i] = ownerHot
				}
				if i == 0 && tt.ownerUID != 0 {
					hotkeys[i] = hot(100)
				}
				neurons.PlaceNeuron(st, k, uint16(i), hotkeys[i], n.regAt)
				neurons.SetEmission(st, k, uint16(i), n.emission)
				neurons.StoreWeights(st, k, uint16(i), []yuma.Entry{{UID: 0, Value: 65535}})
			}
			subnets.SetUidCount(st, k, uint16(len(tt.uids)))
			e.c.Number = tt.now
			e.fund(bob, 1000)
			if got, ok := neurons.PruneCandidate(st, k, uint16(len(tt.uids)), tt.now); ok != (tt.wantErr == nil) || (ok && got != tt.want) {
				t.Fatalf("PruneCandidate = %d %v, want %d", got, ok, tt.want)
			}
			if tt.wantErr != nil {
				e.fails(bob, nb.PackBurnedRegister(1, key(hot(1))), tt.wantErr)
				return
			}
			res := e.ok(bob, nb.PackBurnedRegister(1, key(hot(1))))
			if uid, _ := nb.UnpackBurnedRegister(res.Ret); uid != tt.want {
				t.Fatalf("replaced uid %d, want %d", uid, tt.want)
			}
			rep, err := nb.UnpackNeuronReplacedEvent(onlyLog(t, res.Logs, 0, 2))
			if err != nil || rep.Uid != tt.want || rep.OldHotkey != key(hotkeys[tt.want]) || rep.NewHotkey != key(hot(1)) {
				t.Fatalf("NeuronReplaced %+v %v", rep, err)
			}
			reg, err := nb.UnpackNeuronRegisteredEvent(onlyLog(t, res.Logs, 1, 2))
			if err != nil || reg.Uid != tt.want {
				t.Fatalf("NeuronRegistered %+v %v", reg, err)
			}
			if _, ok := neurons.UidOf(st, k, hotkeys[tt.want]); ok {
				t.Fatal("the replaced hotkey still has a uid")
			}
			if u, ok := neurons.UidOf(st, k, hot(1)); !ok || u != tt.want {
				t.Fatal("the new hotkey has no uid")
			}
			if subnets.UidCount(st, k) != uint16(len(tt.uids)) {
				t.Fatal("uid count changed on replacement")
			}
			if neurons.Emission(st, k, tt.want) != 0 || neurons.RegisteredAt(st, k, tt.want) != tt.now ||
				neurons.WeightsLen(st, k, tt.want) != 0 || neurons.LoadCore(st, k, tt.want).Hotkey != hot(1) {
				t.Fatal("the replaced uid was not reset")
			}
			// Neighbours in the same pruning word are untouched.
			other := tt.want ^ 1
			if int(other) < len(tt.uids) && (neurons.Emission(st, k, other) != tt.uids[other].emission || neurons.RegisteredAt(st, k, other) != tt.uids[other].regAt) {
				t.Fatal("the neighbour's pruning entry changed")
			}
		})
	}
}

// TestLargeSubnet fills a 4096-uid subnet and registers into it: the
// pruning scan covers every uid, and a validator sets 4096 weights.
func TestLargeSubnet(t *testing.T) {
	e := newEnv(t)
	k := e.subnet(1)
	st := e.c.State
	const n = int(protocol.MaxUidsLimit)
	subnets.Set(st, k, subnets.HMaxAllowedUids, uint64(n))
	for i := 1; i < n; i++ {
		neurons.PlaceNeuron(st, k, uint16(i), hot(i), 1)
		neurons.SetEmission(st, k, uint16(i), uint64(1_000_000+i%977))
	}
	const lowest = 4093 // only the last uids have the smallest emissions
	neurons.SetEmission(st, k, lowest, 5)
	neurons.SetEmission(st, k, lowest+2, 5) // same emission, same block: higher uid loses
	subnets.SetUidCount(st, k, uint16(n))
	e.c.Number = 10_000
	e.fund(bob, 10)
	if uid := e.register(bob, common.HexToAddress("0xbeef"), 1); uid != lowest {
		t.Fatalf("replaced %d, want %d", uid, lowest)
	}

	// A permitted validator sets one weight on every uid.
	neurons.SetValidatorPermit(st, k, 7, true)
	subnets.Set(st, k, subnets.HCommitRevealWeightsEnabled, 0)
	uids := make([]uint16, n)
	vals := make([]uint16, n)
	for i := range uids {
		uids[i], vals[i] = uint16(n-1-i), uint16(i+1)
	}
	res := e.ok(hot(7), nb.PackSetWeights(1, uids, vals, 0))
	want := neurons.GasSetWeightsBase + uint64(n)*neurons.GasWeightsPerUid + uint64(n/8)*neurons.GasNew
	if res.GasUsed != want {
		t.Fatalf("gas %d, want %d", res.GasUsed, want)
	}
	row := neurons.LoadWeights(st, k, 7)
	if len(row) != n || row[0].UID != uint16(n-1) || row[n-1].Value != 65535 || row[n-1].UID != 0 {
		t.Fatalf("row of %d entries, first %+v last %+v", len(row), row[0], row[n-1])
	}
}
