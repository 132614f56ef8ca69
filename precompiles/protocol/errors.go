package protocol

import (
	"errors"

	"github.com/taoevm/taoevm/precompiles/precompile"
)

// Sentinels of the custom errors every Bittensor precompile shares
// (contracts/src/TaoErrors.sol, ITaoErrors). Each module maps them with
// ErrorMappings so that its ABI decodes them; handlers return them through
// precompile.Revert with the error's arguments, and callers compare with
// errors.Is.
var (
	// ErrNotSupported: a Subtensor function kept for its selector that does
	// nothing on taoevm (NotSupported()).
	ErrNotSupported = errors.New("not supported")
	// ErrAmountOverflow: an amount does not fit where it must be stored
	// (AmountOverflow(uint256 amount, uint256 max)).
	ErrAmountOverflow = errors.New("amount overflow")
	// ErrValueOutOfBounds: a numeric argument outside its accepted range
	// (ValueOutOfBounds(uint256 value, uint256 min, uint256 max)).
	ErrValueOutOfBounds = errors.New("value out of bounds")
	// ErrInputTooLarge: a string, array or swap input above its limit
	// (InputTooLarge(uint256 size, uint256 max)).
	ErrInputTooLarge = errors.New("input too large")
	// ErrSubnetNotFound: no subnet is registered under the netuid
	// (SubnetNotFound(uint16 netuid)).
	ErrSubnetNotFound = errors.New("subnet not found")
	// ErrNotSubnetOwner: the caller is not the subnet's owner coldkey
	// (NotSubnetOwner(uint16 netuid, address caller)).
	ErrNotSubnetOwner = errors.New("not the subnet owner")
	// ErrRateLimited: the action may be repeated from a later block
	// (RateLimited(uint64 nextBlock)).
	ErrRateLimited = errors.New("rate limited")
	// ErrInsufficientBalance: the caller's native balance does not cover a
	// debit (InsufficientBalance(uint256 balance, uint256 required), wei).
	ErrInsufficientBalance = errors.New("insufficient balance")
	// ErrHotkeyNotFound: the hotkey has no owner coldkey
	// (HotkeyNotFound(bytes32 hotkey)).
	ErrHotkeyNotFound = errors.New("hotkey not found")
	// ErrNotHotkeyOwner: the hotkey belongs to another coldkey
	// (NotHotkeyOwner(bytes32 hotkey, address caller)).
	ErrNotHotkeyOwner = errors.New("not the hotkey owner")
	// ErrHotkeyNotRegistered: the hotkey holds no uid on the subnet
	// (HotkeyNotRegistered(uint16 netuid, bytes32 hotkey)).
	ErrHotkeyNotRegistered = errors.New("hotkey not registered on subnet")
	// ErrUnknownUid: the uid is not in use on the subnet
	// (UnknownUid(uint16 netuid, uint16 uid)).
	ErrUnknownUid = errors.New("unknown uid")
	// ErrPriceLimitExceeded: the price is already past the caller's limit
	// (PriceLimitExceeded(uint256 price, uint256 limit)).
	ErrPriceLimitExceeded = errors.New("price limit exceeded")
	// ErrSlippageExceeded: fill-or-kill order larger than what the limit
	// allows (SlippageExceeded(uint64 amount, uint64 maxAmount)).
	ErrSlippageExceeded = errors.New("slippage exceeded")
	// ErrReserveTooLow: a swap would leave a reserve below the minimum
	// (ReserveTooLow(uint64 reserve, uint64 minimum)).
	ErrReserveTooLow = errors.New("reserve too low")
)

// ErrorMappings returns the mapping of the shared sentinels to the custom
// errors of ITaoErrors, for a module's Errors table (append the module's
// own errors to it).
func ErrorMappings() []precompile.ErrorMapping {
	return []precompile.ErrorMapping{
		{Err: ErrNotSupported, Name: "NotSupported"},
		{Err: ErrAmountOverflow, Name: "AmountOverflow"},
		{Err: ErrValueOutOfBounds, Name: "ValueOutOfBounds"},
		{Err: ErrInputTooLarge, Name: "InputTooLarge"},
		{Err: ErrSubnetNotFound, Name: "SubnetNotFound"},
		{Err: ErrNotSubnetOwner, Name: "NotSubnetOwner"},
		{Err: ErrRateLimited, Name: "RateLimited"},
		{Err: ErrInsufficientBalance, Name: "InsufficientBalance"},
		{Err: ErrHotkeyNotFound, Name: "HotkeyNotFound"},
		{Err: ErrNotHotkeyOwner, Name: "NotHotkeyOwner"},
		{Err: ErrHotkeyNotRegistered, Name: "HotkeyNotRegistered"},
		{Err: ErrUnknownUid, Name: "UnknownUid"},
		{Err: ErrPriceLimitExceeded, Name: "PriceLimitExceeded"},
		{Err: ErrSlippageExceeded, Name: "SlippageExceeded"},
		{Err: ErrReserveTooLow, Name: "ReserveTooLow"},
	}
}
