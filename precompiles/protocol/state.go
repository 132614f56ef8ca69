package protocol

import (
	"encoding/binary"
	"math/big"
	"math/bits"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/taoevm/taoevm/precompiles/precompile"
)

// StorageAddress is the account whose storage holds the protocol's state:
// the subnet precompile's, 0x…0803 (namespaces "protocol" and
// "protocol.params" there).
var StorageAddress = common.HexToAddress("0x0000000000000000000000000000000000000803")

// RootNetuid is the root subnet's netuid.
const RootNetuid uint16 = 0

var (
	ns      = precompile.NewNamespace("protocol")
	paramNS = precompile.NewNamespace("protocol.params")

	generationSlot = ns.Field("generation")    // netuid → uint64
	netRowSlot     = ns.Field("netRow")        // array: netRow + netuid/2 → 2 × (regBlock u64, movingPrice u64)
	hotkeyOwner    = ns.Field("hotkeyOwner")   // hotkey → coldkey
	issuanceSlot   = ns.Field("totalIssuance") // uint64 rao
	recycledSlot   = ns.Field("totalRecycled") // uint64 rao
	totalNetworks  = ns.Field("totalNetworks") // uint64, registered non-root subnets
)

// TotalNetworks returns the number of registered non-root subnets. Netuids
// 1..TotalNetworks are exactly the registered ones: registration takes the
// next netuid, and a dissolved netuid is reused by the registration that
// dissolved it.
func TotalNetworks(r precompile.StateReader) uint16 {
	return uint16(precompile.LoadUint64(r, StorageAddress, totalNetworks))
}

// SetTotalNetworks writes the number of registered non-root subnets.
func SetTotalNetworks(w precompile.StateWriter, n uint16) {
	precompile.StoreUint64(w, StorageAddress, totalNetworks, uint64(n))
}

// NetKey names one generation of a netuid: every per-subnet storage key of
// every module includes both, so a dissolved and reused netuid starts with
// clean state and nothing is iterated on dissolution.
type NetKey struct {
	Netuid uint16 // the subnet id
	Gen    uint64 // the netuid's registration counter (Generation)
}

// Slot returns base keyed by the netuid, then by the generation
// (base.Uint(netuid).Uint(gen)), memoised (see slotcache.go).
func (k NetKey) Slot(base precompile.Slot) precompile.Slot {
	return netKeySlot(base, k.Netuid, k.Gen)
}

// IsRoot reports whether the key names the root subnet.
func (k NetKey) IsRoot() bool { return k.Netuid == RootNetuid }

// Generation returns the registration counter of a netuid: 0 if it was
// never registered, then 1, 2, ... for each registration. The root subnet
// always has generation 0 (it always exists and is never dissolved).
func Generation(r precompile.StateReader, netuid uint16) uint64 {
	if netuid == RootNetuid {
		return 0
	}
	return precompile.LoadUint64(r, StorageAddress, NetSlot(generationSlot, netuid))
}

// SetGeneration writes a netuid's generation (the subnets module does this
// on registration).
func SetGeneration(w precompile.StateWriter, netuid uint16, gen uint64) {
	precompile.StoreUint64(w, StorageAddress, NetSlot(generationSlot, netuid), gen)
}

// Current returns the key of the netuid's current generation.
func Current(r precompile.StateReader, netuid uint16) NetKey {
	return NetKey{Netuid: netuid, Gen: Generation(r, netuid)}
}

// Exists reports whether a subnet is registered under the netuid (the root
// subnet always is). Generations only grow, and a dissolved netuid is
// re-registered in the same transaction, so a netuid exists once its
// generation is non-zero.
func Exists(r precompile.StateReader, netuid uint16) bool {
	return netuid == RootNetuid || Generation(r, netuid) != 0
}

// The network rows pack, for two netuids per slot, the two values the
// dissolution scan compares: the registration block and the moving price.
// They form a fixed array from the netRow field's slot (no hashing per row),
// as Solidity lays out a fixed-size array of structs.
// A row is rewritten whole when its netuid is registered, so it never
// carries state of an earlier generation.

func netRow(netuid uint16) (precompile.Slot, int) {
	return netRowSlot.Offset(uint64(netuid / 2)), int(netuid%2) * 16
}

// RegisteredAt returns the block at which the netuid's current generation
// was registered (0 for root or a netuid never registered).
func RegisteredAt(r precompile.StateReader, netuid uint16) uint64 {
	s, off := netRow(netuid)
	w := r.GetState(StorageAddress, s.Hash())
	return binary.BigEndian.Uint64(w[off : off+8])
}

// MovingPrice returns the netuid's moving (EMA) price, TAO per alpha ×1e18
// (at most 1e18). The root subnet's is 1e18.
func MovingPrice(r precompile.StateReader, netuid uint16) uint64 {
	if netuid == RootNetuid {
		return 1_000_000_000_000_000_000
	}
	s, off := netRow(netuid)
	w := r.GetState(StorageAddress, s.Hash())
	return binary.BigEndian.Uint64(w[off+8 : off+16])
}

// NetRow returns the registration block and moving price of a netuid with
// one storage read (the scan of the dissolution candidate uses it).
func NetRow(r precompile.StateReader, netuid uint16) (registeredAt, movingPrice uint64) {
	s, off := netRow(netuid)
	w := r.GetState(StorageAddress, s.Hash())
	return binary.BigEndian.Uint64(w[off : off+8]), binary.BigEndian.Uint64(w[off+8 : off+16])
}

// SetNetRow writes both values of a netuid's row (registration).
func SetNetRow(w precompile.StateWriter, netuid uint16, registeredAt, movingPrice uint64) {
	s, off := netRow(netuid)
	word := w.GetState(StorageAddress, s.Hash())
	binary.BigEndian.PutUint64(word[off:off+8], registeredAt)
	binary.BigEndian.PutUint64(word[off+8:off+16], movingPrice)
	w.SetState(StorageAddress, s.Hash(), word)
}

// SetMovingPrice writes a netuid's moving price (the pools module does this
// every block for each subnet). It is a no-op for root.
func SetMovingPrice(w precompile.StateWriter, netuid uint16, price uint64) {
	if netuid == RootNetuid {
		return
	}
	s, off := netRow(netuid)
	word := w.GetState(StorageAddress, s.Hash())
	binary.BigEndian.PutUint64(word[off+8:off+16], price)
	w.SetState(StorageAddress, s.Hash(), word)
}

// HotkeyOwner returns the coldkey owning a hotkey, the zero address if the
// hotkey was never registered. A hotkey's owner is the coldkey that first
// registered it (a subnet's owner hotkey or a neuron).
func HotkeyOwner(r precompile.StateReader, hotkey common.Address) common.Address {
	return precompile.LoadAddress(r, StorageAddress, hotkeyOwner.Address(hotkey))
}

// SetHotkeyOwner writes a hotkey's owner.
func SetHotkeyOwner(w precompile.StateWriter, hotkey, coldkey common.Address) {
	precompile.StoreAddress(w, StorageAddress, hotkeyOwner.Address(hotkey), coldkey)
}

// ClaimHotkey makes coldkey the owner of an unowned hotkey and accepts a
// hotkey it owns already; a hotkey owned by another coldkey fails with
// NotHotkeyOwner(hotkey, coldkey). It reports whether the owner was newly
// written.
func ClaimHotkey(w precompile.StateWriter, hotkey, coldkey common.Address) (bool, error) {
	switch owner := HotkeyOwner(w, hotkey); owner {
	case coldkey:
		return false, nil
	case common.Address{}:
		SetHotkeyOwner(w, hotkey, coldkey)
		return true, nil
	default:
		return false, precompile.Revert(ErrNotHotkeyOwner, precompile.AddressKey(hotkey), coldkey)
	}
}

// TotalIssuance returns the TAO issued, in rao: genesis balances plus
// emission minus recycled TAO and burned base fees (kept by the emission
// module and the executor).
func TotalIssuance(r precompile.StateReader) uint64 {
	return precompile.LoadUint64(r, StorageAddress, issuanceSlot)
}

// SetTotalIssuance writes the total issuance.
func SetTotalIssuance(w precompile.StateWriter, v uint64) {
	precompile.StoreUint64(w, StorageAddress, issuanceSlot, v)
}

// TotalRecycled returns the TAO recycled (destroyed by registration burns),
// in rao.
func TotalRecycled(r precompile.StateReader) uint64 {
	return precompile.LoadUint64(r, StorageAddress, recycledSlot)
}

// AddRecycled books amount rao of TAO destroyed (the caller has already
// removed it from a native balance): the recycled total rises and the
// issuance falls by amount (never below zero). It fails with
// AmountOverflow if the recycled total would pass 2^64-1.
func AddRecycled(w precompile.StateWriter, amount uint64) error {
	total, c := bits.Add64(TotalRecycled(w), amount, 0)
	if c != 0 {
		return precompile.Revert(ErrAmountOverflow, Big(amount), Big(^uint64(0)))
	}
	precompile.StoreUint64(w, StorageAddress, recycledSlot, total)
	iss := TotalIssuance(w)
	if iss >= amount {
		iss -= amount
	} else {
		iss = 0
	}
	SetTotalIssuance(w, iss)
	return nil
}

// Bank is the state access that moves native TAO: storage plus balances.
// *precompile.State implements it.
type Bank interface {
	precompile.StateWriter
	GetBalance(addr common.Address) *uint256.Int
	Transfer(from, to common.Address, amount *uint256.Int) error
}

// RaoToWei converts rao to wei (×1e9); it cannot overflow a uint256.
func RaoToWei(rao uint64) *uint256.Int {
	v := uint256.NewInt(rao)
	return v.Mul(v, uint256.NewInt(WeiPerRao))
}

// Pay moves rao of TAO (as rao × 1e9 wei) from one account to another. A
// short balance fails with InsufficientBalance(balance, required) in wei.
func Pay(b Bank, from, to common.Address, rao uint64) error {
	wei := RaoToWei(rao)
	if bal := b.GetBalance(from); bal.Lt(wei) {
		return precompile.Revert(ErrInsufficientBalance, bal.ToBig(), wei.ToBig())
	}
	return b.Transfer(from, to, wei)
}

// Big returns v as the *big.Int the ABI packer wants for uint256 arguments
// of custom errors and events.
func Big(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

// loadParamWord reads the word of a genesis parameter (Param.Get decodes
// it).
func loadParamWord(r precompile.StateReader, s precompile.Slot) common.Hash {
	return precompile.LoadWord(r, StorageAddress, s)
}

// storeParamWord writes the word of a genesis parameter (WriteParams).
func storeParamWord(w precompile.StateWriter, key, value common.Hash) {
	precompile.StoreWord(w, StorageAddress, precompile.Slot(key), value)
}
