package staking

import (
	"errors"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/shares"
)

// StakeOf returns the alpha of a coldkey's position on (hotkey, k): its
// shares valued at the share pool's current value (TAO rao on root). Two
// storage reads.
func StakeOf(r precompile.StateReader, k protocol.NetKey, hotkey, coldkey common.Address) uint64 {
	s := loadStake(r, k, hotkey, coldkey)
	if s.shares.IsZero() {
		return 0
	}
	v, err := LoadHotkeyPool(r, k, hotkey).Pool.ValueOf(s.shares)
	if err != nil {
		return 0
	}
	return v
}

// HotkeyAlpha returns the alpha staked to hotkey on k by all its nominators
// (the share pool's value; TAO rao on root). One storage read.
func HotkeyAlpha(r precompile.StateReader, k protocol.NetKey, hotkey common.Address) uint64 {
	return LoadHotkeyPool(r, k, hotkey).Pool.Value
}

// Credit stakes alpha alpha rao, already outside the pool (booked in the
// pool's alpha out), to coldkey's position on (hotkey, k) at the share
// pool's current value, and returns the shares minted. It adds the
// position to the coldkey's list (TooManyStakePositions when full) and the
// coldkey to the hotkey's nominators. The emission module uses it for
// stake that belongs to one coldkey (a validator's take, a miner's
// incentive); the staking methods use it after a swap.
func Credit(w precompile.StateWriter, k protocol.NetKey, hotkey, coldkey common.Address, alpha uint64) (uint256.Int, error) {
	pk, sk := hotkeyPoolKey(k, hotkey), stakeKey(k, hotkey, coldkey)
	hp := loadHotkeyPoolAt(w, pk)
	np, minted, err := hp.Pool.Deposit(alpha)
	if err != nil {
		return minted, mapShareError(err, alpha)
	}
	s := loadStakeAt(w, sk)
	if s.shares.IsZero() {
		if err := addPosition(w, k, hotkey, coldkey, &s, &hp); err != nil {
			return minted, err
		}
	}
	if hp.Pool.Value == 0 {
		setNetBit(w, hotkey, k.Netuid, true)
	}
	s.shares.Add(&s.shares, &minted)
	hp.Pool = np
	storeHotkeyPoolAt(w, pk, hp)
	storeStakeAt(w, sk, s)
	return minted, nil
}

// Distribute credits alpha alpha rao to every holder of the share pool of
// (hotkey, k) pro rata, raising the value of each share (emission to a
// validator's nominators: auto-compounding, no per-nominator work). A pool
// nobody holds shares in is credited to the hotkey's owner coldkey with
// Credit instead. Zero is a no-op.
func Distribute(w precompile.StateWriter, k protocol.NetKey, hotkey common.Address, alpha uint64) error {
	if alpha == 0 {
		return nil
	}
	hp := LoadHotkeyPool(w, k, hotkey)
	if hp.Pool.Shares.IsZero() {
		owner := protocol.HotkeyOwner(w, hotkey)
		if owner == (common.Address{}) {
			return precompile.Revert(protocol.ErrHotkeyNotFound, precompile.AddressKey(hotkey))
		}
		_, err := Credit(w, k, hotkey, owner, alpha)
		return err
	}
	np, err := hp.Pool.AddValue(alpha)
	if err != nil {
		return mapShareError(err, alpha)
	}
	hp.Pool = np
	storeHotkeyPool(w, k, hotkey, hp)
	return nil
}

// debit takes alpha out of coldkey's position on (hotkey, k): all of it
// (every share, which pays exactly the position's value) or at least amount
// (the shares for amount, rounded up: paid ≥ amount, by less than one
// share's worth). It returns the alpha paid, which has left the share pool
// and is the caller's to sell, move or burn. A position left without shares
// leaves the coldkey's list and the hotkey's nominators.
func debit(w precompile.StateWriter, k protocol.NetKey, hotkey, coldkey common.Address, amount uint64, all bool) (uint64, error) {
	pk, sk := hotkeyPoolKey(k, hotkey), stakeKey(k, hotkey, coldkey)
	hp := loadHotkeyPoolAt(w, pk)
	s := loadStakeAt(w, sk)
	have := valueOf(hp.Pool, s.shares)
	if s.shares.IsZero() || (!all && amount > have) {
		return 0, precompile.Revert(ErrInsufficientStake, have, max(amount, 1))
	}
	var (
		np     shares.Pool
		burned uint256.Int
		paid   uint64
		err    error
	)
	if all || amount == have {
		burned = s.shares
		np, paid, err = hp.Pool.Withdraw(burned)
	} else {
		np, burned, paid, err = hp.Pool.WithdrawAmount(amount, s.shares)
	}
	if err != nil {
		return 0, mapShareError(err, amount)
	}
	s.shares.Sub(&s.shares, &burned)
	hp.Pool = np
	if s.shares.IsZero() {
		removePosition(w, k, hotkey, coldkey, &s, &hp)
	}
	if hp.Pool.Value == 0 && protocol.Generation(w, k.Netuid) == k.Gen {
		setNetBit(w, hotkey, k.Netuid, false)
	}
	storeHotkeyPoolAt(w, pk, hp)
	storeStakeAt(w, sk, s)
	return paid, nil
}

// moveShares moves shares of the share pool of (hotkey, k) from one
// coldkey to another: the pool is unchanged (a transfer within a subnet).
func moveShares(w precompile.StateWriter, k protocol.NetKey, hotkey, from, to common.Address, n uint256.Int) error {
	hp := LoadHotkeyPool(w, k, hotkey)
	sf := loadStake(w, k, hotkey, from)
	if n.IsZero() || n.Gt(&sf.shares) {
		return precompile.Revert(ErrInsufficientStake, valueOf(hp.Pool, sf.shares), valueOf(hp.Pool, n))
	}
	sf.shares.Sub(&sf.shares, &n)
	if sf.shares.IsZero() {
		removePosition(w, k, hotkey, from, &sf, &hp)
	}
	storeStake(w, k, hotkey, from, sf)
	st := loadStake(w, k, hotkey, to)
	if st.shares.IsZero() {
		if err := addPosition(w, k, hotkey, to, &st, &hp); err != nil {
			return err
		}
	}
	st.shares.Add(&st.shares, &n)
	storeStake(w, k, hotkey, to, st)
	storeHotkeyPool(w, k, hotkey, hp)
	return nil
}

// addPosition appends (hotkey, k) to coldkey's positions and coldkey to the
// hotkey's nominators, recording both indices in s and the count in hp
// (the caller stores both).
func addPosition(w precompile.StateWriter, k protocol.NetKey, hotkey, coldkey common.Address, s *stakeRec, hp *HotkeyPool) error {
	n := PositionCount(w, coldkey)
	if limit := MaxPositions(w); n >= limit {
		return precompile.Revert(ErrTooManyStakePositions, protocol.Big(limit))
	}
	storePosition(w, coldkey, n, Position{Hotkey: hotkey, Key: k})
	setPositionCount(w, coldkey, n+1)
	s.pos = n + 1
	setNominator(w, k, hotkey, hp.Nominators, coldkey)
	hp.Nominators++
	s.nom = hp.Nominators
	return nil
}

// removePosition removes (hotkey, k) from coldkey's positions and coldkey
// from the hotkey's nominators, moving the last entry of each list into the
// freed place and updating that entry's back index.
func removePosition(w precompile.StateWriter, k protocol.NetKey, hotkey, coldkey common.Address, s *stakeRec, hp *HotkeyPool) {
	if s.pos != 0 {
		n := PositionCount(w, coldkey)
		i, last := s.pos-1, n-1
		if i != last {
			moved := PositionAt(w, coldkey, last)
			storePosition(w, coldkey, i, moved)
			ms := loadStake(w, moved.Key, moved.Hotkey, coldkey)
			ms.pos = i + 1
			storeStake(w, moved.Key, moved.Hotkey, coldkey, ms)
		}
		clearPosition(w, coldkey, last)
		setPositionCount(w, coldkey, last)
		s.pos = 0
	}
	if s.nom != 0 {
		i, last := s.nom-1, hp.Nominators-1
		if i != last {
			moved := Nominator(w, k, hotkey, last)
			setNominator(w, k, hotkey, i, moved)
			ms := loadStake(w, k, hotkey, moved)
			ms.nom = i + 1
			storeStake(w, k, hotkey, moved, ms)
		}
		setNominator(w, k, hotkey, last, common.Address{})
		hp.Nominators = last
		s.nom = 0
	}
}

// valueOf is the alpha shares are worth in p (0 for none or on error).
func valueOf(p shares.Pool, n uint256.Int) uint64 {
	v, err := p.ValueOf(n)
	if err != nil {
		return 0
	}
	return v
}

// mapShareError turns the shares package's sentinels into named errors.
func mapShareError(err error, amount uint64) error {
	switch {
	case errors.Is(err, shares.ErrOverflow):
		return precompile.Revert(protocol.ErrAmountOverflow, protocol.Big(amount), protocol.Big(^uint64(0)))
	case errors.Is(err, shares.ErrZeroAmount), errors.Is(err, shares.ErrZeroShares):
		return precompile.Revert(protocol.ErrValueOutOfBounds, protocol.Big(amount), protocol.Big(1), protocol.Big(^uint64(0)))
	}
	return err
}
