package subnets

import (
	"math"
	"math/bits"

	"github.com/ethereum/go-ethereum/common"

	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/protocol"
)

// ownerKey returns the netuid's current key if the caller owns it:
// SubnetNotFound, or NotSubnetOwner (always for root, which has no owner).
func ownerKey(env precompile.Env, netuid uint16) (protocol.NetKey, error) {
	k, err := Key(env.State(), netuid)
	if err != nil {
		return k, err
	}
	if k.IsRoot() || Owner(env.State(), k) != env.Caller() {
		return k, precompile.Revert(protocol.ErrNotSubnetOwner, netuid, env.Caller())
	}
	return k, nil
}

// NextHyperparamBlock returns the first block at which the owner may change
// h again: OwnerHyperparamRateLimit tempos after the last change (0 if it
// was never changed).
func NextHyperparamBlock(r precompile.StateReader, k protocol.NetKey, h Hyper) uint64 {
	last := lastSetAt(r, k, h)
	if last == 0 {
		return 0
	}
	hi, span := bits.Mul64(protocol.OwnerHyperparamRateLimit.Get(r), uint64(Tempo(r, k)))
	next, c := bits.Add64(last-1, span, 0)
	if hi != 0 || c != 0 {
		return math.MaxUint64
	}
	return next
}

// boundsFn returns the accepted range of a hyperparameter for a subnet.
type boundsFn func(r precompile.StateReader, k protocol.NetKey) (lo, hi uint64)

func fixedBounds(lo, hi uint64) boundsFn {
	return func(precompile.StateReader, protocol.NetKey) (uint64, uint64) { return lo, hi }
}

var anyU16, anyU64 = fixedBounds(0, math.MaxUint16), fixedBounds(0, math.MaxUint64)

// setHyper is an owner setter: owner check, bounds (ValueOutOfBounds), rate
// limit (RateLimited), write, HyperparameterSet.
func setHyper(env precompile.Env, netuid uint16, h Hyper, v uint64, bounds boundsFn) (protocol.NetKey, error) {
	k, err := ownerKey(env, netuid)
	if err != nil {
		return k, err
	}
	st := env.State()
	if lo, hi := bounds(st, k); v < lo || v > hi {
		return k, precompile.Revert(protocol.ErrValueOutOfBounds, protocol.Big(v), protocol.Big(lo), protocol.Big(hi))
	}
	if next := NextHyperparamBlock(st, k, h); env.BlockNumber() < next {
		return k, precompile.Revert(protocol.ErrRateLimited, next)
	}
	Set(st, k, h, v)
	setLastSetAt(st, k, h, env.BlockNumber())
	return k, emitHyperparameterSet(env, netuid, h, v)
}

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

func notSupported[A any](precompile.Env, A) (precompile.None, error) {
	return precompile.None{}, protocol.ErrNotSupported
}

type (
	setServingRateLimitArgs struct {
		Netuid           uint16
		ServingRateLimit uint64
	}
	setMinDifficultyArgs struct {
		Netuid        uint16
		MinDifficulty uint64
	}
	setMaxDifficultyArgs struct {
		Netuid        uint16
		MaxDifficulty uint64
	}
	setWeightsVersionKeyArgs struct {
		Netuid            uint16
		WeightsVersionKey uint64
	}
	setWeightsSetRateLimitArgs struct {
		Netuid              uint16
		WeightsSetRateLimit uint64
	}
	setAdjustmentAlphaArgs struct {
		Netuid          uint16
		AdjustmentAlpha uint64
	}
	setImmunityPeriodArgs struct {
		Netuid         uint16
		ImmunityPeriod uint16
	}
	setMinAllowedWeightsArgs struct {
		Netuid            uint16
		MinAllowedWeights uint16
	}
	setKappaArgs struct {
		Netuid uint16
		Kappa  uint16
	}
	setRhoArgs struct {
		Netuid uint16
		Rho    uint16
	}
	setSteepnessArgs struct {
		Netuid    uint16
		Steepness uint16
	}
	setActivityCutoffArgs struct {
		Netuid         uint16
		ActivityCutoff uint16
	}
	setActivityCutoffFactorArgs struct {
		Netuid               uint16
		ActivityCutoffFactor uint32
	}
	setRegistrationAllowedArgs struct {
		Netuid              uint16
		RegistrationAllowed bool
	}
	setMinBurnArgs struct {
		Netuid  uint16
		MinBurn uint64
	}
	setMaxBurnArgs struct {
		Netuid  uint16
		MaxBurn uint64
	}
	setDifficultyArgs struct {
		Netuid     uint16
		Difficulty uint64
	}
	setBondsMovingAverageArgs struct {
		Netuid             uint16
		BondsMovingAverage uint64
	}
	setEnabledArgs struct {
		Netuid  uint16
		Enabled bool
	}
	setAlphaValuesArgs struct {
		Netuid    uint16
		AlphaLow  uint16
		AlphaHigh uint16
	}
	setIntervalArgs struct {
		Netuid   uint16
		Interval uint64
	}
	toggleTransfersArgs struct {
		Netuid uint16
		Toggle bool
	}
	setMaxAllowedUidsArgs struct {
		Netuid         uint16
		MaxAllowedUids uint16
	}
	setBondsPenaltyArgs struct {
		Netuid       uint16
		BondsPenalty uint16
	}
	setBurnHalfLifeArgs struct {
		Netuid   uint16
		HalfLife uint16
	}
	setBurnIncreaseMultArgs struct {
		Netuid uint16
		Mult   uint64
	}
	setOwnerHotkeyArgs struct {
		Netuid uint16
		Hotkey [32]byte
	}
	transferOwnershipArgs struct {
		Netuid   uint16
		NewOwner common.Address
	}
)

func done(_ protocol.NetKey, err error) (precompile.None, error) { return precompile.None{}, err }

func setServingRateLimit(env precompile.Env, a setServingRateLimitArgs) (precompile.None, error) {
	return done(setHyper(env, a.Netuid, HServingRateLimit, a.ServingRateLimit, anyU64))
}

func setWeightsVersionKey(env precompile.Env, a setWeightsVersionKeyArgs) (precompile.None, error) {
	return done(setHyper(env, a.Netuid, HWeightsVersionKey, a.WeightsVersionKey, anyU64))
}

func setImmunityPeriod(env precompile.Env, a setImmunityPeriodArgs) (precompile.None, error) {
	return done(setHyper(env, a.Netuid, HImmunityPeriod, uint64(a.ImmunityPeriod), anyU16))
}

func setMinAllowedWeights(env precompile.Env, a setMinAllowedWeightsArgs) (precompile.None, error) {
	return done(setHyper(env, a.Netuid, HMinAllowedWeights, uint64(a.MinAllowedWeights),
		func(r precompile.StateReader, k protocol.NetKey) (uint64, uint64) {
			return 0, uint64(MaxAllowedUids(r, k))
		}))
}

func setRho(env precompile.Env, a setRhoArgs) (precompile.None, error) {
	return done(setHyper(env, a.Netuid, HRho, uint64(a.Rho), anyU16))
}

// setAlphaSigmoidSteepness: the owner may not set a negative steepness (the
// value is an int16's bits), as in Subtensor.
func setAlphaSigmoidSteepness(env precompile.Env, a setSteepnessArgs) (precompile.None, error) {
	return done(setHyper(env, a.Netuid, HAlphaSigmoidSteepness, uint64(a.Steepness), fixedBounds(0, math.MaxInt16)))
}

func setActivityCutoff(env precompile.Env, a setActivityCutoffArgs) (precompile.None, error) {
	return done(setHyper(env, a.Netuid, HActivityCutoff, uint64(a.ActivityCutoff),
		func(r precompile.StateReader, _ protocol.NetKey) (uint64, uint64) {
			return uint64(protocol.MinActivityCutoff.Get(r)), math.MaxUint16
		}))
}

// MinBurnUpperBound and MaxBurnLowerBound are the owner's limits on the burn
// bounds (Subtensor's): the minimum stays below 1 TAO, the maximum above
// 0.1 TAO.
const (
	MinBurnUpperBound uint64 = 1_000_000_000
	MaxBurnLowerBound uint64 = 100_000_000
)

// rebaseBurn stores the burn as of now, clamped into the (new) bounds, so
// the decay and the clamp continue from the current value.
func rebaseBurn(env precompile.Env, k protocol.NetKey) {
	SetBurn(env.State(), k, CurrentBurn(env.State(), k, env.BlockNumber()), env.BlockNumber())
}

func setMinBurn(env precompile.Env, a setMinBurnArgs) (precompile.None, error) {
	k, err := setHyper(env, a.Netuid, HMinBurn, a.MinBurn,
		func(r precompile.StateReader, k protocol.NetKey) (uint64, uint64) {
			return 0, min(MinBurnUpperBound-1, MaxBurn(r, k))
		})
	if err != nil {
		return precompile.None{}, err
	}
	rebaseBurn(env, k)
	return precompile.None{}, nil
}

func setMaxBurn(env precompile.Env, a setMaxBurnArgs) (precompile.None, error) {
	k, err := setHyper(env, a.Netuid, HMaxBurn, a.MaxBurn,
		func(r precompile.StateReader, k protocol.NetKey) (uint64, uint64) {
			return max(MaxBurnLowerBound+1, MinBurn(r, k)), math.MaxUint64
		})
	if err != nil {
		return precompile.None{}, err
	}
	rebaseBurn(env, k)
	return precompile.None{}, nil
}

// MaxBondsMovingAverage is the owner's upper bound of the bonds moving
// average (Subtensor's).
const MaxBondsMovingAverage uint64 = 975_000

func setBondsMovingAverage(env precompile.Env, a setBondsMovingAverageArgs) (precompile.None, error) {
	return done(setHyper(env, a.Netuid, HBondsMovingAverage, a.BondsMovingAverage, fixedBounds(0, MaxBondsMovingAverage)))
}

func setBoolHyper(h Hyper) func(precompile.Env, setEnabledArgs) (precompile.None, error) {
	return func(env precompile.Env, a setEnabledArgs) (precompile.None, error) {
		return done(setHyper(env, a.Netuid, h, b2u(a.Enabled), fixedBounds(0, 1)))
	}
}

// MinAlphaLow is the smallest liquid-alpha lower bound (0.025 of 65535).
const MinAlphaLow uint16 = 1638

func setAlphaValues(env precompile.Env, a setAlphaValuesArgs) (precompile.None, error) {
	k, err := ownerKey(env, a.Netuid)
	if err != nil {
		return precompile.None{}, err
	}
	if a.AlphaLow < MinAlphaLow || a.AlphaLow > a.AlphaHigh {
		return precompile.None{}, precompile.Revert(protocol.ErrValueOutOfBounds, protocol.Big(uint64(a.AlphaLow)), protocol.Big(uint64(MinAlphaLow)), protocol.Big(uint64(a.AlphaHigh)))
	}
	st := env.State()
	next := max(NextHyperparamBlock(st, k, HAlphaLow), NextHyperparamBlock(st, k, HAlphaHigh))
	if env.BlockNumber() < next {
		return precompile.None{}, precompile.Revert(protocol.ErrRateLimited, next)
	}
	for _, hv := range [2]struct {
		h Hyper
		v uint16
	}{{HAlphaLow, a.AlphaLow}, {HAlphaHigh, a.AlphaHigh}} {
		Set(st, k, hv.h, uint64(hv.v))
		setLastSetAt(st, k, hv.h, env.BlockNumber())
		if err := emitHyperparameterSet(env, a.Netuid, hv.h, uint64(hv.v)); err != nil {
			return precompile.None{}, err
		}
	}
	return precompile.None{}, nil
}

// MaxRevealPeriod is the owner's upper bound of the reveal period, epochs.
const MaxRevealPeriod uint64 = 100

func setCommitRevealWeightsInterval(env precompile.Env, a setIntervalArgs) (precompile.None, error) {
	return done(setHyper(env, a.Netuid, HCommitRevealWeightsInterval, a.Interval, fixedBounds(1, MaxRevealPeriod)))
}

func toggleTransfers(env precompile.Env, a toggleTransfersArgs) (precompile.None, error) {
	return done(setHyper(env, a.Netuid, HTransfersEnabled, b2u(a.Toggle), fixedBounds(0, 1)))
}

func setMaxAllowedUids(env precompile.Env, a setMaxAllowedUidsArgs) (precompile.None, error) {
	return done(setHyper(env, a.Netuid, HMaxAllowedUids, uint64(a.MaxAllowedUids),
		func(r precompile.StateReader, k protocol.NetKey) (uint64, uint64) {
			lo := max(uint64(protocol.MinAllowedUids.Get(r)), uint64(UidCount(r, k)))
			return lo, uint64(protocol.MaxAllowedUidsLimit.Get(r))
		}))
}

func setBondsPenalty(env precompile.Env, a setBondsPenaltyArgs) (precompile.None, error) {
	return done(setHyper(env, a.Netuid, HBondsPenalty, uint64(a.BondsPenalty), anyU16))
}

// MaxBurnHalfLife is the owner's upper bound of the burn half-life, blocks.
const MaxBurnHalfLife uint64 = 36_100

func setBurnHalfLife(env precompile.Env, a setBurnHalfLifeArgs) (precompile.None, error) {
	k, err := ownerKey(env, a.Netuid)
	if err != nil {
		return precompile.None{}, err
	}
	// The decay so far follows the old half-life: store the burn as of now
	// first (a refused change reverts this write too).
	rebaseBurn(env, k)
	return done(setHyper(env, a.Netuid, HBurnHalfLife, uint64(a.HalfLife), fixedBounds(1, MaxBurnHalfLife)))
}

func setBurnIncreaseMult(env precompile.Env, a setBurnIncreaseMultArgs) (precompile.None, error) {
	return done(setHyper(env, a.Netuid, HBurnIncreaseMult, a.Mult, fixedBounds(protocol.RaoPerTAO, math.MaxUint64)))
}

func setSubnetIdentity(env precompile.Env, a setIdentityArgs) (precompile.None, error) {
	k, err := ownerKey(env, a.Netuid)
	if err != nil {
		return precompile.None{}, err
	}
	id := a.identity()
	if err := checkIdentity(&id); err != nil {
		return precompile.None{}, err
	}
	StoreIdentity(env.State(), k, id)
	return precompile.None{}, emitIdentitySet(env, a.Netuid, id)
}

func setSubnetOwnerHotkey(env precompile.Env, a setOwnerHotkeyArgs) (precompile.None, error) {
	k, err := ownerKey(env, a.Netuid)
	if err != nil {
		return precompile.None{}, err
	}
	hotkey, err := hotkeyAddress(a.Hotkey)
	if err != nil {
		return precompile.None{}, err
	}
	st := env.State()
	li := Lock(st, k)
	if li.HotkeySetAt != 0 {
		next, c := bits.Add64(li.HotkeySetAt-1, protocol.OwnerHotkeyRateLimit.Get(st), 0)
		if c != 0 {
			next = math.MaxUint64
		}
		if env.BlockNumber() < next {
			return precompile.None{}, precompile.Revert(protocol.ErrRateLimited, next)
		}
	}
	if _, err := protocol.ClaimHotkey(st, hotkey, env.Caller()); err != nil {
		return precompile.None{}, err
	}
	old := OwnerHotkey(st, k)
	SetOwnerHotkey(st, k, hotkey)
	li.HotkeySetAt = env.BlockNumber() + 1
	setLock(st, k, li)
	return precompile.None{}, emitOwnerHotkeySet(env, a.Netuid, old, hotkey)
}

func transferSubnetOwnership(env precompile.Env, a transferOwnershipArgs) (precompile.None, error) {
	k, err := ownerKey(env, a.Netuid)
	if err != nil {
		return precompile.None{}, err
	}
	if a.NewOwner == (common.Address{}) {
		return precompile.None{}, precompile.Revert(precompile.ErrInvalidKey, [32]byte{})
	}
	SetOwner(env.State(), k, a.NewOwner)
	return precompile.None{}, emitOwnershipTransferred(env, a.Netuid, env.Caller(), a.NewOwner)
}
