package pools

import "errors"

// ErrNotDissolved is returned by the claim functions for a generation that
// was not dissolved, and ErrAlreadyClaimed for an owner share claimed
// before; the staking module maps both to its NothingToClaim error.
var (
	ErrNotDissolved   = errors.New("pools: generation not dissolved")
	ErrAlreadyClaimed = errors.New("pools: already claimed")
	// ErrClaimExceedsIssuance is returned when claims would pass the alpha
	// issued at dissolution (a bug in the caller's accounting).
	ErrClaimExceedsIssuance = errors.New("pools: claims exceed the dissolved issuance")
)
