package precompile

import (
	"encoding/binary"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
)

// Slot is a storage key in a precompile's account. Modules declare their
// layout once, in state.go, as slots derived from a Namespace:
//
//	var ns = precompile.NewNamespace("staking")   // keccak256("taoevm.staking.v1")
//	var totalStake = ns.Field("totalStake")        // keccak256(base ‖ "totalStake")
//	var stakeOf = ns.Field("stake")                // a mapping: stakeOf.Key(hotkey)...
//
// Mapping entries are derived exactly as Solidity derives them
// (keccak256(pad32(key) ‖ slot)), so eth_getStorageAt stays explainable and
// namespaces of different modules or versions never collide.
type Slot common.Hash

// Namespace is the base slot of one module's storage layout.
type Namespace Slot

// NewNamespace returns keccak256("taoevm.<module>.v1"). Bump the version in
// the name only with a storage migration.
func NewNamespace(module string) Namespace {
	return Namespace(crypto.Keccak256Hash([]byte("taoevm." + module + ".v1")))
}

// Field returns the slot of a named field: keccak256(base ‖ name).
func (n Namespace) Field(name string) Slot {
	return Slot(crypto.Keccak256Hash(n[:], []byte(name)))
}

// Hash returns the slot as a storage key.
func (s Slot) Hash() common.Hash { return common.Hash(s) }

// Offset returns the slot i places after s (for struct fields and fixed
// arrays laid out from a field base), wrapping modulo 2^256 as Solidity does.
func (s Slot) Offset(i uint64) Slot {
	var v uint256.Int
	v.SetBytes32(s[:])
	v.Add(&v, uint256.NewInt(i))
	return Slot(v.Bytes32())
}

// Key returns the slot of a mapping entry keyed by a 32-byte word:
// keccak256(key ‖ s), as Solidity does for value-type keys.
func (s Slot) Key(key common.Hash) Slot {
	return Slot(crypto.Keccak256Hash(key[:], s[:]))
}

// Address returns the slot of a mapping entry keyed by an address.
func (s Slot) Address(a common.Address) Slot {
	return s.Key(common.BytesToHash(a[:]))
}

// Uint returns the slot of a mapping entry keyed by an unsigned integer of
// any Solidity width up to 64 bits (uint16 netuids, uint64 blocks, ...).
func (s Slot) Uint(u uint64) Slot {
	var k common.Hash
	binary.BigEndian.PutUint64(k[24:], u)
	return s.Key(k)
}

// Uint256 returns the slot of a mapping entry keyed by a uint256.
func (s Slot) Uint256(u *uint256.Int) Slot {
	return s.Key(u.Bytes32())
}

// LoadWord reads the raw word at slot of addr.
func LoadWord(r StateReader, addr common.Address, s Slot) common.Hash {
	return r.GetState(addr, s.Hash())
}

// StoreWord writes the raw word at slot of addr.
func StoreWord(w StateWriter, addr common.Address, s Slot, v common.Hash) {
	w.SetState(addr, s.Hash(), v)
}

// LoadUint256 reads a uint256 word.
func LoadUint256(r StateReader, addr common.Address, s Slot) *uint256.Int {
	h := r.GetState(addr, s.Hash())
	return new(uint256.Int).SetBytes32(h[:])
}

// StoreUint256 writes a uint256 word.
func StoreUint256(w StateWriter, addr common.Address, s Slot, v *uint256.Int) {
	w.SetState(addr, s.Hash(), v.Bytes32())
}

// LoadUint64 reads a word holding a uint64 (right-aligned, as Solidity
// stores a uint64 alone in a slot). Higher bytes are ignored.
func LoadUint64(r StateReader, addr common.Address, s Slot) uint64 {
	h := r.GetState(addr, s.Hash())
	return binary.BigEndian.Uint64(h[24:])
}

// StoreUint64 writes a uint64 right-aligned in its word.
func StoreUint64(w StateWriter, addr common.Address, s Slot, v uint64) {
	var h common.Hash
	binary.BigEndian.PutUint64(h[24:], v)
	w.SetState(addr, s.Hash(), h)
}

// LoadAddress reads a word holding an address (right-aligned).
func LoadAddress(r StateReader, addr common.Address, s Slot) common.Address {
	return common.BytesToAddress(r.GetState(addr, s.Hash()).Bytes()[12:])
}

// StoreAddress writes an address right-aligned in its word.
func StoreAddress(w StateWriter, addr common.Address, s Slot, a common.Address) {
	w.SetState(addr, s.Hash(), common.BytesToHash(a[:]))
}

// LoadBool reads a word holding a bool (any non-zero word is true).
func LoadBool(r StateReader, addr common.Address, s Slot) bool {
	return r.GetState(addr, s.Hash()) != (common.Hash{})
}

// StoreBool writes 1 or 0.
func StoreBool(w StateWriter, addr common.Address, s Slot, b bool) {
	var h common.Hash
	if b {
		h[31] = 1
	}
	w.SetState(addr, s.Hash(), h)
}

// KeyAddress converts a bytes32 key (hotkey, coldkey, destination) to the
// EVM address right-aligned in it. A key whose top 12 bytes are not zero
// fails with a revert of InvalidKey(key), so two keys never alias one
// account.
func KeyAddress(key [32]byte) (common.Address, error) {
	for _, b := range key[:12] {
		if b != 0 {
			return common.Address{}, Revert(ErrInvalidKey, key)
		}
	}
	return common.Address(key[12:]), nil
}

// AddressKey is the bytes32 key of an address (right-aligned).
func AddressKey(a common.Address) [32]byte {
	return [32]byte(common.BytesToHash(a[:]))
}

// IsNativeAddress reports whether addr is in the range reserved for taoevm's
// native precompiles, 0x…0800 to 0x…08ff, whose balances are protocol-held
// TAO.
func IsNativeAddress(addr common.Address) bool {
	for _, b := range addr[:18] {
		if b != 0 {
			return false
		}
	}
	return addr[18] == 0x08
}

// LogGas is the EVM's price of a log with the given number of topics
// (including the event signature) and data bytes: 375 + 375 per topic + 8
// per byte. Methods that emit events include it in their base gas.
func LogGas(topics, dataBytes uint64) uint64 {
	return params.LogGas + params.LogTopicGas*topics + params.LogDataGas*dataBytes
}

// Pack4 packs four uint64s into one storage word, big-endian, a in bytes
// 0..7 and d in bytes 24..31 (the layout of the modules' packed rows).
func Pack4(a, b, c, d uint64) common.Hash {
	var w common.Hash
	binary.BigEndian.PutUint64(w[0:8], a)
	binary.BigEndian.PutUint64(w[8:16], b)
	binary.BigEndian.PutUint64(w[16:24], c)
	binary.BigEndian.PutUint64(w[24:32], d)
	return w
}

// Unpack4 is the inverse of Pack4.
func Unpack4(w common.Hash) (a, b, c, d uint64) {
	return binary.BigEndian.Uint64(w[0:8]), binary.BigEndian.Uint64(w[8:16]),
		binary.BigEndian.Uint64(w[16:24]), binary.BigEndian.Uint64(w[24:32])
}
