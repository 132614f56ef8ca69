package subnets_test

import (
	"errors"
	"math"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/subnets"
)

type bounds struct{ v, lo, hi uint64 }

type hyperCase struct {
	name   string // HyperparameterSet key
	set    func(netuid uint16, v uint64) []byte
	get    func(c *chain, netuid uint16) uint64
	effect func(c *chain, k protocol.NetKey) uint64 // what the other modules read
	def    uint64
	good   uint64
	bad    []bounds
}

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

func mustU[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func hyperCases() []hyperCase {
	u16 := func(v uint64) uint16 { return uint16(v) }
	return []hyperCase{
		{"ServingRateLimit", func(n uint16, v uint64) []byte { return sn.PackSetServingRateLimit(n, v) },
			func(c *chain, n uint16) uint64 {
				return mustU(sn.UnpackGetServingRateLimit(c.call(sn.PackGetServingRateLimit(n))))
			},
			func(c *chain, k protocol.NetKey) uint64 { return subnets.ServingRateLimit(c.State, k) }, 50, 7, nil},
		{"WeightsVersionKey", func(n uint16, v uint64) []byte { return sn.PackSetWeightsVersionKey(n, v) },
			func(c *chain, n uint16) uint64 {
				return mustU(sn.UnpackGetWeightsVersionKey(c.call(sn.PackGetWeightsVersionKey(n))))
			},
			func(c *chain, k protocol.NetKey) uint64 { return subnets.WeightsVersionKey(c.State, k) }, 0, 42, nil},
		{"ImmunityPeriod", func(n uint16, v uint64) []byte { return sn.PackSetImmunityPeriod(n, u16(v)) },
			func(c *chain, n uint16) uint64 {
				return uint64(mustU(sn.UnpackGetImmunityPeriod(c.call(sn.PackGetImmunityPeriod(n)))))
			},
			func(c *chain, k protocol.NetKey) uint64 { return uint64(subnets.ImmunityPeriod(c.State, k)) }, 5000, 7200, nil},
		{"MinAllowedWeights", func(n uint16, v uint64) []byte { return sn.PackSetMinAllowedWeights(n, u16(v)) },
			func(c *chain, n uint16) uint64 {
				return uint64(mustU(sn.UnpackGetMinAllowedWeights(c.call(sn.PackGetMinAllowedWeights(n)))))
			},
			func(c *chain, k protocol.NetKey) uint64 { return uint64(subnets.MinAllowedWeights(c.State, k)) }, 1, 8,
			[]bounds{{257, 0, 256}}},
		{"Rho", func(n uint16, v uint64) []byte { return sn.PackSetRho(n, u16(v)) },
			func(c *chain, n uint16) uint64 { return uint64(mustU(sn.UnpackGetRho(c.call(sn.PackGetRho(n))))) },
			func(c *chain, k protocol.NetKey) uint64 { return uint64(subnets.Rho(c.State, k)) }, 10, 30, nil},
		{"AlphaSigmoidSteepness", func(n uint16, v uint64) []byte { return sn.PackSetAlphaSigmoidSteepness(n, u16(v)) },
			func(c *chain, n uint16) uint64 {
				return uint64(mustU(sn.UnpackGetAlphaSigmoidSteepness(c.call(sn.PackGetAlphaSigmoidSteepness(n)))))
			},
			func(c *chain, k protocol.NetKey) uint64 { return uint64(subnets.AlphaSigmoidSteepness(c.State, k)) }, 1000, 2000,
			[]bounds{{0x8000, 0, math.MaxInt16}, {0xffff, 0, math.MaxInt16}}},
		{"ActivityCutoff", func(n uint16, v uint64) []byte { return sn.PackSetActivityCutoff(n, u16(v)) },
			func(c *chain, n uint16) uint64 {
				return uint64(mustU(sn.UnpackGetActivityCutoff(c.call(sn.PackGetActivityCutoff(n)))))
			},
			func(c *chain, k protocol.NetKey) uint64 { return uint64(subnets.ActivityCutoff(c.State, k)) }, 5000, 360,
			[]bounds{{359, 360, math.MaxUint16}}},
		{"MinBurn", func(n uint16, v uint64) []byte { return sn.PackSetMinBurn(n, v) },
			func(c *chain, n uint16) uint64 { return mustU(sn.UnpackGetMinBurn(c.call(sn.PackGetMinBurn(n)))) },
			func(c *chain, k protocol.NetKey) uint64 { return subnets.MinBurn(c.State, k) }, 500_000, 999_999_999,
			[]bounds{{1_000_000_000, 0, 999_999_999}}},
		{"MaxBurn", func(n uint16, v uint64) []byte { return sn.PackSetMaxBurn(n, v) },
			func(c *chain, n uint16) uint64 { return mustU(sn.UnpackGetMaxBurn(c.call(sn.PackGetMaxBurn(n)))) },
			func(c *chain, k protocol.NetKey) uint64 { return subnets.MaxBurn(c.State, k) }, 100 * tao, 100_000_001,
			[]bounds{{100_000_000, 100_000_001, math.MaxUint64}}},
		{"BondsMovingAverage", func(n uint16, v uint64) []byte { return sn.PackSetBondsMovingAverage(n, v) },
			func(c *chain, n uint16) uint64 {
				return mustU(sn.UnpackGetBondsMovingAverage(c.call(sn.PackGetBondsMovingAverage(n))))
			},
			func(c *chain, k protocol.NetKey) uint64 { return subnets.BondsMovingAverage(c.State, k) }, 900_000, 975_000,
			[]bounds{{975_001, 0, 975_000}}},
		{"CommitRevealWeightsEnabled", func(n uint16, v uint64) []byte { return sn.PackSetCommitRevealWeightsEnabled(n, v == 1) },
			func(c *chain, n uint16) uint64 {
				return b2u(mustU(sn.UnpackGetCommitRevealWeightsEnabled(c.call(sn.PackGetCommitRevealWeightsEnabled(n)))))
			},
			func(c *chain, k protocol.NetKey) uint64 { return b2u(subnets.CommitRevealEnabled(c.State, k)) }, 1, 0, nil},
		{"LiquidAlphaEnabled", func(n uint16, v uint64) []byte { return sn.PackSetLiquidAlphaEnabled(n, v == 1) },
			func(c *chain, n uint16) uint64 {
				return b2u(mustU(sn.UnpackGetLiquidAlphaEnabled(c.call(sn.PackGetLiquidAlphaEnabled(n)))))
			},
			func(c *chain, k protocol.NetKey) uint64 { return b2u(subnets.LiquidAlphaEnabled(c.State, k)) }, 0, 1, nil},
		{"Yuma3Enabled", func(n uint16, v uint64) []byte { return sn.PackSetYuma3Enabled(n, v == 1) },
			func(c *chain, n uint16) uint64 {
				return b2u(mustU(sn.UnpackGetYuma3Enabled(c.call(sn.PackGetYuma3Enabled(n)))))
			},
			func(c *chain, k protocol.NetKey) uint64 { return b2u(subnets.Yuma3Enabled(c.State, k)) }, 1, 0, nil},
		{"BondsResetEnabled", func(n uint16, v uint64) []byte { return sn.PackSetBondsResetEnabled(n, v == 1) },
			func(c *chain, n uint16) uint64 {
				return b2u(mustU(sn.UnpackGetBondsResetEnabled(c.call(sn.PackGetBondsResetEnabled(n)))))
			},
			func(c *chain, k protocol.NetKey) uint64 { return b2u(subnets.BondsResetEnabled(c.State, k)) }, 0, 1, nil},
		{"CommitRevealWeightsInterval", func(n uint16, v uint64) []byte { return sn.PackSetCommitRevealWeightsInterval(n, v) },
			func(c *chain, n uint16) uint64 {
				return mustU(sn.UnpackGetCommitRevealWeightsInterval(c.call(sn.PackGetCommitRevealWeightsInterval(n))))
			},
			func(c *chain, k protocol.NetKey) uint64 { return subnets.RevealPeriod(c.State, k) }, 1, 100,
			[]bounds{{0, 1, 100}, {101, 1, 100}}},
		{"TransfersEnabled", func(n uint16, v uint64) []byte { return sn.PackToggleTransfers(n, v == 1) },
			func(c *chain, n uint16) uint64 {
				return b2u(mustU(sn.UnpackGetTransfersEnabled(c.call(sn.PackGetTransfersEnabled(n)))))
			},
			func(c *chain, k protocol.NetKey) uint64 { return b2u(subnets.TransfersEnabled(c.State, k)) }, 1, 0, nil},
		{"MaxAllowedUids", func(n uint16, v uint64) []byte { return sn.PackSetMaxAllowedUids(n, u16(v)) },
			func(c *chain, n uint16) uint64 {
				return uint64(mustU(sn.UnpackGetMaxAllowedUids(c.call(sn.PackGetMaxAllowedUids(n)))))
			},
			func(c *chain, k protocol.NetKey) uint64 { return uint64(subnets.MaxAllowedUids(c.State, k)) }, 256, 4096,
			[]bounds{{63, 64, 4096}, {4097, 64, 4096}}},
		{"BondsPenalty", func(n uint16, v uint64) []byte { return sn.PackSetBondsPenalty(n, u16(v)) },
			func(c *chain, n uint16) uint64 {
				return uint64(mustU(sn.UnpackGetBondsPenalty(c.call(sn.PackGetBondsPenalty(n)))))
			},
			func(c *chain, k protocol.NetKey) uint64 { return uint64(subnets.BondsPenalty(c.State, k)) }, 65535, 0, nil},
		{"BurnHalfLife", func(n uint16, v uint64) []byte { return sn.PackSetBurnHalfLife(n, u16(v)) },
			func(c *chain, n uint16) uint64 {
				return uint64(mustU(sn.UnpackGetBurnHalfLife(c.call(sn.PackGetBurnHalfLife(n)))))
			},
			func(c *chain, k protocol.NetKey) uint64 { return uint64(subnets.BurnHalfLife(c.State, k)) }, 360, 36100,
			[]bounds{{0, 1, 36100}, {36101, 1, 36100}}},
		{"BurnIncreaseMult", func(n uint16, v uint64) []byte { return sn.PackSetBurnIncreaseMult(n, v) },
			func(c *chain, n uint16) uint64 {
				return mustU(sn.UnpackGetBurnIncreaseMult(c.call(sn.PackGetBurnIncreaseMult(n))))
			},
			func(c *chain, k protocol.NetKey) uint64 { return subnets.BurnIncreaseMult(c.State, k) }, 1_260_000_000, 2 * tao,
			[]bounds{{999_999_999, 1_000_000_000, math.MaxUint64}}},
	}
}

// TestHyperparameterSetters covers every owner setter: the default, the
// owner check, the bounds, the change seen by the getter and by the typed
// accessor the other modules use, the event, the gas and the rate limit.
func TestHyperparameterSetters(t *testing.T) {
	for _, hc := range hyperCases() {
		t.Run(hc.name, func(t *testing.T) {
			c := newChain(t, testParams())
			c.Number = 1
			netuid := c.register(alice, hkA)
			k := protocol.NetKey{Netuid: netuid, Gen: 1}
			if got := hc.get(c, netuid); got != hc.def {
				t.Fatalf("default %d, want %d", got, hc.def)
			}
			c.tx(bob, hc.set(netuid, hc.good), protocol.ErrNotSubnetOwner)
			c.tx(alice, hc.set(0, hc.good), protocol.ErrNotSubnetOwner)
			c.tx(alice, hc.set(9, hc.good), protocol.ErrSubnetNotFound)
			for _, b := range hc.bad {
				res := c.tx(alice, hc.set(netuid, b.v), protocol.ErrValueOutOfBounds)
				want := []any{new(big.Int).SetUint64(b.v), new(big.Int).SetUint64(b.lo), new(big.Int).SetUint64(b.hi)}
				if args := revertArgs(t, res.Ret); !equalArgs(args, want) {
					t.Fatalf("bounds %v, want %v", args, want)
				}
			}
			c.Number = 10
			input := hc.set(netuid, hc.good)
			res := c.tx(alice, input, nil)
			if want := txGas(input, def.Gas(input)); res.GasUsed != want {
				t.Fatalf("gas %d, want %d", res.GasUsed, want)
			}
			if got := hc.get(c, netuid); got != hc.good {
				t.Fatalf("getter %d after setting %d", got, hc.good)
			}
			if got := hc.effect(c, k); got != hc.good {
				t.Fatalf("accessor %d after setting %d", got, hc.good)
			}
			if len(res.Logs) != 1 {
				t.Fatalf("%d logs", len(res.Logs))
			}
			ev, err := sn.UnpackHyperparameterSetEvent(res.Logs[0])
			var wantKey [32]byte
			copy(wantKey[:], hc.name)
			if err != nil || ev.Netuid != netuid || ev.Key != wantKey || ev.Value.Uint64() != hc.good {
				t.Fatalf("event %+v %v", ev, err)
			}
			// Rate limit: two tempos (720 blocks) per hyperparameter.
			res = c.tx(alice, hc.set(netuid, hc.def), protocol.ErrRateLimited)
			if args := revertArgs(t, res.Ret); args[0] != uint64(10+720) {
				t.Fatalf("next block %v, want 730", args[0])
			}
			c.Number = 730
			c.tx(alice, hc.set(netuid, hc.def), nil)
			if got := hc.get(c, netuid); got != hc.def {
				t.Fatalf("getter %d after resetting", got)
			}
		})
	}
}

// TestNotSupportedSetters: PoW and root-only setters always revert.
func TestNotSupportedSetters(t *testing.T) {
	c := newChain(t, testParams())
	netuid := c.register(alice, hkA)
	for name, input := range map[string][]byte{
		"setMinDifficulty":                 sn.PackSetMinDifficulty(netuid, 1),
		"setMaxDifficulty":                 sn.PackSetMaxDifficulty(netuid, 1),
		"setDifficulty":                    sn.PackSetDifficulty(netuid, 1),
		"setWeightsSetRateLimit":           sn.PackSetWeightsSetRateLimit(netuid, 1),
		"setAdjustmentAlpha":               sn.PackSetAdjustmentAlpha(netuid, 1),
		"setKappa":                         sn.PackSetKappa(netuid, 1),
		"setActivityCutoffFactor":          sn.PackSetActivityCutoffFactor(netuid, 1),
		"setNetworkRegistrationAllowed":    sn.PackSetNetworkRegistrationAllowed(netuid, false),
		"setNetworkPowRegistrationAllowed": sn.PackSetNetworkPowRegistrationAllowed(netuid, true),
	} {
		t.Run(name, func(t *testing.T) {
			res := c.tx(alice, input, protocol.ErrNotSupported)
			if res.GasUsed != txGas(input, subnets.GasView) {
				t.Fatalf("gas %d", res.GasUsed)
			}
		})
	}
}

// TestConstantViews: the views of values taoevm fixes.
func TestConstantViews(t *testing.T) {
	c := newChain(t, testParams())
	n := c.register(alice, hkA)
	checks := []struct {
		name      string
		got, want uint64
	}{
		{"getMinDifficulty", mustU(sn.UnpackGetMinDifficulty(c.call(sn.PackGetMinDifficulty(n)))), 10_000_000},
		{"getMaxDifficulty", mustU(sn.UnpackGetMaxDifficulty(c.call(sn.PackGetMaxDifficulty(n)))), math.MaxUint64 / 4},
		{"getDifficulty", mustU(sn.UnpackGetDifficulty(c.call(sn.PackGetDifficulty(n)))), 10_000_000},
		{"getAdjustmentAlpha", mustU(sn.UnpackGetAdjustmentAlpha(c.call(sn.PackGetAdjustmentAlpha(n)))), 0},
		{"getMaxWeightLimit", uint64(mustU(sn.UnpackGetMaxWeightLimit(c.call(sn.PackGetMaxWeightLimit(n))))), 65535},
		{"getKappa", uint64(mustU(sn.UnpackGetKappa(c.call(sn.PackGetKappa(n))))), 32767},
		{"getWeightsSetRateLimit", mustU(sn.UnpackGetWeightsSetRateLimit(c.call(sn.PackGetWeightsSetRateLimit(n)))), 100},
		{"getNetworkRegistrationAllowed", b2u(mustU(sn.UnpackGetNetworkRegistrationAllowed(c.call(sn.PackGetNetworkRegistrationAllowed(n))))), 1},
		{"getNetworkPowRegistrationAllowed", b2u(mustU(sn.UnpackGetNetworkPowRegistrationAllowed(c.call(sn.PackGetNetworkPowRegistrationAllowed(n))))), 0},
		{"getActivityCutoffFactor", uint64(mustU(sn.UnpackGetActivityCutoffFactor(c.call(sn.PackGetActivityCutoffFactor(n))))), 5000 * 1000 / 360},
		{"getTempo", uint64(mustU(sn.UnpackGetTempo(c.call(sn.PackGetTempo(n))))), 360},
		{"getMaxAllowedValidators", uint64(mustU(sn.UnpackGetMaxAllowedValidators(c.call(sn.PackGetMaxAllowedValidators(n))))), 64},
		{"getSubnetLimit", uint64(mustU(sn.UnpackGetSubnetLimit(c.call(sn.PackGetSubnetLimit())))), 128},
		{"getNetworkImmunityPeriod", mustU(sn.UnpackGetNetworkImmunityPeriod(c.call(sn.PackGetNetworkImmunityPeriod()))), 100},
		{"getNetworkGeneration of a free netuid", mustU(sn.UnpackGetNetworkGeneration(c.call(sn.PackGetNetworkGeneration(77)))), 0},
	}
	for _, ch := range checks {
		if ch.got != ch.want {
			t.Errorf("%s = %d, want %d", ch.name, ch.got, ch.want)
		}
	}
	lo, err := sn.UnpackGetAlphaValues(c.call(sn.PackGetAlphaValues(n)))
	if err != nil || lo.AlphaLow != 45875 || lo.AlphaHigh != 58982 {
		t.Fatalf("getAlphaValues %+v %v", lo, err)
	}
	// Every per-subnet view refuses an unregistered netuid.
	res := c.Call(alice, addr, sn.PackGetTempo(9), nil, 1_000_000)
	if err := def.DecodeRevert(res.Ret); !errors.Is(err, protocol.ErrSubnetNotFound) {
		t.Fatalf("unregistered netuid: %v", err)
	}
	// The root subnet exists and has no owner.
	if o := mustU(sn.UnpackGetSubnetOwner(c.call(sn.PackGetSubnetOwner(0)))); o != (common.Address{}) {
		t.Fatalf("root owner %v", o)
	}
}

// TestAlphaValues: both bounds in one call, two events, one rate limit.
func TestAlphaValues(t *testing.T) {
	c := newChain(t, testParams())
	n := c.register(alice, hkA)
	for _, b := range [][2]uint16{{1637, 50000}, {40000, 39999}} {
		res := c.tx(alice, sn.PackSetAlphaValues(n, b[0], b[1]), protocol.ErrValueOutOfBounds)
		want := []any{big.NewInt(int64(b[0])), big.NewInt(1638), big.NewInt(int64(b[1]))}
		if args := revertArgs(t, res.Ret); !equalArgs(args, want) {
			t.Fatalf("args %v, want %v", args, want)
		}
	}
	c.tx(bob, sn.PackSetAlphaValues(n, 2000, 3000), protocol.ErrNotSubnetOwner)
	res := c.tx(alice, sn.PackSetAlphaValues(n, 2000, 3000), nil)
	if len(res.Logs) != 2 {
		t.Fatalf("%d logs", len(res.Logs))
	}
	for i, want := range []struct {
		key string
		v   uint64
	}{{"AlphaLow", 2000}, {"AlphaHigh", 3000}} {
		ev, err := sn.UnpackHyperparameterSetEvent(res.Logs[i])
		var k [32]byte
		copy(k[:], want.key)
		if err != nil || ev.Key != k || ev.Value.Uint64() != want.v {
			t.Fatalf("event %d: %+v %v", i, ev, err)
		}
	}
	lo, hi := subnets.AlphaValues(c.State, protocol.NetKey{Netuid: n, Gen: 1})
	if lo != 2000 || hi != 3000 {
		t.Fatalf("accessor %d %d", lo, hi)
	}
	c.tx(alice, sn.PackSetAlphaValues(n, 2000, 4000), protocol.ErrRateLimited)
}

// TestMaxAllowedUidsAboveUidCount: the uid cap cannot go below the uids in use.
func TestMaxAllowedUidsAboveUidCount(t *testing.T) {
	c := newChain(t, testParams())
	n := c.register(alice, hkA)
	subnets.SetUidCount(c.State, protocol.NetKey{Netuid: n, Gen: 1}, 100)
	res := c.tx(alice, sn.PackSetMaxAllowedUids(n, 99), protocol.ErrValueOutOfBounds)
	if args := revertArgs(t, res.Ret); !equalArgs(args, []any{big.NewInt(99), big.NewInt(100), big.NewInt(4096)}) {
		t.Fatalf("args %v", args)
	}
	c.tx(alice, sn.PackSetMaxAllowedUids(n, 100), nil)
}

// TestOwnerHotkeyAndOwnership: the owner hotkey changes once per 50,400
// blocks, must not belong to someone else, and ownership moves the owner
// role.
func TestOwnerHotkeyAndOwnership(t *testing.T) {
	c := newChain(t, testParams())
	c.Number = 1
	n := c.register(alice, hkA)
	k := protocol.NetKey{Netuid: n, Gen: 1}
	protocol.SetHotkeyOwner(c.State, hkB, bob)
	c.tx(alice, sn.PackSetSubnetOwnerHotkey(n, key(hkB)), protocol.ErrNotHotkeyOwner)
	c.tx(bob, sn.PackSetSubnetOwnerHotkey(n, key(carol)), protocol.ErrNotSubnetOwner)
	bad := key(carol)
	bad[3] = 1
	c.tx(alice, sn.PackSetSubnetOwnerHotkey(n, bad), precompile.ErrInvalidKey)

	hkN := common.HexToAddress("0x0000000000000000000000000000000000001234")
	c.Number = 5
	input := sn.PackSetSubnetOwnerHotkey(n, key(hkN))
	res := c.tx(alice, input, nil)
	if res.GasUsed != txGas(input, subnets.GasOwnerHotkeySetter) {
		t.Fatalf("gas %d", res.GasUsed)
	}
	ev, err := sn.UnpackSubnetOwnerHotkeySetEvent(res.Logs[0])
	if err != nil || ev.Netuid != n || ev.OldHotkey != key(hkA) || ev.NewHotkey != key(hkN) {
		t.Fatalf("event %+v %v", ev, err)
	}
	if subnets.OwnerHotkey(c.State, k) != hkN || protocol.HotkeyOwner(c.State, hkN) != alice {
		t.Fatal("owner hotkey not set or not claimed")
	}
	res = c.tx(alice, sn.PackSetSubnetOwnerHotkey(n, key(hkA)), protocol.ErrRateLimited)
	if args := revertArgs(t, res.Ret); args[0] != uint64(5+50_400) {
		t.Fatalf("next %v", args[0])
	}
	c.Number = 5 + 50_400
	c.tx(alice, sn.PackSetSubnetOwnerHotkey(n, key(hkA)), nil)

	c.tx(alice, sn.PackTransferSubnetOwnership(n, common.Address{}), precompile.ErrInvalidKey)
	c.tx(bob, sn.PackTransferSubnetOwnership(n, bob), protocol.ErrNotSubnetOwner)
	res = c.tx(alice, sn.PackTransferSubnetOwnership(n, bob), nil)
	tev, err := sn.UnpackSubnetOwnershipTransferredEvent(res.Logs[0])
	if err != nil || tev.PreviousOwner != alice || tev.NewOwner != bob {
		t.Fatalf("event %+v %v", tev, err)
	}
	c.tx(alice, sn.PackSetRho(n, 3), protocol.ErrNotSubnetOwner)
	c.tx(bob, sn.PackSetRho(n, 3), nil)
	if subnets.Owner(c.State, k) != bob {
		t.Fatal("owner not moved")
	}
}

// TestSetSubnetIdentity: owner only, limits, event, view.
func TestSetSubnetIdentity(t *testing.T) {
	c := newChain(t, testParams())
	n := c.register(alice, hkA)
	id := subnets.Identity{"a", "b", "c", "d", "e", "f", "g", "h"}
	pack := func(id subnets.Identity) []byte {
		return sn.PackSetSubnetIdentity(n, id.SubnetName, id.GithubRepo, id.SubnetContact, id.SubnetUrl, id.Discord, id.Description, id.Additional, id.LogoUrl)
	}
	c.tx(bob, pack(id), protocol.ErrNotSubnetOwner)
	long := id
	long.Discord = string(make([]byte, 257))
	c.tx(alice, pack(long), protocol.ErrInputTooLarge)
	input := pack(id)
	res := c.tx(alice, input, nil)
	if res.GasUsed != txGas(input, subnets.GasIdentitySetter+subnets.IdentityGas(id)) {
		t.Fatalf("gas %d", res.GasUsed)
	}
	ev, err := sn.UnpackIdentitySetEvent(res.Logs[0])
	if err != nil || subnets.Identity(ev.Identity) != id {
		t.Fatalf("event %+v %v", ev, err)
	}
	// A shorter identity replaces a longer one completely.
	big := subnets.Identity{SubnetName: string(make([]byte, 100))}
	c.tx(alice, pack(big), nil)
	c.tx(alice, pack(id), nil)
	if got := subnets.Identity(mustU(sn.UnpackGetSubnetIdentity(c.call(sn.PackGetSubnetIdentity(n))))); got != id {
		t.Fatalf("identity %+v", got)
	}
}
