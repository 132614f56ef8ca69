package staking

import (
	"math"
	"math/big"
	"math/bits"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/taoevm/taoevm/precompiles/pools"
	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/subnets"
)

// ---------------------------------------------------------------- arguments

func netuidOf(v *big.Int) (uint16, error) {
	if v.Sign() < 0 || !v.IsUint64() || v.Uint64() > math.MaxUint16 {
		return 0, precompile.Revert(protocol.ErrValueOutOfBounds, v, protocol.Big(0), protocol.Big(math.MaxUint16))
	}
	return uint16(v.Uint64()), nil
}

func amountOf(v *big.Int) (uint64, error) {
	if v.Sign() < 0 || !v.IsUint64() {
		return 0, precompile.Revert(protocol.ErrAmountOverflow, v, protocol.Big(math.MaxUint64))
	}
	return v.Uint64(), nil
}

func nonZero(v uint64) error {
	if v == 0 {
		return precompile.Revert(protocol.ErrValueOutOfBounds, protocol.Big(0), protocol.Big(1), protocol.Big(math.MaxUint64))
	}
	return nil
}

// subnetKey converts a netuid argument and returns its current generation
// (SubnetNotFound if none).
func subnetKey(r precompile.StateReader, v *big.Int) (protocol.NetKey, error) {
	netuid, err := netuidOf(v)
	if err != nil {
		return protocol.NetKey{}, err
	}
	return subnets.Key(r, netuid)
}

// ownedHotkey converts a hotkey argument that must have an owner.
func ownedHotkey(r precompile.StateReader, hk [32]byte) (common.Address, common.Address, error) {
	hotkey, err := precompile.KeyAddress(hk)
	if err != nil {
		return hotkey, common.Address{}, err
	}
	owner := protocol.HotkeyOwner(r, hotkey)
	if owner == (common.Address{}) {
		return hotkey, owner, precompile.Revert(protocol.ErrHotkeyNotFound, hk)
	}
	return hotkey, owner, nil
}

func belowMin(amount, minimum uint64) error {
	return precompile.Revert(ErrBelowMinimumStake, amount, minimum)
}

// ---------------------------------------------------------------- stake in

type addStakeArgs struct {
	Hotkey [32]byte
	Amount *big.Int
	Netuid *big.Int
}

type addStakeLimitArgs struct {
	Hotkey       [32]byte
	Amount       *big.Int
	LimitPrice   *big.Int
	AllowPartial bool
	Netuid       *big.Int
}

type taoAlpha struct {
	Tao   *big.Int
	Alpha *big.Int
}

func addStake(env precompile.Env, a addStakeArgs) (*big.Int, error) {
	t, err := stakeIn(env, a.Hotkey, a.Amount, a.Netuid, pools.NoLimit)
	if err != nil {
		return nil, err
	}
	return protocol.Big(t.Out), nil
}

func addStakeLimit(env precompile.Env, a addStakeLimitArgs) (taoAlpha, error) {
	price, err := amountOf(a.LimitPrice)
	if err != nil {
		return taoAlpha{}, err
	}
	t, err := stakeIn(env, a.Hotkey, a.Amount, a.Netuid, pools.AtPrice(price, a.AllowPartial))
	if err != nil {
		return taoAlpha{}, err
	}
	return taoAlpha{Tao: protocol.Big(t.In), Alpha: protocol.Big(t.Out)}, nil
}

// stakeIn buys alpha with the caller's TAO (within lim) and credits it to
// the caller's position on (hotkey, netuid).
func stakeIn(env precompile.Env, hk [32]byte, amountArg, netuidArg *big.Int, lim pools.Limit) (pools.Trade, error) {
	st, caller := env.State(), env.Caller()
	hotkey, _, err := ownedHotkey(st, hk)
	if err != nil {
		return pools.Trade{}, err
	}
	amount, err := amountOf(amountArg)
	if err != nil {
		return pools.Trade{}, err
	}
	k, err := subnetKey(st, netuidArg)
	if err != nil {
		return pools.Trade{}, err
	}
	minStake := protocol.MinStake.Get(st)
	if amount < minStake {
		return pools.Trade{}, belowMin(amount, minStake)
	}
	t, err := pools.BuyAlpha(st, k, caller, amount, lim)
	if err != nil {
		return pools.Trade{}, err
	}
	if t.In < minStake { // a partial fill below the minimum
		return pools.Trade{}, belowMin(t.In, minStake)
	}
	if _, err := Credit(st, k, hotkey, caller, t.Out); err != nil {
		return pools.Trade{}, err
	}
	if err := emitSwap(env, k, caller, true, t); err != nil {
		return pools.Trade{}, err
	}
	return t, emitStakeAdded(env, k.Netuid, hotkey, caller, t.In, t.Out, t.Fee)
}

// ---------------------------------------------------------------- stake out

type removeStakeArgs struct {
	Hotkey [32]byte
	Amount *big.Int
	Netuid *big.Int
}

type removeStakeFullArgs struct {
	Hotkey [32]byte
	Netuid *big.Int
}

type removeStakeFullLimitArgs struct {
	Hotkey     [32]byte
	Netuid     *big.Int
	LimitPrice *big.Int
}

type removeStakeLimitArgs struct {
	Hotkey       [32]byte
	Amount       *big.Int
	LimitPrice   *big.Int
	AllowPartial bool
	Netuid       *big.Int
}

type alphaTao struct {
	Alpha *big.Int
	Tao   *big.Int
}

func removeStake(env precompile.Env, a removeStakeArgs) (*big.Int, error) {
	amount, err := amountOf(a.Amount)
	if err != nil {
		return nil, err
	}
	if err := nonZero(amount); err != nil {
		return nil, err
	}
	_, tao, err := stakeOut(env, a.Hotkey, a.Netuid, amount, false, pools.NoLimit)
	return protocol.Big(tao), err
}

func removeStakeFull(env precompile.Env, a removeStakeFullArgs) (*big.Int, error) {
	_, tao, err := stakeOut(env, a.Hotkey, a.Netuid, 0, true, pools.NoLimit)
	return protocol.Big(tao), err
}

func removeStakeFullLimit(env precompile.Env, a removeStakeFullLimitArgs) (*big.Int, error) {
	price, err := amountOf(a.LimitPrice)
	if err != nil {
		return nil, err
	}
	_, tao, err := stakeOut(env, a.Hotkey, a.Netuid, 0, true, pools.AtPrice(price, false))
	return protocol.Big(tao), err
}

func removeStakeLimit(env precompile.Env, a removeStakeLimitArgs) (alphaTao, error) {
	amount, err := amountOf(a.Amount)
	if err != nil {
		return alphaTao{}, err
	}
	price, err := amountOf(a.LimitPrice)
	if err != nil {
		return alphaTao{}, err
	}
	if err := nonZero(amount); err != nil {
		return alphaTao{}, err
	}
	alpha, tao, err := stakeOut(env, a.Hotkey, a.Netuid, amount, false, pools.AtPrice(price, a.AllowPartial))
	return alphaTao{Alpha: protocol.Big(alpha), Tao: protocol.Big(tao)}, err
}

// stakeOut sells amount alpha of the caller's position on (hotkey, netuid)
// (the whole position if all) within lim and pays the TAO to the caller.
// It returns the alpha removed and the TAO paid.
func stakeOut(env precompile.Env, hk [32]byte, netuidArg *big.Int, amount uint64, all bool, lim pools.Limit) (uint64, uint64, error) {
	st, caller := env.State(), env.Caller()
	hotkey, err := precompile.KeyAddress(hk)
	if err != nil {
		return 0, 0, err
	}
	k, err := subnetKey(st, netuidArg)
	if err != nil {
		return 0, 0, err
	}
	have := StakeOf(st, k, hotkey, caller)
	want := amount
	if all {
		want = have
	}
	if s := loadStake(st, k, hotkey, caller); want > have || s.shares.IsZero() {
		return 0, 0, precompile.Revert(ErrInsufficientStake, have, max(want, 1))
	}
	sell := want
	if want != 0 {
		if sell, err = pools.PlanSell(st, k, want, lim); err != nil {
			return 0, 0, err
		}
	}
	paid, err := debit(st, k, hotkey, caller, sell, all && sell == want)
	if err != nil {
		return 0, 0, err
	}
	if paid == 0 { // dust shares worth nothing: the position is closed
		return 0, 0, emitStakeRemoved(env, k.Netuid, hotkey, caller, 0, 0, 0)
	}
	if lim.Set {
		lim.AllowPartial = false // PlanSell fixed the amount
	}
	t, err := pools.SellAlpha(st, k, caller, paid, lim)
	if err != nil {
		return 0, 0, err
	}
	minStake := protocol.MinStake.Get(st)
	if t.Out < minStake && StakeOf(st, k, hotkey, caller) != 0 {
		return 0, 0, belowMin(t.Out, minStake)
	}
	if err := emitSwap(env, k, caller, false, t); err != nil {
		return 0, 0, err
	}
	return paid, t.Out, emitStakeRemoved(env, k.Netuid, hotkey, caller, paid, t.Out, t.Fee)
}

// ---------------------------------------------------------------- moves and transfers

type moveStakeArgs struct {
	OriginHotkey      [32]byte
	DestinationHotkey [32]byte
	OriginNetuid      *big.Int
	DestinationNetuid *big.Int
	Amount            *big.Int
}

type transferStakeArgs struct {
	DestinationColdkey [32]byte
	Hotkey             [32]byte
	OriginNetuid       *big.Int
	DestinationNetuid  *big.Int
	Amount             *big.Int
}

type transferStakeFromArgs struct {
	Source            common.Address
	Destination       common.Address
	Hotkey            [32]byte
	OriginNetuid      *big.Int
	DestinationNetuid *big.Int
	Amount            *big.Int
}

func moveStake(env precompile.Env, a moveStakeArgs) (*big.Int, error) {
	st, caller := env.State(), env.Caller()
	oh, err := precompile.KeyAddress(a.OriginHotkey)
	if err != nil {
		return nil, err
	}
	dh, _, err := ownedHotkey(st, a.DestinationHotkey)
	if err != nil {
		return nil, err
	}
	ko, kd, amount, err := moveArgs(st, a.OriginNetuid, a.DestinationNetuid, a.Amount)
	if err != nil {
		return nil, err
	}
	if ko == kd && oh == dh {
		return nil, precompile.Revert(ErrSameStakePosition)
	}
	out, err := relocate(env, ko, kd, oh, dh, caller, caller, amount, false, caller)
	return protocol.Big(out), err
}

func transferStake(env precompile.Env, a transferStakeArgs) (*big.Int, error) {
	to, err := precompile.KeyAddress(a.DestinationColdkey)
	if err != nil {
		return nil, err
	}
	if to == (common.Address{}) { // stake nobody could ever move again
		return nil, precompile.Revert(precompile.ErrInvalidKey, a.DestinationColdkey)
	}
	out, err := transfer(env, env.Caller(), to, a.Hotkey, a.OriginNetuid, a.DestinationNetuid, a.Amount, env.Caller())
	return protocol.Big(out), err
}

func transferStakeFrom(env precompile.Env, a transferStakeFromArgs) (precompile.None, error) {
	st, spender := env.State(), env.Caller()
	if a.Destination == (common.Address{}) {
		return precompile.None{}, precompile.Revert(precompile.ErrInvalidKey, precompile.AddressKey(a.Destination))
	}
	ko, err := subnetKey(st, a.OriginNetuid)
	if err != nil {
		return precompile.None{}, err
	}
	amount, err := amountOf(a.Amount)
	if err != nil {
		return precompile.None{}, err
	}
	allowed := Allowance(st, a.Source, spender, ko)
	need := uint256.NewInt(amount)
	if allowed.Lt(need) {
		return precompile.None{}, precompile.Revert(ErrInsufficientAllowance, allowed.ToBig(), a.Amount)
	}
	if !isUnlimited(allowed) {
		allowed.Sub(allowed, need)
		setAllowance(st, a.Source, spender, ko, allowed)
		if err := emitApproval(env, a.Source, spender, ko.Netuid, allowed); err != nil {
			return precompile.None{}, err
		}
	}
	_, err = transfer(env, a.Source, a.Destination, a.Hotkey, a.OriginNetuid, a.DestinationNetuid, a.Amount, spender)
	return precompile.None{}, err
}

// transfer moves stake on one hotkey from coldkey `from` to coldkey `to`.
func transfer(env precompile.Env, from, to common.Address, hk [32]byte, on, dn, amountArg *big.Int, spender common.Address) (uint64, error) {
	st := env.State()
	hotkey, _, err := ownedHotkey(st, hk)
	if err != nil {
		return 0, err
	}
	ko, kd, amount, err := moveArgs(st, on, dn, amountArg)
	if err != nil {
		return 0, err
	}
	for _, k := range []protocol.NetKey{ko, kd} {
		if !subnets.TransfersEnabled(st, k) {
			return 0, precompile.Revert(ErrTransfersDisabled, k.Netuid)
		}
	}
	if ko == kd && from == to {
		return 0, precompile.Revert(ErrSameStakePosition)
	}
	return relocate(env, ko, kd, hotkey, hotkey, from, to, amount, true, spender)
}

// moveArgs converts and checks the netuids and amount of a move or transfer.
func moveArgs(r precompile.StateReader, on, dn, amountArg *big.Int) (ko, kd protocol.NetKey, amount uint64, err error) {
	if ko, err = subnetKey(r, on); err != nil {
		return
	}
	if kd, err = subnetKey(r, dn); err != nil {
		return
	}
	if amount, err = amountOf(amountArg); err != nil {
		return
	}
	err = nonZero(amount)
	return
}

// relocate moves amount alpha from (oh, ko, from) to (dh, kd, to). Within
// one subnet the alpha moves without a swap (a transfer on one hotkey moves
// the shares themselves); across subnets it is sold in the origin pool and
// the TAO bought into the destination pool, with only one leg paying the
// fee. It emits the Swap events and StakeMoved (transfer false) or
// StakeTransferred, and returns the alpha credited.
func relocate(env precompile.Env, ko, kd protocol.NetKey, oh, dh, from, to common.Address, amount uint64, isTransfer bool, spender common.Address) (uint64, error) {
	st := env.State()
	minStake := protocol.MinStake.Get(st)
	have := StakeOf(st, ko, oh, from)
	if amount > have {
		return 0, precompile.Revert(ErrInsufficientStake, have, amount)
	}
	var alphaIn, alphaOut, tao uint64
	if ko == kd {
		if v := spotTAO(st, ko, amount); v < minStake {
			return 0, belowMin(v, minStake)
		}
		if isTransfer { // same hotkey: the shares change hands
			hp := LoadHotkeyPool(st, ko, oh)
			n := loadStake(st, ko, oh, from).shares
			if amount != have {
				var err error
				if n, err = hp.Pool.SharesFor(amount); err != nil {
					return 0, mapShareError(err, amount)
				}
			}
			alphaIn, alphaOut = amount, valueOf(hp.Pool, n)
			if err := moveShares(st, ko, oh, from, to, n); err != nil {
				return 0, err
			}
		} else {
			paid, err := debit(st, ko, oh, from, amount, false)
			if err != nil {
				return 0, err
			}
			if _, err := Credit(st, kd, dh, to, paid); err != nil {
				return 0, err
			}
			alphaIn, alphaOut = paid, paid
		}
	} else {
		paid, err := debit(st, ko, oh, from, amount, false)
		if err != nil {
			return 0, err
		}
		t1, err := pools.SwapAlphaForTao(st, ko, paid, pools.NoLimit)
		if err != nil {
			return 0, err
		}
		if t1.Out < minStake {
			return 0, belowMin(t1.Out, minStake)
		}
		var t2 pools.Trade
		if ko.IsRoot() || kd.IsRoot() {
			t2, err = pools.SwapTaoForAlpha(st, kd, t1.Out, pools.NoLimit)
		} else {
			t2, err = pools.SwapTaoForAlphaFeeless(st, kd, t1.Out)
		}
		if err != nil {
			return 0, err
		}
		if _, err := Credit(st, kd, dh, to, t2.Out); err != nil {
			return 0, err
		}
		if err := emitSwap(env, ko, from, false, t1); err != nil {
			return 0, err
		}
		if err := emitSwap(env, kd, to, true, t2); err != nil {
			return 0, err
		}
		alphaIn, alphaOut, tao = paid, t2.Out, t1.Out
	}
	if isTransfer {
		return alphaOut, emitStakeTransferred(env, from, to, oh, ko.Netuid, kd.Netuid, alphaIn, alphaOut, spender)
	}
	return alphaOut, emitStakeMoved(env, from, oh, dh, ko.Netuid, kd.Netuid, alphaIn, alphaOut, tao)
}

// spotTAO values alpha of k at the spot price (1:1 on root, 0 for a pool
// that cannot price).
func spotTAO(r precompile.StateReader, k protocol.NetKey, alpha uint64) uint64 {
	if k.IsRoot() {
		return alpha
	}
	v, err := pools.Load(r, k).Reserves().AlphaToTAO(alpha)
	if err != nil {
		return 0
	}
	return v
}

// ---------------------------------------------------------------- burn

type burnAlphaArgs struct {
	Hotkey [32]byte
	Amount *big.Int
	Netuid *big.Int
}

func burnAlpha(env precompile.Env, a burnAlphaArgs) (precompile.None, error) {
	st, caller := env.State(), env.Caller()
	hotkey, err := precompile.KeyAddress(a.Hotkey)
	if err != nil {
		return precompile.None{}, err
	}
	amount, err := amountOf(a.Amount)
	if err != nil {
		return precompile.None{}, err
	}
	k, err := subnetKey(st, a.Netuid)
	if err != nil {
		return precompile.None{}, err
	}
	if k.IsRoot() {
		return precompile.None{}, precompile.Revert(protocol.ErrNotSupported)
	}
	if err := nonZero(amount); err != nil {
		return precompile.None{}, err
	}
	paid, err := debit(st, k, hotkey, caller, amount, false)
	if err != nil {
		return precompile.None{}, err
	}
	if err := pools.SubAlphaOut(st, k, paid); err != nil {
		return precompile.None{}, err
	}
	return precompile.None{}, emitAlphaBurned(env, k.Netuid, hotkey, caller, paid)
}

// ---------------------------------------------------------------- allowances

type approveArgs struct {
	Spender common.Address
	Netuid  *big.Int
	Amount  *big.Int
}

func isUnlimited(v *uint256.Int) bool {
	return v.Eq(new(uint256.Int).SetAllOne())
}

func allowanceArgs(env precompile.Env, a approveArgs) (protocol.NetKey, *uint256.Int, error) {
	netuid, err := netuidOf(a.Netuid)
	if err != nil {
		return protocol.NetKey{}, nil, err
	}
	v, overflow := uint256.FromBig(a.Amount)
	if overflow {
		return protocol.NetKey{}, nil, precompile.Revert(protocol.ErrAmountOverflow, a.Amount, new(uint256.Int).SetAllOne().ToBig())
	}
	return protocol.Current(env.State(), netuid), v, nil
}

func approve(env precompile.Env, a approveArgs) (precompile.None, error) {
	k, v, err := allowanceArgs(env, a)
	if err != nil {
		return precompile.None{}, err
	}
	setAllowance(env.State(), env.Caller(), a.Spender, k, v)
	return precompile.None{}, emitApproval(env, env.Caller(), a.Spender, k.Netuid, v)
}

func increaseAllowance(env precompile.Env, a approveArgs) (precompile.None, error) {
	k, v, err := allowanceArgs(env, a)
	if err != nil {
		return precompile.None{}, err
	}
	cur := Allowance(env.State(), env.Caller(), a.Spender, k)
	sum, overflow := new(uint256.Int).AddOverflow(cur, v)
	if overflow {
		room := new(uint256.Int).Sub(new(uint256.Int).SetAllOne(), cur)
		return precompile.None{}, precompile.Revert(protocol.ErrAmountOverflow, a.Amount, room.ToBig())
	}
	setAllowance(env.State(), env.Caller(), a.Spender, k, sum)
	return precompile.None{}, emitApproval(env, env.Caller(), a.Spender, k.Netuid, sum)
}

func decreaseAllowance(env precompile.Env, a approveArgs) (precompile.None, error) {
	k, v, err := allowanceArgs(env, a)
	if err != nil {
		return precompile.None{}, err
	}
	cur := Allowance(env.State(), env.Caller(), a.Spender, k)
	if cur.Lt(v) {
		return precompile.None{}, precompile.Revert(ErrInsufficientAllowance, cur.ToBig(), a.Amount)
	}
	cur.Sub(cur, v)
	setAllowance(env.State(), env.Caller(), a.Spender, k, cur)
	return precompile.None{}, emitApproval(env, env.Caller(), a.Spender, k.Netuid, cur)
}

// ---------------------------------------------------------------- take

type takeArgs struct {
	Hotkey [32]byte
	Take   uint16
}

func increaseTake(env precompile.Env, a takeArgs) (precompile.None, error) {
	return changeTake(env, a, true)
}

func decreaseTake(env precompile.Env, a takeArgs) (precompile.None, error) {
	return changeTake(env, a, false)
}

func changeTake(env precompile.Env, a takeArgs, up bool) (precompile.None, error) {
	st, caller, block := env.State(), env.Caller(), env.BlockNumber()
	hotkey, owner, err := ownedHotkey(st, a.Hotkey)
	if err != nil {
		return precompile.None{}, err
	}
	if owner != caller {
		return precompile.None{}, precompile.Revert(protocol.ErrNotHotkeyOwner, a.Hotkey, caller)
	}
	lo, hi := protocol.MinTake.Get(st), protocol.MaxTake.Get(st)
	if a.Take < lo || a.Take > hi {
		return precompile.None{}, precompile.Revert(protocol.ErrValueOutOfBounds, protocol.Big(uint64(a.Take)), protocol.Big(uint64(lo)), protocol.Big(uint64(hi)))
	}
	cur, at := Take(st, hotkey)
	if (up && a.Take <= cur) || (!up && a.Take >= cur) {
		return precompile.None{}, precompile.Revert(ErrInvalidTake, cur, a.Take)
	}
	if up && at != 0 {
		next, c := bits.Add64(at, protocol.TakeRateLimit.Get(st), 0)
		if c != 0 {
			next = math.MaxUint64
		}
		if block < next {
			return precompile.None{}, precompile.Revert(protocol.ErrRateLimited, next)
		}
	}
	setTake(st, hotkey, a.Take, block)
	return precompile.None{}, emitTakeChanged(env, hotkey, caller, cur, a.Take)
}

// ---------------------------------------------------------------- proxies

type proxyArgs struct{ Delegate [32]byte }

func notSupported(precompile.Env, proxyArgs) (precompile.None, error) {
	return precompile.None{}, precompile.Revert(protocol.ErrNotSupported)
}

// ---------------------------------------------------------------- dissolved stake

type claimArgs struct {
	Hotkey     [32]byte
	Netuid     *big.Int
	Generation *big.Int
}

// claimKey converts the netuid and generation of a claim.
func claimKey(netuidArg, genArg *big.Int) (protocol.NetKey, error) {
	netuid, err := netuidOf(netuidArg)
	if err != nil {
		return protocol.NetKey{}, err
	}
	if genArg.Sign() < 0 || !genArg.IsUint64() {
		return protocol.NetKey{}, precompile.Revert(protocol.ErrValueOutOfBounds, genArg, protocol.Big(0), protocol.Big(math.MaxUint64))
	}
	return protocol.NetKey{Netuid: netuid, Gen: genArg.Uint64()}, nil
}

// ownerShare reports whether coldkey may claim the owner share of the
// dissolved generation k on hotkey (it owned the subnet, hotkey was its
// owner hotkey, and the share is unclaimed), and the share's alpha.
func ownerShare(r precompile.StateReader, k protocol.NetKey, hotkey, coldkey common.Address) (uint64, bool) {
	d, ok := pools.LoadDissolution(r, k)
	if !ok || d.OwnerClaimed || subnets.Owner(r, k) != coldkey || subnets.OwnerHotkey(r, k) != hotkey {
		return 0, false
	}
	return d.OwnerAlpha, true
}

func claimDissolvedStake(env precompile.Env, a claimArgs) (*big.Int, error) {
	st, caller := env.State(), env.Caller()
	hotkey, err := precompile.KeyAddress(a.Hotkey)
	if err != nil {
		return nil, err
	}
	k, err := claimKey(a.Netuid, a.Generation)
	if err != nil {
		return nil, err
	}
	nothing := precompile.Revert(ErrNothingToClaim, k.Netuid, k.Gen)
	if !pools.IsDissolved(st, k) {
		return nil, nothing
	}
	var alpha, tao uint64
	rec := loadStake(st, k, hotkey, caller)
	held := !rec.shares.IsZero()
	if held {
		if alpha, err = debit(st, k, hotkey, caller, 0, true); err != nil {
			return nil, err
		}
		if alpha != 0 {
			if tao, err = pools.Claim(st, k, caller, alpha); err != nil {
				return nil, err
			}
		}
	}
	_, owner := ownerShare(st, k, hotkey, caller)
	if owner {
		oa, ot, err := pools.ClaimOwnerShare(st, k, caller)
		if err != nil {
			return nil, err
		}
		alpha, tao = alpha+oa, tao+ot
	}
	if !held && !owner {
		return nil, nothing
	}
	return protocol.Big(tao), emitClaimed(env, k.Netuid, hotkey, caller, k.Gen, alpha, tao)
}
