package neurons_test

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/taoevm/taoevm/precompiles/neurons"
	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/subnets"
	"github.com/taoevm/taoevm/precompiles/yuma"
)

// weightsEnv is a subnet with uids 0..4 (hot(i) at uid i for i ≥ 1),
// registered at block 1, commit-reveal off, the clock at block 1000 and
// hot(1) holding a validator permit.
func weightsEnv(t *testing.T) (*testEnv, protocol.NetKey) {
	e := newEnv(t)
	k := e.subnet(1)
	st := e.c.State
	for i := 1; i < 5; i++ {
		neurons.PlaceNeuron(st, k, uint16(i), hot(i), 1)
	}
	subnets.SetUidCount(st, k, 5)
	subnets.Set(st, k, subnets.HCommitRevealWeightsEnabled, 0)
	neurons.SetValidatorPermit(st, k, 1, true)
	e.c.Number = 1000
	return e, k
}

// upscaled is the max-upscaling set_weights applies, computed exactly:
// round(v · 65535 / max), halves away from zero.
func upscaled(v []uint16) []uint16 {
	var m uint64
	for _, x := range v {
		m = max(m, uint64(x))
	}
	out := make([]uint16, len(v))
	for i, x := range v {
		if m == 0 {
			continue
		}
		out[i] = uint16((2*uint64(x)*65535 + m) / (2 * m))
	}
	return out
}

func weightsGas(n int) uint64 {
	return neurons.GasSetWeightsBase + uint64(n)*neurons.GasWeightsPerUid + uint64((n+7)/8)*neurons.GasNew
}

// TestSetWeights: stored rows, last update, event and gas of accepted
// submissions; every refusal by its error.
func TestSetWeights(t *testing.T) {
	tests := []struct {
		name    string
		setup   func(e *testEnv, k protocol.NetKey)
		from    common.Address
		netuid  uint16
		uids    []uint16
		vals    []uint16
		version uint64
		value   *uint256.Int
		want    error
	}{
		{"validator", nil, hot(1), 1, []uint16{2, 3, 4}, []uint16{1, 2, 4}, 0, nil, nil},
		{"validator, zero weights kept", nil, hot(1), 1, []uint16{4, 0}, []uint16{0, 7}, 0, nil, nil},
		{"self-weight without permit", nil, hot(2), 1, []uint16{2}, []uint16{9}, 0, nil, nil},
		{"version key equal", func(e *testEnv, k protocol.NetKey) { subnets.Set(e.c.State, k, subnets.HWeightsVersionKey, 5) }, hot(1), 1, []uint16{2}, []uint16{1}, 5, nil, nil},
		{"no permit", nil, hot(2), 1, []uint16{3}, []uint16{1}, 0, nil, neurons.ErrNoValidatorPermit},
		{"no permit, self among others", nil, hot(2), 1, []uint16{2, 3}, []uint16{1, 1}, 0, nil, neurons.ErrNoValidatorPermit},
		{"duplicate uids", nil, hot(1), 1, []uint16{2, 3, 2}, []uint16{1, 1, 1}, 0, nil, neurons.ErrDuplicateUids},
		{"unknown uid", nil, hot(1), 1, []uint16{2, 5}, []uint16{1, 1}, 0, nil, protocol.ErrUnknownUid},
		{"too few weights", func(e *testEnv, k protocol.NetKey) { subnets.Set(e.c.State, k, subnets.HMinAllowedWeights, 3) }, hot(1), 1, []uint16{2, 3}, []uint16{1, 1}, 0, nil, neurons.ErrTooFewWeights},
		{"version key below", func(e *testEnv, k protocol.NetKey) { subnets.Set(e.c.State, k, subnets.HWeightsVersionKey, 5) }, hot(1), 1, []uint16{2}, []uint16{1}, 4, nil, neurons.ErrIncorrectVersionKey},
		{"rate limited", func(e *testEnv, k protocol.NetKey) { neurons.SetLastUpdate(e.c.State, k, 1, 901) }, hot(1), 1, []uint16{2}, []uint16{1}, 0, nil, protocol.ErrRateLimited},
		{"length mismatch", nil, hot(1), 1, []uint16{2, 3}, []uint16{1}, 0, nil, neurons.ErrWeightVecLengthMismatch},
		{"more uids than the subnet has", nil, hot(1), 1, []uint16{0, 1, 2, 3, 4, 5}, []uint16{1, 1, 1, 1, 1, 1}, 0, nil, protocol.ErrInputTooLarge},
		{"commit-reveal on", func(e *testEnv, k protocol.NetKey) { subnets.Set(e.c.State, k, subnets.HCommitRevealWeightsEnabled, 1) }, hot(1), 1, []uint16{2}, []uint16{1}, 0, nil, neurons.ErrCommitRevealEnabled},
		{"not registered", nil, carol, 1, []uint16{2}, []uint16{1}, 0, nil, protocol.ErrHotkeyNotRegistered},
		{"unknown subnet", nil, hot(1), 3, []uint16{2}, []uint16{1}, 0, nil, protocol.ErrSubnetNotFound},
		{"value sent", nil, hot(1), 1, []uint16{2}, []uint16{1}, 0, uint256.NewInt(5), precompile.ErrValueNotAccepted},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, k := weightsEnv(t)
			if tt.setup != nil {
				tt.setup(e, k)
			}
			if tt.value != nil {
				e.c.Fund(tt.from, tt.value)
			}
			st := e.c.State
			res := e.c.Call(tt.from, addr, nb.PackSetWeights(tt.netuid, tt.uids, tt.vals, tt.version), tt.value, 30_000_000)
			if res.GasUsed != weightsGas(len(tt.uids)) {
				t.Fatalf("gas %d, want %d", res.GasUsed, weightsGas(len(tt.uids)))
			}
			if tt.want != nil {
				if got := neurons.Definition().DecodeRevert(res.Ret); !errors.Is(got, tt.want) {
					t.Fatalf("err %v, want %v", got, tt.want)
				}
				if len(res.Logs) != 0 {
					t.Fatal("logged")
				}
				return
			}
			if res.Err != nil {
				t.Fatalf("%v: %v", res.Err, neurons.Definition().DecodeRevert(res.Ret))
			}
			uid, _ := neurons.UidOf(st, k, tt.from)
			up := upscaled(tt.vals)
			row := neurons.LoadWeights(st, k, uid)
			if len(row) != len(tt.uids) {
				t.Fatalf("row %v", row)
			}
			for i := range row {
				if row[i] != (yuma.Entry{UID: tt.uids[i], Value: up[i]}) {
					t.Fatalf("entry %d = %+v, want (%d, %d)", i, row[i], tt.uids[i], up[i])
				}
			}
			if neurons.LastUpdate(st, k, uid) != 1000 {
				t.Fatal("last update not moved")
			}
			ev, err := nb.UnpackWeightsSetEvent(onlyLog(t, res.Logs, 0, 1))
			if err != nil || ev.Netuid != 1 || ev.Hotkey != key(tt.from) || ev.Uid != uid || ev.VersionKey != tt.version {
				t.Fatalf("event %+v %v", ev, err)
			}
			for i := range up {
				if ev.Uids[i] != tt.uids[i] || ev.Weights[i] != up[i] {
					t.Fatalf("event arrays %v %v", ev.Uids, ev.Weights)
				}
			}
			// The view returns the same row.
			out, err := nb.UnpackGetWeights(e.ok(bob, nb.PackGetWeights(1, uid)).Ret)
			if err != nil || len(out.Uids) != len(row) || out.Weights[len(row)-1] != row[len(row)-1].Value {
				t.Fatalf("getWeights %+v %v", out, err)
			}
		})
	}
}

// TestRateLimitArgs: RateLimited carries the first block allowed.
func TestRateLimitArgs(t *testing.T) {
	e, k := weightsEnv(t)
	neurons.SetLastUpdate(e.c.State, k, 1, 950)
	res := e.fails(hot(1), nb.PackSetWeights(1, []uint16{2}, []uint16{1}, 0), protocol.ErrRateLimited)
	rl, err := nb.UnpackRateLimitedError(res.Ret[4:])
	if err != nil {
		e, _ := nb.UnpackError(res.Ret)
		t.Fatalf("%v %#v", err, e)
	}
	if rl.NextBlock != 1050 {
		t.Fatalf("next block %d, want 1050", rl.NextBlock)
	}
	e.c.Number = 1050
	e.ok(hot(1), nb.PackSetWeights(1, []uint16{2}, []uint16{1}, 0))
}

// TestCommitHash: CommitHash is keccak256 of the ABI encoding the
// interface documents (checked against go-ethereum's ABI packer).
func TestCommitHash(t *testing.T) {
	ty := func(s string) abi.Type {
		x, err := abi.NewType(s, "", nil)
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
	args := abi.Arguments{{Type: ty("bytes32")}, {Type: ty("uint16")}, {Type: ty("uint16[]")}, {Type: ty("uint16[]")}, {Type: ty("uint16[]")}, {Type: ty("uint64")}}
	for _, c := range []struct {
		uids, vals, salt []uint16
		v                uint64
	}{
		{nil, nil, nil, 0},
		{[]uint16{1, 2, 3}, []uint16{10, 20, 65535}, []uint16{9, 8}, 7},
		{[]uint16{4095}, []uint16{1}, []uint16{}, ^uint64(0)},
	} {
		h := hot(3)
		packed, err := args.Pack(key(h), uint16(513), orEmpty(c.uids), orEmpty(c.vals), orEmpty(c.salt), c.v)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := neurons.CommitHash(h, 513, c.uids, c.vals, c.salt, c.v), crypto.Keccak256Hash(packed); got != want {
			t.Fatalf("CommitHash %v, want %v", got, want)
		}
	}
}

func orEmpty(v []uint16) []uint16 {
	if v == nil {
		return []uint16{}
	}
	return v
}

// TestEpochIndex: floor((b + netuid + 1) / (tempo + 1)).
func TestEpochIndex(t *testing.T) {
	for _, c := range []struct {
		block  uint64
		netuid uint16
		tempo  uint16
		want   uint64
	}{
		{0, 0, 360, 0}, {359, 0, 360, 0}, {360, 0, 360, 1}, {357, 2, 360, 0}, {358, 2, 360, 1},
		{1000, 1, 360, 2}, {1000, 1, 0, 1002}, {^uint64(0), 5, 1, ^uint64(0) / 2},
	} {
		if got := neurons.EpochIndex(c.block, c.netuid, c.tempo); got != c.want {
			t.Errorf("EpochIndex(%d, %d, %d) = %d, want %d", c.block, c.netuid, c.tempo, got, c.want)
		}
	}
	e, _ := weightsEnv(t)
	got, err := nb.UnpackGetEpochIndex(e.ok(bob, nb.PackGetEpochIndex(1)).Ret)
	if err != nil || got != 2 { // (1000 + 2) / 361
		t.Fatalf("getEpochIndex %d %v", got, err)
	}
	e.fails(bob, nb.PackGetEpochIndex(9), protocol.ErrSubnetNotFound)
}

// TestCommitReveal walks a validator through commits and reveals on
// netuid 1 with tempo 360: the epoch index of block b is (b + 2) / 361.
func TestCommitReveal(t *testing.T) {
	e, k := weightsEnv(t)
	st := e.c.State
	subnets.Set(st, k, subnets.HCommitRevealWeightsEnabled, 1)
	uids, vals, salt := []uint16{2, 3}, []uint16{100, 50}, []uint16{7, 7, 7}
	h := neurons.CommitHash(hot(1), 1, uids, vals, salt, 0)
	reveal := nb.PackRevealWeights(1, uids, vals, salt, 0)

	e.fails(hot(1), reveal, neurons.ErrNoPendingCommit)
	e.fails(hot(1), nb.PackSetWeights(1, uids, vals, 0), neurons.ErrCommitRevealEnabled)

	// Commit at 1000 (epoch 2): revealable in epoch 3, blocks 1081..1441.
	res := e.ok(hot(1), nb.PackCommitWeights(1, h))
	if res.GasUsed != neurons.GasCommitWeights {
		t.Fatalf("commit gas %d", res.GasUsed)
	}
	ce, err := nb.UnpackWeightsCommittedEvent(onlyLog(t, res.Logs, 0, 1))
	if err != nil || ce.CommitHash != h || ce.CommitEpoch != 2 || ce.RevealEpoch != 3 || ce.Hotkey != key(hot(1)) {
		t.Fatalf("WeightsCommitted %+v %v", ce, err)
	}
	if neurons.LastUpdate(st, k, 1) != 1000 {
		t.Fatal("a commit updates the last update")
	}
	cs, err := nb.UnpackGetWeightCommits(e.ok(bob, nb.PackGetWeightCommits(1, key(hot(1)))).Ret)
	if err != nil || len(cs) != 1 || cs[0].CommitHash != h || cs[0].CommitBlock != 1000 || cs[0].CommitEpoch != 2 || cs[0].RevealEpoch != 3 {
		t.Fatalf("getWeightCommits %+v %v", cs, err)
	}

	res = e.fails(hot(1), reveal, neurons.ErrRevealTooEarly)
	if te, err := nb.UnpackRevealTooEarlyError(res.Ret[4:]); err != nil || te.Epoch != 2 || te.RevealEpoch != 3 {
		t.Fatalf("RevealTooEarly %+v %v", te, err)
	}
	e.c.Number = 1080
	e.fails(hot(1), reveal, neurons.ErrRevealTooEarly)
	e.c.Number = 1081
	e.fails(hot(1), nb.PackRevealWeights(1, uids, vals, []uint16{7, 7}, 0), neurons.ErrInvalidReveal)
	e.fails(hot(2), reveal, neurons.ErrNoPendingCommit) // another hotkey: the hash binds the caller
	res = e.ok(hot(1), reveal)
	wantGas := neurons.GasRevealWeightsBase + 2*(neurons.GasWeightsPerUid+12) + neurons.GasNew + 3*neurons.GasSaltWord
	if res.GasUsed != wantGas {
		t.Fatalf("reveal gas %d, want %d", res.GasUsed, wantGas)
	}
	rv, err := nb.UnpackWeightsRevealedEvent(onlyLog(t, res.Logs, 0, 2))
	if err != nil || rv.CommitHash != h || rv.VersionKey != 0 {
		t.Fatalf("WeightsRevealed %+v %v", rv, err)
	}
	ws, err := nb.UnpackWeightsSetEvent(onlyLog(t, res.Logs, 1, 2))
	if err != nil || ws.Uid != 1 || ws.Weights[0] != 65535 || ws.Weights[1] != 32768 {
		t.Fatalf("WeightsSet %+v %v", ws, err)
	}
	if row := neurons.LoadWeights(st, k, 1); len(row) != 2 || row[1] != (yuma.Entry{UID: 3, Value: 32768}) {
		t.Fatalf("row %v", row)
	}
	e.fails(hot(1), reveal, neurons.ErrNoPendingCommit)

	// Commit at 1200 (epoch 3, reveal in epoch 4: 1442..1802), reveal late.
	e.c.Number = 1180
	e.fails(hot(1), nb.PackCommitWeights(1, h), protocol.ErrRateLimited) // revealed at 1081
	e.c.Number = 1200
	e.ok(hot(1), nb.PackCommitWeights(1, h))
	e.c.Number = 1803
	res = e.fails(hot(1), reveal, neurons.ErrRevealTooLate)
	if tl, err := nb.UnpackRevealTooLateError(res.Ret[4:]); err != nil || tl.Epoch != 5 || tl.RevealEpoch != 4 {
		t.Fatalf("RevealTooLate %+v %v", tl, err)
	}
	cs, _ = nb.UnpackGetWeightCommits(e.ok(bob, nb.PackGetWeightCommits(1, key(hot(1)))).Ret)
	if len(cs) != 0 {
		t.Fatalf("expired commit still listed: %+v", cs)
	}
	// A wrong hash with only expired commits: nothing pending.
	e.fails(hot(1), nb.PackRevealWeights(1, uids, vals, nil, 0), neurons.ErrNoPendingCommit)

	// A reveal still goes through the weight checks.
	dup := []uint16{2, 2}
	hb := neurons.CommitHash(hot(1), 1, dup, vals, salt, 0)
	e.c.Number = 2000
	e.ok(hot(1), nb.PackCommitWeights(1, hb))
	e.c.Number = 2170 // epoch (2172/361) = 6, committed in 5
	e.fails(hot(1), nb.PackRevealWeights(1, dup, vals, salt, 0), neurons.ErrDuplicateUids)

	// Commit-reveal off: both refused.
	subnets.Set(st, k, subnets.HCommitRevealWeightsEnabled, 0)
	e.fails(hot(1), nb.PackCommitWeights(1, h), neurons.ErrCommitRevealDisabled)
	e.fails(hot(1), reveal, neurons.ErrCommitRevealDisabled)
	e.fails(carol, nb.PackCommitWeights(1, h), protocol.ErrHotkeyNotRegistered)
	bad := key(hot(1))
	bad[3] = 1
	e.fails(bob, nb.PackGetWeightCommits(1, bad), precompile.ErrInvalidKey)
	e.fails(bob, nb.PackGetWeightCommits(8, key(hot(1))), protocol.ErrSubnetNotFound)
	e.fails(bob, nb.PackGetWeights(8, 0), protocol.ErrSubnetNotFound)
}

// TestTooManyCommits: ten commits may be pending; expired ones free their
// slots.
func TestTooManyCommits(t *testing.T) {
	e, k := weightsEnv(t)
	st := e.c.State
	subnets.Set(st, k, subnets.HCommitRevealWeightsEnabled, 1)
	p := protocol.DefaultParams()
	p.WeightsSetRateLimit = 0
	if err := protocol.WriteParams(st, p); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 10; i++ {
		e.ok(hot(1), nb.PackCommitWeights(1, common.Hash{byte(i + 1)}))
	}
	res := e.fails(hot(1), nb.PackCommitWeights(1, common.Hash{99}), neurons.ErrTooManyPendingCommits)
	if tm, err := nb.UnpackTooManyPendingCommitsError(res.Ret[4:]); err != nil || tm.Max.Uint64() != 10 {
		t.Fatalf("TooManyPendingCommits %+v %v", tm, err)
	}
	cs, _ := nb.UnpackGetWeightCommits(e.ok(bob, nb.PackGetWeightCommits(1, key(hot(1)))).Ret)
	if len(cs) != 10 {
		t.Fatalf("%d pending", len(cs))
	}
	// Another hotkey has its own slots.
	e.ok(hot(2), nb.PackCommitWeights(1, common.Hash{99}))
	// Two epochs later all ten have expired and their slots are reused.
	e.c.Number += 2 * 361
	e.ok(hot(1), nb.PackCommitWeights(1, common.Hash{99}))
	cs, _ = nb.UnpackGetWeightCommits(e.ok(bob, nb.PackGetWeightCommits(1, key(hot(1)))).Ret)
	if len(cs) != 1 || cs[0].CommitHash != (common.Hash{99}) {
		t.Fatalf("after expiry %+v", cs)
	}
	if got := neurons.EarliestPendingCommit(st, k, hot(1), neurons.EpochIndex(e.c.Number, 1, 360)); got != e.c.Number {
		t.Fatalf("EarliestPendingCommit %d", got)
	}
}

// TestValidatorPermits: SetValidatorPermits writes the epoch's permits and
// keeps the other results.
func TestValidatorPermits(t *testing.T) {
	e, k := weightsEnv(t)
	st := e.c.State
	neurons.StoreStats(st, k, 3, neurons.Stats{Incentive: 9, Dividends: 8, Consensus: 7, Trust: 6, ValidatorTrust: 5, Active: true})
	neurons.SetValidatorPermits(st, k, []bool{false, false, true, true, false})
	want := []bool{false, false, true, true, false}
	for i, w := range want {
		if neurons.ValidatorPermit(st, k, uint16(i)) != w {
			t.Fatalf("permit %d", i)
		}
	}
	if s := neurons.LoadStats(st, k, 3); s != (neurons.Stats{Incentive: 9, Dividends: 8, Consensus: 7, Trust: 6, ValidatorTrust: 5, ValidatorPermit: true, Active: true}) {
		t.Fatalf("stats %+v", s)
	}
	// uid 2 now validates, uid 1 no longer may.
	e.ok(hot(2), nb.PackSetWeights(1, []uint16{3, 4}, []uint16{1, 1}, 0))
	e.fails(hot(1), nb.PackSetWeights(1, []uint16{3, 4}, []uint16{1, 1}, 0), neurons.ErrNoValidatorPermit)
}
