package subnets

import (
	"math/bits"

	"github.com/holiman/uint256"

	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/protocol"
)

// Hyper names a per-subnet hyperparameter stored by this module. A value
// never set by the owner reads as its genesis default (a protocol
// parameter), so registration writes none of them.
type Hyper uint8

// The stored hyperparameters. Their Name is the key of HyperparameterSet
// events.
const (
	HServingRateLimit Hyper = iota + 1
	HWeightsVersionKey
	HImmunityPeriod
	HMinAllowedWeights
	HRho
	HAlphaSigmoidSteepness
	HActivityCutoff
	HMinBurn
	HMaxBurn
	HBondsMovingAverage
	HCommitRevealWeightsEnabled
	HLiquidAlphaEnabled
	HYuma3Enabled
	HBondsResetEnabled
	HAlphaLow
	HAlphaHigh
	HCommitRevealWeightsInterval
	HTransfersEnabled
	HMaxAllowedUids
	HBondsPenalty
	HBurnHalfLife
	HBurnIncreaseMult
	HTempo
	HMaxAllowedValidators
	hyperCount
)

type hyperInfo struct {
	name string
	def  func(precompile.StateReader) uint64
}

func u16p(p protocol.Param[uint16]) func(precompile.StateReader) uint64 {
	return func(r precompile.StateReader) uint64 { return uint64(p.Get(r)) }
}

func u64p(p protocol.Param[uint64]) func(precompile.StateReader) uint64 {
	return func(r precompile.StateReader) uint64 { return p.Get(r) }
}

func boolp(p protocol.Param[bool]) func(precompile.StateReader) uint64 {
	return func(r precompile.StateReader) uint64 {
		if p.Get(r) {
			return 1
		}
		return 0
	}
}

var hyperTable = [hyperCount]hyperInfo{
	HServingRateLimit:            {"ServingRateLimit", u64p(protocol.DefaultServingRateLimit)},
	HWeightsVersionKey:           {"WeightsVersionKey", func(precompile.StateReader) uint64 { return 0 }},
	HImmunityPeriod:              {"ImmunityPeriod", u16p(protocol.DefaultImmunityPeriod)},
	HMinAllowedWeights:           {"MinAllowedWeights", u16p(protocol.DefaultMinAllowedWeights)},
	HRho:                         {"Rho", u16p(protocol.DefaultRho)},
	HAlphaSigmoidSteepness:       {"AlphaSigmoidSteepness", u16p(protocol.DefaultAlphaSigmoidSteepness)},
	HActivityCutoff:              {"ActivityCutoff", u16p(protocol.DefaultActivityCutoff)},
	HMinBurn:                     {"MinBurn", u64p(protocol.DefaultMinBurn)},
	HMaxBurn:                     {"MaxBurn", u64p(protocol.DefaultMaxBurn)},
	HBondsMovingAverage:          {"BondsMovingAverage", u64p(protocol.DefaultBondsMovingAverage)},
	HCommitRevealWeightsEnabled:  {"CommitRevealWeightsEnabled", boolp(protocol.DefaultCommitReveal)},
	HLiquidAlphaEnabled:          {"LiquidAlphaEnabled", boolp(protocol.DefaultLiquidAlpha)},
	HYuma3Enabled:                {"Yuma3Enabled", boolp(protocol.DefaultYuma3)},
	HBondsResetEnabled:           {"BondsResetEnabled", boolp(protocol.DefaultBondsReset)},
	HAlphaLow:                    {"AlphaLow", u16p(protocol.DefaultAlphaLow)},
	HAlphaHigh:                   {"AlphaHigh", u16p(protocol.DefaultAlphaHigh)},
	HCommitRevealWeightsInterval: {"CommitRevealWeightsInterval", u64p(protocol.DefaultRevealPeriod)},
	HTransfersEnabled:            {"TransfersEnabled", boolp(protocol.DefaultTransfersEnabled)},
	HMaxAllowedUids:              {"MaxAllowedUids", u16p(protocol.DefaultMaxAllowedUids)},
	HBondsPenalty:                {"BondsPenalty", u16p(protocol.DefaultBondsPenalty)},
	HBurnHalfLife:                {"BurnHalfLife", u16p(protocol.DefaultBurnHalfLife)},
	HBurnIncreaseMult:            {"BurnIncreaseMult", u64p(protocol.DefaultBurnIncreaseMult)},
	HTempo:                       {"Tempo", u16p(protocol.DefaultTempo)},
	HMaxAllowedValidators:        {"MaxAllowedValidators", u16p(protocol.DefaultMaxAllowedValidators)},
}

// Name is the hyperparameter's name, the key of its HyperparameterSet event.
func (h Hyper) Name() string {
	if h == 0 || h >= hyperCount {
		return ""
	}
	return hyperTable[h].name
}

// EventKey is the name as a left-aligned ASCII bytes32.
func (h Hyper) EventKey() [32]byte {
	var k [32]byte
	copy(k[:], h.Name())
	return k
}

// Typed accessors of the hyperparameters the other modules use.

// Tempo is the subnet's epoch length in blocks.
func Tempo(r precompile.StateReader, k protocol.NetKey) uint16 { return uint16(Get(r, k, HTempo)) }

// MaxAllowedUids is the subnet's uid cap.
func MaxAllowedUids(r precompile.StateReader, k protocol.NetKey) uint16 {
	return uint16(Get(r, k, HMaxAllowedUids))
}

// MaxAllowedValidators is the number of validator permits.
func MaxAllowedValidators(r precompile.StateReader, k protocol.NetKey) uint16 {
	return uint16(Get(r, k, HMaxAllowedValidators))
}

// ImmunityPeriod is the neuron immunity period in blocks.
func ImmunityPeriod(r precompile.StateReader, k protocol.NetKey) uint16 {
	return uint16(Get(r, k, HImmunityPeriod))
}

// MinAllowedWeights is the minimum number of weights per submission.
func MinAllowedWeights(r precompile.StateReader, k protocol.NetKey) uint16 {
	return uint16(Get(r, k, HMinAllowedWeights))
}

// WeightsVersionKey is the minimum version key of weight submissions.
func WeightsVersionKey(r precompile.StateReader, k protocol.NetKey) uint64 {
	return Get(r, k, HWeightsVersionKey)
}

// WeightsSetRateLimit is the blocks between weight submissions of a hotkey
// (a genesis parameter, the same on every subnet).
func WeightsSetRateLimit(r precompile.StateReader, _ protocol.NetKey) uint64 {
	return protocol.WeightsSetRateLimit.Get(r)
}

// CommitRevealEnabled reports whether weights are committed and revealed.
func CommitRevealEnabled(r precompile.StateReader, k protocol.NetKey) bool {
	return Get(r, k, HCommitRevealWeightsEnabled) != 0
}

// RevealPeriod is the commit-reveal period in epochs.
func RevealPeriod(r precompile.StateReader, k protocol.NetKey) uint64 {
	return Get(r, k, HCommitRevealWeightsInterval)
}

// ServingRateLimit is the blocks between serveAxon/servePrometheus calls.
func ServingRateLimit(r precompile.StateReader, k protocol.NetKey) uint64 {
	return Get(r, k, HServingRateLimit)
}

// ActivityCutoff is the activity cutoff in blocks.
func ActivityCutoff(r precompile.StateReader, k protocol.NetKey) uint16 {
	return uint16(Get(r, k, HActivityCutoff))
}

// Kappa is Yuma's consensus threshold of 65535 (a genesis parameter).
func Kappa(r precompile.StateReader, _ protocol.NetKey) uint16 { return protocol.Kappa.Get(r) }

// Rho is the subnet's rho.
func Rho(r precompile.StateReader, k protocol.NetKey) uint16 { return uint16(Get(r, k, HRho)) }

// AlphaSigmoidSteepness is the liquid-alpha steepness (an int16).
func AlphaSigmoidSteepness(r precompile.StateReader, k protocol.NetKey) int16 {
	return int16(uint16(Get(r, k, HAlphaSigmoidSteepness)))
}

// BondsMovingAverage is the bonds EMA in millionths.
func BondsMovingAverage(r precompile.StateReader, k protocol.NetKey) uint64 {
	return Get(r, k, HBondsMovingAverage)
}

// BondsPenalty is the bonds penalty of 65535.
func BondsPenalty(r precompile.StateReader, k protocol.NetKey) uint16 {
	return uint16(Get(r, k, HBondsPenalty))
}

// Yuma3Enabled reports whether Yuma 3 bonds are on.
func Yuma3Enabled(r precompile.StateReader, k protocol.NetKey) bool {
	return Get(r, k, HYuma3Enabled) != 0
}

// LiquidAlphaEnabled reports whether liquid alpha is on.
func LiquidAlphaEnabled(r precompile.StateReader, k protocol.NetKey) bool {
	return Get(r, k, HLiquidAlphaEnabled) != 0
}

// BondsResetEnabled reports whether bond resets are on.
func BondsResetEnabled(r precompile.StateReader, k protocol.NetKey) bool {
	return Get(r, k, HBondsResetEnabled) != 0
}

// AlphaValues are the liquid-alpha bounds of 65535.
func AlphaValues(r precompile.StateReader, k protocol.NetKey) (low, high uint16) {
	return uint16(Get(r, k, HAlphaLow)), uint16(Get(r, k, HAlphaHigh))
}

// TransfersEnabled reports whether stake of the subnet may change coldkey.
func TransfersEnabled(r precompile.StateReader, k protocol.NetKey) bool {
	return Get(r, k, HTransfersEnabled) != 0
}

// MinBurn and MaxBurn bound the registration burn, in rao.
func MinBurn(r precompile.StateReader, k protocol.NetKey) uint64 { return Get(r, k, HMinBurn) }

// MaxBurn is the upper bound of the registration burn, in rao.
func MaxBurn(r precompile.StateReader, k protocol.NetKey) uint64 { return Get(r, k, HMaxBurn) }

// BurnHalfLife is the burn's decay half-life in blocks.
func BurnHalfLife(r precompile.StateReader, k protocol.NetKey) uint16 {
	return uint16(Get(r, k, HBurnHalfLife))
}

// BurnIncreaseMult is the burn's rise per registration ×1e9.
func BurnIncreaseMult(r precompile.StateReader, k protocol.NetKey) uint64 {
	return Get(r, k, HBurnIncreaseMult)
}

// ln2Q127 is ⌊ln 2 · 2^127⌋.
var ln2Q127 = uint256.MustFromHex("0x58b90bfbe8e7bcd5e4f1d9cc01f97b57")

// decay returns v · 2^(−blocks/halfLife), rounded down: whole half-lives
// shift, the remainder multiplies by exp(−ln2·rem/halfLife) computed as an
// alternating Taylor series in 127-bit fixed point (relative error far below
// one rao for any uint64 v).
func decay(v, blocks uint64, halfLife uint16) uint64 {
	if halfLife == 0 || blocks == 0 || v == 0 {
		return v
	}
	h := uint64(halfLife)
	q, rem := blocks/h, blocks%h
	if q >= 64 {
		return 0
	}
	v >>= q
	if rem == 0 || v == 0 {
		return v
	}
	// x = ln2·rem/h in Q127 (< ln 2 < 1).
	x := new(uint256.Int).Mul(ln2Q127, uint256.NewInt(rem))
	x.Div(x, uint256.NewInt(h))
	one := new(uint256.Int).Lsh(uint256.NewInt(1), 127)
	pos, neg := one.Clone(), new(uint256.Int)
	term := one.Clone()
	for k := uint64(1); k <= 40 && !term.IsZero(); k++ {
		term.Mul(term, x)
		term.Rsh(term, 127)
		term.Div(term, uint256.NewInt(k))
		if k%2 == 1 {
			neg.Add(neg, term)
		} else {
			pos.Add(pos, term)
		}
	}
	f := pos.Sub(pos, neg) // exp(−x) in Q127, in (0.5, 1]
	f.Mul(f, uint256.NewInt(v))
	f.Rsh(f, 127)
	return f.Uint64()
}

// CurrentBurn returns the neuron registration burn of a subnet generation
// in the given block: the stored burn decayed by 2^(−Δ/BurnHalfLife) over
// the Δ blocks since it was stored, clamped to [MinBurn, MaxBurn]. A new
// subnet starts at the DefaultBurn parameter as of its registration block.
func CurrentBurn(r precompile.StateReader, k protocol.NetKey, block uint64) uint64 {
	v, at, ok := storedBurn(r, k)
	if !ok {
		v, at = protocol.DefaultBurn.Get(r), protocol.RegisteredAt(r, k.Netuid)
	}
	if block > at {
		v = decay(v, block-at, BurnHalfLife(r, k))
	}
	return clamp(v, MinBurn(r, k), MaxBurn(r, k))
}

// RaiseBurn applies a registration in block: the burn becomes CurrentBurn ×
// BurnIncreaseMult / 1e9 (rounded down, clamped to [MinBurn, MaxBurn]) as of
// block. The neurons module calls it after charging CurrentBurn.
func RaiseBurn(w precompile.StateWriter, k protocol.NetKey, block uint64) uint64 {
	cur := CurrentBurn(w, k, block)
	hi, lo := bits.Mul64(cur, BurnIncreaseMult(w, k))
	var next uint64
	if hi >= protocol.RaoPerTAO {
		next = ^uint64(0)
	} else {
		next, _ = bits.Div64(hi, lo, protocol.RaoPerTAO)
	}
	next = clamp(next, MinBurn(w, k), MaxBurn(w, k))
	SetBurn(w, k, next, block)
	return next
}

func clamp(v, lo, hi uint64) uint64 {
	if v < lo {
		v = lo
	}
	if v > hi {
		v = hi
	}
	return v
}
