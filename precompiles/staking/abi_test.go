package staking_test

import (
	"math/big"
	"testing"

	"github.com/taoevm/taoevm/bindings"
	"github.com/taoevm/taoevm/precompiles/staking"
)

// TestBindingsErrors: reverts decode with the generated bindings into the
// interface's error types with their arguments.
func TestBindingsErrors(t *testing.T) {
	w := newWorld(t)
	w.ok(alice, ist.PackAddStake(k32(hk1), n(5*tao), n(1)))
	staked := w.stake(hk1, alice, 1)
	decode := func(from [20]byte, input []byte) any {
		t.Helper()
		res := w.call(from, input)
		if res.Err == nil {
			t.Fatal("call succeeded")
		}
		e, err := ist.UnpackError(res.Ret)
		if err != nil {
			t.Fatalf("revert %x does not decode: %v", res.Ret, err)
		}
		return e
	}
	if e, ok := decode(alice, ist.PackRemoveStake(k32(hk1), n(staked+1), n(1))).(*bindings.IStakingInsufficientStake); !ok || e.Available != staked || e.Required != staked+1 {
		t.Fatalf("InsufficientStake: %#v", e)
	}
	if e, ok := decode(alice, ist.PackAddStake(k32(hk1), n(5), n(1))).(*bindings.IStakingBelowMinimumStake); !ok || e.Amount != 5 || e.Minimum != minStake {
		t.Fatalf("BelowMinimumStake: %#v", e)
	}
	if e, ok := decode(alice, ist.PackAddStake(k32(hk1), n(tao), n(7))).(*bindings.IStakingSubnetNotFound); !ok || e.Netuid != 7 {
		t.Fatalf("SubnetNotFound: %#v", e)
	}
	if e, ok := decode(alice, ist.PackAddStake(badKey(hk1), n(tao), n(1))).(*bindings.IStakingInvalidKey); !ok || e.Key != badKey(hk1) {
		t.Fatalf("InvalidKey: %#v", e)
	}
	if e, ok := decode(alice, ist.PackClaimDissolvedStake(k32(hk1), n(1), n(1))).(*bindings.IStakingNothingToClaim); !ok || e.Netuid != 1 || e.Generation != 1 {
		t.Fatalf("NothingToClaim: %#v", e)
	}
	if e, ok := decode(val, ist.PackIncreaseTake(k32(hk1), 20000)).(*bindings.IStakingValueOutOfBounds); !ok || e.Value.Uint64() != 20000 || e.Max.Uint64() != 11796 {
		t.Fatalf("ValueOutOfBounds: %#v", e)
	}
	if e, ok := decode(bob, ist.PackTransferStakeFrom(alice, bob, k32(hk1), n(1), n(1), n(tao))).(*bindings.IStakingInsufficientAllowance); !ok || e.Allowance.Sign() != 0 || e.Required.Uint64() != tao {
		t.Fatalf("InsufficientAllowance: %#v", e)
	}
	if e, ok := decode(alice, ist.PackMoveStake(k32(hk1), k32(hk1), n(1), n(1), n(tao))).(*bindings.IStakingSameStakePosition); !ok {
		t.Fatalf("SameStakePosition: %#v", e)
	}
	res := w.c.Call(alice, addr, ist.PackGetMinStake(), nil, callGas)
	if v, err := ist.UnpackGetMinStake(res.Ret); err != nil || v.Uint64() != minStake {
		t.Fatal("getMinStake")
	}
	if e, err := ist.UnpackError(w.c.Call(alice, addr, []byte{1, 2, 3, 4}, nil, callGas).Ret); err != nil {
		t.Fatalf("unknown selector: %v", err)
	} else if _, ok := e.(*bindings.IStakingUnknownSelector); !ok {
		t.Fatalf("unknown selector: %#v", e)
	}
}

// TestViewGas: every view is charged its documented gas, whatever it
// finds.
func TestViewGas(t *testing.T) {
	w := newWorld(t)
	w.ok(alice, ist.PackAddStake(k32(hk1), n(5*tao), n(1)))
	for _, tt := range []struct {
		name  string
		input []byte
		gas   uint64
	}{
		{"getTotalColdkeyStake", ist.PackGetTotalColdkeyStake(k32(alice)), staking.GasColdkeyView},
		{"getTotalColdkeyStakeOnSubnet", ist.PackGetTotalColdkeyStakeOnSubnet(k32(alice), n(1)), staking.GasColdkeyView + staking.GasRead},
		{"getTotalHotkeyStake", ist.PackGetTotalHotkeyStake(k32(hk1)), staking.GasHotkeyView},
		{"getStake", ist.PackGetStake(k32(hk1), k32(alice), n(1)), staking.GasStakeView},
		{"getAlphaStakedValidators", ist.PackGetAlphaStakedValidators(k32(hk1), n(1)), staking.GasValidatorsView},
		{"getTotalAlphaStaked", ist.PackGetTotalAlphaStaked(k32(hk1), n(1)), staking.GasHotkeyPoolView},
		{"getNominatorMinRequiredStake", ist.PackGetNominatorMinRequiredStake(), staking.GasView},
		{"getNominators", ist.PackGetNominators(k32(hk1), n(1), n(0), big.NewInt(256)), staking.GasNominatorsView + 256*staking.GasRead},
		{"getDelegateTake", ist.PackGetDelegateTake(k32(hk1)), staking.GasView + 2*staking.GasRead},
		{"getHotkeyOwner", ist.PackGetHotkeyOwner(k32(hk1)), staking.GasParamView},
		{"getMinStake", ist.PackGetMinStake(), staking.GasParamView},
		{"allowance", ist.PackAllowance(alice, bob, n(1)), staking.GasAllowanceView},
		{"getClaimableDissolvedStake", ist.PackGetClaimableDissolvedStake(k32(hk1), k32(alice), n(1), n(1)), staking.GasClaimableView},
		{"addProxy", ist.PackAddProxy(k32(bob)), staking.GasView},
	} {
		res := w.call(alice, tt.input)
		if res.GasUsed != tt.gas || staking.Definition().Gas(tt.input) != tt.gas {
			t.Errorf("%s: gas %d, want %d", tt.name, res.GasUsed, tt.gas)
		}
	}
}
