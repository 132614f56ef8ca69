package subnets

import (
	"errors"
	"math/bits"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/taoevm/taoevm/precompiles/pools"
	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/protocol"
)

// ErrSubnetLimitReached is returned when the subnet cap is reached and every
// subnet is immune (Solidity: SubnetLimitReached(uint16 limit)).
var ErrSubnetLimitReached = errors.New("subnets: subnet limit reached")

// LockCost returns the lock cost of a registration in block, in rao: the
// Dutch auction max(MinLockCost, last·m − (last/LockReductionInterval)·Δ)
// with m = 2 after the first registration (1 before it, when last is 0 and
// the cost is the minimum) and Δ the blocks since the last registration.
// Every step saturates (at 2^64−1 up, at 0 down), as Subtensor's.
func LockCost(r precompile.StateReader, block uint64) uint64 {
	minLock := protocol.MinLockCost.Get(r)
	last, at := LastLock(r)
	if last == 0 {
		return minLock
	}
	hi, cost := bits.Mul64(last, 2)
	if hi != 0 {
		cost = ^uint64(0)
	}
	var elapsed uint64
	if block > at {
		elapsed = block - at
	}
	hi, dec := bits.Mul64(last/protocol.LockReductionInterval.Get(r), elapsed)
	if hi != 0 || dec >= cost {
		cost = 0
	} else {
		cost -= dec
	}
	return max(cost, minLock)
}

// NextRegistrationBlock returns the first block at which a subnet may be
// registered (the chain-wide NetworkRateLimit since the last registration).
func NextRegistrationBlock(r precompile.StateReader) uint64 {
	last, at := LastLock(r)
	if last == 0 {
		return 0
	}
	n, c := bits.Add64(at, protocol.NetworkRateLimit.Get(r), 0)
	if c != 0 {
		return ^uint64(0)
	}
	return n
}

// PruneCandidate returns the subnet the next registration would dissolve at
// the cap: among the subnets past their NetworkImmunityPeriod, the lowest
// moving price, then the earliest registration, then the lowest netuid.
// It reads the packed net rows, two subnets per storage word, so its work
// is bounded by the cap (at most protocol.MaxSubnetLimit). ok is false if
// every subnet is immune.
func PruneCandidate(r precompile.StateReader, block uint64) (netuid uint16, ok bool) {
	n := protocol.TotalNetworks(r)
	immunity := protocol.NetworkImmunityPeriod.Get(r)
	var bestPrice, bestReg uint64
	for id := uint16(1); id <= n && id != 0; id++ {
		reg, price := protocol.NetRow(r, id)
		if end, c := bits.Add64(reg, immunity, 0); c != 0 || block < end {
			continue
		}
		if !ok || price < bestPrice || (price == bestPrice && reg < bestReg) {
			netuid, bestPrice, bestReg, ok = id, price, reg, true
		}
	}
	return netuid, ok
}

// dissolve dissolves the current generation of netuid: the pool's claim
// rate is fixed (pools.Dissolve), the escrow is refunded to the owner, and
// NetworkDissolved is emitted. The generation is bumped by the
// registration that reuses the netuid. Nothing is iterated.
func dissolve(env precompile.Env, netuid uint16) error {
	st := env.State()
	k := protocol.Current(st, netuid)
	owner := Owner(st, k)
	li := Lock(st, k)
	d := pools.Dissolve(st, k)
	refund := li.Escrow
	if refund != 0 {
		if err := protocol.Pay(st, Address, owner, refund); err != nil {
			return err
		}
		li.Escrow = 0
		setLock(st, k, li)
	}
	return emitNetworkDissolved(env, netuid, owner, k.Gen, d.PoolTAO, d.Rate, refund)
}

// register is the body of the three registerNetwork overloads. identity is
// nil for the one-argument overload.
func register(env precompile.Env, hotkeyKey [32]byte, identity *Identity) (uint16, error) {
	st := env.State()
	caller, block := env.Caller(), env.BlockNumber()
	hotkey, err := hotkeyAddress(hotkeyKey)
	if err != nil {
		return 0, err
	}
	if identity != nil {
		if err := checkIdentity(identity); err != nil {
			return 0, err
		}
	}
	if owner := protocol.HotkeyOwner(st, hotkey); owner != (common.Address{}) && owner != caller {
		return 0, precompile.Revert(protocol.ErrNotHotkeyOwner, hotkeyKey, caller)
	}
	if next := NextRegistrationBlock(st); block < next {
		return 0, precompile.Revert(protocol.ErrRateLimited, next)
	}
	lock := LockCost(st, block)
	if bal, need := st.GetBalance(caller), protocol.RaoToWei(lock); bal.Lt(need) {
		return 0, precompile.Revert(protocol.ErrInsufficientBalance, bal.ToBig(), need.ToBig())
	}

	// A netuid: the next one, or at the cap the dissolved one's.
	total, limit := protocol.TotalNetworks(st), protocol.SubnetLimit.Get(st)
	var netuid uint16
	if total >= limit {
		id, ok := PruneCandidate(st, block)
		if !ok {
			return 0, precompile.Revert(ErrSubnetLimitReached, limit)
		}
		if err := dissolve(env, id); err != nil {
			return 0, err
		}
		netuid = id
	} else {
		netuid = total + 1
		protocol.SetTotalNetworks(st, netuid)
	}

	gen := protocol.Generation(st, netuid) + 1
	protocol.SetGeneration(st, netuid, gen)
	k := protocol.NetKey{Netuid: netuid, Gen: gen}
	protocol.SetNetRow(st, netuid, block, 0)
	if _, err := protocol.ClaimHotkey(st, hotkey, caller); err != nil {
		return 0, err
	}

	// The lock: the minimum-lock part seeds the pool at price 1.0, the rest
	// is escrowed on this account.
	seed := protocol.MinLockCost.Get(st)
	escrow := lock - seed
	if err := protocol.Pay(st, caller, pools.Address, seed); err != nil {
		return 0, err
	}
	if escrow != 0 {
		if err := protocol.Pay(st, caller, Address, escrow); err != nil {
			return 0, err
		}
	}
	if err := pools.Seed(st, k, seed, seed); err != nil {
		return 0, err
	}
	SetOwner(st, k, caller)
	SetOwnerHotkey(st, k, hotkey)
	setLock(st, k, LockInfo{Lock: lock, Escrow: escrow})
	setLastLock(st, lock, block)
	if identity != nil {
		StoreIdentity(st, k, *identity)
	}
	for _, h := range registrationHooks {
		if err := h(st, k, caller, hotkey, block); err != nil {
			return 0, err
		}
	}
	if err := emitNetworkRegistered(env, netuid, caller, hotkeyKey, gen, lock, seed); err != nil {
		return 0, err
	}
	if identity != nil {
		if err := emitIdentitySet(env, netuid, *identity); err != nil {
			return 0, err
		}
	}
	return netuid, nil
}

// hotkeyAddress is precompile.KeyAddress that also refuses the zero key
// (InvalidKey): the zero address is no hotkey.
func hotkeyAddress(key [32]byte) (common.Address, error) {
	a, err := precompile.KeyAddress(key)
	if err == nil && a == (common.Address{}) {
		return a, precompile.Revert(precompile.ErrInvalidKey, key)
	}
	return a, err
}

// DissolvedRate returns the claimable TAO per alpha ×1e18 of a dissolved
// generation of netuid (pools.DissolvedRate), and false if that generation
// was not dissolved.
func DissolvedRate(r precompile.StateReader, netuid uint16, gen uint64) (*uint256.Int, bool) {
	return pools.DissolvedRate(r, protocol.NetKey{Netuid: netuid, Gen: gen})
}

// OwnerShare describes the owner's part of a dissolved generation: the
// pool's alpha reserve at dissolution counts as the owner coldkey's stake on
// the owner hotkey of that generation; the staking module pays it with
// pools.ClaimOwnerShare when that coldkey claims on that hotkey.
type OwnerShare struct {
	// Owner and OwnerHotkey are the generation's owner coldkey and hotkey.
	Owner, OwnerHotkey common.Address
	// Alpha is the pool's alpha reserve at dissolution.
	Alpha uint64
	// Claimed reports whether it was paid.
	Claimed bool
}

// DissolvedOwnerShare returns the owner share of a dissolved generation, and
// false if the generation was not dissolved.
func DissolvedOwnerShare(r precompile.StateReader, k protocol.NetKey) (OwnerShare, bool) {
	d, ok := pools.LoadDissolution(r, k)
	if !ok {
		return OwnerShare{}, false
	}
	return OwnerShare{Owner: Owner(r, k), OwnerHotkey: OwnerHotkey(r, k), Alpha: d.OwnerAlpha, Claimed: d.OwnerClaimed}, true
}

// checkIdentity enforces the byte limits (InputTooLarge(size, limit)).
func checkIdentity(id *Identity) error {
	for i, f := range id.fields() {
		if len(*f) > IdentityLimits[i] {
			return precompile.Revert(protocol.ErrInputTooLarge, protocol.Big(uint64(len(*f))), protocol.Big(uint64(IdentityLimits[i])))
		}
	}
	return nil
}
