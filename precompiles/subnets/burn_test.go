package subnets_test

import (
	"math"
	"testing"

	"github.com/taoevm/taoevm/bindings"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/subnets"
)

// TestBurnModel: the registration burn starts at 1 TAO, halves every
// BurnHalfLife blocks (fractional half-lives through exp in I32F32), rises
// ×BurnIncreaseMult per registration and stays within [MinBurn, MaxBurn],
// also when the owner moves the bounds.
func TestBurnModel(t *testing.T) {
	c := newChain(t, testParams())
	c.Number = 1
	n := c.register(alice, hkA)
	k := protocol.NetKey{Netuid: n, Gen: 1}
	getBurn := func(block uint64) uint64 {
		c.Number = block
		return mustU(sn.UnpackGetBurn(c.call(sn.PackGetBurn(n))))
	}
	ideal := func(v float64, blocks uint64) uint64 { return uint64(v * math.Pow(2, -float64(blocks)/360)) }
	tests := []struct {
		block uint64
		want  uint64
		tol   uint64
	}{
		{1, tao, 0},
		{361, tao / 2, 0},
		{721, tao / 4, 0},
		{181, ideal(1e9, 180), 1},
		{91, ideal(1e9, 90), 1},
		{1 + 360*11, 500_000, 0}, // 1e9 >> 11 is below MinBurn
		{1 + 360*200, 500_000, 0},
	}
	for _, tt := range tests {
		got := getBurn(tt.block)
		if diff := max(got, tt.want) - min(got, tt.want); diff > tt.tol {
			t.Errorf("block %d: burn %d, want %d ± %d", tt.block, got, tt.want, tt.tol)
		}
	}
	// A registration raises the burn by 1.26 from its current value.
	if got := subnets.RaiseBurn(c.State, k, 361); got != tao/2*126/100 {
		t.Fatalf("raised %d, want %d", got, tao/2*126/100)
	}
	if got := getBurn(361); got != 630_000_000 {
		t.Fatalf("after raise %d", got)
	}
	if got := getBurn(721); got != 315_000_000 {
		t.Fatalf("half-life after raise %d", got)
	}
	// Raising the minimum above the burn lifts it.
	c.Number = 721
	c.tx(alice, sn.PackSetMinBurn(n, 900_000_000), nil)
	if got := getBurn(721); got != 900_000_000 {
		t.Fatalf("clamped to the new minimum: %d", got)
	}
	// Lowering the maximum below it caps it.
	c.tx(alice, sn.PackSetMaxBurn(n, 200_000_000), protocol.ErrValueOutOfBounds) // below MinBurn
	c.Number = 1500
	c.tx(alice, sn.PackSetMinBurn(n, 0), nil)
	c.tx(alice, sn.PackSetMaxBurn(n, 200_000_000), nil)
	if got := getBurn(1500); got != 200_000_000 {
		t.Fatalf("capped to the new maximum: %d", got)
	}
	// Saturation: a huge multiplier caps at MaxBurn, never wraps.
	subnets.Set(c.State, k, subnets.HBurnIncreaseMult, math.MaxUint64)
	if got := subnets.RaiseBurn(c.State, k, 1500); got != 200_000_000 {
		t.Fatalf("saturated raise %d", got)
	}
}

// TestErrorsThroughBindings: reverts decode with the generated bindings.
func TestErrorsThroughBindings(t *testing.T) {
	c := newChain(t, testParams())
	n := c.register(alice, hkA)
	res := c.tx(bob, sn.PackSetRho(n, 1), protocol.ErrNotSubnetOwner)
	e, err := sn.UnpackError(res.Ret)
	if err != nil {
		t.Fatal(err)
	}
	if no, ok := e.(*bindings.ISubnetNotSubnetOwner); !ok || no.Netuid != n || no.Caller != bob {
		t.Fatalf("decoded %#v", e)
	}
	res = c.tx(alice, sn.PackSetKappa(n, 1), protocol.ErrNotSupported)
	if e, err := sn.UnpackError(res.Ret); err != nil {
		t.Fatal(err)
	} else if _, ok := e.(*bindings.ISubnetNotSupported); !ok {
		t.Fatalf("decoded %#v", e)
	}
	res = c.tx(alice, sn.PackSetRho(9, 1), protocol.ErrSubnetNotFound)
	if e, _ := sn.UnpackError(res.Ret); e.(*bindings.ISubnetSubnetNotFound).Netuid != 9 {
		t.Fatalf("decoded %#v", e)
	}
}

// FuzzBurnDecay compares the integer decay v·2^(−blocks/halfLife) with a
// floating-point reference (float64: relative error about 1e-15): within a
// relative 1e-13 plus one rao.
func FuzzBurnDecay(f *testing.F) {
	f.Add(uint64(1e9), uint64(180), uint16(360))
	f.Add(uint64(100e9), uint64(1), uint16(1))
	f.Add(uint64(math.MaxUint64), uint64(35), uint16(36100))
	f.Add(uint64(5e8), uint64(100_000), uint16(7))
	f.Fuzz(func(t *testing.T, v, blocks uint64, halfLife uint16) {
		if halfLife == 0 {
			return
		}
		got := subnets.Decay(v, blocks, halfLife)
		q := blocks / uint64(halfLife)
		if q >= 64 {
			if got != 0 {
				t.Fatalf("%d after %d half-lives", got, q)
			}
			return
		}
		ref := float64(v>>q) * math.Pow(2, -float64(blocks%uint64(halfLife))/float64(halfLife))
		if float64(got) > ref*(1+1e-13)+1 {
			t.Fatalf("decay(%d, %d, %d) = %d above the reference %f", v, blocks, halfLife, got, ref)
		}
		if float64(got) < ref*(1-1e-13)-1 {
			t.Fatalf("decay(%d, %d, %d) = %d below the reference %f", v, blocks, halfLife, got, ref)
		}
	})
}
