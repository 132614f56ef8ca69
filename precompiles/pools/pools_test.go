package pools_test

import (
	"errors"
	"math"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/holiman/uint256"

	"github.com/taoevm/taoevm/bindings"
	"github.com/taoevm/taoevm/precompiles/pools"
	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/precompile/precompiletest"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/swap"
)

var (
	alice = common.HexToAddress("0xa11ce00000000000000000000000000000000001")
	ia    = bindings.NewIAlpha()
	addr  = pools.Address
	def   = pools.Definition()
)

const tao = protocol.RaoPerTAO

// bank adapts a StateDB to protocol.Bank.
type bank struct{ *state.StateDB }

func (b bank) Transfer(from, to common.Address, amount *uint256.Int) error {
	if b.GetBalance(from).Lt(amount) {
		return precompile.ErrInsufficientBalance
	}
	b.SubBalance(from, amount, tracing.BalanceChangeTransfer)
	b.AddBalance(to, amount, tracing.BalanceChangeTransfer)
	return nil
}

// newChain has subnet 1 (generation 1) with a pool of (taoR, alphaR) whose
// TAO is on the pools account, and alice funded.
func newChain(t *testing.T, taoR, alphaR uint64) (*precompiletest.Chain, protocol.NetKey) {
	t.Helper()
	c := precompiletest.New(t, def)
	// The protocol's storage account (the subnet precompile's in a real
	// genesis) must not be empty, or EIP-158 deletes it with its storage.
	c.State.SetNonce(protocol.StorageAddress, 1, tracing.NonceChangeGenesis)
	c.Fund(alice, precompiletest.TAO(1_000_000))
	k := protocol.NetKey{Netuid: 1, Gen: 1}
	protocol.SetGeneration(c.State, 1, 1)
	protocol.SetTotalNetworks(c.State, 1)
	protocol.SetNetRow(c.State, 1, 1, 0)
	if err := pools.Seed(c.State, k, taoR, alphaR); err != nil {
		t.Fatal(err)
	}
	c.Fund(addr, protocol.RaoToWei(taoR))
	return c, k
}

func view(t *testing.T, c *precompiletest.Chain, input []byte) []byte {
	t.Helper()
	res := c.Call(alice, addr, input, nil, 50_000_000)
	if res.Err != nil {
		t.Fatalf("view reverted: %v", def.DecodeRevert(res.Ret))
	}
	if want := def.Gas(input); res.GasUsed != want {
		t.Fatalf("view used %d gas, want %d", res.GasUsed, want)
	}
	return res.Ret
}

func viewErr(t *testing.T, c *precompiletest.Chain, input []byte, want error) []any {
	t.Helper()
	res := c.Call(alice, addr, input, nil, 50_000_000)
	if !errors.Is(res.Err, vm.ErrExecutionReverted) {
		t.Fatalf("err %v, want %v", res.Err, want)
	}
	err := def.DecodeRevert(res.Ret)
	var re *precompile.RevertError
	if !errors.Is(err, want) || !errors.As(err, &re) {
		t.Fatalf("reverted with %v, want %v", err, want)
	}
	return re.Args
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func big64(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

// TestViews checks every IAlpha view through the bindings, with exact values
// and gas, on a pool of 200 TAO and 100 alpha (price 2).
func TestViews(t *testing.T) {
	c, k := newChain(t, 200*tao, 100*tao)
	if _, err := pools.SwapTaoForAlpha(c.State, k, 0, pools.NoLimit); !errors.Is(err, protocol.ErrValueOutOfBounds) {
		t.Fatalf("zero swap: %v", err)
	}
	protocol.SetMovingPrice(c.State, 1, 123)
	pools.SetLastEmission(c.State, k, pools.Emission{TaoIn: 1, AlphaIn: 2, AlphaOut: 3, Block: 4})
	pools.AddVolume(c.State, k, 77)
	if err := pools.AddAlphaOut(c.State, k, 5*tao); err != nil {
		t.Fatal(err)
	}
	p := pools.Load(c.State, k).Reserves()
	fee := swap.DefaultFeeRate
	quoteBuy := must(p.QuoteBuy(3*tao, fee)).Out
	quoteSell := must(p.QuoteSell(3*tao, fee)).Out
	maxBuy := must(p.MaxBuy(3*tao, fee))
	maxSell := must(p.MaxSell(tao, fee))
	bigs := []struct {
		name  string
		input []byte
		unp   func([]byte) (*big.Int, error)
		want  *big.Int
	}{
		{"getAlphaPrice", ia.PackGetAlphaPrice(1), ia.UnpackGetAlphaPrice, big64(2e18)},
		{"getAlphaPrice root", ia.PackGetAlphaPrice(0), ia.UnpackGetAlphaPrice, big64(1e18)},
		{"getMovingAlphaPrice", ia.PackGetMovingAlphaPrice(1), ia.UnpackGetMovingAlphaPrice, big64(123)},
		{"getMovingAlphaPrice root", ia.PackGetMovingAlphaPrice(0), ia.UnpackGetMovingAlphaPrice, big64(1e18)},
		{"getTaoWeight", ia.PackGetTaoWeight(), ia.UnpackGetTaoWeight, big64(3_320_413_933_267_719_290)},
		{"getCKBurn", ia.PackGetCKBurn(), ia.UnpackGetCKBurn, big64(0)},
		{"simSwapTaoForAlpha", ia.PackSimSwapTaoForAlpha(1, 3*tao), ia.UnpackSimSwapTaoForAlpha, big64(quoteBuy)},
		{"simSwapAlphaForTao", ia.PackSimSwapAlphaForTao(1, 3*tao), ia.UnpackSimSwapAlphaForTao, big64(quoteSell)},
		{"simSwapTaoForAlpha zero", ia.PackSimSwapTaoForAlpha(1, 0), ia.UnpackSimSwapTaoForAlpha, big64(0)},
		{"simSwapTaoForAlpha root", ia.PackSimSwapTaoForAlpha(0, 9), ia.UnpackSimSwapTaoForAlpha, big64(9)},
		{"simSwapAlphaForTao root", ia.PackSimSwapAlphaForTao(0, 9), ia.UnpackSimSwapAlphaForTao, big64(9)},
		{"simSwapTaoForExactAlpha root", ia.PackSimSwapTaoForExactAlpha(0, 9), ia.UnpackSimSwapTaoForExactAlpha, big64(9)},
		{"getSubnetVolume", ia.PackGetSubnetVolume(1), ia.UnpackGetSubnetVolume, big64(77)},
		{"getTaoInEmission", ia.PackGetTaoInEmission(1), ia.UnpackGetTaoInEmission, big64(1)},
		{"getAlphaInEmission", ia.PackGetAlphaInEmission(1), ia.UnpackGetAlphaInEmission, big64(2)},
		{"getAlphaOutEmission", ia.PackGetAlphaOutEmission(1), ia.UnpackGetAlphaOutEmission, big64(3)},
		{"getSumAlphaPrice (price 2 is left out)", ia.PackGetSumAlphaPrice(), ia.UnpackGetSumAlphaPrice, big64(0)},
	}
	for _, tt := range bigs {
		got, err := tt.unp(view(t, c, tt.input))
		if err != nil || got.Cmp(tt.want) != 0 {
			t.Errorf("%s = %v (%v), want %v", tt.name, got, err, tt.want)
		}
	}
	u64s := []struct {
		name  string
		input []byte
		unp   func([]byte) (uint64, error)
		want  uint64
	}{
		{"getTaoInPool", ia.PackGetTaoInPool(1), ia.UnpackGetTaoInPool, 200 * tao},
		{"getAlphaInPool", ia.PackGetAlphaInPool(1), ia.UnpackGetAlphaInPool, 100 * tao},
		{"getAlphaOutPool", ia.PackGetAlphaOutPool(1), ia.UnpackGetAlphaOutPool, 5 * tao},
		{"getAlphaIssuance", ia.PackGetAlphaIssuance(1), ia.UnpackGetAlphaIssuance, 105 * tao},
		{"getEMAPriceHalvingBlocks", ia.PackGetEMAPriceHalvingBlocks(1), ia.UnpackGetEMAPriceHalvingBlocks, 201_600},
		{"getAlphaPriceRao", ia.PackGetAlphaPriceRao(1), ia.UnpackGetAlphaPriceRao, 2 * tao},
		{"getAlphaPriceRao root", ia.PackGetAlphaPriceRao(0), ia.UnpackGetAlphaPriceRao, tao},
		{"getMaxAmountAdd", ia.PackGetMaxAmountAdd(1, 3*tao), ia.UnpackGetMaxAmountAdd, maxBuy},
		{"getMaxAmountAdd below price", ia.PackGetMaxAmountAdd(1, tao), ia.UnpackGetMaxAmountAdd, 0},
		{"getMaxAmountRemove", ia.PackGetMaxAmountRemove(1, tao), ia.UnpackGetMaxAmountRemove, maxSell},
		{"getMaxAmountAdd root", ia.PackGetMaxAmountAdd(0, tao), ia.UnpackGetMaxAmountAdd, math.MaxUint64},
		{"getMaxAmountAdd root below", ia.PackGetMaxAmountAdd(0, tao-1), ia.UnpackGetMaxAmountAdd, 0},
		{"getMaxAmountRemove root", ia.PackGetMaxAmountRemove(0, tao), ia.UnpackGetMaxAmountRemove, math.MaxUint64},
		{"getMaxAmountRemove root above", ia.PackGetMaxAmountRemove(0, tao+1), ia.UnpackGetMaxAmountRemove, 0},
	}
	for _, tt := range u64s {
		got, err := tt.unp(view(t, c, tt.input))
		if err != nil || got != tt.want {
			t.Errorf("%s = %d (%v), want %d", tt.name, got, err, tt.want)
		}
	}
	u16s := []struct {
		name  string
		input []byte
		unp   func([]byte) (uint16, error)
		want  uint16
	}{
		{"getFeeRate", ia.PackGetFeeRate(1), ia.UnpackGetFeeRate, 33},
		{"getFeeRate root", ia.PackGetFeeRate(0), ia.UnpackGetFeeRate, 0},
		{"getSubnetMechanism", ia.PackGetSubnetMechanism(1), ia.UnpackGetSubnetMechanism, 1},
		{"getSubnetMechanism root", ia.PackGetSubnetMechanism(0), ia.UnpackGetSubnetMechanism, 0},
		{"getRootNetuid", ia.PackGetRootNetuid(), ia.UnpackGetRootNetuid, 0},
	}
	for _, tt := range u16s {
		got, err := tt.unp(view(t, c, tt.input))
		if err != nil || got != tt.want {
			t.Errorf("%s = %d (%v), want %d", tt.name, got, err, tt.want)
		}
	}
	// Every per-subnet view refuses an unregistered netuid.
	for _, input := range [][]byte{ia.PackGetAlphaPrice(2), ia.PackGetTaoInPool(2), ia.PackSimSwapTaoForAlpha(2, 1), ia.PackGetMaxAmountAdd(2, 1), ia.PackGetFeeRate(2), ia.PackGetSubnetVolume(2)} {
		if args := viewErr(t, c, input, protocol.ErrSubnetNotFound); args[0] != uint16(2) {
			t.Fatalf("args %v", args)
		}
	}
	// Value sent to a view reverts.
	res := c.Call(alice, addr, ia.PackGetAlphaPrice(1), uint256.NewInt(1), 100_000)
	if err := def.DecodeRevert(res.Ret); !errors.Is(err, precompile.ErrValueNotAccepted) {
		t.Fatalf("value to a view: %v", err)
	}
}

// TestSumAlphaPrice: the sum of prices below 1.0 across subnets.
func TestSumAlphaPrice(t *testing.T) {
	c, _ := newChain(t, 50*tao, 100*tao) // 0.5
	protocol.SetGeneration(c.State, 2, 3)
	protocol.SetTotalNetworks(c.State, 3)
	if err := pools.Seed(c.State, protocol.NetKey{Netuid: 2, Gen: 3}, 25*tao, 100*tao); err != nil { // 0.25
		t.Fatal(err)
	}
	protocol.SetGeneration(c.State, 3, 1)
	if err := pools.Seed(c.State, protocol.NetKey{Netuid: 3, Gen: 1}, 300*tao, 100*tao); err != nil { // 3: left out
		t.Fatal(err)
	}
	got := must(ia.UnpackGetSumAlphaPrice(view(t, c, ia.PackGetSumAlphaPrice())))
	if got.Cmp(big64(75e16)) != 0 {
		t.Fatalf("sum %v, want 0.75e18", got)
	}
	if pools.GasSum != 200+2100+1024*(2*2100+100) {
		t.Fatalf("GasSum %d", pools.GasSum)
	}
}

// TestSimulationErrors: the 1000× input rule and the minimum reserve.
func TestSimulationErrors(t *testing.T) {
	c, _ := newChain(t, 10*tao, 10*tao)
	args := viewErr(t, c, ia.PackSimSwapTaoForAlpha(1, 10_000*tao+1), protocol.ErrInputTooLarge)
	if args[0].(*big.Int).Cmp(big64(10_000*tao+1)) != 0 || args[1].(*big.Int).Cmp(big64(10_000*tao)) != 0 {
		t.Fatalf("args %v", args)
	}
	// Exact output beyond the reserve minus the minimum.
	args = viewErr(t, c, ia.PackSimSwapTaoForExactAlpha(1, 10*tao-swap.MinimumReserve+1), protocol.ErrReserveTooLow)
	if args[0] != swap.MinimumReserve-1 || args[1] != swap.MinimumReserve {
		t.Fatalf("args %v", args)
	}
	viewErr(t, c, ia.PackSimSwapAlphaForExactTao(1, 10*tao), protocol.ErrReserveTooLow)
}

// TestExactInput: the exact-output quote is the smallest sufficient input.
func TestExactInput(t *testing.T) {
	c, _ := newChain(t, 300*tao, 100*tao)
	p := swap.Pool{TAO: 300 * tao, Alpha: 100 * tao}
	for _, want := range []uint64{1, 1000, tao, 7 * tao, 50 * tao, 98 * tao} {
		for _, d := range []swap.Direction{swap.Buy, swap.Sell} {
			in, err := pools.ExactInput(p, d, want, swap.DefaultFeeRate)
			if err != nil {
				t.Fatalf("%v %d: %v", d, want, err)
			}
			if q, err := p.Quote(d, in, swap.DefaultFeeRate); err != nil || q.Out < want {
				t.Fatalf("%v %d: input %d buys %d (%v)", d, want, in, q.Out, err)
			}
			if q, err := p.Quote(d, in-1, swap.DefaultFeeRate); err == nil && q.Out >= want {
				t.Fatalf("%v %d: input %d is not minimal", d, want, in)
			}
		}
	}
	in := must(pools.ExactInput(p, swap.Buy, 7*tao, swap.DefaultFeeRate))
	if got := must(ia.UnpackSimSwapTaoForExactAlpha(view(t, c, ia.PackSimSwapTaoForExactAlpha(1, 7*tao)))); got.Uint64() != in {
		t.Fatalf("view %v, want %d", got, in)
	}
}

// TestBuySell: exact balances and state of a buy and a sell, limits with
// fill-or-kill and partial fills, the price-limit refusal.
func TestBuySell(t *testing.T) {
	c, k := newChain(t, 100*tao, 100*tao)
	b := bank{c.State}
	before := c.Balance(alice).Clone()
	p0 := pools.Load(c.State, k)
	q := must(p0.Reserves().QuoteBuy(10*tao, swap.DefaultFeeRate))
	tr, err := pools.BuyAlpha(b, k, alice, 10*tao, pools.NoLimit)
	if err != nil {
		t.Fatal(err)
	}
	if tr.In != 10*tao || tr.Out != q.Out || tr.Fee != q.Fee || tr.PriceAfter != must(q.After.PriceRao()) {
		t.Fatalf("trade %+v, quote %+v", tr, q)
	}
	if got := new(uint256.Int).Sub(before, c.Balance(alice)); !got.Eq(protocol.RaoToWei(10 * tao)) {
		t.Fatalf("paid %v", got)
	}
	p1 := pools.Load(c.State, k)
	if p1 != (pools.Pool{TAO: q.After.TAO, Alpha: q.After.Alpha, AlphaOut: q.Out}) {
		t.Fatalf("pool %+v", p1)
	}
	if !c.Balance(addr).Eq(protocol.RaoToWei(p1.TAO)) || pools.Volume(c.State, k).Uint64() != 10*tao {
		t.Fatal("pool account or volume")
	}
	// Sell it all back: less TAO than paid (fees), k never decreases.
	tr2, err := pools.SellAlpha(b, k, alice, tr.Out, pools.NoLimit)
	if err != nil {
		t.Fatal(err)
	}
	if tr2.Out >= 10*tao {
		t.Fatalf("round trip returned %d of %d", tr2.Out, 10*tao)
	}
	p2 := pools.Load(c.State, k)
	k0, k2 := p0.Reserves().Product(), p2.Reserves().Product()
	if k2.Lt(&k0) || p2.AlphaOut != 0 || !c.Balance(addr).Eq(protocol.RaoToWei(p2.TAO)) {
		t.Fatalf("after round trip %+v", p2)
	}
	// Selling more than is outstanding is refused.
	if _, err := pools.SellAlpha(b, k, alice, 1, pools.NoLimit); !errors.Is(err, protocol.ErrAmountOverflow) {
		t.Fatalf("oversell: %v", err)
	}
	// Limits: price ~1.0 now.
	price := pools.PriceRao(k, p2)
	if _, err := pools.BuyAlpha(b, k, alice, tao, pools.AtPrice(price-1, true)); !errors.Is(err, protocol.ErrPriceLimitExceeded) {
		t.Fatalf("limit below price: %v", err)
	}
	limit := price + price/10
	maxIn := must(p2.Reserves().MaxBuy(limit, swap.DefaultFeeRate))
	_, err = pools.BuyAlpha(b, k, alice, maxIn+1, pools.AtPrice(limit, false))
	var re *precompile.RevertError
	if !errors.Is(err, protocol.ErrSlippageExceeded) || !errors.As(err, &re) || re.Args[0] != maxIn+1 || re.Args[1] != maxIn {
		t.Fatalf("fill-or-kill: %v", err)
	}
	tr3, err := pools.BuyAlpha(b, k, alice, 1000*tao, pools.AtPrice(limit, true))
	if err != nil || tr3.In != maxIn || tr3.PriceAfter > limit {
		t.Fatalf("partial: %+v %v (max %d)", tr3, err, maxIn)
	}
	sellLimit := tr3.PriceAfter - tr3.PriceAfter/20
	maxOut := must(pools.Load(c.State, k).Reserves().MaxSell(sellLimit, swap.DefaultFeeRate))
	tr4, err := pools.SellAlpha(b, k, alice, tr3.Out, pools.AtPrice(sellLimit, true))
	if err != nil || tr4.In != min(maxOut, tr3.Out) || tr4.PriceAfter < sellLimit {
		t.Fatalf("partial sell: %+v %v", tr4, err)
	}
	// Insufficient balance.
	poor := common.Address{0x99}
	if _, err := pools.BuyAlpha(b, k, poor, tao, pools.NoLimit); !errors.Is(err, protocol.ErrInsufficientBalance) {
		t.Fatalf("poor buyer: %v", err)
	}
}

// TestRoot: netuid 0 trades 1:1 without fee; limits are all or nothing at 1.0.
func TestRoot(t *testing.T) {
	c, _ := newChain(t, 100*tao, 100*tao)
	b := bank{c.State}
	root := protocol.NetKey{}
	tr, err := pools.BuyAlpha(b, root, alice, 5*tao, pools.NoLimit)
	if err != nil || tr != (pools.Trade{In: 5 * tao, Out: 5 * tao, PriceAfter: tao}) {
		t.Fatalf("root buy %+v %v", tr, err)
	}
	if p := pools.Load(c.State, root); p != (pools.Pool{TAO: 5 * tao, AlphaOut: 5 * tao}) {
		t.Fatalf("root pool %+v", p)
	}
	if _, err := pools.BuyAlpha(b, root, alice, tao, pools.AtPrice(tao-1, true)); !errors.Is(err, protocol.ErrPriceLimitExceeded) {
		t.Fatalf("root limit: %v", err)
	}
	if _, err := pools.SellAlpha(b, root, alice, tao, pools.AtPrice(tao+1, true)); !errors.Is(err, protocol.ErrPriceLimitExceeded) {
		t.Fatalf("root sell limit: %v", err)
	}
	tr, err = pools.SellAlpha(b, root, alice, 2*tao, pools.AtPrice(tao, false))
	if err != nil || tr.Out != 2*tao {
		t.Fatalf("root sell %+v %v", tr, err)
	}
	if got := must(ia.UnpackGetTaoInPool(view(t, c, ia.PackGetTaoInPool(0)))); got != 3*tao {
		t.Fatalf("root TAO %d", got)
	}
}

// TestMovingPrice: one block of the EMA with the warm-up, capped spot.
func TestMovingPrice(t *testing.T) {
	c, k := newChain(t, 300*tao, 100*tao) // spot 3, capped at 1
	if err := pools.UpdateMovingPrice(c.State, k, 201_600); err != nil {
		t.Fatal(err)
	}
	want, err := swap.NextMovingPrice(0, 1e18, 201_600, swap.DefaultMovingPriceParams())
	if err != nil || want == 0 {
		t.Fatal(err)
	}
	if got := protocol.MovingPrice(c.State, 1); got != want {
		t.Fatalf("moving price %d, want %d", got, want)
	}
	if got := must(ia.UnpackGetMovingAlphaPrice(view(t, c, ia.PackGetMovingAlphaPrice(1)))); got.Uint64() != want {
		t.Fatalf("view %v", got)
	}
}

// TestBindingsErrors: reverts decode with the generated bindings.
func TestBindingsErrors(t *testing.T) {
	c, _ := newChain(t, 10*tao, 10*tao)
	res := c.Call(alice, addr, ia.PackGetAlphaPrice(5), nil, 100_000)
	e, err := ia.UnpackError(res.Ret)
	if err != nil {
		t.Fatal(err)
	}
	if nf, ok := e.(*bindings.IAlphaSubnetNotFound); !ok || nf.Netuid != 5 {
		t.Fatalf("decoded %#v", e)
	}
}

func TestABICoverage(t *testing.T) {
	precompiletest.CheckCoverage(t, def)
}

// TestAlphaPriceRaoOverflow: a price in rao per alpha above 2^64−1 reverts
// AmountOverflow(exact price, 2^64−1) instead of saturating.
func TestAlphaPriceRaoOverflow(t *testing.T) {
	c, _ := newChain(t, 20_000_000*tao, swap.MinimumReserve) // 2e19 rao per alpha
	args := viewErr(t, c, ia.PackGetAlphaPriceRao(1), protocol.ErrAmountOverflow)
	want := new(big.Int).Mul(big.NewInt(2), new(big.Int).Exp(big.NewInt(10), big.NewInt(19), nil))
	if len(args) != 2 || args[0].(*big.Int).Cmp(want) != 0 || args[1].(*big.Int).Cmp(big64(math.MaxUint64)) != 0 {
		t.Fatalf("args %v, want [%v %d]", args, want, uint64(math.MaxUint64))
	}
	// Just below the bound it answers.
	c2, _ := newChain(t, 18_000_000*tao, swap.MinimumReserve)
	if got := must(ia.UnpackGetAlphaPriceRao(view(t, c2, ia.PackGetAlphaPriceRao(1)))); got != 18e18 {
		t.Fatalf("price %d", got)
	}
}
