package protocol

import (
	"encoding/binary"
	"sync/atomic"

	"github.com/taoevm/taoevm/precompiles/precompile"
)

// The first of NetKey.Slot's two keccaks, base.Uint(netuid), depends only on
// the field and the netuid, and every per-subnet accessor of every module
// derives it again (the staking module's addStake spent about a fifth of its
// time there; the moving-price block hook three keccaks per subnet). It is
// memoised in a fixed-size, direct-mapped table of immutable entries behind
// atomic pointers: a hit returns the slot a keccak would, a miss computes it
// and replaces the entry, so the table changes no result, only the time
// taken, and is safe for concurrent EVMs. Its memory is bounded by its size
// whatever the number of fields and netuids.

// netSlotCacheSize is the number of entries of the memo (a power of two).
const netSlotCacheSize = 1 << 14

type netSlotEntry struct {
	base, slot precompile.Slot
	netuid     uint16
}

var netSlotCache [netSlotCacheSize]atomic.Pointer[netSlotEntry]

// NetSlot returns base.Uint(netuid), the slot of a netuid-keyed mapping
// entry, memoised (see above).
func NetSlot(base precompile.Slot, netuid uint16) precompile.Slot {
	i := (uint(binary.BigEndian.Uint32(base[:4]))*(uint(MaxSubnetLimit)+1) + uint(netuid)) & (netSlotCacheSize - 1)
	if e := netSlotCache[i].Load(); e != nil && e.netuid == netuid && e.base == base {
		return e.slot
	}
	s := base.Uint(uint64(netuid))
	netSlotCache[i].Store(&netSlotEntry{base: base, slot: s, netuid: netuid})
	return s
}
