package neurons_test

import (
	"testing"

	"github.com/taoevm/taoevm/bindings"
	"github.com/taoevm/taoevm/precompiles/neurons"
	"github.com/taoevm/taoevm/precompiles/precompile/precompiletest"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/subnets"
)

// TestABICoverage checks the dispatch table and the error mappings
// against INeuron's ABI.
func TestABICoverage(t *testing.T) {
	precompiletest.CheckCoverage(t, neurons.Definition())
	if got := len(neurons.Definition().Handlers()); got != 11 {
		t.Fatalf("%d handlers, want 11", got)
	}
}

// TestBindingsRoundTrip calls every method with calldata packed by the
// generated bindings, unpacks every result with them, and decodes each
// module error through the bindings' typed errors.
func TestBindingsRoundTrip(t *testing.T) {
	e, k := weightsEnv(t)
	e.fund(bob, 10)
	uid, err := nb.UnpackBurnedRegister(e.ok(bob, nb.PackBurnedRegister(1, key(hot(9)))).Ret)
	if err != nil || uid != 5 {
		t.Fatalf("burnedRegister %d %v", uid, err)
	}
	uid, err = nb.UnpackRegisterLimit(e.ok(bob, nb.PackRegisterLimit(1, key(hot(10)), 10e9)).Ret)
	if err != nil || uid != 6 {
		t.Fatalf("registerLimit %d %v", uid, err)
	}
	for _, in := range [][]byte{
		nb.PackSetWeights(1, []uint16{2}, []uint16{1}, 0),
		nb.PackServeAxon(1, 1, ipv4, 1, 4, 0, 0, 0),
		nb.PackServeAxonTls(1, 1, ipv4, 1, 6, 0, 0, 0, []byte{1}),
		nb.PackServePrometheus(1, 1, ipv4, 1, 4),
	} {
		if res := e.call(hot(1), in); res.Err != nil && neurons.Definition().DecodeRevert(res.Ret) == nil {
			t.Fatalf("undecodable revert %x", res.Ret)
		}
	}
	subnets.Set(e.c.State, k, subnets.HCommitRevealWeightsEnabled, 1)
	e.c.Number += 200
	h := neurons.CommitHash(hot(1), 1, []uint16{2}, []uint16{1}, nil, 0)
	if res := e.ok(hot(1), nb.PackCommitWeights(1, h)); len(res.Ret) != 0 {
		t.Fatal("commitWeights returned data")
	}
	cs, err := nb.UnpackGetWeightCommits(e.ok(bob, nb.PackGetWeightCommits(1, key(hot(1)))).Ret)
	if err != nil || len(cs) != 1 {
		t.Fatalf("getWeightCommits %v %v", cs, err)
	}
	e.c.Number += 361
	e.ok(hot(1), nb.PackRevealWeights(1, []uint16{2}, []uint16{1}, nil, 0))
	w, err := nb.UnpackGetWeights(e.ok(bob, nb.PackGetWeights(1, 1)).Ret)
	if err != nil || len(w.Uids) != 1 || w.Uids[0] != 2 || w.Weights[0] != 65535 {
		t.Fatalf("getWeights %+v %v", w, err)
	}
	if _, err := nb.UnpackGetEpochIndex(e.ok(bob, nb.PackGetEpochIndex(1)).Ret); err != nil {
		t.Fatal(err)
	}

	// Typed errors through the bindings.
	res := e.call(hot(1), nb.PackRevealWeights(1, []uint16{2}, []uint16{1}, nil, 0))
	dec, err := nb.UnpackError(res.Ret)
	if np, ok := dec.(*bindings.INeuronNoPendingCommit); err != nil || !ok || np.Netuid != 1 || np.Hotkey != key(hot(1)) {
		t.Fatalf("NoPendingCommit: %#v %v", dec, err)
	}
	res = e.call(bob, nb.PackBurnedRegister(1, key(hot(9))))
	dec, err = nb.UnpackError(res.Ret)
	if ar, ok := dec.(*bindings.INeuronHotkeyAlreadyRegistered); err != nil || !ok || ar.Uid != 5 || ar.Netuid != 1 {
		t.Fatalf("HotkeyAlreadyRegistered: %#v %v", dec, err)
	}
	res = e.call(bob, nb.PackGetWeights(1, 77))
	dec, err = nb.UnpackError(res.Ret)
	if uu, ok := dec.(*bindings.INeuronUnknownUid); err != nil || !ok || uu.Uid != 77 {
		t.Fatalf("UnknownUid: %#v %v", dec, err)
	}
	res = e.call(hot(1), nb.PackServeAxon(1, 1, ipv4, 1, 9, 0, 0, 0))
	dec, err = nb.UnpackError(res.Ret)
	if it, ok := dec.(*bindings.INeuronInvalidIpType); err != nil || !ok || it.IpType != 9 {
		t.Fatalf("InvalidIpType: %#v %v", dec, err)
	}
	if protocol.TotalRecycled(e.c.State) == 0 {
		t.Fatal("registrations recycled nothing")
	}
}
