package pools

import (
	"errors"
	"math/bits"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/swap"
)

// Limit is a limit price for a swap. The zero Limit is no limit.
type Limit struct {
	// Set turns the limit on.
	Set bool
	// Price is in rao per alpha: the highest price a buy may leave, the
	// lowest a sell may leave.
	Price uint64
	// AllowPartial executes the largest part within Price instead of
	// failing (fill-or-kill) when the whole amount does not fit.
	AllowPartial bool
}

// NoLimit is the zero Limit.
var NoLimit = Limit{}

// AtPrice returns a limit at price rao per alpha.
func AtPrice(price uint64, allowPartial bool) Limit {
	return Limit{Set: true, Price: price, AllowPartial: allowPartial}
}

// Trade is the outcome of a swap. In and Fee are in the input's unit (rao
// for a buy, alpha rao for a sell), Out in the output's. On root In == Out
// and Fee == 0.
type Trade struct {
	// In is the input executed, Fee the part of it kept in the pool, Out
	// the output paid.
	In, Fee, Out uint64
	// PriceAfter is the spot price after the trade, rao per alpha (1e9 on root).
	PriceAfter uint64
}

// FeeRate returns the pools' swap fee rate (genesis parameter).
func FeeRate(r precompile.StateReader) swap.FeeRate {
	return swap.FeeRate(protocol.FeeRate.Get(r))
}

// Seed initialises a new subnet generation's pool with tao rao of TAO and
// alpha alpha rao (the registration's pool seed; the caller moves the TAO
// to Address). Both must be at least swap.MinimumReserve.
func Seed(w precompile.StateWriter, k protocol.NetKey, tao, alpha uint64) error {
	if _, err := swap.NewPool(tao, alpha); err != nil {
		return precompile.Revert(protocol.ErrReserveTooLow, min(tao, alpha), swap.MinimumReserve)
	}
	Store(w, k, Pool{TAO: tao, Alpha: alpha})
	return nil
}

// SwapTaoForAlpha buys alpha with taoIn rao in the generation's pool,
// updating only storage: the pool's reserves, its alpha out and volume. The
// TAO must already be (or be made) native balance of Address; BuyAlpha does
// both. On root it is 1:1 without fee. Errors are the named errors of
// ITaoErrors (see mapSwapError).
func SwapTaoForAlpha(w precompile.StateWriter, k protocol.NetKey, taoIn uint64, lim Limit) (Trade, error) {
	return swapTaoForAlpha(w, k, taoIn, lim, FeeRate(w))
}

// SwapTaoForAlphaFeeless is SwapTaoForAlpha without a fee and without a
// limit: the destination leg of a cross-subnet moveStake, whose origin leg
// already paid the fee (the TAO is already native balance of Address).
func SwapTaoForAlphaFeeless(w precompile.StateWriter, k protocol.NetKey, taoIn uint64) (Trade, error) {
	return swapTaoForAlpha(w, k, taoIn, NoLimit, swap.NoFee)
}

func swapTaoForAlpha(w precompile.StateWriter, k protocol.NetKey, taoIn uint64, lim Limit, fee swap.FeeRate) (Trade, error) {
	p := Load(w, k)
	if k.IsRoot() {
		if lim.Set && lim.Price < swap.RaoPerUnit {
			return Trade{}, precompile.Revert(protocol.ErrPriceLimitExceeded, protocol.Big(swap.RaoPerUnit), protocol.Big(lim.Price))
		}
		if taoIn == 0 {
			return Trade{}, zeroAmount()
		}
		t, c1 := bits.Add64(p.TAO, taoIn, 0)
		o, c2 := bits.Add64(p.AlphaOut, taoIn, 0)
		if c1|c2 != 0 {
			return Trade{}, overflow(taoIn)
		}
		p.TAO, p.AlphaOut = t, o
		Store(w, k, p)
		AddVolume(w, k, taoIn)
		return Trade{In: taoIn, Out: taoIn, PriceAfter: swap.RaoPerUnit}, nil
	}
	res := p.Reserves()
	var (
		q   swap.Quote
		err error
	)
	if lim.Set {
		q, err = limitBuy(res, taoIn, lim, fee)
	} else {
		q, err = res.QuoteBuy(taoIn, fee)
	}
	if err != nil {
		return Trade{}, mapSwapError(err, res, swap.Buy, taoIn, fee)
	}
	o, c := bits.Add64(p.AlphaOut, q.Out, 0)
	if c != 0 {
		return Trade{}, overflow(taoIn)
	}
	p.TAO, p.Alpha, p.AlphaOut = q.After.TAO, q.After.Alpha, o
	Store(w, k, p)
	AddVolume(w, k, q.In)
	price, _ := q.After.PriceRao()
	return Trade{In: q.In, Fee: q.Fee, Out: q.Out, PriceAfter: price}, nil
}

// SwapAlphaForTao sells alphaIn alpha rao in the generation's pool,
// updating only storage (the TAO paid out is still native balance of
// Address; SellAlpha pays it). The alpha leaves the outstanding total
// (the caller has debited it from a stake). On root it is 1:1.
func SwapAlphaForTao(w precompile.StateWriter, k protocol.NetKey, alphaIn uint64, lim Limit) (Trade, error) {
	p := Load(w, k)
	if k.IsRoot() {
		if lim.Set && lim.Price > swap.RaoPerUnit {
			return Trade{}, precompile.Revert(protocol.ErrPriceLimitExceeded, protocol.Big(swap.RaoPerUnit), protocol.Big(lim.Price))
		}
		if alphaIn == 0 {
			return Trade{}, zeroAmount()
		}
		if alphaIn > p.AlphaOut || alphaIn > p.TAO {
			return Trade{}, precompile.Revert(protocol.ErrAmountOverflow, protocol.Big(alphaIn), protocol.Big(min(p.AlphaOut, p.TAO)))
		}
		p.TAO -= alphaIn
		p.AlphaOut -= alphaIn
		Store(w, k, p)
		AddVolume(w, k, alphaIn)
		return Trade{In: alphaIn, Out: alphaIn, PriceAfter: swap.RaoPerUnit}, nil
	}
	if alphaIn > p.AlphaOut {
		return Trade{}, precompile.Revert(protocol.ErrAmountOverflow, protocol.Big(alphaIn), protocol.Big(p.AlphaOut))
	}
	fee := FeeRate(w)
	res := p.Reserves()
	var (
		q   swap.Quote
		err error
	)
	if lim.Set {
		q, err = limitSell(res, alphaIn, lim, fee)
	} else {
		q, err = res.QuoteSell(alphaIn, fee)
	}
	if err != nil {
		return Trade{}, mapSwapError(err, res, swap.Sell, alphaIn, fee)
	}
	p.TAO, p.Alpha, p.AlphaOut = q.After.TAO, q.After.Alpha, p.AlphaOut-q.In
	Store(w, k, p)
	AddVolume(w, k, q.Out)
	price, _ := q.After.PriceRao()
	return Trade{In: q.In, Fee: q.Fee, Out: q.Out, PriceAfter: price}, nil
}

// BuyAlpha debits payer's native balance by taoIn × 1e9 wei (what the
// limit lets execute: Trade.In), moves it to the pool's account and swaps
// it for alpha, which the caller credits to a stake.
func BuyAlpha(b protocol.Bank, k protocol.NetKey, payer common.Address, taoIn uint64, lim Limit) (Trade, error) {
	if bal, need := b.GetBalance(payer), protocol.RaoToWei(taoIn); bal.Lt(need) {
		return Trade{}, precompile.Revert(protocol.ErrInsufficientBalance, bal.ToBig(), need.ToBig())
	}
	t, err := SwapTaoForAlpha(b, k, taoIn, lim)
	if err != nil {
		return Trade{}, err
	}
	if err := protocol.Pay(b, payer, Address, t.In); err != nil {
		return Trade{}, err
	}
	return t, nil
}

// SellAlpha swaps alphaIn alpha rao (already debited from a stake by the
// caller) for TAO and pays it to recipient's native balance.
func SellAlpha(b protocol.Bank, k protocol.NetKey, recipient common.Address, alphaIn uint64, lim Limit) (Trade, error) {
	t, err := SwapAlphaForTao(b, k, alphaIn, lim)
	if err != nil {
		return Trade{}, err
	}
	if err := protocol.Pay(b, Address, recipient, t.Out); err != nil {
		return Trade{}, err
	}
	return t, nil
}

func limitBuy(p swap.Pool, in uint64, lim Limit, fee swap.FeeRate) (swap.Quote, error) {
	m, err := p.MaxBuy(lim.Price, fee)
	if err != nil {
		return swap.Quote{}, err
	}
	amt, err := fill(p, in, m, lim)
	if err != nil {
		return swap.Quote{}, err
	}
	return p.QuoteBuy(amt, fee)
}

func limitSell(p swap.Pool, in uint64, lim Limit, fee swap.FeeRate) (swap.Quote, error) {
	m, err := p.MaxSell(lim.Price, fee)
	if err != nil {
		return swap.Quote{}, err
	}
	amt, err := fill(p, in, m, lim)
	if err != nil {
		return swap.Quote{}, err
	}
	return p.QuoteSell(amt, fee)
}

// fill returns how much of in a swap within lim executes when at most m
// fits before the limit price: PriceLimitExceeded(price, limit) if nothing
// fits, SlippageExceeded(in, m) for a fill-or-kill that does not fit.
func fill(p swap.Pool, in, m uint64, lim Limit) (uint64, error) {
	if m == 0 {
		price, _ := p.PriceRao()
		return 0, precompile.Revert(protocol.ErrPriceLimitExceeded, protocol.Big(price), protocol.Big(lim.Price))
	}
	amt, err := swap.FillAmount(in, m, lim.AllowPartial)
	if errors.Is(err, swap.ErrPriceLimit) {
		return 0, precompile.Revert(protocol.ErrSlippageExceeded, in, m)
	}
	return amt, err
}

// PlanSell returns how much of want alpha rao a sell within lim would
// execute in the generation's pool: want without a limit, else the amount
// SwapAlphaForTao with lim would sell (the most the limit price allows with
// AllowPartial), or its PriceLimitExceeded / SlippageExceeded. The staking
// module debits that much from a stake before selling it. Errors of the
// pool itself are left to the sell (want is returned).
func PlanSell(r precompile.StateReader, k protocol.NetKey, want uint64, lim Limit) (uint64, error) {
	if !lim.Set {
		return want, nil
	}
	if k.IsRoot() {
		if lim.Price > swap.RaoPerUnit {
			return 0, precompile.Revert(protocol.ErrPriceLimitExceeded, protocol.Big(swap.RaoPerUnit), protocol.Big(lim.Price))
		}
		return want, nil
	}
	p := Load(r, k).Reserves()
	m, err := p.MaxSell(lim.Price, FeeRate(r))
	if err != nil {
		return want, nil
	}
	return fill(p, want, m, lim)
}

func zeroAmount() error {
	return precompile.Revert(protocol.ErrValueOutOfBounds, protocol.Big(0), protocol.Big(1), protocol.Big(^uint64(0)))
}

func overflow(amount uint64) error {
	return precompile.Revert(protocol.ErrAmountOverflow, protocol.Big(amount), protocol.Big(^uint64(0)))
}

// mapSwapError turns the swap package's sentinels into the named errors of
// ITaoErrors: InputTooLarge(input, 1000 × reserve), ReserveTooLow(reserve
// left or current, minimum), ValueOutOfBounds(0, 1, max) for a zero input
// or an output that rounds to zero, AmountOverflow. Errors that are already
// reverts pass through.
func mapSwapError(err error, p swap.Pool, d swap.Direction, in uint64, fee swap.FeeRate) error {
	var re *precompile.RevertError
	if errors.As(err, &re) {
		return err
	}
	rin, rout := p.TAO, p.Alpha
	if d == swap.Sell {
		rin, rout = p.Alpha, p.TAO
	}
	switch {
	case errors.Is(err, swap.ErrInputTooLarge):
		hi, lo := bits.Mul64(rin, swap.MaxInputMultiplier)
		if hi != 0 {
			lo = ^uint64(0)
		}
		return precompile.Revert(protocol.ErrInputTooLarge, protocol.Big(in), protocol.Big(lo))
	case errors.Is(err, swap.ErrReserveBelowMinimum):
		out := quoteOut(p, d, in, fee)
		return precompile.Revert(protocol.ErrReserveTooLow, rout-out, swap.MinimumReserve)
	case errors.Is(err, swap.ErrInsufficientLiquidity):
		return precompile.Revert(protocol.ErrReserveTooLow, min(rin, rout), swap.MinimumReserve)
	case errors.Is(err, swap.ErrZeroAmount), errors.Is(err, swap.ErrZeroOutput):
		return precompile.Revert(protocol.ErrValueOutOfBounds, protocol.Big(in), protocol.Big(1), protocol.Big(^uint64(0)))
	case errors.Is(err, swap.ErrOverflow):
		return overflow(in)
	}
	return err
}

// quoteOut recomputes the output of a swap the quote refused for the
// minimum reserve (for the error's argument).
func quoteOut(p swap.Pool, d swap.Direction, in uint64, rate swap.FeeRate) uint64 {
	rin, rout := p.TAO, p.Alpha
	if d == swap.Sell {
		rin, rout = p.Alpha, p.TAO
	}
	net := in - rate.On(in)
	var num, den uint256.Int
	num.Mul(uint256.NewInt(rout), uint256.NewInt(net))
	den.Add(uint256.NewInt(rin), uint256.NewInt(net))
	num.Div(&num, &den)
	out := num.Uint64()
	if out > rout {
		out = rout
	}
	return out
}

// Inject adds emission to a generation's pool: tao rao and alpha alpha rao
// into the reserves (the emission module mints the TAO to Address).
func Inject(w precompile.StateWriter, k protocol.NetKey, tao, alpha uint64) error {
	p := Load(w, k)
	t, c1 := bits.Add64(p.TAO, tao, 0)
	a, c2 := bits.Add64(p.Alpha, alpha, 0)
	if c1|c2 != 0 {
		return overflow(max(tao, alpha))
	}
	p.TAO, p.Alpha = t, a
	Store(w, k, p)
	return nil
}

// AddAlphaOut books alpha alpha rao issued outside the pool (emission to
// the owner, miners and validators).
func AddAlphaOut(w precompile.StateWriter, k protocol.NetKey, alpha uint64) error {
	p := Load(w, k)
	o, c := bits.Add64(p.AlphaOut, alpha, 0)
	if c != 0 {
		return overflow(alpha)
	}
	p.AlphaOut = o
	Store(w, k, p)
	return nil
}

// SubAlphaOut removes alpha alpha rao from the outstanding total (burnAlpha
// destroys alpha; the issuance falls). It fails with AmountOverflow(alpha,
// outstanding) if more is removed than is outstanding.
func SubAlphaOut(w precompile.StateWriter, k protocol.NetKey, alpha uint64) error {
	p := Load(w, k)
	if alpha > p.AlphaOut {
		return precompile.Revert(protocol.ErrAmountOverflow, protocol.Big(alpha), protocol.Big(p.AlphaOut))
	}
	p.AlphaOut -= alpha
	Store(w, k, p)
	return nil
}

// UpdateMovingPrice advances the netuid's moving price by one block:
// age is the number of blocks since the subnet's registration (the EMA's
// warm-up). Root and pools that cannot price are left alone.
func UpdateMovingPrice(w precompile.StateWriter, k protocol.NetKey, age uint64) error {
	if k.IsRoot() {
		return nil
	}
	spot, err := Load(w, k).Reserves().CappedPrice18()
	if err != nil {
		return nil
	}
	next, err := swap.NextMovingPrice(protocol.MovingPrice(w, k.Netuid), spot, age, movingParams(w))
	if err != nil {
		return err
	}
	protocol.SetMovingPrice(w, k.Netuid, next)
	return nil
}

// Dissolve fixes the claim rate of a generation's pool: every alpha issued
// (outstanding stakes and the pool's own reserve, which counts as the
// owner's) becomes claimable TAO at ⌊PoolTAO·1e18 / issuance⌋ per 1e18
// alpha. The TAO stays native balance of Address until claimed; nothing is
// iterated. It returns the record.
func Dissolve(w precompile.StateWriter, k protocol.NetKey) Dissolution {
	p := Load(w, k)
	rate := new(uint256.Int)
	if iss := p.Issuance(); iss != 0 {
		rate.Mul(uint256.NewInt(p.TAO), uint256.NewInt(swap.PriceScale))
		rate.Div(rate, uint256.NewInt(iss))
	}
	d := Dissolution{PoolTAO: p.TAO, OwnerAlpha: p.Alpha, Issuance: p.Issuance(), Rate: rate}
	storeDissolution(w, k, d)
	return d
}

// ClaimValue returns the TAO, in rao, that alpha alpha rao of a dissolved
// generation is worth at rate: ⌊alpha·rate/1e18⌋.
func ClaimValue(alpha uint64, rate *uint256.Int) uint64 {
	v := new(uint256.Int).Mul(uint256.NewInt(alpha), rate)
	v.Div(v, uint256.NewInt(swap.PriceScale))
	return v.Uint64() // ≤ PoolTAO whenever alpha ≤ issuance
}

// Claim pays alpha alpha rao of a dissolved generation as TAO to `to`
// (the staking module calls it for a position of that generation, which it
// then clears). It fails with ErrNotDissolved, or ErrClaimExceedsIssuance if
// the claims would pass the alpha issued at dissolution.
func Claim(b protocol.Bank, k protocol.NetKey, to common.Address, alpha uint64) (uint64, error) {
	d, ok := LoadDissolution(b, k)
	if !ok {
		return 0, ErrNotDissolved
	}
	return claim(b, k, d, to, alpha)
}

// ClaimOwnerShare pays the owner share of a dissolved generation (its pool's
// alpha reserve at dissolution) as TAO to `to`, once. The staking module
// calls it when the owner coldkey of that generation claims on its owner
// hotkey. It returns the alpha and TAO; ErrAlreadyClaimed the second time.
func ClaimOwnerShare(b protocol.Bank, k protocol.NetKey, to common.Address) (alpha, tao uint64, err error) {
	d, ok := LoadDissolution(b, k)
	if !ok {
		return 0, 0, ErrNotDissolved
	}
	if d.OwnerClaimed {
		return 0, 0, ErrAlreadyClaimed
	}
	d.OwnerClaimed = true
	storeDissolution(b, k, d)
	tao, err = claim(b, k, d, to, d.OwnerAlpha)
	return d.OwnerAlpha, tao, err
}

func claim(b protocol.Bank, k protocol.NetKey, d Dissolution, to common.Address, alpha uint64) (uint64, error) {
	ca, c := bits.Add64(d.ClaimedAlpha, alpha, 0)
	if c != 0 || ca > d.Issuance {
		return 0, ErrClaimExceedsIssuance
	}
	tao := ClaimValue(alpha, d.Rate)
	ct := d.ClaimedTAO + tao
	if ct > d.PoolTAO {
		return 0, ErrClaimExceedsIssuance
	}
	storeClaimed(b, k, ca, ct)
	if tao == 0 {
		return 0, nil
	}
	return tao, protocol.Pay(b, Address, to, tao)
}
