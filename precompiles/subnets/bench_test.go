package subnets_test

import (
	"testing"

	"github.com/taoevm/taoevm/precompiles/precompile/precompiletest"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/subnets"
)

// BenchmarkPruneCandidate measures the dissolution scan at the hard cap of
// 1024 subnets (priced at subnets.GasScan gas).
func BenchmarkPruneCandidate(b *testing.B) {
	c := precompiletest.New(b, subnets.Definition())
	for id := uint16(1); id <= protocol.MaxSubnetLimit; id++ {
		protocol.SetNetRow(c.State, id, uint64(id), uint64(1e17)+uint64(id)*7919%1000)
	}
	protocol.SetTotalNetworks(c.State, protocol.MaxSubnetLimit)
	b.ReportMetric(float64(subnets.GasScan), "gas/op")
	b.ResetTimer()
	for b.Loop() {
		if _, ok := subnets.PruneCandidate(c.State, 10_000_000); !ok {
			b.Fatal("no candidate")
		}
	}
}
