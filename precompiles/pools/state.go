package pools

import (
	"github.com/holiman/uint256"

	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/swap"
)

// Storage layout of the pools module, in the account of Address (0x…0808),
// namespace "pools"; k = protocol.NetKey (netuid, generation):
//
//	pool[k]        TAO reserve u64 ‖ alpha reserve u64 ‖ alpha out u64 ‖ 0 (one word)
//	volume[k]      uint256, cumulative TAO traded (rao)
//	emission[k]    TAO in u64 ‖ alpha in u64 ‖ alpha out u64 ‖ block u64 (last block's injection)
//	dissolved[k]   pool TAO u64 ‖ owner alpha u64 ‖ issuance u64 ‖ flags u64 (bit 0: dissolved,
//	               bit 1: owner share claimed)
//	rate[k]        uint256, claimable TAO per alpha ×1e18 of a dissolved generation
//	claimed[k]     claimed alpha u64 ‖ claimed TAO u64 ‖ 0 ‖ 0
//
// The moving price lives in protocol's net rows (protocol.MovingPrice).
var (
	ns           = precompile.NewNamespace("pools")
	poolSlot     = ns.Field("pool")
	volumeSlot   = ns.Field("volume")
	emissionSlot = ns.Field("emission")
	dissolvedSlt = ns.Field("dissolved")
	rateSlot     = ns.Field("rate")
	claimedSlot  = ns.Field("claimed")
)

// Pool is the stored state of one subnet generation's pool. On root
// (netuid 0) there is no pool: TAO is the TAO staked on root, Alpha is 0
// and AlphaOut equals TAO (1:1).
type Pool struct {
	// TAO is the TAO reserve, in rao (native balance of Address).
	TAO uint64
	// Alpha is the alpha reserve, in alpha rao.
	Alpha uint64
	// AlphaOut is the alpha outside the pool (stakes, pending emission), in
	// alpha rao.
	AlphaOut uint64
}

// Reserves returns the swap math's view of the pool.
func (p Pool) Reserves() swap.Pool { return swap.Pool{TAO: p.TAO, Alpha: p.Alpha} }

// Issuance returns Alpha + AlphaOut (the subnet's alpha issued), saturating
// is impossible for pools built by this package (every add is checked).
func (p Pool) Issuance() uint64 { return p.Alpha + p.AlphaOut }

// Load reads a pool (one storage read).
func Load(r precompile.StateReader, k protocol.NetKey) Pool {
	t, a, o, _ := precompile.Unpack4(r.GetState(Address, k.Slot(poolSlot).Hash()))
	return Pool{TAO: t, Alpha: a, AlphaOut: o}
}

// Store writes a pool (one storage write).
func Store(w precompile.StateWriter, k protocol.NetKey, p Pool) {
	w.SetState(Address, k.Slot(poolSlot).Hash(), precompile.Pack4(p.TAO, p.Alpha, p.AlphaOut, 0))
}

// Volume returns the cumulative TAO traded through the pool, in rao.
func Volume(r precompile.StateReader, k protocol.NetKey) *uint256.Int {
	return precompile.LoadUint256(r, Address, k.Slot(volumeSlot))
}

// AddVolume adds rao to the pool's cumulative volume (a uint256: it cannot
// overflow in practice).
func AddVolume(w precompile.StateWriter, k protocol.NetKey, rao uint64) {
	v := Volume(w, k)
	v.Add(v, uint256.NewInt(rao))
	precompile.StoreUint256(w, Address, k.Slot(volumeSlot), v)
}

// Emission is what the emission module injected in the subnet's last
// emission block.
type Emission struct {
	// TaoIn is the TAO injected into the pool, in rao.
	TaoIn uint64
	// AlphaIn is the alpha injected into the pool, in alpha rao.
	AlphaIn uint64
	// AlphaOut is the alpha emitted outside the pool, in alpha rao.
	AlphaOut uint64
	// Block is the block of the injection.
	Block uint64
}

// LastEmission reads the last block's emission record.
func LastEmission(r precompile.StateReader, k protocol.NetKey) Emission {
	t, a, o, b := precompile.Unpack4(r.GetState(Address, k.Slot(emissionSlot).Hash()))
	return Emission{TaoIn: t, AlphaIn: a, AlphaOut: o, Block: b}
}

// SetLastEmission writes the last block's emission record.
func SetLastEmission(w precompile.StateWriter, k protocol.NetKey, e Emission) {
	w.SetState(Address, k.Slot(emissionSlot).Hash(), precompile.Pack4(e.TaoIn, e.AlphaIn, e.AlphaOut, e.Block))
}

// Dissolution is the record of a dissolved subnet generation: its pool's
// TAO is claimable by alpha holders at Rate, the pool's own alpha counting
// as the owner's (OwnerAlpha).
type Dissolution struct {
	// PoolTAO is the pool's TAO reserve at dissolution, in rao.
	PoolTAO uint64
	// OwnerAlpha is the pool's alpha reserve at dissolution, claimable by
	// the owner coldkey on the owner hotkey of that generation.
	OwnerAlpha uint64
	// Issuance is the alpha issued at dissolution (reserve + outstanding).
	Issuance uint64
	// Rate is the claimable TAO per alpha ×1e18: ⌊PoolTAO·1e18/Issuance⌋.
	Rate *uint256.Int
	// OwnerClaimed reports whether the owner share was claimed.
	OwnerClaimed bool
	// ClaimedAlpha and ClaimedTAO are the totals claimed so far.
	ClaimedAlpha, ClaimedTAO uint64
}

const (
	flagDissolved    = 1
	flagOwnerClaimed = 2
)

// LoadDissolution reads the dissolution record of a generation; ok is false
// if the generation was not dissolved.
func LoadDissolution(r precompile.StateReader, k protocol.NetKey) (d Dissolution, ok bool) {
	t, a, iss, flags := precompile.Unpack4(r.GetState(Address, k.Slot(dissolvedSlt).Hash()))
	if flags&flagDissolved == 0 {
		return Dissolution{Rate: new(uint256.Int)}, false
	}
	ca, ct, _, _ := precompile.Unpack4(r.GetState(Address, k.Slot(claimedSlot).Hash()))
	return Dissolution{
		PoolTAO: t, OwnerAlpha: a, Issuance: iss,
		Rate:         precompile.LoadUint256(r, Address, k.Slot(rateSlot)),
		OwnerClaimed: flags&flagOwnerClaimed != 0,
		ClaimedAlpha: ca, ClaimedTAO: ct,
	}, true
}

// DissolvedRate returns the claimable TAO per alpha ×1e18 of a dissolved
// generation, and false if it was not dissolved.
func DissolvedRate(r precompile.StateReader, k protocol.NetKey) (*uint256.Int, bool) {
	_, _, _, flags := precompile.Unpack4(r.GetState(Address, k.Slot(dissolvedSlt).Hash()))
	if flags&flagDissolved == 0 {
		return new(uint256.Int), false
	}
	return precompile.LoadUint256(r, Address, k.Slot(rateSlot)), true
}

// IsDissolved reports whether the generation was dissolved.
func IsDissolved(r precompile.StateReader, k protocol.NetKey) bool {
	_, _, _, flags := precompile.Unpack4(r.GetState(Address, k.Slot(dissolvedSlt).Hash()))
	return flags&flagDissolved != 0
}

func storeDissolution(w precompile.StateWriter, k protocol.NetKey, d Dissolution) {
	var flags uint64 = flagDissolved
	if d.OwnerClaimed {
		flags |= flagOwnerClaimed
	}
	w.SetState(Address, k.Slot(dissolvedSlt).Hash(), precompile.Pack4(d.PoolTAO, d.OwnerAlpha, d.Issuance, flags))
	precompile.StoreUint256(w, Address, k.Slot(rateSlot), d.Rate)
}

func storeClaimed(w precompile.StateWriter, k protocol.NetKey, alpha, tao uint64) {
	w.SetState(Address, k.Slot(claimedSlot).Hash(), precompile.Pack4(alpha, tao, 0, 0))
}
