package staking

import (
	"encoding/binary"
	"math/bits"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/shares"
)

// Storage layout of the staking module, in the account of Address
// (0x…0805), namespace "staking"; k = protocol.NetKey (netuid, generation),
// so the stake of a dissolved generation stays where its claims read it and
// a reused netuid starts empty:
//
//	hotkeyPool[k][hotkey]          value u64 ‖ nominator count u64 ‖ shares u128
//	stake[k][hotkey][coldkey]      shares u128 ‖ position index+1 u64 ‖ nominator index+1 u64
//	nominators[k][hotkey] + i      coldkey of the i-th nominator (i < nominator count)
//	positions[coldkey]             number of positions n
//	positions[coldkey] + 1 + i     hotkey (bytes 0..19) ‖ netuid u16 ‖ generation u64
//	hotkeyNets[hotkey] + w         bitmap of the netuids 256w..256w+255 whose current
//	                               share pool of the hotkey may be non-empty (w = 0..4)
//	take[hotkey]                   1 (set) ‖ take u16 ‖ 0… ‖ block of the last change u64
//	allowance[owner][spender][k]   uint256 alpha rao
//
// A share pool's shares never exceed value × 1e18 < 2^124 (package shares),
// so they fit in 128 bits. Lists are unordered and removal swaps the last
// entry in, updating its back index in its stake word.
var (
	ns             = precompile.NewNamespace("staking")
	hotkeyPoolSlot = ns.Field("hotkeyPool")
	stakeSlot      = ns.Field("stake")
	nominatorsSlot = ns.Field("nominators")
	positionsSlot  = ns.Field("positions")
	hotkeyNetsSlot = ns.Field("hotkeyNets")
	takeSlot       = ns.Field("take")
	allowanceSlot  = ns.Field("allowance")
)

// MaxPositionsCap is the hard cap on the positions of one coldkey, whatever
// the genesis parameter protocol.MaxStakePositions says: the coldkey-wide
// views are priced for it.
const MaxPositionsCap uint64 = 256

// bitmapWords is the number of bitmap words per hotkey: netuids 0..1024.
const bitmapWords = uint64(protocol.MaxSubnetLimit)/256 + 1

// MaxPositions returns the number of positions a coldkey may hold: the
// genesis parameter protocol.MaxStakePositions, at most MaxPositionsCap.
func MaxPositions(r precompile.StateReader) uint64 {
	return min(protocol.MaxStakePositions.Get(r), MaxPositionsCap)
}

// ---------------------------------------------------------------- share pools

// HotkeyPool is the share pool of one hotkey on one subnet generation and
// the number of its nominators (coldkeys holding shares).
type HotkeyPool struct {
	// Pool is the share pool: Value is the alpha of all holders.
	Pool shares.Pool
	// Nominators is the number of coldkeys holding shares.
	Nominators uint64
}

func hotkeyPoolKey(k protocol.NetKey, hotkey common.Address) common.Hash {
	return k.Slot(hotkeyPoolSlot).Address(hotkey).Hash()
}

// LoadHotkeyPool reads the share pool of (hotkey, k) (one storage read).
func LoadHotkeyPool(r precompile.StateReader, k protocol.NetKey, hotkey common.Address) HotkeyPool {
	return loadHotkeyPoolAt(r, hotkeyPoolKey(k, hotkey))
}

func loadHotkeyPoolAt(r precompile.StateReader, key common.Hash) HotkeyPool {
	w := r.GetState(Address, key)
	var hp HotkeyPool
	hp.Pool.Value = binary.BigEndian.Uint64(w[0:8])
	hp.Nominators = binary.BigEndian.Uint64(w[8:16])
	hp.Pool.Shares.SetBytes(w[16:32])
	return hp
}

func storeHotkeyPool(w precompile.StateWriter, k protocol.NetKey, hotkey common.Address, hp HotkeyPool) {
	storeHotkeyPoolAt(w, hotkeyPoolKey(k, hotkey), hp)
}

func storeHotkeyPoolAt(w precompile.StateWriter, key common.Hash, hp HotkeyPool) {
	var word common.Hash
	binary.BigEndian.PutUint64(word[0:8], hp.Pool.Value)
	binary.BigEndian.PutUint64(word[8:16], hp.Nominators)
	b := hp.Pool.Shares.Bytes32()
	copy(word[16:32], b[16:32])
	w.SetState(Address, key, word)
}

// stakeRec is one coldkey's stake word on (hotkey, k).
type stakeRec struct {
	shares uint256.Int
	pos    uint64 // index in the coldkey's positions + 1, 0: none
	nom    uint64 // index in the hotkey's nominators + 1, 0: none
}

func stakeKey(k protocol.NetKey, hotkey, coldkey common.Address) common.Hash {
	return k.Slot(stakeSlot).Address(hotkey).Address(coldkey).Hash()
}

func loadStake(r precompile.StateReader, k protocol.NetKey, hotkey, coldkey common.Address) stakeRec {
	return loadStakeAt(r, stakeKey(k, hotkey, coldkey))
}

func loadStakeAt(r precompile.StateReader, key common.Hash) stakeRec {
	w := r.GetState(Address, key)
	var s stakeRec
	s.shares.SetBytes(w[0:16])
	s.pos = binary.BigEndian.Uint64(w[16:24])
	s.nom = binary.BigEndian.Uint64(w[24:32])
	return s
}

func storeStake(w precompile.StateWriter, k protocol.NetKey, hotkey, coldkey common.Address, s stakeRec) {
	storeStakeAt(w, stakeKey(k, hotkey, coldkey), s)
}

func storeStakeAt(w precompile.StateWriter, key common.Hash, s stakeRec) {
	var word common.Hash
	b := s.shares.Bytes32()
	copy(word[0:16], b[16:32])
	binary.BigEndian.PutUint64(word[16:24], s.pos)
	binary.BigEndian.PutUint64(word[24:32], s.nom)
	w.SetState(Address, key, word)
}

// Shares returns the shares a coldkey holds in the share pool of (hotkey, k).
func Shares(r precompile.StateReader, k protocol.NetKey, hotkey, coldkey common.Address) uint256.Int {
	return loadStake(r, k, hotkey, coldkey).shares
}

// ---------------------------------------------------------------- nominators

func nominatorSlot(k protocol.NetKey, hotkey common.Address, i uint64) precompile.Slot {
	return k.Slot(nominatorsSlot).Address(hotkey).Offset(i)
}

// Nominator returns the i-th coldkey staking to (hotkey, k), i below the
// pool's Nominators count.
func Nominator(r precompile.StateReader, k protocol.NetKey, hotkey common.Address, i uint64) common.Address {
	return precompile.LoadAddress(r, Address, nominatorSlot(k, hotkey, i))
}

// setNominator writes the i-th nominator of (hotkey, k) (the zero address
// clears the entry).
func setNominator(w precompile.StateWriter, k protocol.NetKey, hotkey common.Address, i uint64, coldkey common.Address) {
	precompile.StoreAddress(w, Address, nominatorSlot(k, hotkey, i), coldkey)
}

// ---------------------------------------------------------------- positions

// Position names one (hotkey, subnet generation) a coldkey holds shares in.
type Position struct {
	// Hotkey is the hotkey staked to.
	Hotkey common.Address
	// Key is the subnet generation (a dissolved one until claimed).
	Key protocol.NetKey
}

func positionSlot(coldkey common.Address, i uint64) precompile.Slot {
	return positionsSlot.Address(coldkey).Offset(i)
}

// PositionCount returns the number of positions of a coldkey.
func PositionCount(r precompile.StateReader, coldkey common.Address) uint64 {
	return precompile.LoadUint64(r, Address, positionSlot(coldkey, 0))
}

// PositionAt returns the i-th position of a coldkey (i below PositionCount).
func PositionAt(r precompile.StateReader, coldkey common.Address, i uint64) Position {
	w := r.GetState(Address, positionSlot(coldkey, 1+i).Hash())
	return Position{
		Hotkey: common.Address(w[0:20]),
		Key:    protocol.NetKey{Netuid: binary.BigEndian.Uint16(w[20:22]), Gen: binary.BigEndian.Uint64(w[22:30])},
	}
}

// Positions returns every position of a coldkey (at most MaxPositionsCap),
// in storage order: of current generations and of dissolved ones not yet
// claimed.
func Positions(r precompile.StateReader, coldkey common.Address) []Position {
	n := min(PositionCount(r, coldkey), MaxPositionsCap)
	out := make([]Position, n)
	for i := range n {
		out[i] = PositionAt(r, coldkey, i)
	}
	return out
}

func storePosition(w precompile.StateWriter, coldkey common.Address, i uint64, p Position) {
	var word common.Hash
	copy(word[0:20], p.Hotkey[:])
	binary.BigEndian.PutUint16(word[20:22], p.Key.Netuid)
	binary.BigEndian.PutUint64(word[22:30], p.Key.Gen)
	w.SetState(Address, positionSlot(coldkey, 1+i).Hash(), word)
}

// clearPosition zeroes coldkey's i-th position entry.
func clearPosition(w precompile.StateWriter, coldkey common.Address, i uint64) {
	precompile.StoreWord(w, Address, positionSlot(coldkey, 1+i), common.Hash{})
}

// setPositionCount writes the number of coldkey's positions.
func setPositionCount(w precompile.StateWriter, coldkey common.Address, n uint64) {
	precompile.StoreUint64(w, Address, positionSlot(coldkey, 0), n)
}

// ---------------------------------------------------------------- hotkey subnets

func bitmapSlot(hotkey common.Address, netuid uint16) (precompile.Slot, uint) {
	return hotkeyNetsSlot.Address(hotkey).Offset(uint64(netuid) / 256), uint(netuid % 256)
}

func setNetBit(w precompile.StateWriter, hotkey common.Address, netuid uint16, on bool) {
	s, bit := bitmapSlot(hotkey, netuid)
	word := precompile.LoadUint256(w, Address, s)
	var m uint256.Int
	m.Lsh(uint256.NewInt(1), bit)
	var and uint256.Int
	was := !and.And(word, &m).IsZero()
	if was == on {
		return
	}
	if on {
		word.Or(word, &m)
	} else {
		word.Xor(word, &m)
	}
	precompile.StoreUint256(w, Address, s, word)
}

// HotkeyNetuids returns the netuids on which the hotkey's share pool of the
// current generation may be non-empty (a dissolved generation may leave a
// netuid listed whose current pool is empty), ascending; at most
// protocol.MaxSubnetLimit + 1 entries.
func HotkeyNetuids(r precompile.StateReader, hotkey common.Address) []uint16 {
	var out []uint16
	last := uint64(protocol.TotalNetworks(r))
	for w := uint64(0); w < bitmapWords && w*256 <= last; w++ {
		word := precompile.LoadUint256(r, Address, hotkeyNetsSlot.Address(hotkey).Offset(w))
		for !word.IsZero() {
			i := lowestBit(word)
			out = append(out, uint16(w*256+uint64(i)))
			var m uint256.Int
			m.Lsh(uint256.NewInt(1), i)
			word.Xor(word, &m)
		}
	}
	return out
}

// lowestBit returns the index of the lowest set bit of a non-zero word.
func lowestBit(v *uint256.Int) uint {
	for i, limb := range v {
		if limb != 0 {
			return uint(i*64) + uint(bits.TrailingZeros64(limb))
		}
	}
	return 0
}

// ---------------------------------------------------------------- take

// Take returns a hotkey's validator take (fraction of 65535) and the block
// of its last change (0: never changed, the take is protocol.DefaultTake).
func Take(r precompile.StateReader, hotkey common.Address) (take uint16, changedAt uint64) {
	w := r.GetState(Address, takeSlot.Address(hotkey).Hash())
	if w[0] == 0 {
		return protocol.DefaultTake.Get(r), 0
	}
	return binary.BigEndian.Uint16(w[1:3]), binary.BigEndian.Uint64(w[24:32])
}

func setTake(w precompile.StateWriter, hotkey common.Address, take uint16, block uint64) {
	var word common.Hash
	word[0] = 1
	binary.BigEndian.PutUint16(word[1:3], take)
	binary.BigEndian.PutUint64(word[24:32], block)
	w.SetState(Address, takeSlot.Address(hotkey).Hash(), word)
}

// ---------------------------------------------------------------- allowances

func allowanceKey(owner, spender common.Address, k protocol.NetKey) precompile.Slot {
	return k.Slot(allowanceSlot.Address(owner).Address(spender))
}

// Allowance returns the alpha spender may transfer of owner's stake on the
// subnet generation k (transferStakeFrom).
func Allowance(r precompile.StateReader, owner, spender common.Address, k protocol.NetKey) *uint256.Int {
	return precompile.LoadUint256(r, Address, allowanceKey(owner, spender, k))
}

func setAllowance(w precompile.StateWriter, owner, spender common.Address, k protocol.NetKey, v *uint256.Int) {
	precompile.StoreUint256(w, Address, allowanceKey(owner, spender, k), v)
}
