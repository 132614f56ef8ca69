package swap

import "testing"

var (
	benchPool = Pool{TAO: 123_456_789_012_345, Alpha: 98_765_432_109_876}
	sinkU64   uint64
	sinkQuote Quote
)

func BenchmarkQuoteBuy(b *testing.B) {
	for i := 0; b.Loop(); i++ {
		q, err := benchPool.QuoteBuy(1e9+uint64(i&1023), DefaultFeeRate)
		if err != nil {
			b.Fatal(err)
		}
		sinkQuote = q
	}
}

func BenchmarkQuoteSell(b *testing.B) {
	for i := 0; b.Loop(); i++ {
		q, err := benchPool.QuoteSell(1e9+uint64(i&1023), DefaultFeeRate)
		if err != nil {
			b.Fatal(err)
		}
		sinkQuote = q
	}
}

func BenchmarkApply(b *testing.B) {
	q, err := benchPool.QuoteBuy(1e9, DefaultFeeRate)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		p, err := benchPool.Apply(q)
		if err != nil {
			b.Fatal(err)
		}
		sinkU64 = p.TAO
	}
}

func BenchmarkMaxBuy(b *testing.B) {
	spot, _ := benchPool.PriceRao()
	for i := 0; b.Loop(); i++ {
		m, err := benchPool.MaxBuy(spot+spot/100+uint64(i&1023), DefaultFeeRate)
		if err != nil || m == 0 {
			b.Fatal(m, err)
		}
		sinkU64 = m
	}
}

func BenchmarkMaxSell(b *testing.B) {
	spot, _ := benchPool.PriceRao()
	for i := 0; b.Loop(); i++ {
		m, err := benchPool.MaxSell(spot-spot/100-uint64(i&1023), DefaultFeeRate)
		if err != nil || m == 0 {
			b.Fatal(m, err)
		}
		sinkU64 = m
	}
}

func BenchmarkQuoteBuyLimit(b *testing.B) {
	spot, _ := benchPool.PriceRao()
	for i := 0; b.Loop(); i++ {
		q, err := benchPool.QuoteBuyLimit(1e15, spot+spot/100+uint64(i&1023), true, DefaultFeeRate)
		if err != nil {
			b.Fatal(err)
		}
		sinkQuote = q
	}
}

func BenchmarkPrice18(b *testing.B) {
	for b.Loop() {
		p, err := benchPool.Price18()
		if err != nil {
			b.Fatal(err)
		}
		sinkU64 = p[0]
	}
}

func BenchmarkNextMovingPrice(b *testing.B) {
	params := DefaultMovingPriceParams()
	var ema uint64
	for i := uint64(1); b.Loop(); i++ {
		var err error
		ema, err = NextMovingPrice(ema, 8e17, i, params)
		if err != nil {
			b.Fatal(err)
		}
	}
	sinkU64 = ema
}
