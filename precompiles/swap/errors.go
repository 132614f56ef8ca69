package swap

import "errors"

// Sentinel errors returned by the pool math. Callers compare with errors.Is;
// every refusal is one of these, never a silently clamped amount.
var (
	// ErrZeroAmount is returned for a swap input of zero.
	ErrZeroAmount = errors.New("swap: zero amount")
	// ErrZeroOutput is returned when a swap would take the input and pay
	// nothing out because the output rounds down to zero.
	ErrZeroOutput = errors.New("swap: output rounds to zero")
	// ErrInsufficientLiquidity is returned when a pool cannot trade: a reserve
	// is below MinimumReserve (an uninitialised or corrupt pool).
	ErrInsufficientLiquidity = errors.New("swap: insufficient liquidity")
	// ErrReserveBelowMinimum is returned when a swap would leave the output
	// reserve below MinimumReserve.
	ErrReserveBelowMinimum = errors.New("swap: reserve would fall below minimum")
	// ErrInputTooLarge is returned when a swap input exceeds
	// MaxInputMultiplier times the input-side reserve.
	ErrInputTooLarge = errors.New("swap: input too large for pool")
	// ErrPriceLimit is returned when the requested amount cannot be filled
	// within the limit price (fill-or-kill, or nothing fillable at all).
	ErrPriceLimit = errors.New("swap: price limit exceeded")
	// ErrOverflow is returned when a result does not fit its type (a reserve
	// above 2^64-1 rao, a price above 2^64-1 rao per alpha).
	ErrOverflow = errors.New("swap: arithmetic overflow")
	// ErrInvalidFee is returned for a fee rate above MaxFeeRate.
	ErrInvalidFee = errors.New("swap: invalid fee rate")
	// ErrInvalidParameter is returned for moving-price parameters outside
	// their domain (a base rate above 1).
	ErrInvalidParameter = errors.New("swap: invalid parameter")
	// ErrQuoteMismatch is returned by Pool.Apply when the quote was not
	// produced by this pool (stale or altered).
	ErrQuoteMismatch = errors.New("swap: quote does not match pool")
)
