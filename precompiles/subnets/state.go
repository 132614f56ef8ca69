package subnets

import (
	"encoding/binary"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/protocol"
)

// Storage layout of the subnets module, in the account of Address
// (0x…0803), namespace "subnets"; k = protocol.NetKey (netuid, generation).
// The generation counter itself is protocol's (protocol.Generation).
//
//	lastLock             last lock cost u64 ‖ its block u64 ‖ 0 ‖ 0
//	owner[k]             owner coldkey
//	ownerHotkey[k]       owner hotkey
//	lock[k]              lock paid u64 ‖ escrow u64 ‖ owner hotkey set block+1 u64 ‖ 0
//	uidCount[k]          uint64, uids in use (written by the neurons module)
//	burn[k]              burn u64 ‖ block of that value u64 ‖ 0 ‖ marker (1 once written)
//	identity[k] + i      the i-th identity string (Solidity string layout), i = 0..7
//	hyper[k][h]          0x01 ‖ 0… ‖ value u64 (unset: the genesis default)
//	hyperSetAt[k][h]     block+1 of the owner's last change of h
var (
	ns              = precompile.NewNamespace("subnets")
	lastLockSlot    = ns.Field("lastLock")
	ownerSlot       = ns.Field("owner")
	ownerHotkeySlot = ns.Field("ownerHotkey")
	lockSlot        = ns.Field("lock")
	uidCountSlot    = ns.Field("uidCount")
	burnSlot        = ns.Field("burn")
	identitySlot    = ns.Field("identity")
	hyperSlot       = ns.Field("hyper")
	hyperSetAtSlot  = ns.Field("hyperSetAt")
)

// Generation returns the netuid's registration counter (protocol.Generation).
func Generation(r precompile.StateReader, netuid uint16) uint64 {
	return protocol.Generation(r, netuid)
}

// Key returns the netuid's current NetKey, or SubnetNotFound(netuid) if no
// subnet is registered under it. The root subnet (0) always exists.
func Key(r precompile.StateReader, netuid uint16) (protocol.NetKey, error) {
	k := protocol.Current(r, netuid)
	if netuid != protocol.RootNetuid && k.Gen == 0 {
		return k, precompile.Revert(protocol.ErrSubnetNotFound, netuid)
	}
	return k, nil
}

// Exists reports whether a subnet is registered under the netuid.
func Exists(r precompile.StateReader, netuid uint16) bool { return protocol.Exists(r, netuid) }

// TotalNetworks returns the number of registered non-root subnets
// (protocol.TotalNetworks).
func TotalNetworks(r precompile.StateReader) uint16 { return protocol.TotalNetworks(r) }

// LastLock returns the last lock cost paid (rao) and its block; cost 0
// means no subnet was ever registered.
func LastLock(r precompile.StateReader) (cost, block uint64) {
	c, b, _, _ := precompile.Unpack4(r.GetState(Address, lastLockSlot.Hash()))
	return c, b
}

func setLastLock(w precompile.StateWriter, cost, block uint64) {
	w.SetState(Address, lastLockSlot.Hash(), precompile.Pack4(cost, block, 0, 0))
}

// Owner returns the owner coldkey of a subnet generation (zero for root).
// A dissolved generation keeps its owner (claims of its stake use it).
func Owner(r precompile.StateReader, k protocol.NetKey) common.Address {
	return precompile.LoadAddress(r, Address, k.Slot(ownerSlot))
}

// SetOwner writes the owner coldkey.
func SetOwner(w precompile.StateWriter, k protocol.NetKey, owner common.Address) {
	precompile.StoreAddress(w, Address, k.Slot(ownerSlot), owner)
}

// OwnerHotkey returns the owner hotkey of a subnet generation (zero for
// root). The neurons module never prunes it.
func OwnerHotkey(r precompile.StateReader, k protocol.NetKey) common.Address {
	return precompile.LoadAddress(r, Address, k.Slot(ownerHotkeySlot))
}

// SetOwnerHotkey writes the owner hotkey.
func SetOwnerHotkey(w precompile.StateWriter, k protocol.NetKey, hotkey common.Address) {
	precompile.StoreAddress(w, Address, k.Slot(ownerHotkeySlot), hotkey)
}

// LockInfo is what a generation's registration paid.
type LockInfo struct {
	// Lock is the lock cost paid, in rao.
	Lock uint64
	// Escrow is the part of the lock held by Address and refunded to the
	// owner on dissolution (Lock minus the pool seed), in rao. Zero once
	// refunded.
	Escrow uint64
	// HotkeySetAt is the block of the last owner hotkey change plus one
	// (0: never changed after registration).
	HotkeySetAt uint64
}

// Lock reads a generation's lock record.
func Lock(r precompile.StateReader, k protocol.NetKey) LockInfo {
	l, e, h, _ := precompile.Unpack4(r.GetState(Address, k.Slot(lockSlot).Hash()))
	return LockInfo{Lock: l, Escrow: e, HotkeySetAt: h}
}

func setLock(w precompile.StateWriter, k protocol.NetKey, li LockInfo) {
	w.SetState(Address, k.Slot(lockSlot).Hash(), precompile.Pack4(li.Lock, li.Escrow, li.HotkeySetAt, 0))
}

// UidCount returns the number of uids in use on a subnet generation
// (Subtensor's SubnetworkN). The neurons module keeps it with SetUidCount;
// the subnets module reads it to bound MaxAllowedUids.
func UidCount(r precompile.StateReader, k protocol.NetKey) uint16 {
	return uint16(precompile.LoadUint64(r, Address, k.Slot(uidCountSlot)))
}

// SetUidCount writes the number of uids in use.
func SetUidCount(w precompile.StateWriter, k protocol.NetKey, n uint16) {
	precompile.StoreUint64(w, Address, k.Slot(uidCountSlot), uint64(n))
}

// RegisteredAt returns the block at which the netuid's current generation
// was registered (protocol.RegisteredAt).
func RegisteredAt(r precompile.StateReader, netuid uint16) uint64 {
	return protocol.RegisteredAt(r, netuid)
}

// storedBurn reads the raw burn record: value, block, written.
func storedBurn(r precompile.StateReader, k protocol.NetKey) (uint64, uint64, bool) {
	v, b, _, m := precompile.Unpack4(r.GetState(Address, k.Slot(burnSlot).Hash()))
	return v, b, m != 0
}

// SetBurn writes the burn cost in rao as of block (the neurons module calls
// RaiseBurn after a registration instead).
func SetBurn(w precompile.StateWriter, k protocol.NetKey, burn, block uint64) {
	w.SetState(Address, k.Slot(burnSlot).Hash(), precompile.Pack4(burn, block, 0, 1))
}

// Identity is a subnet's identity, field for field the ABI tuple
// ISubnet.SubnetIdentity (the order Subtensor's runtime stores).
type Identity struct {
	SubnetName    string // the subnet's name
	GithubRepo    string // its repository
	SubnetContact string // a contact
	SubnetUrl     string //nolint:revive // the ABI field name subnetUrl: its web site
	Discord       string // its Discord
	Description   string // a description
	Additional    string // anything else
	LogoUrl       string //nolint:revive // the ABI field name logoUrl: its logo
}

// fields returns the identity's strings in storage order.
func (id *Identity) fields() [8]*string {
	return [8]*string{&id.SubnetName, &id.GithubRepo, &id.SubnetContact, &id.SubnetUrl, &id.Discord, &id.Description, &id.Additional, &id.LogoUrl}
}

// IdentityLimits are the byte limits of the identity fields, in order.
var IdentityLimits = [8]int{256, 1024, 1024, 1024, 256, 1024, 1024, 1024}

// LoadIdentity reads a generation's identity.
func LoadIdentity(r precompile.StateReader, k protocol.NetKey) Identity {
	var id Identity
	base := k.Slot(identitySlot)
	for i, f := range id.fields() {
		*f = loadString(r, base.Offset(uint64(i)))
	}
	return id
}

// StoreIdentity writes a generation's identity.
func StoreIdentity(w precompile.StateWriter, k protocol.NetKey, id Identity) {
	base := k.Slot(identitySlot)
	for i, f := range id.fields() {
		storeString(w, base.Offset(uint64(i)), *f)
	}
}

// Strings use Solidity's layout: up to 31 bytes inline (data ‖ 2·len),
// longer ones as 2·len+1 in the slot and the data from keccak256(slot).
func loadString(r precompile.StateReader, s precompile.Slot) string {
	w := r.GetState(Address, s.Hash())
	if w[31]&1 == 0 {
		n := int(w[31] / 2)
		return string(w[:n])
	}
	n := int(binary.BigEndian.Uint64(w[24:]) / 2)
	data := precompile.Slot(crypto.Keccak256Hash(s[:]))
	out := make([]byte, 0, n)
	for i := 0; len(out) < n; i++ {
		d := r.GetState(Address, data.Offset(uint64(i)).Hash())
		out = append(out, d[:min(32, n-len(out))]...)
	}
	return string(out)
}

func storeString(w precompile.StateWriter, s precompile.Slot, v string) {
	if len(v) < 32 {
		var word common.Hash
		copy(word[:], v)
		word[31] = byte(2 * len(v))
		w.SetState(Address, s.Hash(), word)
		return
	}
	var word common.Hash
	binary.BigEndian.PutUint64(word[24:], uint64(2*len(v)+1))
	w.SetState(Address, s.Hash(), word)
	data := precompile.Slot(crypto.Keccak256Hash(s[:]))
	for i := 0; i*32 < len(v); i++ {
		var d common.Hash
		copy(d[:], v[i*32:])
		w.SetState(Address, data.Offset(uint64(i)).Hash(), d)
	}
}

// StringWords is the number of storage words a string of n bytes takes.
func StringWords(n int) int {
	if n < 32 {
		return 1
	}
	return 1 + (n+31)/32
}

// ---------------------------------------------------------------- hyperparameters

// hyperMarker is the first byte of every stored hyperparameter word, so
// that 0 is a storable value distinct from "never set".
const hyperMarker = 0x01

// Get returns a hyperparameter of a subnet generation (one storage read, two
// if it was never set).
func Get(r precompile.StateReader, k protocol.NetKey, h Hyper) uint64 {
	w := r.GetState(Address, k.Slot(hyperSlot).Uint(uint64(h)).Hash())
	if w[0] != hyperMarker {
		return hyperTable[h].def(r)
	}
	return binary.BigEndian.Uint64(w[24:])
}

// Set writes a hyperparameter (no bounds or rate-limit checks: the owner
// setters do those).
func Set(w precompile.StateWriter, k protocol.NetKey, h Hyper, v uint64) {
	var word common.Hash
	word[0] = hyperMarker
	binary.BigEndian.PutUint64(word[24:], v)
	w.SetState(Address, k.Slot(hyperSlot).Uint(uint64(h)).Hash(), word)
}

// lastSetAt returns block+1 of the owner's last change of h (0: never).
func lastSetAt(r precompile.StateReader, k protocol.NetKey, h Hyper) uint64 {
	return precompile.LoadUint64(r, Address, k.Slot(hyperSetAtSlot).Uint(uint64(h)))
}

func setLastSetAt(w precompile.StateWriter, k protocol.NetKey, h Hyper, block uint64) {
	precompile.StoreUint64(w, Address, k.Slot(hyperSetAtSlot).Uint(uint64(h)), block+1)
}
