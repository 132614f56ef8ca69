package pools_test

import (
	"testing"

	"github.com/taoevm/taoevm/precompiles/pools"
	"github.com/taoevm/taoevm/precompiles/precompile/precompiletest"
)

func TestABICoverage(t *testing.T) {
	precompiletest.CheckCoverage(t, pools.Definition())
}
