package neurons

import (
	"encoding/binary"
	"math"

	"github.com/ethereum/go-ethereum/common"

	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/yuma"
)

// Storage layout of the neurons module, in the account of Address
// (0x…0804), namespace "neurons"; k = protocol.NetKey (netuid, generation),
// so a dissolved and reused netuid starts empty. The uid count is the
// subnets module's (subnets.UidCount), which this module keeps.
//
//	core[k][uid]          hotkey (bytes 0..19) ‖ last update u64 (20..27) ‖ 0
//	prune[k][uid/2]       two (emission u64, registration block u64) halves,
//	                      even uid in bytes 0..15, odd in 16..31
//	stats[k][uid]         incentive, dividends, consensus, trust, validator
//	                      trust (u16 each, bytes 0..9) ‖ permit (10) ‖ active (11)
//	uidOf[k][hotkey]      uid + 1 (0: not registered)
//	weights[k][uid]       row length u64; entries from offset 1, eight
//	                      (uid u16, weight u16) pairs per word, in the order set
//	commits[k][hotkey]+2i commit slot i (0..9): hash, then
//	+2i+1                 commit block u64 ‖ commit epoch u64 ‖ reveal epoch u64 ‖ 1
//	axon[k][hotkey]       ip u128 ‖ block u64 ‖ version u32 ‖ port u16 ‖ ipType u8 ‖ protocol u8
//	cert[k][hotkey]+i     certificate: length (byte 0) and bytes 0..30 (1..31), then
//	                      two words of 32 bytes
//	prometheus[k][hotkey] ip u128 ‖ block u64 ‖ version u32 ‖ port u16 ‖ ipType u8 ‖ 0
//
// The coldkey of a uid is the owner of its hotkey (protocol.HotkeyOwner),
// which never changes once set.
var (
	ns             = precompile.NewNamespace("neurons")
	coreSlot       = ns.Field("core")
	pruneSlot      = ns.Field("prune")
	statsSlot      = ns.Field("stats")
	uidOfSlot      = ns.Field("uidOf")
	weightsSlot    = ns.Field("weights")
	commitsSlot    = ns.Field("commits")
	axonSlot       = ns.Field("axon")
	certSlot       = ns.Field("cert")
	prometheusSlot = ns.Field("prometheus")
)

// MaxCertificateLen is the largest TLS certificate serveAxonTls accepts: an
// algorithm byte and a public key of up to 64 bytes, as in Subtensor.
const MaxCertificateLen = 65

// MaxPendingCommits bounds the commit slots of a hotkey on a subnet; the
// genesis parameter protocol.MaxPendingCommits may only lower it.
const MaxPendingCommits = 10

func uidSlot(base precompile.Slot, k protocol.NetKey, uid uint16) precompile.Slot {
	return k.Slot(base).Uint(uint64(uid))
}

func keySlot(base precompile.Slot, k protocol.NetKey, hotkey common.Address) precompile.Slot {
	return k.Slot(base).Address(hotkey)
}

// ---------------------------------------------------------------- uids

// UidOf returns the uid a hotkey holds on a subnet generation.
func UidOf(r precompile.StateReader, k protocol.NetKey, hotkey common.Address) (uint16, bool) {
	v := precompile.LoadUint64(r, Address, keySlot(uidOfSlot, k, hotkey))
	if v == 0 {
		return 0, false
	}
	return uint16(v - 1), true
}

func setUidOf(w precompile.StateWriter, k protocol.NetKey, hotkey common.Address, uid uint16) {
	precompile.StoreUint64(w, Address, keySlot(uidOfSlot, k, hotkey), uint64(uid)+1)
}

func clearUidOf(w precompile.StateWriter, k protocol.NetKey, hotkey common.Address) {
	w.SetState(Address, keySlot(uidOfSlot, k, hotkey).Hash(), common.Hash{})
}

// Core is what one storage word holds of a uid: its hotkey and the block
// of its last weight update (or commit; its registration block before).
type Core struct {
	Hotkey     common.Address // the uid's hotkey
	LastUpdate uint64         // block of the last weights update (or commit)
}

// LoadCore reads a uid's hotkey and last update.
func LoadCore(r precompile.StateReader, k protocol.NetKey, uid uint16) Core {
	w := r.GetState(Address, uidSlot(coreSlot, k, uid).Hash())
	return Core{Hotkey: common.Address(w[0:20]), LastUpdate: binary.BigEndian.Uint64(w[20:28])}
}

func storeCore(w precompile.StateWriter, k protocol.NetKey, uid uint16, c Core) {
	var word common.Hash
	copy(word[0:20], c.Hotkey[:])
	binary.BigEndian.PutUint64(word[20:28], c.LastUpdate)
	w.SetState(Address, uidSlot(coreSlot, k, uid).Hash(), word)
}

// Hotkey returns the hotkey holding uid.
func Hotkey(r precompile.StateReader, k protocol.NetKey, uid uint16) common.Address {
	return LoadCore(r, k, uid).Hotkey
}

// LastUpdate returns the block of the uid's last weight update.
func LastUpdate(r precompile.StateReader, k protocol.NetKey, uid uint16) uint64 {
	return LoadCore(r, k, uid).LastUpdate
}

// SetLastUpdate writes the block of the uid's last weight update.
func SetLastUpdate(w precompile.StateWriter, k protocol.NetKey, uid uint16, block uint64) {
	c := LoadCore(w, k, uid)
	c.LastUpdate = block
	storeCore(w, k, uid, c)
}

// ---------------------------------------------------------------- pruning rows

func pruneRow(k protocol.NetKey, uid uint16) (precompile.Slot, int) {
	return k.Slot(pruneSlot).Uint(uint64(uid / 2)), int(uid%2) * 16
}

// Emission returns the uid's emission of the last epoch, in alpha rao.
func Emission(r precompile.StateReader, k protocol.NetKey, uid uint16) uint64 {
	s, off := pruneRow(k, uid)
	w := r.GetState(Address, s.Hash())
	return binary.BigEndian.Uint64(w[off : off+8])
}

// RegisteredAt returns the block at which the uid's current hotkey
// registered.
func RegisteredAt(r precompile.StateReader, k protocol.NetKey, uid uint16) uint64 {
	s, off := pruneRow(k, uid)
	w := r.GetState(Address, s.Hash())
	return binary.BigEndian.Uint64(w[off+8 : off+16])
}

// SetEmission writes the uid's emission (the epoch does this).
func SetEmission(w precompile.StateWriter, k protocol.NetKey, uid uint16, emission uint64) {
	s, off := pruneRow(k, uid)
	word := w.GetState(Address, s.Hash())
	binary.BigEndian.PutUint64(word[off:off+8], emission)
	w.SetState(Address, s.Hash(), word)
}

func setPruneEntry(w precompile.StateWriter, k protocol.NetKey, uid uint16, emission, registeredAt uint64) {
	s, off := pruneRow(k, uid)
	word := w.GetState(Address, s.Hash())
	binary.BigEndian.PutUint64(word[off:off+8], emission)
	binary.BigEndian.PutUint64(word[off+8:off+16], registeredAt)
	w.SetState(Address, s.Hash(), word)
}

// pruneEntry is one uid's half of a prune row.
type pruneEntry struct{ Emission, RegisteredAt uint64 }

// pruneRowEntries reads the prune row of uids 2·row and 2·row+1 (one
// storage read), for the pruning scan.
func pruneRowEntries(r precompile.StateReader, k protocol.NetKey, row uint16) [2]pruneEntry {
	s, _ := pruneRow(k, 2*row)
	w := r.GetState(Address, s.Hash())
	return [2]pruneEntry{
		{binary.BigEndian.Uint64(w[0:8]), binary.BigEndian.Uint64(w[8:16])},
		{binary.BigEndian.Uint64(w[16:24]), binary.BigEndian.Uint64(w[24:32])},
	}
}

// ---------------------------------------------------------------- epoch results

// Stats are the per-uid results of a subnet's last epoch that the
// metagraph shows (emission is kept apart, with the registration block,
// for the pruning scan). Proportions are fractions of 65535.
type Stats struct {
	// Incentive, Dividends, Consensus, Trust and ValidatorTrust are the
	// epoch's per-uid results, fractions of 65535.
	Incentive, Dividends, Consensus, Trust, ValidatorTrust uint16
	// ValidatorPermit reports whether the uid may set weights on others.
	ValidatorPermit bool
	// Active reports whether the uid updated within the activity cutoff.
	Active bool
}

// LoadStats reads a uid's epoch results.
func LoadStats(r precompile.StateReader, k protocol.NetKey, uid uint16) Stats {
	w := r.GetState(Address, uidSlot(statsSlot, k, uid).Hash())
	return Stats{
		Incentive:       binary.BigEndian.Uint16(w[0:2]),
		Dividends:       binary.BigEndian.Uint16(w[2:4]),
		Consensus:       binary.BigEndian.Uint16(w[4:6]),
		Trust:           binary.BigEndian.Uint16(w[6:8]),
		ValidatorTrust:  binary.BigEndian.Uint16(w[8:10]),
		ValidatorPermit: w[10] != 0,
		Active:          w[11] != 0,
	}
}

// StoreStats writes a uid's epoch results (the epoch does this).
func StoreStats(w precompile.StateWriter, k protocol.NetKey, uid uint16, s Stats) {
	var word common.Hash
	binary.BigEndian.PutUint16(word[0:2], s.Incentive)
	binary.BigEndian.PutUint16(word[2:4], s.Dividends)
	binary.BigEndian.PutUint16(word[4:6], s.Consensus)
	binary.BigEndian.PutUint16(word[6:8], s.Trust)
	binary.BigEndian.PutUint16(word[8:10], s.ValidatorTrust)
	if s.ValidatorPermit {
		word[10] = 1
	}
	if s.Active {
		word[11] = 1
	}
	w.SetState(Address, uidSlot(statsSlot, k, uid).Hash(), word)
}

// ValidatorPermit reports whether the uid holds a validator permit.
func ValidatorPermit(r precompile.StateReader, k protocol.NetKey, uid uint16) bool {
	return LoadStats(r, k, uid).ValidatorPermit
}

// SetValidatorPermit grants or revokes one uid's validator permit, keeping
// its other results.
func SetValidatorPermit(w precompile.StateWriter, k protocol.NetKey, uid uint16, permit bool) {
	s := LoadStats(w, k, uid)
	s.ValidatorPermit = permit
	StoreStats(w, k, uid, s)
}

// SetValidatorPermits writes the permits of uids 0..len(permits)-1 (the
// epoch's new permits), keeping the other results. Only words whose permit
// changes are written.
func SetValidatorPermits(w precompile.StateWriter, k protocol.NetKey, permits []bool) {
	for i, p := range permits {
		if i > math.MaxUint16 {
			return
		}
		uid := uint16(i)
		s := LoadStats(w, k, uid)
		if s.ValidatorPermit != p {
			s.ValidatorPermit = p
			StoreStats(w, k, uid, s)
		}
	}
}

// ---------------------------------------------------------------- weights

// LoadWeights returns the row a uid stored with setWeights or a reveal, in
// the order set, with the max-upscaled values: the form yuma.State.Weights
// expects.
func LoadWeights(r precompile.StateReader, k protocol.NetKey, uid uint16) []yuma.Entry {
	base := uidSlot(weightsSlot, k, uid)
	n := precompile.LoadUint64(r, Address, base)
	if n == 0 {
		return nil
	}
	if n > uint64(protocol.MaxUidsLimit) {
		n = uint64(protocol.MaxUidsLimit)
	}
	out := make([]yuma.Entry, n)
	var word common.Hash
	for i := range out {
		if i%8 == 0 {
			word = r.GetState(Address, base.Offset(1+uint64(i/8)).Hash())
		}
		off := (i % 8) * 4
		out[i] = yuma.Entry{UID: binary.BigEndian.Uint16(word[off:]), Value: binary.BigEndian.Uint16(word[off+2:])}
	}
	return out
}

// StoreWeights writes a uid's weight row (at most protocol.MaxUidsLimit
// entries; words of a longer earlier row past the new length are left in
// place and never read).
func StoreWeights(w precompile.StateWriter, k protocol.NetKey, uid uint16, row []yuma.Entry) {
	base := uidSlot(weightsSlot, k, uid)
	precompile.StoreUint64(w, Address, base, uint64(len(row)))
	var word common.Hash
	for i, e := range row {
		off := (i % 8) * 4
		binary.BigEndian.PutUint16(word[off:], e.UID)
		binary.BigEndian.PutUint16(word[off+2:], e.Value)
		if i%8 == 7 || i == len(row)-1 {
			w.SetState(Address, base.Offset(1+uint64(i/8)).Hash(), word)
			word = common.Hash{}
		}
	}
}

// WeightsLen returns the length of a uid's stored row.
func WeightsLen(r precompile.StateReader, k protocol.NetKey, uid uint16) uint64 {
	return precompile.LoadUint64(r, Address, uidSlot(weightsSlot, k, uid))
}

func clearWeights(w precompile.StateWriter, k protocol.NetKey, uid uint16) {
	if WeightsLen(w, k, uid) != 0 {
		precompile.StoreUint64(w, Address, uidSlot(weightsSlot, k, uid), 0)
	}
}

// ---------------------------------------------------------------- commits

// Commit is one weight commit of a hotkey.
type Commit struct {
	Hash        common.Hash // the committed keccak256(abi.encode(hotkey, netuid, uids, values, salt, versionKey))
	Block       uint64      // block of the commit
	Epoch       uint64      // epoch index of the commit
	RevealEpoch uint64      // the epoch index in which it may be revealed
}

func commitSlots(k protocol.NetKey, hotkey common.Address, i int) (hash, meta precompile.Slot) {
	base := keySlot(commitsSlot, k, hotkey)
	return base.Offset(uint64(2 * i)), base.Offset(uint64(2*i + 1))
}

// loadCommitMeta reads slot i's metadata; ok is false for an empty slot.
func loadCommitMeta(r precompile.StateReader, k protocol.NetKey, hotkey common.Address, i int) (Commit, bool) {
	_, ms := commitSlots(k, hotkey, i)
	w := r.GetState(Address, ms.Hash())
	if w[31] == 0 {
		return Commit{}, false
	}
	return Commit{
		Block:       binary.BigEndian.Uint64(w[0:8]),
		Epoch:       binary.BigEndian.Uint64(w[8:16]),
		RevealEpoch: binary.BigEndian.Uint64(w[16:24]),
	}, true
}

func loadCommitHash(r precompile.StateReader, k protocol.NetKey, hotkey common.Address, i int) common.Hash {
	hs, _ := commitSlots(k, hotkey, i)
	return r.GetState(Address, hs.Hash())
}

func storeCommit(w precompile.StateWriter, k protocol.NetKey, hotkey common.Address, i int, c Commit) {
	hs, ms := commitSlots(k, hotkey, i)
	var meta common.Hash
	binary.BigEndian.PutUint64(meta[0:8], c.Block)
	binary.BigEndian.PutUint64(meta[8:16], c.Epoch)
	binary.BigEndian.PutUint64(meta[16:24], c.RevealEpoch)
	meta[31] = 1
	w.SetState(Address, hs.Hash(), c.Hash)
	w.SetState(Address, ms.Hash(), meta)
}

func clearCommit(w precompile.StateWriter, k protocol.NetKey, hotkey common.Address, i int) {
	_, ms := commitSlots(k, hotkey, i)
	w.SetState(Address, ms.Hash(), common.Hash{})
}

// PendingCommits returns a hotkey's commits that can still be revealed at
// epoch index epoch (not expired), oldest first (ties by slot).
func PendingCommits(r precompile.StateReader, k protocol.NetKey, hotkey common.Address, epoch uint64) []Commit {
	var out []Commit
	for i := 0; i < MaxPendingCommits; i++ {
		c, ok := loadCommitMeta(r, k, hotkey, i)
		if !ok || c.RevealEpoch < epoch {
			continue
		}
		c.Hash = loadCommitHash(r, k, hotkey, i)
		out = append(out, c)
	}
	// Insertion sort by block: at most ten entries, stable.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Block < out[j-1].Block; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// EarliestPendingCommit returns the block of a hotkey's oldest commit not
// expired at epoch index epoch, or math.MaxUint64 if none (the form of
// yuma.State.CommitBlock).
func EarliestPendingCommit(r precompile.StateReader, k protocol.NetKey, hotkey common.Address, epoch uint64) uint64 {
	earliest := uint64(math.MaxUint64)
	for i := 0; i < MaxPendingCommits; i++ {
		c, ok := loadCommitMeta(r, k, hotkey, i)
		if ok && c.RevealEpoch >= epoch && c.Block < earliest {
			earliest = c.Block
		}
	}
	return earliest
}

// ---------------------------------------------------------------- serving

// Axon is a hotkey's axon endpoint on a subnet.
type Axon struct {
	Block    uint64   // block of the last serveAxon
	Version  uint32   // axon version
	IP       [16]byte // big-endian u128
	Port     uint16   // port
	IPType   uint8    // 4 or 6
	Protocol uint8    // protocol as served
}

// LoadAxon reads a hotkey's axon on a subnet generation (zero if never
// served).
func LoadAxon(r precompile.StateReader, k protocol.NetKey, hotkey common.Address) Axon {
	w := r.GetState(Address, keySlot(axonSlot, k, hotkey).Hash())
	return Axon{
		IP:       [16]byte(w[0:16]),
		Block:    binary.BigEndian.Uint64(w[16:24]),
		Version:  binary.BigEndian.Uint32(w[24:28]),
		Port:     binary.BigEndian.Uint16(w[28:30]),
		IPType:   w[30],
		Protocol: w[31],
	}
}

func storeAxon(w precompile.StateWriter, k protocol.NetKey, hotkey common.Address, a Axon) {
	var word common.Hash
	copy(word[0:16], a.IP[:])
	binary.BigEndian.PutUint64(word[16:24], a.Block)
	binary.BigEndian.PutUint32(word[24:28], a.Version)
	binary.BigEndian.PutUint16(word[28:30], a.Port)
	word[30] = a.IPType
	word[31] = a.Protocol
	w.SetState(Address, keySlot(axonSlot, k, hotkey).Hash(), word)
}

// Prometheus is a hotkey's Prometheus endpoint on a subnet.
type Prometheus struct {
	Block   uint64   // block of the last servePrometheus
	Version uint32   // endpoint version
	IP      [16]byte // big-endian u128
	Port    uint16   // port
	IPType  uint8    // 4 or 6
}

// LoadPrometheus reads a hotkey's Prometheus endpoint (zero if never
// served).
func LoadPrometheus(r precompile.StateReader, k protocol.NetKey, hotkey common.Address) Prometheus {
	w := r.GetState(Address, keySlot(prometheusSlot, k, hotkey).Hash())
	return Prometheus{
		IP:      [16]byte(w[0:16]),
		Block:   binary.BigEndian.Uint64(w[16:24]),
		Version: binary.BigEndian.Uint32(w[24:28]),
		Port:    binary.BigEndian.Uint16(w[28:30]),
		IPType:  w[30],
	}
}

func storePrometheus(w precompile.StateWriter, k protocol.NetKey, hotkey common.Address, p Prometheus) {
	var word common.Hash
	copy(word[0:16], p.IP[:])
	binary.BigEndian.PutUint64(word[16:24], p.Block)
	binary.BigEndian.PutUint32(word[24:28], p.Version)
	binary.BigEndian.PutUint16(word[28:30], p.Port)
	word[30] = p.IPType
	w.SetState(Address, keySlot(prometheusSlot, k, hotkey).Hash(), word)
}

// Certificate returns the TLS certificate a hotkey published on a subnet
// (nil if none).
func Certificate(r precompile.StateReader, k protocol.NetKey, hotkey common.Address) []byte {
	base := keySlot(certSlot, k, hotkey)
	w0 := r.GetState(Address, base.Hash())
	n := int(w0[0])
	if n == 0 {
		return nil
	}
	n = min(n, MaxCertificateLen)
	out := make([]byte, 0, n)
	out = append(out, w0[1:1+min(n, 31)]...)
	for i := uint64(1); len(out) < n; i++ {
		w := r.GetState(Address, base.Offset(i).Hash())
		out = append(out, w[:min(32, n-len(out))]...)
	}
	return out
}

// storeCertificate writes cert (at most MaxCertificateLen bytes; empty
// clears it). It returns the number of words written.
func storeCertificate(w precompile.StateWriter, k protocol.NetKey, hotkey common.Address, cert []byte) {
	base := keySlot(certSlot, k, hotkey)
	var w0 common.Hash
	w0[0] = byte(len(cert))
	copy(w0[1:], cert)
	w.SetState(Address, base.Hash(), w0)
	for i, off := uint64(1), 31; off < len(cert); i, off = i+1, off+32 {
		var word common.Hash
		copy(word[:], cert[off:])
		w.SetState(Address, base.Offset(i).Hash(), word)
	}
}
