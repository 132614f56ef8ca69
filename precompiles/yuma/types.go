package yuma

import "errors"

// ErrLengthMismatch is returned by Epoch when a per-uid slice of State does
// not have length n = len(State.Stake).
var ErrLengthMismatch = errors.New("yuma: per-uid slices have different lengths")

// Entry is one sparse matrix entry: a uid and a u16 proportion or weight.
type Entry struct{ UID, Value uint16 }

// Params are a subnet's consensus hyperparameters.
type Params struct {
	Kappa                 uint16 // u16 proportion, default 32767
	BondsPenalty          uint16 // u16 proportion, 65535 = 1.0
	BondsMovingAverage    uint64 // per million, e.g. 900000
	MaxAllowedValidators  uint16
	ActivityCutoff        uint64 // blocks
	Yuma3                 bool
	LiquidAlpha           bool
	AlphaLow, AlphaHigh   uint16
	AlphaSigmoidSteepness int16
	StakeThreshold        uint64 // rao
	OwnerUID              int    // -1 when the subnet has no owner uid
	Tempo                 uint64 // blocks; with LastEpochBlock gives last_tempo for the bond mask
}

// State is the per-uid input of one epoch. n = len(Stake); every other
// per-uid slice has length n (CommitBlock may be nil); a nil row in Weights
// or Bonds is empty.
type State struct {
	Block           uint64    // current block
	LastEpochBlock  uint64    // block of this subnet's previous epoch; 0 = none (last_tempo = Block − Tempo)
	RegisteredAt    []uint64  // block_at_registration per uid
	LastUpdate      []uint64  // block of each uid's last weight update
	Stake           []uint64  // total stake per uid in rao (alpha + tao_weight·root, computed by the caller)
	ValidatorPermit []bool    // permits from the previous epoch
	Weights         [][]Entry // rows in storage order, as stored by set_weights (max-upscaled u16)
	Bonds           [][]Entry // stored u16 bonds from the previous epoch
	CommitBlock     []uint64  // earliest pending commit block per uid; math.MaxUint64 = none; nil = no commits
}

// Result is the output of one epoch.
type Result struct {
	Consensus, Incentive, Dividends, ValidatorTrust []uint16  // fixed_proportion_to_u16
	ServerEmission, ValidatorEmission               []uint64  // rao, for the emission passed in
	Emission                                        []uint64  // rao, normalized combined emission (as the reference computes it, not the sum of the two above)
	ValidatorPermit                                 []bool    // new permits
	Bonds                                           [][]Entry // new bonds to store (empty rows allowed)
}
