package staking_test

import (
	"testing"

	"github.com/taoevm/taoevm/precompiles/precompile/precompiletest"
	"github.com/taoevm/taoevm/precompiles/staking"
)

// TestABICoverage checks the dispatch table against the IStaking ABI: every
// function has one handler of its mutability and every custom error a
// sentinel.
func TestABICoverage(t *testing.T) {
	precompiletest.CheckCoverage(t, staking.Definition())
}
