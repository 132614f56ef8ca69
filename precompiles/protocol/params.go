package protocol

import (
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/swap"
)

// Hard bounds of the genesis parameters.
const (
	// MaxSubnetLimit is the largest accepted subnet cap. Loops over subnets
	// (the dissolution candidate scan) are priced for it.
	MaxSubnetLimit uint16 = 1024
	// MaxUidsLimit is the largest accepted MaxAllowedUidsLimit.
	MaxUidsLimit uint16 = 4096
	// RaoPerTAO is the number of rao in one TAO.
	RaoPerTAO uint64 = 1_000_000_000
	// WeiPerRao converts rao (runtime amounts) to wei (native balances).
	WeiPerRao uint64 = 1_000_000_000
)

// Params are the protocol-level values of a taoevm chain. There is no root
// account: they are fixed at genesis (GenesisStorage writes them under
// StorageAddress) and read with the typed Param handles below. Values named
// Default* are the initial hyperparameters of every new subnet, which the
// owner may change within the bounds of the subnets module.
type Params struct {
	// SubnetLimit is the cap on non-root subnets (default 128, at most 1024).
	SubnetLimit uint16
	// MinLockCost is the floor of the subnet lock cost and the pool seed, in
	// rao (default 100 TAO).
	MinLockCost uint64
	// LockReductionInterval is the number of blocks over which the lock cost
	// decays linearly by the last lock (default 100,800).
	LockReductionInterval uint64
	// NetworkRateLimit is the number of blocks between two subnet
	// registrations, chain-wide (default 7,200).
	NetworkRateLimit uint64
	// NetworkImmunityPeriod is the number of blocks after registration during
	// which a subnet cannot be dissolved (default 864,000).
	NetworkImmunityPeriod uint64

	// DefaultTempo is the epoch length of new subnets (default 360).
	DefaultTempo uint16
	// DefaultMaxAllowedUids is the uid cap of new subnets (default 256).
	DefaultMaxAllowedUids uint16
	// MinAllowedUids is the smallest MaxAllowedUids an owner may set (64).
	MinAllowedUids uint16
	// MaxAllowedUidsLimit is the largest MaxAllowedUids an owner may set
	// (default 4096, at most MaxUidsLimit).
	MaxAllowedUidsLimit uint16
	// DefaultMaxAllowedValidators is the validator permit count (default 64).
	DefaultMaxAllowedValidators uint16
	// DefaultImmunityPeriod is the neuron immunity period in blocks (5000).
	DefaultImmunityPeriod uint16
	// DefaultMinAllowedWeights is the minimum weights per submission (1).
	DefaultMinAllowedWeights uint16
	// DefaultActivityCutoff is the activity cutoff in blocks (5000).
	DefaultActivityCutoff uint16
	// MinActivityCutoff is the smallest activity cutoff an owner may set (360).
	MinActivityCutoff uint16
	// DefaultServingRateLimit is the axon/prometheus rate limit (50 blocks).
	DefaultServingRateLimit uint64
	// WeightsSetRateLimit is the blocks between weight submissions (100).
	WeightsSetRateLimit uint64
	// Kappa is Yuma's consensus threshold, of 65535 (32767).
	Kappa uint16
	// DefaultRho is rho (10).
	DefaultRho uint16
	// DefaultAlphaSigmoidSteepness is the liquid-alpha steepness (1000).
	DefaultAlphaSigmoidSteepness uint16
	// DefaultBondsMovingAverage is the bonds EMA in millionths (900,000).
	DefaultBondsMovingAverage uint64
	// DefaultBondsPenalty is the bonds penalty, of 65535 (65535).
	DefaultBondsPenalty uint16
	// DefaultAlphaLow and DefaultAlphaHigh are the liquid-alpha bounds, of
	// 65535 (45875 and 58982).
	DefaultAlphaLow, DefaultAlphaHigh uint16
	// DefaultRevealPeriod is the commit-reveal period in epochs (1).
	DefaultRevealPeriod uint64
	// DefaultCommitReveal turns commit-reveal on for new subnets (true).
	DefaultCommitReveal bool
	// DefaultYuma3 turns Yuma 3 bonds on for new subnets (true).
	DefaultYuma3 bool
	// DefaultLiquidAlpha turns liquid alpha on for new subnets (false).
	DefaultLiquidAlpha bool
	// DefaultBondsReset turns bond resets on for new subnets (false).
	DefaultBondsReset bool
	// DefaultTransfersEnabled allows stake transfers on new subnets (true).
	DefaultTransfersEnabled bool
	// MaxPendingCommits is the pending weight commits per hotkey (10).
	MaxPendingCommits uint16

	// DefaultBurn is the neuron registration burn of a new subnet (1 TAO).
	DefaultBurn uint64
	// DefaultMinBurn and DefaultMaxBurn bound the burn (0.0005 and 100 TAO).
	DefaultMinBurn, DefaultMaxBurn uint64
	// DefaultBurnHalfLife is the burn decay half-life in blocks (360).
	DefaultBurnHalfLife uint16
	// DefaultBurnIncreaseMult is the burn rise per registration ×1e9 (1.26e9).
	DefaultBurnIncreaseMult uint64

	// OwnerHyperparamRateLimit is the tempos between two owner changes of one
	// hyperparameter (2).
	OwnerHyperparamRateLimit uint64
	// OwnerHotkeyRateLimit is the blocks between owner hotkey changes (50,400).
	OwnerHotkeyRateLimit uint64

	// DefaultTake and MaxTake are the validator take, of 65535 (11796 = 18%).
	DefaultTake, MaxTake uint16
	// MinTake is the smallest validator take (0).
	MinTake uint16
	// TakeRateLimit is the blocks between take increases (216,000).
	TakeRateLimit uint64
	// MinStake is the minimum stake in rao (2,000,000).
	MinStake uint64
	// MaxStakePositions bounds the (hotkey, netuid) positions of a coldkey (128).
	MaxStakePositions uint64
	// RootValidators is the number of root validator slots (64).
	RootValidators uint16

	// TaoWeight is the weight of root stake, a fraction of 2^64-1 (0.18).
	TaoWeight uint64
	// FeeRate is the pool swap fee, of 65535 (33).
	FeeRate uint16
	// MovingBaseRate is the moving price EMA base rate ×1e18 (3e-6).
	MovingBaseRate uint64
	// MovingHalvingBlocks is the moving price warm-up constant (201,600).
	MovingHalvingBlocks uint64
	// SubnetOwnerCut is the owner's share of subnet emission, of 65535 (18%).
	SubnetOwnerCut uint16
	// BlockEmission is the TAO emitted per block before halvings, rao (1 TAO).
	BlockEmission uint64
	// MaxSupply is the TAO supply cap, rao (21M TAO).
	MaxSupply uint64
}

// DefaultParams returns taoevm's default genesis parameters.
func DefaultParams() Params {
	return Params{
		SubnetLimit:           128,
		MinLockCost:           100 * RaoPerTAO,
		LockReductionInterval: 14 * 7200,
		NetworkRateLimit:      7200,
		NetworkImmunityPeriod: 864_000,

		DefaultTempo:                 360,
		DefaultMaxAllowedUids:        256,
		MinAllowedUids:               64,
		MaxAllowedUidsLimit:          4096,
		DefaultMaxAllowedValidators:  64,
		DefaultImmunityPeriod:        5000,
		DefaultMinAllowedWeights:     1,
		DefaultActivityCutoff:        5000,
		MinActivityCutoff:            360,
		DefaultServingRateLimit:      50,
		WeightsSetRateLimit:          100,
		Kappa:                        32767,
		DefaultRho:                   10,
		DefaultAlphaSigmoidSteepness: 1000,
		DefaultBondsMovingAverage:    900_000,
		DefaultBondsPenalty:          65535,
		DefaultAlphaLow:              45875,
		DefaultAlphaHigh:             58982,
		DefaultRevealPeriod:          1,
		DefaultCommitReveal:          true,
		DefaultYuma3:                 true,
		DefaultLiquidAlpha:           false,
		DefaultBondsReset:            false,
		DefaultTransfersEnabled:      true,
		MaxPendingCommits:            10,

		DefaultBurn:             RaoPerTAO,
		DefaultMinBurn:          500_000,
		DefaultMaxBurn:          100 * RaoPerTAO,
		DefaultBurnHalfLife:     360,
		DefaultBurnIncreaseMult: 1_260_000_000,

		OwnerHyperparamRateLimit: 2,
		OwnerHotkeyRateLimit:     50_400,

		DefaultTake:       11796,
		MaxTake:           11796,
		MinTake:           0,
		TakeRateLimit:     216_000,
		MinStake:          2_000_000,
		MaxStakePositions: 128,
		RootValidators:    64,

		TaoWeight:           3_320_413_933_267_719_290, // 0.18 × (2^64 − 1)
		FeeRate:             uint16(swap.DefaultFeeRate),
		MovingBaseRate:      swap.DefaultMovingBaseRate,
		MovingHalvingBlocks: swap.DefaultMovingHalvingBlocks,
		SubnetOwnerCut:      11796,
		BlockEmission:       RaoPerTAO,
		MaxSupply:           21_000_000 * RaoPerTAO,
	}
}

// ErrInvalidParams is returned by Params.Validate.
var ErrInvalidParams = fmt.Errorf("protocol: invalid genesis parameters")

// Validate checks the parameters' bounds.
func (p Params) Validate() error {
	check := func(ok bool, what string) error {
		if !ok {
			return fmt.Errorf("%w: %s", ErrInvalidParams, what)
		}
		return nil
	}
	for _, err := range []error{
		check(p.SubnetLimit >= 1 && p.SubnetLimit <= MaxSubnetLimit, "SubnetLimit must be in [1, 1024]"),
		check(p.MinLockCost >= swap.MinimumReserve, "MinLockCost must be at least the pool minimum reserve"),
		check(p.MinLockCost <= p.MaxSupply, "MinLockCost above the supply"),
		check(p.LockReductionInterval >= 1, "LockReductionInterval must be positive"),
		check(p.DefaultTempo >= 1, "DefaultTempo must be positive"),
		check(p.MaxAllowedUidsLimit >= 1 && p.MaxAllowedUidsLimit <= MaxUidsLimit, "MaxAllowedUidsLimit must be in [1, 4096]"),
		check(p.MinAllowedUids >= 1 && p.MinAllowedUids <= p.MaxAllowedUidsLimit, "MinAllowedUids must be in [1, MaxAllowedUidsLimit]"),
		check(p.DefaultMaxAllowedUids >= p.MinAllowedUids && p.DefaultMaxAllowedUids <= p.MaxAllowedUidsLimit, "DefaultMaxAllowedUids out of [MinAllowedUids, MaxAllowedUidsLimit]"),
		check(p.DefaultMinAllowedWeights <= p.DefaultMaxAllowedUids, "DefaultMinAllowedWeights above DefaultMaxAllowedUids"),
		check(p.DefaultMinBurn <= p.DefaultMaxBurn, "DefaultMinBurn above DefaultMaxBurn"),
		check(p.DefaultBurn >= p.DefaultMinBurn && p.DefaultBurn <= p.DefaultMaxBurn, "DefaultBurn outside [min, max]"),
		check(p.DefaultBurnHalfLife >= 1, "DefaultBurnHalfLife must be positive"),
		check(p.DefaultBurnIncreaseMult >= RaoPerTAO, "DefaultBurnIncreaseMult below 1e9"),
		check(p.DefaultAlphaLow <= p.DefaultAlphaHigh, "DefaultAlphaLow above DefaultAlphaHigh"),
		check(p.DefaultRevealPeriod >= 1, "DefaultRevealPeriod must be positive"),
		check(p.MinTake <= p.DefaultTake && p.DefaultTake <= p.MaxTake, "takes must satisfy MinTake <= DefaultTake <= MaxTake"),
		check(p.FeeRate <= uint16(swap.MaxFeeRate), "FeeRate above the maximum"),
		check(swap.MovingPriceParams{BaseRate: p.MovingBaseRate, HalvingBlocks: p.MovingHalvingBlocks}.Validate() == nil, "moving price parameters"),
		check(p.MaxSupply >= 1, "MaxSupply must be positive"),
	} {
		if err != nil {
			return err
		}
	}
	return nil
}

// paramValue is the set of Go types a parameter may have.
type paramValue interface{ ~uint16 | ~uint64 | ~bool }

// Param is a typed handle of one genesis parameter stored under
// StorageAddress. A slot never written (a state without protocol genesis,
// such as a unit test's) reads as the DefaultParams value, so every handle
// always answers; the stored word carries a marker byte so that zero is a
// storable value.
type Param[T paramValue] struct {
	name  string
	slot  precompile.Slot
	field func(*Params) *T
}

func newParam[T paramValue](name string, field func(*Params) *T) Param[T] {
	return Param[T]{name: name, slot: paramNS.Field(name), field: field}
}

// Name is the parameter's field name in Params.
func (p Param[T]) Name() string { return p.name }

// Slot is the parameter's storage slot under StorageAddress.
func (p Param[T]) Slot() precompile.Slot { return p.slot }

// Get reads the parameter (one storage read).
func (p Param[T]) Get(r precompile.StateReader) T {
	w := loadParamWord(r, p.slot)
	if w[0] != paramMarker {
		d := DefaultParams()
		return *p.field(&d)
	}
	return fromWord[T](binary.BigEndian.Uint64(w[24:]))
}

// Default is the parameter's DefaultParams value.
func (p Param[T]) Default() T {
	d := DefaultParams()
	return *p.field(&d)
}

func (p Param[T]) word(ps *Params) (common.Hash, common.Hash) {
	var w common.Hash
	w[0] = paramMarker
	binary.BigEndian.PutUint64(w[24:], toWord(*p.field(ps)))
	return p.slot.Hash(), w
}

func toWord[T paramValue](v T) uint64 {
	switch x := any(v).(type) {
	case uint16:
		return uint64(x)
	case uint64:
		return x
	case bool:
		if x {
			return 1
		}
	}
	return 0
}

func fromWord[T paramValue](u uint64) T {
	var z T
	switch any(z).(type) {
	case uint16:
		return any(uint16(u)).(T)
	case uint64:
		return any(u).(T)
	case bool:
		return any(u != 0).(T)
	}
	return z
}

// paramMarker is the first byte of every written parameter word.
const paramMarker = 0x01

type paramEntry interface {
	word(*Params) (common.Hash, common.Hash)
}

// The genesis parameters, one typed handle each.
var (
	SubnetLimit                  = newParam("SubnetLimit", func(p *Params) *uint16 { return &p.SubnetLimit })
	MinLockCost                  = newParam("MinLockCost", func(p *Params) *uint64 { return &p.MinLockCost })
	LockReductionInterval        = newParam("LockReductionInterval", func(p *Params) *uint64 { return &p.LockReductionInterval })
	NetworkRateLimit             = newParam("NetworkRateLimit", func(p *Params) *uint64 { return &p.NetworkRateLimit })
	NetworkImmunityPeriod        = newParam("NetworkImmunityPeriod", func(p *Params) *uint64 { return &p.NetworkImmunityPeriod })
	DefaultTempo                 = newParam("DefaultTempo", func(p *Params) *uint16 { return &p.DefaultTempo })
	DefaultMaxAllowedUids        = newParam("DefaultMaxAllowedUids", func(p *Params) *uint16 { return &p.DefaultMaxAllowedUids })
	MinAllowedUids               = newParam("MinAllowedUids", func(p *Params) *uint16 { return &p.MinAllowedUids })
	MaxAllowedUidsLimit          = newParam("MaxAllowedUidsLimit", func(p *Params) *uint16 { return &p.MaxAllowedUidsLimit })
	DefaultMaxAllowedValidators  = newParam("DefaultMaxAllowedValidators", func(p *Params) *uint16 { return &p.DefaultMaxAllowedValidators })
	DefaultImmunityPeriod        = newParam("DefaultImmunityPeriod", func(p *Params) *uint16 { return &p.DefaultImmunityPeriod })
	DefaultMinAllowedWeights     = newParam("DefaultMinAllowedWeights", func(p *Params) *uint16 { return &p.DefaultMinAllowedWeights })
	DefaultActivityCutoff        = newParam("DefaultActivityCutoff", func(p *Params) *uint16 { return &p.DefaultActivityCutoff })
	MinActivityCutoff            = newParam("MinActivityCutoff", func(p *Params) *uint16 { return &p.MinActivityCutoff })
	DefaultServingRateLimit      = newParam("DefaultServingRateLimit", func(p *Params) *uint64 { return &p.DefaultServingRateLimit })
	WeightsSetRateLimit          = newParam("WeightsSetRateLimit", func(p *Params) *uint64 { return &p.WeightsSetRateLimit })
	Kappa                        = newParam("Kappa", func(p *Params) *uint16 { return &p.Kappa })
	DefaultRho                   = newParam("DefaultRho", func(p *Params) *uint16 { return &p.DefaultRho })
	DefaultAlphaSigmoidSteepness = newParam("DefaultAlphaSigmoidSteepness", func(p *Params) *uint16 { return &p.DefaultAlphaSigmoidSteepness })
	DefaultBondsMovingAverage    = newParam("DefaultBondsMovingAverage", func(p *Params) *uint64 { return &p.DefaultBondsMovingAverage })
	DefaultBondsPenalty          = newParam("DefaultBondsPenalty", func(p *Params) *uint16 { return &p.DefaultBondsPenalty })
	DefaultAlphaLow              = newParam("DefaultAlphaLow", func(p *Params) *uint16 { return &p.DefaultAlphaLow })
	DefaultAlphaHigh             = newParam("DefaultAlphaHigh", func(p *Params) *uint16 { return &p.DefaultAlphaHigh })
	DefaultRevealPeriod          = newParam("DefaultRevealPeriod", func(p *Params) *uint64 { return &p.DefaultRevealPeriod })
	DefaultCommitReveal          = newParam("DefaultCommitReveal", func(p *Params) *bool { return &p.DefaultCommitReveal })
	DefaultYuma3                 = newParam("DefaultYuma3", func(p *Params) *bool { return &p.DefaultYuma3 })
	DefaultLiquidAlpha           = newParam("DefaultLiquidAlpha", func(p *Params) *bool { return &p.DefaultLiquidAlpha })
	DefaultBondsReset            = newParam("DefaultBondsReset", func(p *Params) *bool { return &p.DefaultBondsReset })
	DefaultTransfersEnabled      = newParam("DefaultTransfersEnabled", func(p *Params) *bool { return &p.DefaultTransfersEnabled })
	MaxPendingCommits            = newParam("MaxPendingCommits", func(p *Params) *uint16 { return &p.MaxPendingCommits })
	DefaultBurn                  = newParam("DefaultBurn", func(p *Params) *uint64 { return &p.DefaultBurn })
	DefaultMinBurn               = newParam("DefaultMinBurn", func(p *Params) *uint64 { return &p.DefaultMinBurn })
	DefaultMaxBurn               = newParam("DefaultMaxBurn", func(p *Params) *uint64 { return &p.DefaultMaxBurn })
	DefaultBurnHalfLife          = newParam("DefaultBurnHalfLife", func(p *Params) *uint16 { return &p.DefaultBurnHalfLife })
	DefaultBurnIncreaseMult      = newParam("DefaultBurnIncreaseMult", func(p *Params) *uint64 { return &p.DefaultBurnIncreaseMult })
	OwnerHyperparamRateLimit     = newParam("OwnerHyperparamRateLimit", func(p *Params) *uint64 { return &p.OwnerHyperparamRateLimit })
	OwnerHotkeyRateLimit         = newParam("OwnerHotkeyRateLimit", func(p *Params) *uint64 { return &p.OwnerHotkeyRateLimit })
	DefaultTake                  = newParam("DefaultTake", func(p *Params) *uint16 { return &p.DefaultTake })
	MaxTake                      = newParam("MaxTake", func(p *Params) *uint16 { return &p.MaxTake })
	MinTake                      = newParam("MinTake", func(p *Params) *uint16 { return &p.MinTake })
	TakeRateLimit                = newParam("TakeRateLimit", func(p *Params) *uint64 { return &p.TakeRateLimit })
	MinStake                     = newParam("MinStake", func(p *Params) *uint64 { return &p.MinStake })
	MaxStakePositions            = newParam("MaxStakePositions", func(p *Params) *uint64 { return &p.MaxStakePositions })
	RootValidators               = newParam("RootValidators", func(p *Params) *uint16 { return &p.RootValidators })
	TaoWeight                    = newParam("TaoWeight", func(p *Params) *uint64 { return &p.TaoWeight })
	FeeRate                      = newParam("FeeRate", func(p *Params) *uint16 { return &p.FeeRate })
	MovingBaseRate               = newParam("MovingBaseRate", func(p *Params) *uint64 { return &p.MovingBaseRate })
	MovingHalvingBlocks          = newParam("MovingHalvingBlocks", func(p *Params) *uint64 { return &p.MovingHalvingBlocks })
	SubnetOwnerCut               = newParam("SubnetOwnerCut", func(p *Params) *uint16 { return &p.SubnetOwnerCut })
	BlockEmission                = newParam("BlockEmission", func(p *Params) *uint64 { return &p.BlockEmission })
	MaxSupply                    = newParam("MaxSupply", func(p *Params) *uint64 { return &p.MaxSupply })
)

// allParams lists every handle, for genesis.
func allParams() []paramEntry {
	return []paramEntry{
		SubnetLimit, MinLockCost, LockReductionInterval, NetworkRateLimit, NetworkImmunityPeriod,
		DefaultTempo, DefaultMaxAllowedUids, MinAllowedUids, MaxAllowedUidsLimit, DefaultMaxAllowedValidators,
		DefaultImmunityPeriod, DefaultMinAllowedWeights, DefaultActivityCutoff, MinActivityCutoff,
		DefaultServingRateLimit, WeightsSetRateLimit, Kappa, DefaultRho, DefaultAlphaSigmoidSteepness,
		DefaultBondsMovingAverage, DefaultBondsPenalty, DefaultAlphaLow, DefaultAlphaHigh, DefaultRevealPeriod,
		DefaultCommitReveal, DefaultYuma3, DefaultLiquidAlpha, DefaultBondsReset, DefaultTransfersEnabled,
		MaxPendingCommits, DefaultBurn, DefaultMinBurn, DefaultMaxBurn, DefaultBurnHalfLife, DefaultBurnIncreaseMult,
		OwnerHyperparamRateLimit, OwnerHotkeyRateLimit, DefaultTake, MaxTake, MinTake, TakeRateLimit, MinStake,
		MaxStakePositions, RootValidators, TaoWeight, FeeRate, MovingBaseRate, MovingHalvingBlocks,
		SubnetOwnerCut, BlockEmission, MaxSupply,
	}
}

// GenesisStorage returns the storage words of p under StorageAddress, for a
// genesis account. It panics on parameters that do not Validate: genesis
// building is configuration, checked before the chain starts.
func GenesisStorage(p Params) map[common.Hash]common.Hash {
	if err := p.Validate(); err != nil {
		panic(err)
	}
	out := make(map[common.Hash]common.Hash)
	for _, e := range allParams() {
		k, v := e.word(&p)
		out[k] = v
	}
	return out
}

// WriteParams writes p to a state (tests and tools; genesis uses
// GenesisStorage). It returns Validate's error and writes nothing then.
func WriteParams(w precompile.StateWriter, p Params) error {
	if err := p.Validate(); err != nil {
		return err
	}
	for _, e := range allParams() {
		k, v := e.word(&p)
		storeParamWord(w, k, v)
	}
	return nil
}
