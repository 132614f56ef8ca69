// Package examples_test runs the example contracts of contracts/src/examples
// (StakingVault, WrappedTAO, SubnetManager) in a real EVM against small mock
// precompiles at the subnet, staking and alpha addresses. The mocks implement
// only the functions the examples call, with a plain constant-product pool,
// and keep their state in EVM storage so that reverts roll it back. They test
// the examples' own logic (share accounting, exact-output paths, slippage
// bounds, ordering of setters, two-step hand-over), not the native modules.
package examples_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/taoevm/taoevm/contracts"
	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/precompile/precompiletest"
)

var (
	subnetAddr  = common.HexToAddress("0x0000000000000000000000000000000000000803")
	stakingAddr = common.HexToAddress("0x0000000000000000000000000000000000000805")
	alphaAddr   = common.HexToAddress("0x0000000000000000000000000000000000000808")

	errSlippage     = errors.New("slippage exceeded")
	errPriceLimit   = errors.New("price limit exceeded")
	errNoStake      = errors.New("insufficient stake")
	errNotOwner     = errors.New("not subnet owner")
	errOutOfBounds  = errors.New("value out of bounds")
	errNothingClaim = errors.New("nothing to claim")
	errBalance      = errors.New("insufficient balance")
)

const (
	weiPerRao = 1_000_000_000
	feeRate   = 33
	testNet   = 1
	lockCost  = 150_000_000_000 // 150 TAO in rao
)

// ---------------------------------------------------------------- mock state

func slot(parts ...[]byte) common.Hash { return crypto.Keccak256Hash(parts...) }

func load(env precompile.Env, addr common.Address, key common.Hash) uint64 {
	return new(big.Int).SetBytes(env.State().GetState(addr, key).Bytes()).Uint64()
}

func store(env precompile.Env, addr common.Address, key common.Hash, v uint64) {
	env.State().SetState(addr, key, common.BigToHash(new(big.Int).SetUint64(v)))
}

var (
	slotTao   = slot([]byte("T"))
	slotAlpha = slot([]byte("A"))
	slotGen   = slot([]byte("gen"))
	slotOwner = slot([]byte("owner"))
	slotHk    = slot([]byte("ownerHotkey"))
	slotNetOK = slot([]byte("registered"))
)

func posSlot(hotkey [32]byte, coldkey [32]byte) common.Hash {
	return slot([]byte("pos"), hotkey[:], coldkey[:])
}

func claimSlot(hotkey [32]byte, coldkey [32]byte) common.Hash {
	return slot([]byte("claim"), hotkey[:], coldkey[:])
}

func hpSlot(name string) common.Hash { return slot([]byte("hp"), []byte(name)) }

func key(a common.Address) [32]byte { return [32]byte(common.LeftPadBytes(a.Bytes(), 32)) }

// ---------------------------------------------------------------- pool math

func mulDiv(a, b, c uint64) uint64 {
	r := new(big.Int).Mul(new(big.Int).SetUint64(a), new(big.Int).SetUint64(b))
	return r.Div(r, new(big.Int).SetUint64(c)).Uint64()
}

// swapOut is the output of a constant-product swap of `in` with the fee taken
// from the input (rounded up, in the pool's favour).
func swapOut(reserveIn, reserveOut, in uint64) uint64 {
	fee := (in*feeRate + 65534) / 65535
	net := in - fee
	return mulDiv(reserveOut, net, reserveIn+net)
}

// exactIn is the smallest input whose swapOut is at least want.
func exactIn(reserveIn, reserveOut, want uint64) uint64 {
	lo, hi := uint64(0), reserveIn*1000
	for lo < hi {
		mid := lo + (hi-lo)/2
		if swapOut(reserveIn, reserveOut, mid) >= want {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

func priceRao(tao, alpha uint64) uint64 { return mulDiv(tao, weiPerRao, alpha) }

// ---------------------------------------------------------------- mock modules

func trim(full *abi.ABI, sigs ...string) (*abi.ABI, map[string]string) {
	cp := *full
	cp.Methods = make(map[string]abi.Method)
	names := make(map[string]string)
	for name, m := range full.Methods {
		for _, s := range sigs {
			if m.Sig == s {
				cp.Methods[name] = m
				names[s] = name
			}
		}
	}
	return &cp, names
}

type netArg struct{ Netuid uint16 }

type stakeLimitArgs struct {
	Hotkey       [32]byte
	Amount       *big.Int
	LimitPrice   *big.Int
	AllowPartial bool
	Netuid       *big.Int
}

func stakingMock() *precompile.Definition {
	a, _ := trim(contracts.MustABI("IStaking"),
		"addStakeLimit(bytes32,uint256,uint256,bool,uint256)",
		"removeStakeLimit(bytes32,uint256,uint256,bool,uint256)",
		"getStake(bytes32,bytes32,uint256)",
		"claimDissolvedStake(bytes32,uint256,uint256)")
	type addRes struct{ Tao, Alpha *big.Int }
	type remRes struct{ Alpha, Tao *big.Int }
	type getStakeArgs struct {
		Hotkey, Coldkey [32]byte
		Netuid          *big.Int
	}
	type claimArgs struct {
		Hotkey     [32]byte
		Netuid     *big.Int
		Generation *big.Int
	}
	add := func(env precompile.Env, a stakeLimitArgs) (addRes, error) {
		amount := a.Amount.Uint64()
		t, al := load(env, stakingAddr, slotTao), load(env, stakingAddr, slotAlpha)
		if p := priceRao(t, al); p > a.LimitPrice.Uint64() {
			return addRes{}, precompile.Revert(errPriceLimit, new(big.Int).SetUint64(p), a.LimitPrice)
		}
		out := swapOut(t, al, amount)
		if p := priceRao(t+amount, al-out); p > a.LimitPrice.Uint64() {
			return addRes{}, precompile.Revert(errSlippage, amount, uint64(0))
		}
		wei := new(uint256.Int).Mul(uint256.NewInt(amount), uint256.NewInt(weiPerRao))
		if err := env.State().Transfer(env.Caller(), stakingAddr, wei); err != nil {
			return addRes{}, precompile.Revert(errBalance, env.State().GetBalance(env.Caller()).ToBig(), wei.ToBig())
		}
		store(env, stakingAddr, slotTao, t+amount)
		store(env, stakingAddr, slotAlpha, al-out)
		ps := posSlot(a.Hotkey, key(env.Caller()))
		store(env, stakingAddr, ps, load(env, stakingAddr, ps)+out)
		return addRes{new(big.Int).SetUint64(amount), new(big.Int).SetUint64(out)}, nil
	}
	remove := func(env precompile.Env, a stakeLimitArgs) (remRes, error) {
		amount := a.Amount.Uint64()
		ps := posSlot(a.Hotkey, key(env.Caller()))
		have := load(env, stakingAddr, ps)
		if have < amount {
			return remRes{}, precompile.Revert(errNoStake, have, amount)
		}
		t, al := load(env, stakingAddr, slotTao), load(env, stakingAddr, slotAlpha)
		if p := priceRao(t, al); p < a.LimitPrice.Uint64() {
			return remRes{}, precompile.Revert(errPriceLimit, new(big.Int).SetUint64(p), a.LimitPrice)
		}
		out := swapOut(al, t, amount)
		if p := priceRao(t-out, al+amount); p < a.LimitPrice.Uint64() {
			return remRes{}, precompile.Revert(errSlippage, amount, uint64(0))
		}
		store(env, stakingAddr, ps, have-amount)
		store(env, stakingAddr, slotTao, t-out)
		store(env, stakingAddr, slotAlpha, al+amount)
		wei := new(uint256.Int).Mul(uint256.NewInt(out), uint256.NewInt(weiPerRao))
		if err := env.State().Transfer(stakingAddr, env.Caller(), wei); err != nil {
			return remRes{}, err
		}
		return remRes{new(big.Int).SetUint64(amount), new(big.Int).SetUint64(out)}, nil
	}
	getStake := func(env precompile.Env, a getStakeArgs) (*big.Int, error) {
		return new(big.Int).SetUint64(load(env, stakingAddr, posSlot(a.Hotkey, a.Coldkey))), nil
	}
	claim := func(env precompile.Env, a claimArgs) (*big.Int, error) {
		cs := claimSlot(a.Hotkey, key(env.Caller()))
		tao := load(env, stakingAddr, cs)
		if tao == 0 {
			return nil, precompile.Revert(errNothingClaim, uint16(a.Netuid.Uint64()), a.Generation.Uint64())
		}
		store(env, stakingAddr, cs, 0)
		wei := new(uint256.Int).Mul(uint256.NewInt(tao), uint256.NewInt(weiPerRao))
		if err := env.State().Transfer(stakingAddr, env.Caller(), wei); err != nil {
			return nil, err
		}
		return new(big.Int).SetUint64(tao), nil
	}
	return precompile.MustNew(precompile.Module{
		Name: "staking-mock", Address: stakingAddr, ABI: a,
		Methods: []precompile.Method{
			precompile.Tx("addStakeLimit", 1000, add),
			precompile.Tx("removeStakeLimit", 1000, remove),
			precompile.View("getStake", 100, getStake),
			precompile.Tx("claimDissolvedStake", 1000, claim),
		},
		Errors: []precompile.ErrorMapping{
			{Err: errSlippage, Name: "SlippageExceeded"},
			{Err: errPriceLimit, Name: "PriceLimitExceeded"},
			{Err: errNoStake, Name: "InsufficientStake"},
			{Err: errNothingClaim, Name: "NothingToClaim"},
			{Err: errBalance, Name: "InsufficientBalance"},
		},
	})
}

func alphaMock() *precompile.Definition {
	a, _ := trim(contracts.MustABI("IAlpha"),
		"getAlphaPriceRao(uint16)",
		"simSwapTaoForAlpha(uint16,uint64)",
		"simSwapAlphaForTao(uint16,uint64)",
		"simSwapTaoForExactAlpha(uint16,uint64)",
		"simSwapAlphaForExactTao(uint16,uint64)")
	type taoArg struct {
		Netuid uint16
		Tao    uint64
	}
	type alphaArg struct {
		Netuid uint16
		Alpha  uint64
	}
	reserves := func(env precompile.Env) (uint64, uint64) {
		return load(env, stakingAddr, slotTao), load(env, stakingAddr, slotAlpha)
	}
	big64 := func(v uint64) *big.Int { return new(big.Int).SetUint64(v) }
	return precompile.MustNew(precompile.Module{
		Name: "alpha-mock", Address: alphaAddr, ABI: a,
		Methods: []precompile.Method{
			precompile.View("getAlphaPriceRao", 100, func(env precompile.Env, _ netArg) (uint64, error) {
				t, al := reserves(env)
				return priceRao(t, al), nil
			}),
			precompile.View("simSwapTaoForAlpha", 100, func(env precompile.Env, a taoArg) (*big.Int, error) {
				t, al := reserves(env)
				return big64(swapOut(t, al, a.Tao)), nil
			}),
			precompile.View("simSwapAlphaForTao", 100, func(env precompile.Env, a alphaArg) (*big.Int, error) {
				t, al := reserves(env)
				return big64(swapOut(al, t, a.Alpha)), nil
			}),
			precompile.View("simSwapTaoForExactAlpha", 100, func(env precompile.Env, a alphaArg) (*big.Int, error) {
				t, al := reserves(env)
				return big64(exactIn(t, al, a.Alpha)), nil
			}),
			precompile.View("simSwapAlphaForExactTao", 100, func(env precompile.Env, a taoArg) (*big.Int, error) {
				t, al := reserves(env)
				return big64(exactIn(al, t, a.Tao)), nil
			}),
		},
	})
}

// subnetSigs are the subnet functions the mock implements: those
// SubnetManager calls, with the setters limited to the ones the test changes,
// so that a call to any other setter fails with UnknownSelector.
var subnetGetters = map[string]string{ // getter name -> ABI output type
	"getServingRateLimit": "uint64", "getWeightsVersionKey": "uint64", "getImmunityPeriod": "uint16",
	"getMinAllowedWeights": "uint16", "getRho": "uint16", "getAlphaSigmoidSteepness": "uint16",
	"getActivityCutoff": "uint16", "getMinBurn": "uint64", "getMaxBurn": "uint64",
	"getBondsMovingAverage": "uint64", "getCommitRevealWeightsEnabled": "bool",
	"getCommitRevealWeightsInterval": "uint64", "getLiquidAlphaEnabled": "bool", "getYuma3Enabled": "bool",
	"getBondsResetEnabled": "bool", "getTransfersEnabled": "bool", "getMaxAllowedUids": "uint16",
	"getBondsPenalty": "uint16", "getBurnHalfLife": "uint16", "getBurnIncreaseMult": "uint64",
}

var subnetDefaults = map[string]uint64{
	"ServingRateLimit": 50, "WeightsVersionKey": 0, "ImmunityPeriod": 5000, "MinAllowedWeights": 1,
	"Rho": 10, "AlphaSigmoidSteepness": 1000, "ActivityCutoff": 5000, "MinBurn": 500_000,
	"MaxBurn": 100_000_000_000, "BondsMovingAverage": 900_000, "CommitRevealWeightsEnabled": 1,
	"CommitRevealWeightsInterval": 1, "LiquidAlphaEnabled": 0, "Yuma3Enabled": 1, "BondsResetEnabled": 0,
	"TransfersEnabled": 1, "MaxAllowedUids": 256, "BondsPenalty": 65535, "BurnHalfLife": 360,
	"BurnIncreaseMult": 1_260_000_000, "AlphaLow": 45875, "AlphaHigh": 58982,
}

func subnetMock() *precompile.Definition {
	sigs := []string{
		"getNetworkGeneration(uint16)", "getSubnetOwner(uint16)", "getNetworkLockCost()",
		"registerNetwork(bytes32,string,string,string,string,string,string,string,string)",
		"getAlphaValues(uint16)", "setWeightsVersionKey(uint16,uint64)", "setMinBurn(uint16,uint64)",
		"setMaxBurn(uint16,uint64)", "toggleTransfers(uint16,bool)", "setSubnetOwnerHotkey(uint16,bytes32)",
		"transferSubnetOwnership(uint16,address)",
	}
	for g := range subnetGetters {
		sigs = append(sigs, g+"(uint16)")
	}
	a, names := trim(contracts.MustABI("ISubnet"), sigs...)
	type registerArgs struct {
		Hotkey                                           [32]byte
		SubnetName, GithubRepo, SubnetContact, SubnetUrl string
		Discord, Description, Additional, LogoUrl        string
	}
	type alphaValues struct{ AlphaLow, AlphaHigh uint16 }
	type versionArgs struct {
		Netuid            uint16
		WeightsVersionKey uint64
	}
	type minBurnArgs struct {
		Netuid  uint16
		MinBurn uint64
	}
	type maxBurnArgs struct {
		Netuid  uint16
		MaxBurn uint64
	}
	type toggleArgs struct {
		Netuid uint16
		Toggle bool
	}
	type hotkeyArgs struct {
		Netuid uint16
		Hotkey [32]byte
	}
	type ownerArgs struct {
		Netuid   uint16
		NewOwner common.Address
	}
	owner := func(env precompile.Env) common.Address {
		return common.BytesToAddress(env.State().GetState(subnetAddr, slotOwner).Bytes())
	}
	onlyOwner := func(env precompile.Env, netuid uint16) error {
		if env.Caller() != owner(env) {
			return precompile.Revert(errNotOwner, netuid, env.Caller())
		}
		return nil
	}
	hp := func(env precompile.Env, name string) uint64 { return load(env, subnetAddr, hpSlot(name)) }
	methods := []precompile.Method{
		precompile.View("getNetworkGeneration", 100, func(env precompile.Env, _ netArg) (uint64, error) {
			return load(env, subnetAddr, slotGen), nil
		}),
		precompile.View("getSubnetOwner", 100, func(env precompile.Env, _ netArg) (common.Address, error) {
			return owner(env), nil
		}),
		precompile.View("getNetworkLockCost", 100, func(env precompile.Env, _ precompile.None) (uint64, error) {
			return lockCost, nil
		}),
		precompile.Tx(names[sigs[3]], 1000, func(env precompile.Env, a registerArgs) (uint16, error) {
			wei := new(uint256.Int).Mul(uint256.NewInt(lockCost), uint256.NewInt(weiPerRao))
			if err := env.State().Transfer(env.Caller(), subnetAddr, wei); err != nil {
				return 0, precompile.Revert(errBalance, env.State().GetBalance(env.Caller()).ToBig(), wei.ToBig())
			}
			store(env, subnetAddr, slotGen, load(env, subnetAddr, slotGen)+1)
			env.State().SetState(subnetAddr, slotOwner, common.BytesToHash(env.Caller().Bytes()))
			env.State().SetState(subnetAddr, slotHk, common.Hash(a.Hotkey))
			store(env, subnetAddr, slotNetOK, 1)
			for k, v := range subnetDefaults {
				store(env, subnetAddr, hpSlot(k), v)
			}
			return testNet, nil
		}),
		precompile.View("getAlphaValues", 100, func(env precompile.Env, _ netArg) (alphaValues, error) {
			return alphaValues{uint16(hp(env, "AlphaLow")), uint16(hp(env, "AlphaHigh"))}, nil
		}),
		precompile.Tx("setWeightsVersionKey", 1000, func(env precompile.Env, a versionArgs) (precompile.None, error) {
			if err := onlyOwner(env, a.Netuid); err != nil {
				return precompile.None{}, err
			}
			store(env, subnetAddr, hpSlot("WeightsVersionKey"), a.WeightsVersionKey)
			return precompile.None{}, nil
		}),
		precompile.Tx("setMinBurn", 1000, func(env precompile.Env, a minBurnArgs) (precompile.None, error) {
			if err := onlyOwner(env, a.Netuid); err != nil {
				return precompile.None{}, err
			}
			if max := hp(env, "MaxBurn"); a.MinBurn > max {
				return precompile.None{}, precompile.Revert(errOutOfBounds, new(big.Int).SetUint64(a.MinBurn), big.NewInt(0), new(big.Int).SetUint64(max))
			}
			store(env, subnetAddr, hpSlot("MinBurn"), a.MinBurn)
			return precompile.None{}, nil
		}),
		precompile.Tx("setMaxBurn", 1000, func(env precompile.Env, a maxBurnArgs) (precompile.None, error) {
			if err := onlyOwner(env, a.Netuid); err != nil {
				return precompile.None{}, err
			}
			if min := hp(env, "MinBurn"); a.MaxBurn < min {
				return precompile.None{}, precompile.Revert(errOutOfBounds, new(big.Int).SetUint64(a.MaxBurn), new(big.Int).SetUint64(min), new(big.Int).SetUint64(^uint64(0)))
			}
			store(env, subnetAddr, hpSlot("MaxBurn"), a.MaxBurn)
			return precompile.None{}, nil
		}),
		precompile.Tx("toggleTransfers", 1000, func(env precompile.Env, a toggleArgs) (precompile.None, error) {
			if err := onlyOwner(env, a.Netuid); err != nil {
				return precompile.None{}, err
			}
			v := uint64(0)
			if a.Toggle {
				v = 1
			}
			store(env, subnetAddr, hpSlot("TransfersEnabled"), v)
			return precompile.None{}, nil
		}),
		precompile.Tx("setSubnetOwnerHotkey", 1000, func(env precompile.Env, a hotkeyArgs) (precompile.None, error) {
			if err := onlyOwner(env, a.Netuid); err != nil {
				return precompile.None{}, err
			}
			env.State().SetState(subnetAddr, slotHk, common.Hash(a.Hotkey))
			return precompile.None{}, nil
		}),
		precompile.Tx("transferSubnetOwnership", 1000, func(env precompile.Env, a ownerArgs) (precompile.None, error) {
			if err := onlyOwner(env, a.Netuid); err != nil {
				return precompile.None{}, err
			}
			env.State().SetState(subnetAddr, slotOwner, common.BytesToHash(a.NewOwner.Bytes()))
			return precompile.None{}, nil
		}),
	}
	for g, typ := range subnetGetters {
		name := g[3:]
		switch typ {
		case "uint64":
			methods = append(methods, precompile.View(g, 100, func(env precompile.Env, _ netArg) (uint64, error) {
				return hp(env, name), nil
			}))
		case "uint16":
			methods = append(methods, precompile.View(g, 100, func(env precompile.Env, _ netArg) (uint16, error) {
				return uint16(hp(env, name)), nil
			}))
		case "bool":
			methods = append(methods, precompile.View(g, 100, func(env precompile.Env, _ netArg) (bool, error) {
				return hp(env, name) != 0, nil
			}))
		}
	}
	return precompile.MustNew(precompile.Module{
		Name: "subnet-mock", Address: subnetAddr, ABI: a, Methods: methods,
		Errors: []precompile.ErrorMapping{
			{Err: errNotOwner, Name: "NotSubnetOwner"},
			{Err: errOutOfBounds, Name: "ValueOutOfBounds"},
			{Err: errBalance, Name: "InsufficientBalance"},
		},
	})
}

// ---------------------------------------------------------------- harness

type env struct {
	t       *testing.T
	c       *precompiletest.Chain
	staking *precompile.Definition
	subnet  *precompile.Definition
}

func newEnv(t *testing.T, poolTao, poolAlpha uint64) *env {
	st, sn, al := stakingMock(), subnetMock(), alphaMock()
	c := precompiletest.New(t, st, sn, al)
	put := func(addr common.Address, k common.Hash, v uint64) {
		c.State.SetState(addr, k, common.BigToHash(new(big.Int).SetUint64(v)))
	}
	put(stakingAddr, slotTao, poolTao)
	put(stakingAddr, slotAlpha, poolAlpha)
	put(subnetAddr, slotGen, 1)
	c.Fund(stakingAddr, new(uint256.Int).Mul(uint256.NewInt(poolTao), uint256.NewInt(weiPerRao)))
	return &env{t: t, c: c, staking: st, subnet: sn}
}

func (e *env) deploy(name string, args ...any) common.Address {
	e.t.Helper()
	a := contracts.MustABI(name)
	ctor, err := a.Pack("", args...)
	if err != nil {
		e.t.Fatalf("pack constructor of %s: %v", name, err)
	}
	return e.c.Deploy(common.Address{0xde, 0x91}, append(contracts.MustBytecode(name), ctor...))
}

// send runs a transaction calling `method` of contract `name` at `to`.
func (e *env) send(from, to common.Address, name, method string, value *uint256.Int, args ...any) precompiletest.Result {
	e.t.Helper()
	input, err := contracts.MustABI(name).Pack(method, args...)
	if err != nil {
		e.t.Fatalf("pack %s.%s: %v", name, method, err)
	}
	return e.c.Tx(from, &to, input, value)
}

// ok is send that must succeed; it returns the unpacked results.
func (e *env) ok(from, to common.Address, name, method string, value *uint256.Int, args ...any) []any {
	e.t.Helper()
	r := e.send(from, to, name, method, value, args...)
	if r.Err != nil {
		e.t.Fatalf("%s.%s: %v (revert data %x)", name, method, r.Err, r.Ret)
	}
	out, err := contracts.MustABI(name).Unpack(method, r.Ret)
	if err != nil {
		e.t.Fatalf("unpack %s.%s: %v", name, method, err)
	}
	return out
}

// view calls a view function in one message frame, as eth_call does.
func (e *env) view(to common.Address, name, method string, args ...any) []any {
	e.t.Helper()
	a := contracts.MustABI(name)
	input, err := a.Pack(method, args...)
	if err != nil {
		e.t.Fatalf("pack %s.%s: %v", name, method, err)
	}
	r := e.c.Call(common.Address{0x99}, to, input, nil, 10_000_000)
	if r.Err != nil {
		e.t.Fatalf("%s.%s: %v (revert data %x)", name, method, r.Err, r.Ret)
	}
	out, err := a.Unpack(method, r.Ret)
	if err != nil {
		e.t.Fatalf("unpack %s.%s: %v", name, method, err)
	}
	return out
}

func (e *env) viewInt(to common.Address, name, method string, args ...any) *big.Int {
	e.t.Helper()
	return e.view(to, name, method, args...)[0].(*big.Int)
}

// reverts asserts that the last result reverted with the custom error `errName`
// declared in the ABI of `name`.
func (e *env) reverts(r precompiletest.Result, name, errName string) {
	e.t.Helper()
	if !errors.Is(r.Err, vm.ErrExecutionReverted) {
		e.t.Fatalf("want revert %s, got err %v", errName, r.Err)
	}
	ae, ok := contracts.MustABI(name).Errors[errName]
	if !ok {
		e.t.Fatalf("%s declares no error %s", name, errName)
	}
	if len(r.Ret) < 4 || string(r.Ret[:4]) != string(ae.ID[:4]) {
		e.t.Fatalf("want revert %s (%x), got data %x", errName, ae.ID[:4], r.Ret)
	}
}

func (e *env) stakeOf(hotkey, coldkey common.Address) uint64 {
	return new(big.Int).SetBytes(e.c.State.GetState(stakingAddr, posSlot(key(hotkey), key(coldkey))).Bytes()).Uint64()
}

func (e *env) setStake(hotkey, coldkey common.Address, alpha uint64) {
	e.c.State.SetState(stakingAddr, posSlot(key(hotkey), key(coldkey)), common.BigToHash(new(big.Int).SetUint64(alpha)))
}

func tao(n uint64) *uint256.Int { return precompiletest.TAO(n) }

func wei(n uint64) *big.Int { return tao(n).ToBig() }

// method returns the go-ethereum ABI name of the function with signature sig
// (overloads are named deposit, deposit0, ...).
func method(name, sig string) string {
	for n, m := range contracts.MustABI(name).Methods {
		if m.Sig == sig {
			return n
		}
	}
	panic("no method " + sig + " in " + name)
}

var (
	alice  = common.Address{0xa1}
	bob    = common.Address{0xb0}
	carol  = common.Address{0xca}
	hotkey = common.Address{0x40, 0x7e}
)

type vaultEnv struct {
	*env
	wtao, vault common.Address
}

func newVault(t *testing.T) *vaultEnv {
	e := newEnv(t, 10_000_000_000_000, 10_000_000_000_000) // 10,000 TAO and 10,000 alpha
	v := &vaultEnv{env: e}
	v.wtao = e.deploy("WrappedTAO")
	v.vault = e.deploy("StakingVault", v.wtao, key(hotkey), uint16(testNet), uint16(100), "Staked TAO SN1", "sTAO1")
	for _, who := range []common.Address{alice, bob, carol} {
		e.c.Fund(who, tao(1000))
		e.ok(who, v.wtao, "WrappedTAO", "deposit", tao(500))
		e.ok(who, v.wtao, "WrappedTAO", "approve", nil, v.vault, abi.MaxUint256)
	}
	return v
}

func (v *vaultEnv) shares(who common.Address) *big.Int {
	return v.viewInt(v.vault, "StakingVault", "balanceOf", who)
}

func (v *vaultEnv) wtaoOf(who common.Address) *big.Int {
	return v.viewInt(v.wtao, "WrappedTAO", "balanceOf", who)
}

func (v *vaultEnv) supply() *big.Int { return v.viewInt(v.vault, "StakingVault", "totalSupply") }

// sharesFor is the vault's minting rule, computed independently.
func sharesFor(alpha, supply, held uint64) *big.Int {
	r := new(big.Int).Mul(new(big.Int).SetUint64(alpha), new(big.Int).Add(new(big.Int).SetUint64(supply), big.NewInt(1e9)))
	return r.Div(r, new(big.Int).SetUint64(held+1))
}

func TestVaultDepositMintsSharesForAlphaBought(t *testing.T) {
	v := newVault(t)
	dep2 := method("StakingVault", "deposit(uint256,address)")

	// First deposit: 10 TAO buys swapOut(10000, 10000, 10) alpha; shares = alpha * 1e9.
	preview := v.viewInt(v.vault, "StakingVault", "previewDeposit", wei(10))
	got := v.ok(alice, v.vault, "StakingVault", dep2, nil, wei(10), alice)[0].(*big.Int)
	wantAlpha := swapOut(10_000_000_000_000, 10_000_000_000_000, 10_000_000_000)
	if a := v.stakeOf(hotkey, v.vault); a != wantAlpha {
		t.Fatalf("vault stake %d, want %d", a, wantAlpha)
	}
	if want := sharesFor(wantAlpha, 0, 0); got.Cmp(want) != 0 || v.shares(alice).Cmp(want) != 0 {
		t.Fatalf("alice shares %v (balance %v), want %v", got, v.shares(alice), want)
	}
	if got.Cmp(preview) < 0 || new(big.Int).Sub(got, preview).Cmp(big.NewInt(1e9)) > 0 {
		t.Fatalf("previewDeposit %v not within one alpha rao below the %v minted", preview, got)
	}
	if b := v.wtaoOf(alice); b.Cmp(wei(490)) != 0 {
		t.Fatalf("alice WTAO %v, want 490 TAO", b)
	}

	// Second deposit at a higher price: shares follow the alpha it bought.
	held, supply := v.stakeOf(hotkey, v.vault), v.supply().Uint64()
	got = v.ok(bob, v.vault, "StakingVault", dep2, nil, wei(5), bob)[0].(*big.Int)
	bought := v.stakeOf(hotkey, v.vault) - held
	if want := sharesFor(bought, supply, held); got.Cmp(want) != 0 {
		t.Fatalf("bob shares %v, want %v", got, want)
	}
	// WTAO stays fully backed by native TAO.
	if s, b := v.viewInt(v.wtao, "WrappedTAO", "totalSupply"), v.c.Balance(v.wtao).ToBig(); s.Cmp(b) != 0 {
		t.Fatalf("WTAO supply %v, backing %v", s, b)
	}
}

func TestVaultRedeemWithdrawMint(t *testing.T) {
	v := newVault(t)
	dep2 := method("StakingVault", "deposit(uint256,address)")
	redeem3 := method("StakingVault", "redeem(uint256,address,address)")
	withdraw3 := method("StakingVault", "withdraw(uint256,address,address)")
	mint2 := method("StakingVault", "mint(uint256,address)")
	v.ok(alice, v.vault, "StakingVault", dep2, nil, wei(10), alice)
	v.ok(bob, v.vault, "StakingVault", dep2, nil, wei(10), bob)

	// Emission: the position gains 10%; each share is worth more.
	before := v.viewInt(v.vault, "StakingVault", "convertToAssets", v.shares(alice))
	v.setStake(hotkey, v.vault, v.stakeOf(hotkey, v.vault)*11/10)
	after := v.viewInt(v.vault, "StakingVault", "convertToAssets", v.shares(alice))
	if after.Cmp(before) <= 0 {
		t.Fatalf("share value did not rise with emission: %v -> %v", before, after)
	}

	// Redeem: pays exactly the preview, sells the pro-rata alpha.
	sh := v.shares(alice)
	preview := v.viewInt(v.vault, "StakingVault", "previewRedeem", sh)
	wBefore := v.wtaoOf(alice)
	paid := v.ok(alice, v.vault, "StakingVault", redeem3, nil, sh, alice, alice)[0].(*big.Int)
	if paid.Cmp(preview) != 0 {
		t.Fatalf("redeem paid %v, previewRedeem %v", paid, preview)
	}
	if d := new(big.Int).Sub(v.wtaoOf(alice), wBefore); d.Cmp(paid) != 0 {
		t.Fatalf("alice received %v WTAO, redeem reported %v", d, paid)
	}
	if v.shares(alice).Sign() != 0 {
		t.Fatal("alice still holds shares")
	}

	// Withdraw: exactly 1 TAO out, shares burned as previewed.
	previewShares := v.viewInt(v.vault, "StakingVault", "previewWithdraw", wei(1))
	bobShares, wBefore := v.shares(bob), v.wtaoOf(bob)
	burned := v.ok(bob, v.vault, "StakingVault", withdraw3, nil, wei(1), bob, bob)[0].(*big.Int)
	if burned.Cmp(previewShares) != 0 {
		t.Fatalf("withdraw burned %v, previewWithdraw %v", burned, previewShares)
	}
	if d := new(big.Int).Sub(bobShares, v.shares(bob)); d.Cmp(burned) != 0 {
		t.Fatalf("bob lost %v shares, withdraw reported %v", d, burned)
	}
	if d := new(big.Int).Sub(v.wtaoOf(bob), wBefore); d.Cmp(wei(1)) != 0 {
		t.Fatalf("bob received %v, want exactly 1 TAO", d)
	}

	// Mint: exactly 1e18 shares, assets as previewed, backed by enough alpha.
	want := big.NewInt(1e18)
	previewAssets := v.viewInt(v.vault, "StakingVault", "previewMint", want)
	held, supply := v.stakeOf(hotkey, v.vault), v.supply()
	assets := v.ok(carol, v.vault, "StakingVault", mint2, nil, want, carol)[0].(*big.Int)
	if assets.Cmp(previewAssets) != 0 || v.shares(carol).Cmp(want) != 0 {
		t.Fatalf("mint took %v (preview %v), carol holds %v shares", assets, previewAssets, v.shares(carol))
	}
	bought := v.stakeOf(hotkey, v.vault) - held
	if sharesFor(bought, supply.Uint64(), held).Cmp(want) < 0 {
		t.Fatalf("mint bought %d alpha, not enough for %v shares", bought, want)
	}

	// The last holders redeem everything: the vault keeps no alpha.
	v.ok(bob, v.vault, "StakingVault", redeem3, nil, v.shares(bob), bob, bob)
	v.ok(carol, v.vault, "StakingVault", redeem3, nil, v.shares(carol), carol, carol)
	if a := v.stakeOf(hotkey, v.vault); a != 0 || v.supply().Sign() != 0 {
		t.Fatalf("after all redeemed: stake %d, supply %v", a, v.supply())
	}
}

func TestVaultRefusals(t *testing.T) {
	v := newVault(t)
	dep2 := method("StakingVault", "deposit(uint256,address)")
	dep3 := method("StakingVault", "deposit(uint256,address,uint256)")
	redeem3 := method("StakingVault", "redeem(uint256,address,address)")
	redeem4 := method("StakingVault", "redeem(uint256,address,address,uint256)")
	v.ok(alice, v.vault, "StakingVault", dep2, nil, wei(10), alice)

	tests := []struct {
		name       string
		from       common.Address
		method     string
		args       []any
		abi, error string
	}{
		{"price impact above the 1% bound", alice, dep2, []any{wei(200), alice}, "IStaking", "SlippageExceeded"},
		{"ERC-5143 minShares not met", alice, dep3, []any{wei(1), alice, new(big.Int).Lsh(big.NewInt(1), 200)}, "StakingVault", "BoundNotMet"},
		{"ERC-5143 minAssets not met", alice, redeem4, []any{big.NewInt(1e18), alice, alice, wei(100)}, "StakingVault", "BoundNotMet"},
		{"redeem for another owner without allowance", bob, redeem3, []any{big.NewInt(1e18), bob, alice}, "StakingVault", "ERC20InsufficientAllowance"},
		{"deposit below one rao", alice, dep2, []any{big.NewInt(1e8), alice}, "StakingVault", "ZeroAmount"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			supply, stake := v.supply(), v.stakeOf(hotkey, v.vault)
			v.reverts(v.send(tt.from, v.vault, "StakingVault", tt.method, nil, tt.args...), tt.abi, tt.error)
			if v.supply().Cmp(supply) != 0 || v.stakeOf(hotkey, v.vault) != stake {
				t.Fatal("a refused call changed the vault")
			}
		})
	}
	v.reverts(v.send(bob, v.vault, "StakingVault", "setMaxSlippageBps", nil, uint16(50)), "StakingVault", "NotManager")
	v.reverts(v.send(common.Address{0xde, 0x91}, v.vault, "StakingVault", "setMaxSlippageBps", nil, uint16(1001)), "StakingVault", "SlippageTooHigh")

	// With a 10% bound the same large deposit (about 4% price impact) goes through.
	v.ok(common.Address{0xde, 0x91}, v.vault, "StakingVault", "setMaxSlippageBps", nil, uint16(1000))
	v.ok(alice, v.vault, "StakingVault", dep2, nil, wei(200), alice)
}

func TestVaultAfterDissolution(t *testing.T) {
	v := newVault(t)
	dep2 := method("StakingVault", "deposit(uint256,address)")
	redeem3 := method("StakingVault", "redeem(uint256,address,address)")
	v.ok(alice, v.vault, "StakingVault", dep2, nil, wei(10), alice)
	v.ok(bob, v.vault, "StakingVault", dep2, nil, wei(30), bob)

	// The subnet is dissolved: its stake becomes 12 TAO claimable by the vault, and
	// the netuid's next generation holds no stake of the vault.
	v.c.State.SetState(subnetAddr, slotGen, common.BigToHash(big.NewInt(2)))
	v.setStake(hotkey, v.vault, 0)
	v.c.State.SetState(stakingAddr, claimSlot(key(hotkey), key(v.vault)), common.BigToHash(big.NewInt(12_000_000_000)))

	v.reverts(v.send(alice, v.vault, "StakingVault", dep2, nil, wei(1), alice), "StakingVault", "SubnetDissolved")
	if m := v.viewInt(v.vault, "StakingVault", "maxDeposit", alice); m.Sign() != 0 {
		t.Fatalf("maxDeposit %v after dissolution", m)
	}
	claimed := v.ok(carol, v.vault, "StakingVault", "claimDissolved", nil)[0].(*big.Int)
	if claimed.Uint64() != 12_000_000_000 {
		t.Fatalf("claimed %v rao, want 12 TAO", claimed)
	}
	v.reverts(v.send(carol, v.vault, "StakingVault", "claimDissolved", nil), "IStaking", "NothingToClaim")

	// Holders redeem the claimed TAO pro rata to their shares.
	supply := v.supply()
	aliceShares, bobShares := v.shares(alice), v.shares(bob)
	paidA := v.ok(alice, v.vault, "StakingVault", redeem3, nil, aliceShares, alice, alice)[0].(*big.Int)
	wantA := new(big.Int).Div(new(big.Int).Mul(wei(12), aliceShares), supply)
	if paidA.Cmp(wantA) != 0 {
		t.Fatalf("alice paid %v, want %v", paidA, wantA)
	}
	paidB := v.ok(bob, v.vault, "StakingVault", redeem3, nil, bobShares, bob, bob)[0].(*big.Int)
	if total := new(big.Int).Add(paidA, paidB); total.Cmp(wei(12)) != 0 {
		t.Fatalf("paid %v in total, want all 12 TAO", total)
	}
	if b := v.c.Balance(v.vault); !b.IsZero() {
		t.Fatalf("vault keeps %v wei", b)
	}
}

// hyperparameters mirrors SubnetManager.Hyperparameters for packing and unpacking.
type hyperparameters struct {
	ServingRateLimit            uint64
	WeightsVersionKey           uint64
	ImmunityPeriod              uint16
	MinAllowedWeights           uint16
	Rho                         uint16
	AlphaSigmoidSteepness       uint16
	ActivityCutoff              uint16
	MinBurn                     uint64
	MaxBurn                     uint64
	BondsMovingAverage          uint64
	CommitRevealWeightsEnabled  bool
	CommitRevealWeightsInterval uint64
	LiquidAlphaEnabled          bool
	AlphaLow                    uint16
	AlphaHigh                   uint16
	Yuma3Enabled                bool
	BondsResetEnabled           bool
	TransfersEnabled            bool
	MaxAllowedUids              uint16
	BondsPenalty                uint16
	BurnHalfLife                uint16
	BurnIncreaseMult            uint64
}

type identity struct {
	SubnetName, GithubRepo, SubnetContact, SubnetUrl string
	Discord, Description, Additional, LogoUrl        string
}

func (e *env) hyperparameters(mgr common.Address) hyperparameters {
	e.t.Helper()
	out := e.view(mgr, "SubnetManager", "hyperparameters")
	return *abi.ConvertType(out[0], new(hyperparameters)).(*hyperparameters)
}

func TestSubnetManager(t *testing.T) {
	e := newEnv(t, 10_000_000_000_000, 10_000_000_000_000)
	admin := common.Address{0xad}
	e.c.Fund(admin, tao(1000))
	mgr := e.deploy("SubnetManager", admin)
	id := identity{SubnetName: "example", GithubRepo: "https://example.org/repo", LogoUrl: "https://example.org/logo.png"}
	ownerHotkey := key(common.Address{0x0b, 0x4e})

	// Registration with a lock limit: 150 TAO is above 100, then within 200.
	e.reverts(e.send(admin, mgr, "SubnetManager", "register", tao(200), ownerHotkey, uint64(100_000_000_000), id), "SubnetManager", "LockTooHigh")
	e.reverts(e.send(bob, mgr, "SubnetManager", "register", nil, ownerHotkey, uint64(200_000_000_000), id), "SubnetManager", "NotAdmin")
	netuid := e.ok(admin, mgr, "SubnetManager", "register", tao(200), ownerHotkey, uint64(200_000_000_000), id)[0].(uint16)
	if netuid != testNet {
		t.Fatalf("netuid %d", netuid)
	}
	if b := e.c.Balance(mgr); b.Cmp(tao(50)) != 0 {
		t.Fatalf("manager keeps %v wei after paying the lock, want 50 TAO", b)
	}
	if !e.view(mgr, "SubnetManager", "managesSubnet")[0].(bool) {
		t.Fatal("manager does not manage its subnet")
	}
	e.reverts(e.send(admin, mgr, "SubnetManager", "register", nil, ownerHotkey, uint64(200_000_000_000), id), "SubnetManager", "AlreadyRegistered")

	// configure calls only the setters whose value changes (the mock has no other
	// setters, so any further call would revert), raising maxBurn before minBurn.
	h := e.hyperparameters(mgr)
	if h.MaxBurn != 100_000_000_000 || h.AlphaHigh != 58982 || !h.CommitRevealWeightsEnabled {
		t.Fatalf("unexpected hyperparameters %+v", h)
	}
	h.WeightsVersionKey = 7
	h.MinBurn = 150_000_000_000 // above the current maxBurn
	h.MaxBurn = 300_000_000_000
	h.TransfersEnabled = false
	e.ok(admin, mgr, "SubnetManager", "configure", nil, h)
	if got := e.hyperparameters(mgr); got != h {
		t.Fatalf("after configure %+v, want %+v", got, h)
	}
	e.ok(admin, mgr, "SubnetManager", "configure", nil, h) // nothing changes, no setter runs
	h.Rho = 11                                             // the mock has no setRho
	e.reverts(e.send(admin, mgr, "SubnetManager", "configure", nil, h), "ISubnet", "UnknownSelector")
	e.reverts(e.send(bob, mgr, "SubnetManager", "configure", nil, h), "SubnetManager", "NotAdmin")

	// Generic calls as owner, except the ownership transfer.
	sn := contracts.MustABI("ISubnet")
	setKey, _ := sn.Pack("setWeightsVersionKey", uint16(testNet), uint64(9))
	e.ok(admin, mgr, "SubnetManager", "callSubnet", nil, setKey)
	if got := e.hyperparameters(mgr).WeightsVersionKey; got != 9 {
		t.Fatalf("version key %d after callSubnet, want 9", got)
	}
	steal, _ := sn.Pack("transferSubnetOwnership", uint16(testNet), bob)
	e.reverts(e.send(admin, mgr, "SubnetManager", "callSubnet", nil, steal), "SubnetManager", "ForbiddenSelector")

	// Owner hotkey rotation.
	newHotkey := key(common.Address{0x0b, 0x4f})
	e.ok(admin, mgr, "SubnetManager", "rotateOwnerHotkey", nil, newHotkey)
	if got := e.c.State.GetState(subnetAddr, slotHk); got != common.Hash(newHotkey) {
		t.Fatalf("owner hotkey %x, want %x", got, newHotkey)
	}

	// Two-step hand-over of the subnet.
	e.reverts(e.send(bob, mgr, "SubnetManager", "acceptSubnet", nil), "SubnetManager", "NotPendingSubnetOwner")
	e.ok(admin, mgr, "SubnetManager", "offerSubnet", nil, bob)
	e.reverts(e.send(carol, mgr, "SubnetManager", "acceptSubnet", nil), "SubnetManager", "NotPendingSubnetOwner")
	e.ok(bob, mgr, "SubnetManager", "acceptSubnet", nil)
	if owner := common.BytesToAddress(e.c.State.GetState(subnetAddr, slotOwner).Bytes()); owner != bob {
		t.Fatalf("subnet owner %v, want bob", owner)
	}
	if e.view(mgr, "SubnetManager", "managesSubnet")[0].(bool) {
		t.Fatal("manager still claims the handed-over subnet")
	}
	e.reverts(e.send(admin, mgr, "SubnetManager", "rotateOwnerHotkey", nil, ownerHotkey), "SubnetManager", "NotRegistered")

	// Two-step admin transfer, then the new admin withdraws the remaining TAO.
	e.ok(admin, mgr, "SubnetManager", "transferAdmin", nil, carol)
	e.reverts(e.send(bob, mgr, "SubnetManager", "acceptAdmin", nil), "SubnetManager", "NotPendingAdmin")
	e.ok(carol, mgr, "SubnetManager", "acceptAdmin", nil)
	e.reverts(e.send(admin, mgr, "SubnetManager", "withdraw", nil, admin, wei(1)), "SubnetManager", "NotAdmin")
	before := e.c.Balance(carol).Clone()
	e.ok(carol, mgr, "SubnetManager", "withdraw", nil, carol, wei(50))
	if d := new(uint256.Int).Sub(e.c.Balance(carol), before); d.Cmp(tao(50)) != 0 {
		t.Fatalf("carol received %v wei, want 50 TAO", d)
	}
}
