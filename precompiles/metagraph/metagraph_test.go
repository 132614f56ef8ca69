package metagraph_test

import (
	"bytes"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/holiman/uint256"

	"github.com/taoevm/taoevm/bindings"
	"github.com/taoevm/taoevm/precompiles/metagraph"
	"github.com/taoevm/taoevm/precompiles/neurons"
	"github.com/taoevm/taoevm/precompiles/pools"
	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/precompile/precompiletest"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/staking"
	"github.com/taoevm/taoevm/precompiles/subnets"
)

var (
	mg       = bindings.NewIMetagraph()
	sn       = bindings.NewISubnet()
	nb       = bindings.NewINeuron()
	sk       = bindings.NewIStaking()
	owner    = common.HexToAddress("0x00000000000000000000000000000000000a11ce")
	ownerHot = common.HexToAddress("0x0000000000000000000000000000000000000a0a")
	bob      = common.HexToAddress("0x0000000000000000000000000000000000000b0b")
	hot1     = common.HexToAddress("0x0000000000000000000000000000000000001111")
	hot2     = common.HexToAddress("0x0000000000000000000000000000000000002222")
	ip       = big.NewInt(0x7f000001)
	cert     = []byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33}
)

func key(a common.Address) [32]byte { return precompile.AddressKey(a) }

type fixture struct {
	c *precompiletest.Chain
	k protocol.NetKey
}

// setup registers subnet 1 through the subnet precompile (owner hotkey uid
// 0 at block 1), hot1 (uid 1, block 5) and hot2 (uid 2, block 9) through
// the neuron precompile, serves hot1's endpoints at block 20, stakes 5 TAO
// on hot1, and writes epoch results for uid 1.
func setup(t *testing.T) fixture {
	t.Helper()
	c := precompiletest.New(t, subnets.Definition(), neurons.Definition(), staking.Definition(), pools.Definition(), metagraph.Definition())
	c.Fund(owner, precompiletest.TAO(1000))
	c.Fund(bob, precompiletest.TAO(100))
	must := func(from, to common.Address, in []byte) {
		t.Helper()
		if res := c.Call(from, to, in, nil, 30_000_000); res.Err != nil {
			t.Fatalf("setup call to %v: %v %x", to, res.Err, res.Ret)
		}
	}
	must(owner, subnets.Address, sn.PackRegisterNetwork(key(ownerHot)))
	c.Number = 5
	must(bob, neurons.Address, nb.PackBurnedRegister(1, key(hot1)))
	c.Number = 9
	must(bob, neurons.Address, nb.PackBurnedRegister(1, key(hot2)))
	c.Number = 20
	must(hot1, neurons.Address, nb.PackServeAxonTls(1, 7, ip, 8091, 4, 2, 0, 0, cert))
	must(hot1, neurons.Address, nb.PackServePrometheus(1, 8, ip, 9100, 4))
	must(bob, staking.Address, sk.PackAddStake(key(hot1), big.NewInt(5e9), big.NewInt(1)))
	k := protocol.Current(c.State, 1)
	neurons.StoreStats(c.State, k, 1, neurons.Stats{Incentive: 22, Dividends: 33, Consensus: 11, Trust: 55, ValidatorTrust: 44, ValidatorPermit: true, Active: false})
	neurons.SetEmission(c.State, k, 1, 777)
	neurons.SetLastUpdate(c.State, k, 1, 15)
	c.Number = 30
	return fixture{c: c, k: k}
}

func (f fixture) view(t *testing.T, in []byte, gas uint64) []byte {
	t.Helper()
	res := f.c.Call(bob, metagraph.Address, in, nil, 20_000_000)
	if res.GasUsed != gas {
		t.Fatalf("gas %d, want %d", res.GasUsed, gas)
	}
	if res.Err != nil {
		t.Fatalf("%v: %v", res.Err, metagraph.Definition().DecodeRevert(res.Ret))
	}
	return res.Ret
}

// TestViews: every view of uid 1, through the bindings, with exact values
// and gas.
func TestViews(t *testing.T) {
	f := setup(t)
	type tc struct {
		name  string
		in    []byte
		gas   uint64
		check func(ret []byte) (any, any)
	}
	u16 := func(un func([]byte) (uint16, error)) func([]byte) uint16 {
		return func(b []byte) uint16 { v, err := un(b); must(t, err); return v }
	}
	wantStake := stakingTotal(t, f)
	tests := []tc{
		{"uid count", mg.PackGetUidCount(1), metagraph.GasUidCount, func(r []byte) (any, any) { return u16(mg.UnpackGetUidCount)(r), uint16(3) }},
		{"stake", mg.PackGetStake(1, 1), metagraph.GasStake, func(r []byte) (any, any) { v, err := mg.UnpackGetStake(r); must(t, err); return v, wantStake }},
		{"rank", mg.PackGetRank(1, 1), metagraph.GasConstant, func(r []byte) (any, any) { return u16(mg.UnpackGetRank)(r), uint16(0) }},
		{"trust", mg.PackGetTrust(1, 1), metagraph.GasConstant, func(r []byte) (any, any) { return u16(mg.UnpackGetTrust)(r), uint16(0) }},
		{"consensus", mg.PackGetConsensus(1, 1), metagraph.GasUidWord, func(r []byte) (any, any) { return u16(mg.UnpackGetConsensus)(r), uint16(11) }},
		{"incentive", mg.PackGetIncentive(1, 1), metagraph.GasUidWord, func(r []byte) (any, any) { return u16(mg.UnpackGetIncentive)(r), uint16(22) }},
		{"dividends", mg.PackGetDividends(1, 1), metagraph.GasUidWord, func(r []byte) (any, any) { return u16(mg.UnpackGetDividends)(r), uint16(33) }},
		{"vtrust", mg.PackGetVtrust(1, 1), metagraph.GasUidWord, func(r []byte) (any, any) { return u16(mg.UnpackGetVtrust)(r), uint16(44) }},
		{"emission", mg.PackGetEmission(1, 1), metagraph.GasUidWord, func(r []byte) (any, any) { v, err := mg.UnpackGetEmission(r); must(t, err); return v, uint64(777) }},
		{"validator status", mg.PackGetValidatorStatus(1, 1), metagraph.GasUidWord, func(r []byte) (any, any) { v, err := mg.UnpackGetValidatorStatus(r); must(t, err); return v, true }},
		{"validator status, none", mg.PackGetValidatorStatus(1, 2), metagraph.GasUidWord, func(r []byte) (any, any) { v, err := mg.UnpackGetValidatorStatus(r); must(t, err); return v, false }},
		{"is active", mg.PackGetIsActive(1, 1), metagraph.GasUidWord, func(r []byte) (any, any) { v, err := mg.UnpackGetIsActive(r); must(t, err); return v, false }},
		{"is active, new neuron", mg.PackGetIsActive(1, 2), metagraph.GasUidWord, func(r []byte) (any, any) { v, err := mg.UnpackGetIsActive(r); must(t, err); return v, true }},
		{"last update", mg.PackGetLastUpdate(1, 1), metagraph.GasUidWord, func(r []byte) (any, any) { v, err := mg.UnpackGetLastUpdate(r); must(t, err); return v, uint64(15) }},
		{"last update, registration", mg.PackGetLastUpdate(1, 2), metagraph.GasUidWord, func(r []byte) (any, any) { v, err := mg.UnpackGetLastUpdate(r); must(t, err); return v, uint64(9) }},
		{"block at registration", mg.PackGetBlockAtRegistration(1, 2), metagraph.GasUidWord, func(r []byte) (any, any) {
			v, err := mg.UnpackGetBlockAtRegistration(r)
			must(t, err)
			return v, uint64(9)
		}},
		{"owner's registration", mg.PackGetBlockAtRegistration(1, 0), metagraph.GasUidWord, func(r []byte) (any, any) {
			v, err := mg.UnpackGetBlockAtRegistration(r)
			must(t, err)
			return v, uint64(1)
		}},
		{"hotkey", mg.PackGetHotkey(1, 1), metagraph.GasUidWord, func(r []byte) (any, any) { v, err := mg.UnpackGetHotkey(r); must(t, err); return v, key(hot1) }},
		{"owner hotkey", mg.PackGetHotkey(1, 0), metagraph.GasUidWord, func(r []byte) (any, any) { v, err := mg.UnpackGetHotkey(r); must(t, err); return v, key(ownerHot) }},
		{"coldkey", mg.PackGetColdkey(1, 2), metagraph.GasHotkeyWord, func(r []byte) (any, any) { v, err := mg.UnpackGetColdkey(r); must(t, err); return v, key(bob) }},
		{"owner coldkey", mg.PackGetColdkey(1, 0), metagraph.GasHotkeyWord, func(r []byte) (any, any) { v, err := mg.UnpackGetColdkey(r); must(t, err); return v, key(owner) }},
		{"axon", mg.PackGetAxon(1, 1), metagraph.GasHotkeyWord, func(r []byte) (any, any) {
			v, err := mg.UnpackGetAxon(r)
			must(t, err)
			return [6]any{v.Block, v.Version, v.Ip.Uint64(), v.Port, v.IpType, v.Protocol}, [6]any{uint64(20), uint32(7), ip.Uint64(), uint16(8091), uint8(4), uint8(2)}
		}},
		{"axon, never served", mg.PackGetAxon(1, 2), metagraph.GasHotkeyWord, func(r []byte) (any, any) {
			v, err := mg.UnpackGetAxon(r)
			must(t, err)
			return [3]any{v.Block, v.Ip.Sign(), v.IpType}, [3]any{uint64(0), 0, uint8(0)}
		}},
		{"prometheus", mg.PackGetPrometheus(1, 1), metagraph.GasHotkeyWord, func(r []byte) (any, any) {
			v, err := mg.UnpackGetPrometheus(r)
			must(t, err)
			return [5]any{v.Block, v.Version, v.Ip.Uint64(), v.Port, v.IpType}, [5]any{uint64(20), uint32(8), ip.Uint64(), uint16(9100), uint8(4)}
		}},
		{"certificate", mg.PackGetAxonCertificate(1, 1), metagraph.GasCertificate, func(r []byte) (any, any) {
			v, err := mg.UnpackGetAxonCertificate(r)
			must(t, err)
			return bytes.Equal(v, cert), true
		}},
		{"no certificate", mg.PackGetAxonCertificate(1, 2), metagraph.GasCertificate, func(r []byte) (any, any) {
			v, err := mg.UnpackGetAxonCertificate(r)
			must(t, err)
			return len(v), 0
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, want := tt.check(f.view(t, tt.in, tt.gas))
			if got != want {
				t.Fatalf("got %v, want %v", got, want)
			}
		})
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// stakingTotal returns what getStake must show for hot1: its alpha on
// subnet 1 (its only subnet) at the pool's spot price, alpha × TAO reserve /
// alpha reserve rounded down, computed here from the raw state; the
// staking precompile's getTotalHotkeyStake must agree.
func stakingTotal(t *testing.T, f fixture) uint64 {
	p := pools.Load(f.c.State, f.k)
	alpha := staking.HotkeyAlpha(f.c.State, f.k, hot1)
	if alpha == 0 || p.Alpha == 0 {
		t.Fatal("no stake on hot1")
	}
	want := new(big.Int).Mul(new(big.Int).SetUint64(alpha), new(big.Int).SetUint64(p.TAO))
	want.Quo(want, new(big.Int).SetUint64(p.Alpha))
	res := f.c.Call(bob, staking.Address, sk.PackGetTotalHotkeyStake(key(hot1)), nil, 20_000_000)
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	v, err := sk.UnpackGetTotalHotkeyStake(res.Ret)
	if err != nil || v.Cmp(want) != 0 {
		t.Fatalf("staking says %v (%v), spot value %v", v, err, want)
	}
	return want.Uint64()
}

// TestRefusals: unknown subnet and unknown uid for every per-uid view,
// value refused, and the views answer under STATICCALL.
func TestRefusals(t *testing.T) {
	f := setup(t)
	def := metagraph.Definition()
	for _, h := range def.Handlers() {
		if h.Name == "getUidCount" {
			continue
		}
		m := def.ABI().Methods[h.Name]
		for _, c := range []struct {
			netuid, uid uint16
			want        error
		}{{1, 3, protocol.ErrUnknownUid}, {5, 0, protocol.ErrSubnetNotFound}} {
			in, err := m.Inputs.Pack(c.netuid, c.uid)
			must(t, err)
			res := f.c.Call(bob, metagraph.Address, append(append([]byte{}, m.ID...), in...), nil, 20_000_000)
			if !errors.Is(res.Err, vm.ErrExecutionReverted) || !errors.Is(def.DecodeRevert(res.Ret), c.want) {
				t.Errorf("%s(%d, %d): %v, want %v", h.Name, c.netuid, c.uid, def.DecodeRevert(res.Ret), c.want)
			}
			if res.GasUsed != h.BaseGas {
				t.Errorf("%s: gas %d, want %d", h.Name, res.GasUsed, h.BaseGas)
			}
		}
	}
	res := f.c.Call(bob, metagraph.Address, mg.PackGetUidCount(9), nil, 100_000)
	if !errors.Is(def.DecodeRevert(res.Ret), protocol.ErrSubnetNotFound) {
		t.Fatal("getUidCount of an unknown subnet")
	}
	e, err := mg.UnpackError(f.c.Call(bob, metagraph.Address, mg.PackGetHotkey(1, 3), nil, 100_000).Ret)
	if uu, ok := e.(*bindings.IMetagraphUnknownUid); err != nil || !ok || uu.Netuid != 1 || uu.Uid != 3 {
		t.Fatalf("UnknownUid through the bindings: %#v %v", e, err)
	}
	f.c.Fund(bob, uint256.NewInt(1))
	res = f.c.Call(bob, metagraph.Address, mg.PackGetUidCount(1), uint256.NewInt(1), 100_000)
	if !errors.Is(def.DecodeRevert(res.Ret), precompile.ErrValueNotAccepted) {
		t.Fatal("value accepted by a view")
	}
}

// TestReplacedUid: after a replacement the views show the new hotkey's
// neuron, not the old one's results or endpoints.
func TestReplacedUid(t *testing.T) {
	f := setup(t)
	st := f.c.State
	subnets.Set(st, f.k, subnets.HMaxAllowedUids, 3)
	subnets.Set(st, f.k, subnets.HImmunityPeriod, 1)
	neurons.SetEmission(st, f.k, 2, 9999) // uid 1 has 777: it goes
	newHot := common.HexToAddress("0x4444")
	if res := f.c.Call(bob, neurons.Address, nb.PackBurnedRegister(1, key(newHot)), nil, 30_000_000); res.Err != nil {
		t.Fatal(res.Err)
	}
	hk, _ := mg.UnpackGetHotkey(f.view(t, mg.PackGetHotkey(1, 1), metagraph.GasUidWord))
	em, _ := mg.UnpackGetEmission(f.view(t, mg.PackGetEmission(1, 1), metagraph.GasUidWord))
	ax, _ := mg.UnpackGetAxon(f.view(t, mg.PackGetAxon(1, 1), metagraph.GasHotkeyWord))
	vs, _ := mg.UnpackGetValidatorStatus(f.view(t, mg.PackGetValidatorStatus(1, 1), metagraph.GasUidWord))
	st0, _ := mg.UnpackGetStake(f.view(t, mg.PackGetStake(1, 1), metagraph.GasStake))
	if hk != key(newHot) || em != 0 || ax.Block != 0 || vs || st0 != 0 {
		t.Fatalf("replaced uid shows hotkey %x emission %d axon block %d permit %v stake %d", hk, em, ax.Block, vs, st0)
	}
}

// TestABICoverage checks the dispatch table against IMetagraph.
func TestABICoverage(t *testing.T) {
	precompiletest.CheckCoverage(t, metagraph.Definition())
	if n := len(metagraph.Definition().Handlers()); n != 18 {
		t.Fatalf("%d handlers", n)
	}
}
