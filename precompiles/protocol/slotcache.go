package protocol

import (
	"encoding/binary"
	"sync/atomic"

	"github.com/taoevm/taoevm/precompiles/precompile"
)

// NetKey.Slot is base.Uint(netuid).Uint(gen), two keccaks that every
// per-subnet accessor of every module derives again (the staking module's
// addStake spent about a fifth of its time there; the moving-price block
// hook three keccaks per subnet). Both the first step, base.Uint(netuid),
// and the whole slot are memoised in fixed-size, direct-mapped tables of
// immutable entries behind atomic pointers: a hit returns the slot the
// keccaks would, a miss computes it and replaces the entry, so the tables
// change no result, only the time taken, and are safe for concurrent EVMs.
// Their memory is bounded by their size whatever the number of fields,
// netuids and generations.

// netSlotCacheSize is the number of entries of the memo (a power of two).
const netSlotCacheSize = 1 << 14

type netSlotEntry struct {
	base, slot precompile.Slot
	gen        uint64
	netuid     uint16
}

var (
	netSlotCache [netSlotCacheSize]atomic.Pointer[netSlotEntry]
	netKeyCache  [netSlotCacheSize]atomic.Pointer[netSlotEntry]
)

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

// netKeySlot returns base.Uint(netuid).Uint(gen) (NetKey.Slot), memoised
// in a second table of the same kind, whose entries carry the generation.
func netKeySlot(base precompile.Slot, netuid uint16, gen uint64) precompile.Slot {
	i := (uint(binary.BigEndian.Uint32(base[:4]))*(uint(MaxSubnetLimit)+1) + uint(netuid) + uint(gen)*7919) & (netSlotCacheSize - 1)
	if e := netKeyCache[i].Load(); e != nil && e.netuid == netuid && e.gen == gen && e.base == base {
		return e.slot
	}
	s := NetSlot(base, netuid).Uint(gen)
	netKeyCache[i].Store(&netSlotEntry{base: base, slot: s, gen: gen, netuid: netuid})
	return s
}
