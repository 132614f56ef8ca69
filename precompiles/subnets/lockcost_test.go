package subnets_test

import (
	"math"
	"math/big"
	"testing"

	"github.com/taoevm/taoevm/precompiles/precompile/precompiletest"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/subnets"
)

// refLockCost is the reference's formula in arbitrary precision, with its
// saturating steps made explicit: mult = 2 after a registration,
// cost = max(min, sat(last·mult) − sat((last/interval)·Δ)) floored at 0.
func refLockCost(minLock, last, at, interval, block uint64) uint64 {
	if last == 0 {
		return minLock
	}
	maxU := new(big.Int).SetUint64(math.MaxUint64)
	sat := func(x *big.Int) *big.Int {
		if x.Cmp(maxU) > 0 {
			return new(big.Int).Set(maxU)
		}
		return x
	}
	mult := sat(new(big.Int).Mul(new(big.Int).SetUint64(last), big.NewInt(2)))
	var elapsed uint64
	if block > at {
		elapsed = block - at
	}
	dec := sat(new(big.Int).Mul(new(big.Int).SetUint64(last/interval), new(big.Int).SetUint64(elapsed)))
	cost := new(big.Int).Sub(mult, dec)
	if cost.Sign() < 0 {
		cost.SetUint64(0)
	}
	if cost.Cmp(new(big.Int).SetUint64(minLock)) < 0 {
		return minLock
	}
	return cost.Uint64()
}

// FuzzLockCost compares LockCost with the reference formula.
func FuzzLockCost(f *testing.F) {
	f.Add(uint64(100e9), uint64(0), uint64(0), uint64(100800), uint64(5))
	f.Add(uint64(100e9), uint64(100e9), uint64(10), uint64(100800), uint64(50_000))
	f.Add(uint64(1e6), uint64(math.MaxUint64/2+1), uint64(0), uint64(1), uint64(0))
	f.Add(uint64(1e6), uint64(5e15), uint64(7), uint64(3), uint64(math.MaxUint64))
	f.Fuzz(func(t *testing.T, minLock, last, at, interval, block uint64) {
		p := protocol.DefaultParams()
		p.MinLockCost = max(minLock%p.MaxSupply, 1_000_000)
		p.LockReductionInterval = max(interval, 1)
		c := precompiletest.New(t, subnets.Definition())
		if err := protocol.WriteParams(c.State, p); err != nil {
			t.Fatal(err)
		}
		// Seed the last lock through a state word as registration writes it.
		if last != 0 {
			subnets.SetLastLock(c.State, last, at)
		}
		want := refLockCost(p.MinLockCost, last, at, p.LockReductionInterval, block)
		if got := subnets.LockCost(c.State, block); got != want {
			t.Fatalf("LockCost = %d, reference %d", got, want)
		}
	})
}
