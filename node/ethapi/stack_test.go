package ethapi

import (
	"runtime"
	"testing"
)

// TestReserveStackAllocatesNothing checks that reserveStack's frame lives on
// the goroutine stack: were it moved to the heap, every eth_call would
// allocate stackReserve bytes instead of saving work.
func TestReserveStackAllocatesNothing(t *testing.T) {
	if n := testing.AllocsPerRun(100, reserveStack); n != 0 {
		t.Fatalf("reserveStack allocates %v times per call", n)
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < 100; i++ {
		reserveStack()
	}
	runtime.ReadMemStats(&after)
	if grown := after.TotalAlloc - before.TotalAlloc; grown >= stackReserve {
		t.Fatalf("100 calls allocated %d heap bytes", grown)
	}
}
