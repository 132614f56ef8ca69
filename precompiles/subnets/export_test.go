package subnets

import "github.com/taoevm/taoevm/precompiles/precompile"

// SetLastLock exposes setLastLock to the external tests.
func SetLastLock(w precompile.StateWriter, cost, block uint64) { setLastLock(w, cost, block) }

// Decay exposes decay to the external tests.
func Decay(v, blocks uint64, halfLife uint16) uint64 { return decay(v, blocks, halfLife) }
