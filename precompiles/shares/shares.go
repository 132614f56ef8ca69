// Package shares is the pure math of a stake share pool: the alpha staked to
// one hotkey on one subnet, owned by its nominators in proportion to their
// shares. Staking mints shares at the current value per share, unstaking
// burns them, and emission credited to the hotkey raises the value of every
// share at once (auto-compounding), with no per-nominator work.
//
// # Representation
//
// A Pool is {Value, Shares}: Value is the total alpha owned by all holders
// (alpha rao, uint64) and Shares the number of shares outstanding (a 256-bit
// unsigned integer, one EVM storage word). A holder's alpha is
// ⌊shares·Value / Shares⌋. The first deposit into an empty pool mints
// InitialSharesPerUnit (1e18) shares per alpha rao. Since the value per
// share can only rise (see below), Shares ≤ 1e18·Value < 2^124 always, and a
// share is worth at most a few rao unless holders left almost nothing behind
// while emission kept arriving: a deposit loses at most one share's worth to
// rounding.
//
// # Rounding and invariants
//
// Every rounding favours the pool (the remaining holders):
//
//   - Deposit mints ⌊amount·Shares / Value⌋ shares (down);
//   - Withdraw pays ⌊shares·Value / Shares⌋ (down), which is exactly Value
//     for the last shares, so an emptied pool holds no stranded value;
//   - SharesFor, the shares to burn to take out an amount, rounds up.
//
// Hence the value per share never decreases, a deposit followed by the
// withdrawal of the shares it minted never returns more than was deposited,
// the holders' values never add up to more than Value, and Value is zero
// exactly when Shares is zero. Moving shares between holders (a transfer of
// stake on the same hotkey and subnet) does not touch the Pool at all.
package shares

import (
	"errors"
	"math/bits"

	"github.com/holiman/uint256"
)

// InitialSharesPerUnit is the number of shares minted per alpha rao by the
// first deposit into an empty pool.
const InitialSharesPerUnit uint64 = 1_000_000_000_000_000_000

// Sentinel errors; compare with errors.Is.
var (
	// ErrZeroAmount is returned for a deposit, withdrawal or share count of zero.
	ErrZeroAmount = errors.New("shares: zero amount")
	// ErrZeroShares is returned when a deposit is too small to mint one share.
	ErrZeroShares = errors.New("shares: deposit too small to mint a share")
	// ErrInsufficientShares is returned when more shares are burned or valued
	// than exist (or than a holder has).
	ErrInsufficientShares = errors.New("shares: insufficient shares")
	// ErrInsufficientValue is returned when more alpha is asked for than the
	// pool holds.
	ErrInsufficientValue = errors.New("shares: insufficient value")
	// ErrNoShares is returned when value is credited to a pool nobody holds
	// shares in: it would belong to no one.
	ErrNoShares = errors.New("shares: no shares outstanding")
	// ErrOverflow is returned when the value would exceed 2^64-1 alpha rao.
	ErrOverflow = errors.New("shares: arithmetic overflow")
	// ErrInvalidPool is returned for a pool whose Value and Shares are not
	// both zero or both non-zero, or with more shares than it ever minted.
	ErrInvalidPool = errors.New("shares: invalid pool")
)

// Pool is one (hotkey, subnet) share pool. It is a value: operations return
// a new Pool and never modify the receiver.
type Pool struct {
	// Value is the total alpha owned by all holders, in alpha rao.
	Value uint64
	// Shares is the number of shares outstanding.
	Shares uint256.Int
}

// Validate reports ErrInvalidPool unless Value and Shares are both zero or
// both non-zero and Shares ≤ Value·InitialSharesPerUnit (a share is never
// worth less than it was at the first deposit). Every other method validates
// its receiver first, which also bounds all intermediate products.
func (p Pool) Validate() error {
	if (p.Value == 0) != p.Shares.IsZero() {
		return ErrInvalidPool
	}
	hi, lo := bits.Mul64(p.Value, InitialSharesPerUnit)
	if p.Shares.Gt(&uint256.Int{lo, hi, 0, 0}) {
		return ErrInvalidPool
	}
	return nil
}

// Deposit adds amount alpha rao to the pool and returns the new pool and the
// shares minted for the depositor: amount·InitialSharesPerUnit into an empty
// pool, otherwise ⌊amount·Shares / Value⌋. ErrZeroShares if that is zero,
// ErrOverflow if the value would pass 2^64-1.
func (p Pool) Deposit(amount uint64) (Pool, uint256.Int, error) {
	var minted uint256.Int
	if err := p.Validate(); err != nil {
		return Pool{}, minted, err
	}
	if amount == 0 {
		return Pool{}, minted, ErrZeroAmount
	}
	v, carry := bits.Add64(p.Value, amount, 0)
	if carry != 0 {
		return Pool{}, minted, ErrOverflow
	}
	if p.Value == 0 {
		hi, lo := bits.Mul64(amount, InitialSharesPerUnit)
		minted = uint256.Int{lo, hi, 0, 0}
	} else {
		mulDiv(&minted, &p.Shares, amount, p.Value)
		if minted.IsZero() {
			return Pool{}, minted, ErrZeroShares
		}
	}
	np := Pool{Value: v}
	np.Shares.Add(&p.Shares, &minted)
	return np, minted, nil
}

// Withdraw burns shares and returns the new pool and the alpha paid for them,
// ⌊shares·Value / Shares⌋ (all of Value for the last shares). The payment
// may be zero for dust shares. ErrInsufficientShares if shares exceeds the
// pool's total; the caller checks the holder's own balance.
func (p Pool) Withdraw(shares uint256.Int) (Pool, uint64, error) {
	if err := p.Validate(); err != nil {
		return Pool{}, 0, err
	}
	if shares.IsZero() {
		return Pool{}, 0, ErrZeroAmount
	}
	if shares.Gt(&p.Shares) {
		return Pool{}, 0, ErrInsufficientShares
	}
	paid := valueOf(&shares, &p.Shares, p.Value) // exactly Value when shares == Shares
	np := Pool{Value: p.Value - paid}
	np.Shares.Sub(&p.Shares, &shares)
	return np, paid, nil
}

// SharesFor returns the shares to burn to take amount alpha rao out of the
// pool: ⌈amount·Shares / Value⌉ (rounded up), so Withdraw of the result pays
// at least amount, and at most one share's worth more. A holder who owns
// ValueOf(s) can always take that amount with at most s shares.
// ErrInsufficientValue if amount exceeds Value.
func (p Pool) SharesFor(amount uint64) (uint256.Int, error) {
	var s uint256.Int
	if err := p.Validate(); err != nil {
		return s, err
	}
	if amount == 0 {
		return s, ErrZeroAmount
	}
	if amount > p.Value {
		return s, ErrInsufficientValue
	}
	var rem uint256.Int
	s.SetUint64(amount)
	s.Mul(&s, &p.Shares)
	rem.SetUint64(p.Value)
	s.DivMod(&s, &rem, &rem)
	if !rem.IsZero() {
		s.AddUint64(&s, 1)
	}
	return s, nil
}

// WithdrawAmount takes amount alpha rao out for a holder of held shares: it
// burns SharesFor(amount) and returns the new pool, the shares burned and
// the alpha paid (≥ amount). ErrInsufficientShares if the holder has too
// few shares.
func (p Pool) WithdrawAmount(amount uint64, held uint256.Int) (Pool, uint256.Int, uint64, error) {
	s, err := p.SharesFor(amount)
	if err != nil {
		return Pool{}, uint256.Int{}, 0, err
	}
	if s.Gt(&held) {
		return Pool{}, uint256.Int{}, 0, ErrInsufficientShares
	}
	np, paid, err := p.Withdraw(s)
	if err != nil {
		return Pool{}, uint256.Int{}, 0, err
	}
	return np, s, paid, nil
}

// ValueOf returns the alpha that shares are worth, ⌊shares·Value / Shares⌋,
// or ErrInsufficientShares if shares exceeds the pool's total.
func (p Pool) ValueOf(shares uint256.Int) (uint64, error) {
	if err := p.Validate(); err != nil {
		return 0, err
	}
	if shares.Gt(&p.Shares) {
		return 0, ErrInsufficientShares
	}
	if shares.IsZero() {
		return 0, nil
	}
	return valueOf(&shares, &p.Shares, p.Value), nil
}

// AddValue credits amount alpha rao to every holder pro rata (emission to the
// hotkey's nominators) by raising Value without minting shares. Zero is a
// no-op. ErrNoShares if nobody holds shares (credit a holder with Deposit
// instead), ErrOverflow if the value would pass 2^64-1.
func (p Pool) AddValue(amount uint64) (Pool, error) {
	if err := p.Validate(); err != nil {
		return Pool{}, err
	}
	if amount == 0 {
		return p, nil
	}
	if p.Shares.IsZero() {
		return Pool{}, ErrNoShares
	}
	v, carry := bits.Add64(p.Value, amount, 0)
	if carry != 0 {
		return Pool{}, ErrOverflow
	}
	return Pool{Value: v, Shares: p.Shares}, nil
}

// mulDiv sets z = ⌊x·a / d⌋ for d > 0. x < 2^124 here, so x·a < 2^188.
func mulDiv(z, x *uint256.Int, a, d uint64) {
	var t uint256.Int
	t.SetUint64(a)
	z.Mul(x, &t)
	t.SetUint64(d)
	z.Div(z, &t)
}

// valueOf returns ⌊shares·value / total⌋ for 0 < shares ≤ total; the result
// is at most value.
func valueOf(shares, total *uint256.Int, value uint64) uint64 {
	var t uint256.Int
	t.SetUint64(value)
	t.Mul(&t, shares)
	t.Div(&t, total)
	return t.Uint64()
}
