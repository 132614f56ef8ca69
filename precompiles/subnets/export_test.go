package subnets

import "github.com/taoevm/taoevm/precompiles/precompile"

// SetLastLock exposes setLastLock to the external tests.
func SetLastLock(w precompile.StateWriter, cost, block uint64) { setLastLock(w, cost, block) }
