package staking

import "errors"

// Sentinels of IStaking's own custom errors; the shared ones (InvalidKey,
// SubnetNotFound, HotkeyNotFound, InsufficientBalance, AmountOverflow, ...)
// are package protocol's and precompile's. Handlers return them through
// precompile.Revert with the error's arguments; compare with errors.Is.
var (
	// ErrBelowMinimumStake: a stake, an unstake leaving a remainder, or the
	// TAO passing between pools is below the minimum stake
	// (BelowMinimumStake(uint64 amount, uint64 minimum)).
	ErrBelowMinimumStake = errors.New("staking: below the minimum stake")
	// ErrInsufficientStake: the position holds less alpha than requested
	// (InsufficientStake(uint64 available, uint64 required)).
	ErrInsufficientStake = errors.New("staking: insufficient stake")
	// ErrInsufficientAllowance: more than the allowance was requested
	// (InsufficientAllowance(uint256 allowance, uint256 required)).
	ErrInsufficientAllowance = errors.New("staking: insufficient allowance")
	// ErrTransfersDisabled: the subnet's owner disabled stake transfers
	// (TransfersDisabled(uint16 netuid)).
	ErrTransfersDisabled = errors.New("staking: transfers disabled on subnet")
	// ErrInvalidTake: increaseTake not above, or decreaseTake not below, the
	// current take (InvalidTake(uint16 current, uint16 requested)).
	ErrInvalidTake = errors.New("staking: invalid take")
	// ErrSameStakePosition: a move or transfer onto its own origin
	// (SameStakePosition()).
	ErrSameStakePosition = errors.New("staking: same stake position")
	// ErrTooManyStakePositions: the coldkey would hold more positions than
	// allowed (TooManyStakePositions(uint256 max)).
	ErrTooManyStakePositions = errors.New("staking: too many stake positions")
	// ErrNothingToClaim: no claimable stake of a dissolved generation
	// (NothingToClaim(uint16 netuid, uint64 generation)).
	ErrNothingToClaim = errors.New("staking: nothing to claim")
)
