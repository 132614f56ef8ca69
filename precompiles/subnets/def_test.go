package subnets_test

import (
	"testing"

	"github.com/taoevm/taoevm/precompiles/precompile/precompiletest"
	"github.com/taoevm/taoevm/precompiles/subnets"
)

func TestABICoverage(t *testing.T) {
	precompiletest.CheckCoverage(t, subnets.Definition())
}
