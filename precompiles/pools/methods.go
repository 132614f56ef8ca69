package pools

import (
	"errors"
	"math"
	"math/big"
	"math/bits"

	"github.com/holiman/uint256"

	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/swap"
)

type netuidArgs struct{ Netuid uint16 }

type taoArgs struct {
	Netuid uint16
	Tao    uint64
}

type alphaArgs struct {
	Netuid uint16
	Alpha  uint64
}

type limitArgs struct {
	Netuid     uint16
	LimitPrice uint64
}

// key returns the netuid's current generation, SubnetNotFound if none.
func key(r precompile.StateReader, netuid uint16) (protocol.NetKey, error) {
	k := protocol.Current(r, netuid)
	if !k.IsRoot() && k.Gen == 0 {
		return k, precompile.Revert(protocol.ErrSubnetNotFound, netuid)
	}
	return k, nil
}

func loadPool(env precompile.Env, netuid uint16) (protocol.NetKey, Pool, error) {
	k, err := key(env.State(), netuid)
	if err != nil {
		return k, Pool{}, err
	}
	return k, Load(env.State(), k), nil
}

// Price18 returns a pool's spot price, TAO per alpha ×1e18 (1e18 on root, 0
// for a pool that cannot price).
func Price18(k protocol.NetKey, p Pool) *uint256.Int {
	if k.IsRoot() {
		return uint256.NewInt(swap.PriceScale)
	}
	v, err := p.Reserves().Price18()
	if err != nil {
		return new(uint256.Int)
	}
	return &v
}

// PriceRao returns a pool's spot price in rao per alpha, rounded down (1e9
// on root, 0 for a pool that cannot price, 2^64-1 if it does not fit).
func PriceRao(k protocol.NetKey, p Pool) uint64 {
	if k.IsRoot() {
		return swap.RaoPerUnit
	}
	v, err := p.Reserves().PriceRao()
	switch {
	case errors.Is(err, swap.ErrOverflow):
		return math.MaxUint64
	case err != nil:
		return 0
	}
	return v
}

func getAlphaPrice(env precompile.Env, a netuidArgs) (*big.Int, error) {
	k, p, err := loadPool(env, a.Netuid)
	if err != nil {
		return nil, err
	}
	return Price18(k, p).ToBig(), nil
}

func getAlphaPriceRao(env precompile.Env, a netuidArgs) (uint64, error) {
	k, p, err := loadPool(env, a.Netuid)
	if err != nil {
		return 0, err
	}
	v := PriceRao(k, p)
	if v == math.MaxUint64 && !k.IsRoot() {
		if _, err := p.Reserves().PriceRao(); errors.Is(err, swap.ErrOverflow) {
			exact := new(big.Int).Mul(protocol.Big(p.TAO), protocol.Big(swap.RaoPerUnit))
			exact.Quo(exact, protocol.Big(p.Alpha))
			return 0, precompile.Revert(protocol.ErrAmountOverflow, exact, protocol.Big(math.MaxUint64))
		}
	}
	return v, nil
}

func getMovingAlphaPrice(env precompile.Env, a netuidArgs) (*big.Int, error) {
	if _, err := key(env.State(), a.Netuid); err != nil {
		return nil, err
	}
	return protocol.Big(protocol.MovingPrice(env.State(), a.Netuid)), nil
}

func getTaoInPool(env precompile.Env, a netuidArgs) (uint64, error) {
	_, p, err := loadPool(env, a.Netuid)
	return p.TAO, err
}

func getAlphaInPool(env precompile.Env, a netuidArgs) (uint64, error) {
	_, p, err := loadPool(env, a.Netuid)
	return p.Alpha, err
}

func getAlphaOutPool(env precompile.Env, a netuidArgs) (uint64, error) {
	_, p, err := loadPool(env, a.Netuid)
	return p.AlphaOut, err
}

func getAlphaIssuance(env precompile.Env, a netuidArgs) (uint64, error) {
	_, p, err := loadPool(env, a.Netuid)
	return p.Issuance(), err
}

func getTaoWeight(env precompile.Env, _ precompile.None) (*big.Int, error) {
	return protocol.Big(protocol.TaoWeight.Get(env.State())), nil
}

func getCKBurn(precompile.Env, precompile.None) (*big.Int, error) { return new(big.Int), nil }

func getRootNetuid(precompile.Env, precompile.None) (uint16, error) { return protocol.RootNetuid, nil }

func getSubnetMechanism(env precompile.Env, a netuidArgs) (uint16, error) {
	k, err := key(env.State(), a.Netuid)
	if err != nil {
		return 0, err
	}
	if k.IsRoot() {
		return 0, nil
	}
	return 1, nil
}

func getEMAPriceHalvingBlocks(env precompile.Env, a netuidArgs) (uint64, error) {
	if _, err := key(env.State(), a.Netuid); err != nil {
		return 0, err
	}
	return protocol.MovingHalvingBlocks.Get(env.State()), nil
}

func getSubnetVolume(env precompile.Env, a netuidArgs) (*big.Int, error) {
	k, err := key(env.State(), a.Netuid)
	if err != nil {
		return nil, err
	}
	return Volume(env.State(), k).ToBig(), nil
}

func lastEmission(env precompile.Env, netuid uint16) (Emission, error) {
	k, err := key(env.State(), netuid)
	if err != nil {
		return Emission{}, err
	}
	return LastEmission(env.State(), k), nil
}

func getTaoInEmission(env precompile.Env, a netuidArgs) (*big.Int, error) {
	e, err := lastEmission(env, a.Netuid)
	return protocol.Big(e.TaoIn), err
}

func getAlphaInEmission(env precompile.Env, a netuidArgs) (*big.Int, error) {
	e, err := lastEmission(env, a.Netuid)
	return protocol.Big(e.AlphaIn), err
}

func getAlphaOutEmission(env precompile.Env, a netuidArgs) (*big.Int, error) {
	e, err := lastEmission(env, a.Netuid)
	return protocol.Big(e.AlphaOut), err
}

// SumAlphaPrice returns the sum of the spot prices (×1e18) of the non-root
// subnets priced below 1 TAO per alpha, as Subtensor's get_sum_alpha_price.
// It reads two words per subnet: at most protocol.MaxSubnetLimit subnets.
func SumAlphaPrice(r precompile.StateReader) *uint256.Int {
	sum := new(uint256.Int)
	one := uint256.NewInt(swap.PriceScale)
	n := protocol.TotalNetworks(r)
	for netuid := uint16(1); netuid <= n; netuid++ {
		k := protocol.Current(r, netuid)
		if k.Gen == 0 {
			continue
		}
		if p := Price18(k, Load(r, k)); p.Lt(one) {
			sum.Add(sum, p)
		}
	}
	return sum
}

func getSumAlphaPrice(env precompile.Env, _ precompile.None) (*big.Int, error) {
	return SumAlphaPrice(env.State()).ToBig(), nil
}

func getFeeRate(env precompile.Env, a netuidArgs) (uint16, error) {
	k, err := key(env.State(), a.Netuid)
	if err != nil {
		return 0, err
	}
	if k.IsRoot() {
		return 0, nil
	}
	return uint16(FeeRate(env.State())), nil
}

// simulate maps a quote's error: a zero input or an output rounding to zero
// simulate to 0; the rest are the named errors.
func simulate(p swap.Pool, d swap.Direction, in uint64, fee swap.FeeRate) (*big.Int, error) {
	if in == 0 {
		return new(big.Int), nil
	}
	q, err := p.Quote(d, in, fee)
	if errors.Is(err, swap.ErrZeroOutput) {
		return new(big.Int), nil
	}
	if err != nil {
		return nil, mapSwapError(err, p, d, in, fee)
	}
	return protocol.Big(q.Out), nil
}

func simSwapTaoForAlpha(env precompile.Env, a taoArgs) (*big.Int, error) {
	k, p, err := loadPool(env, a.Netuid)
	if err != nil {
		return nil, err
	}
	if k.IsRoot() {
		return protocol.Big(a.Tao), nil
	}
	return simulate(p.Reserves(), swap.Buy, a.Tao, FeeRate(env.State()))
}

func simSwapAlphaForTao(env precompile.Env, a alphaArgs) (*big.Int, error) {
	k, p, err := loadPool(env, a.Netuid)
	if err != nil {
		return nil, err
	}
	if k.IsRoot() {
		return protocol.Big(a.Alpha), nil
	}
	return simulate(p.Reserves(), swap.Sell, a.Alpha, FeeRate(env.State()))
}

// ExactInput returns the smallest gross input (fee included) whose swap in
// direction d pays out at least want: the exact-output quote. It fails with
// ReserveTooLow when taking want out would leave the output reserve below
// the minimum, and InputTooLarge when the input would exceed 1000× the input
// reserve. The search is a bisection over the monotone quote (at most 64
// steps).
func ExactInput(p swap.Pool, d swap.Direction, want uint64, fee swap.FeeRate) (uint64, error) {
	if err := p.Validate(); err != nil {
		return 0, mapSwapError(err, p, d, want, fee)
	}
	if want == 0 {
		return 0, nil
	}
	rin, rout := p.TAO, p.Alpha
	if d == swap.Sell {
		rin, rout = p.Alpha, p.TAO
	}
	if want > rout || rout-want < swap.MinimumReserve {
		left := uint64(0)
		if want < rout {
			left = rout - want
		}
		return 0, precompile.Revert(protocol.ErrReserveTooLow, left, swap.MinimumReserve)
	}
	ok := func(in uint64) bool {
		q, err := p.Quote(d, in, fee)
		return err == nil && q.Out >= want
	}
	hi, lo := bits.Mul64(rin, swap.MaxInputMultiplier)
	upper := lo
	if hi != 0 || upper > math.MaxUint64-rin {
		upper = math.MaxUint64 - rin
	}
	if !ok(upper) {
		// The closed-form net input ⌈rin·want/(rout−want)⌉ for the error.
		need := new(uint256.Int).Mul(uint256.NewInt(rin), uint256.NewInt(want))
		den := uint256.NewInt(rout - want)
		need.Add(need, new(uint256.Int).SubUint64(den, 1))
		need.Div(need, den)
		return 0, precompile.Revert(protocol.ErrInputTooLarge, need.ToBig(), protocol.Big(upper))
	}
	low := uint64(0) // !ok(low) (ok(0) is false: a zero input fails)
	for upper-low > 1 {
		mid := low + (upper-low)/2
		if ok(mid) {
			upper = mid
		} else {
			low = mid
		}
	}
	return upper, nil
}

func simSwapTaoForExactAlpha(env precompile.Env, a alphaArgs) (*big.Int, error) {
	k, p, err := loadPool(env, a.Netuid)
	if err != nil {
		return nil, err
	}
	if k.IsRoot() {
		return protocol.Big(a.Alpha), nil
	}
	in, err := ExactInput(p.Reserves(), swap.Buy, a.Alpha, FeeRate(env.State()))
	return protocol.Big(in), err
}

func simSwapAlphaForExactTao(env precompile.Env, a taoArgs) (*big.Int, error) {
	k, p, err := loadPool(env, a.Netuid)
	if err != nil {
		return nil, err
	}
	if k.IsRoot() {
		return protocol.Big(a.Tao), nil
	}
	in, err := ExactInput(p.Reserves(), swap.Sell, a.Tao, FeeRate(env.State()))
	return protocol.Big(in), err
}

// MaxAmountAdd is getMaxAmountAdd: the largest TAO input whose buy leaves
// the price at or below limit (root: all or nothing at 1e9).
func MaxAmountAdd(r precompile.StateReader, k protocol.NetKey, limit uint64) (uint64, error) {
	if k.IsRoot() {
		if limit >= swap.RaoPerUnit {
			return math.MaxUint64, nil
		}
		return 0, nil
	}
	res := Load(r, k).Reserves()
	fee := FeeRate(r)
	m, err := res.MaxBuy(limit, fee)
	if err != nil {
		return 0, mapSwapError(err, res, swap.Buy, 0, fee)
	}
	return m, nil
}

// MaxAmountRemove is getMaxAmountRemove: the largest alpha input whose sell
// leaves the price at or above limit (root: all or nothing at 1e9).
func MaxAmountRemove(r precompile.StateReader, k protocol.NetKey, limit uint64) (uint64, error) {
	if k.IsRoot() {
		if limit <= swap.RaoPerUnit {
			return math.MaxUint64, nil
		}
		return 0, nil
	}
	res := Load(r, k).Reserves()
	fee := FeeRate(r)
	m, err := res.MaxSell(limit, fee)
	if err != nil {
		return 0, mapSwapError(err, res, swap.Sell, 0, fee)
	}
	return m, nil
}

func getMaxAmountAdd(env precompile.Env, a limitArgs) (uint64, error) {
	k, err := key(env.State(), a.Netuid)
	if err != nil {
		return 0, err
	}
	return MaxAmountAdd(env.State(), k, a.LimitPrice)
}

func getMaxAmountRemove(env precompile.Env, a limitArgs) (uint64, error) {
	k, err := key(env.State(), a.Netuid)
	if err != nil {
		return 0, err
	}
	return MaxAmountRemove(env.State(), k, a.LimitPrice)
}
