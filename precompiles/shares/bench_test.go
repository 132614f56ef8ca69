package shares

import (
	"testing"

	"github.com/holiman/uint256"
)

var (
	sinkPool Pool
	sinkU64  uint64
)

func benchPool(b *testing.B) Pool {
	p, _, err := Pool{}.Deposit(123_456_789_012)
	if err != nil {
		b.Fatal(err)
	}
	if p, err = p.AddValue(9_876_543_210); err != nil {
		b.Fatal(err)
	}
	return p
}

func BenchmarkDeposit(b *testing.B) {
	p := benchPool(b)
	for i := 0; b.Loop(); i++ {
		np, _, err := p.Deposit(1e9 + uint64(i&1023))
		if err != nil {
			b.Fatal(err)
		}
		sinkPool = np
	}
}

func BenchmarkWithdrawAmount(b *testing.B) {
	p := benchPool(b)
	held := p.Shares
	for i := 0; b.Loop(); i++ {
		np, _, paid, err := p.WithdrawAmount(1e9+uint64(i&1023), held)
		if err != nil {
			b.Fatal(err)
		}
		sinkPool, sinkU64 = np, paid
	}
}

func BenchmarkValueOf(b *testing.B) {
	p := benchPool(b)
	var s uint256.Int
	s.Rsh(&p.Shares, 3)
	for b.Loop() {
		v, err := p.ValueOf(s)
		if err != nil {
			b.Fatal(err)
		}
		sinkU64 = v
	}
}

func BenchmarkAddValue(b *testing.B) {
	p := benchPool(b)
	for b.Loop() {
		np, err := p.AddValue(12345)
		if err != nil {
			b.Fatal(err)
		}
		sinkPool = np
	}
}
