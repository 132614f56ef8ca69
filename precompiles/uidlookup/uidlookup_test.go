package uidlookup_test

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/holiman/uint256"

	"github.com/taoevm/taoevm/bindings"
	"github.com/taoevm/taoevm/precompiles/neurons"
	"github.com/taoevm/taoevm/precompiles/pools"
	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/precompile/precompiletest"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/subnets"
	"github.com/taoevm/taoevm/precompiles/uidlookup"
)

var (
	ul       = bindings.NewIUidLookup()
	sn       = bindings.NewISubnet()
	nb       = bindings.NewINeuron()
	owner    = common.HexToAddress("0x00000000000000000000000000000000000a11ce")
	ownerHot = common.HexToAddress("0x0000000000000000000000000000000000000a0a")
	bob      = common.HexToAddress("0x0000000000000000000000000000000000000b0b")
	hot1     = common.HexToAddress("0x0000000000000000000000000000000000001111")
	hot2     = common.HexToAddress("0x0000000000000000000000000000000000002222")
)

func key(a common.Address) [32]byte { return precompile.AddressKey(a) }

// chain registers subnet 1 (owner hotkey uid 0, block 1) through the subnet
// precompile and two neurons through the neuron precompile (uids 1 and 2,
// blocks 5 and 9).
func chain(t *testing.T) *precompiletest.Chain {
	t.Helper()
	c := precompiletest.New(t, subnets.Definition(), neurons.Definition(), pools.Definition(), uidlookup.Definition())
	c.Fund(owner, precompiletest.TAO(1000))
	c.Fund(bob, precompiletest.TAO(10))
	must := func(from, to common.Address, in []byte) {
		t.Helper()
		if res := c.Call(from, to, in, nil, 30_000_000); res.Err != nil {
			t.Fatalf("setup call: %v %x", res.Err, res.Ret)
		}
	}
	must(owner, subnets.Address, sn.PackRegisterNetwork(key(ownerHot)))
	c.Number = 5
	must(bob, neurons.Address, nb.PackBurnedRegister(1, key(hot1)))
	c.Number = 9
	must(bob, neurons.Address, nb.PackBurnedRegister(1, key(hot2)))
	c.Number = 20
	return c
}

// TestUidLookup: an address matches the uid it holds as hotkey, with its
// registration block; the limit applies after filtering.
func TestUidLookup(t *testing.T) {
	c := chain(t)
	tests := []struct {
		name   string
		netuid uint16
		addr   common.Address
		limit  uint16
		want   []bindings.IUidLookupLookupItem
		err    error
	}{
		{"owner hotkey", 1, ownerHot, 5, []bindings.IUidLookupLookupItem{{Uid: 0, BlockAssociated: 1}}, nil},
		{"neuron", 1, hot2, 1, []bindings.IUidLookupLookupItem{{Uid: 2, BlockAssociated: 9}}, nil},
		{"limit after filtering", 1, hot1, 1, []bindings.IUidLookupLookupItem{{Uid: 1, BlockAssociated: 5}}, nil},
		{"limit 0", 1, hot1, 0, nil, nil},
		{"no match", 1, bob, 100, nil, nil},
		{"root", 0, hot1, 100, nil, nil},
		{"unknown subnet", 2, hot1, 1, nil, protocol.ErrSubnetNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := c.Call(bob, uidlookup.Address, ul.PackUidLookup(tt.netuid, tt.addr, tt.limit), nil, 1_000_000)
			if res.GasUsed != uidlookup.GasLookup {
				t.Fatalf("gas %d, want %d", res.GasUsed, uidlookup.GasLookup)
			}
			if tt.err != nil {
				if !errors.Is(res.Err, vm.ErrExecutionReverted) || !errors.Is(uidlookup.Definition().DecodeRevert(res.Ret), tt.err) {
					t.Fatalf("err %v, want %v", res.Err, tt.err)
				}
				return
			}
			got, err := ul.UnpackUidLookup(res.Ret)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %+v, want %+v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Fatalf("got %+v, want %+v", got, tt.want)
				}
			}
		})
	}
}

// TestReplacedUidNoLongerMatches: once a uid changes hands the old hotkey
// no longer finds it (Subtensor issue #1769) and the new one does.
func TestReplacedUidNoLongerMatches(t *testing.T) {
	c := chain(t)
	k := protocol.Current(c.State, 1)
	subnets.Set(c.State, k, subnets.HMaxAllowedUids, 3)
	subnets.Set(c.State, k, subnets.HImmunityPeriod, 1)
	neurons.SetEmission(c.State, k, 2, 1)
	newHot := common.HexToAddress("0x3333")
	if res := c.Call(bob, neurons.Address, nb.PackBurnedRegister(1, key(newHot)), nil, 30_000_000); res.Err != nil {
		t.Fatal(res.Err)
	}
	items, err := uidlookup.Lookup(c.State, 1, hot1, 10)
	if err != nil || len(items) != 0 {
		t.Fatalf("replaced hotkey still found: %+v %v", items, err)
	}
	items, err = uidlookup.Lookup(c.State, 1, newHot, 10)
	if err != nil || len(items) != 1 || items[0] != (uidlookup.LookupItem{Uid: 1, BlockAssociated: 20}) {
		t.Fatalf("new hotkey: %+v %v", items, err)
	}
}

// TestCallKindsAndValue: the view answers under STATICCALL and refuses
// value.
func TestCallKindsAndValue(t *testing.T) {
	c := chain(t)
	harness := c.Deploy(bob, contractsCaller())
	pc := bindings.NewPrecompileCaller()
	res := c.Tx(bob, &harness, pc.PackRawStaticCall(uidlookup.Address, ul.PackUidLookup(1, hot1, 1)), nil)
	out, err := pc.UnpackRawCall(res.Ret)
	if err != nil || !out.Ok {
		t.Fatalf("static call: %v %+v", err, out)
	}
	if items, err := ul.UnpackUidLookup(out.Ret); err != nil || len(items) != 1 || items[0].Uid != 1 {
		t.Fatalf("static result %+v %v", items, err)
	}
	c.Fund(bob, uint256.NewInt(1))
	res = c.Call(bob, uidlookup.Address, ul.PackUidLookup(1, hot1, 1), uint256.NewInt(1), 100_000)
	if !errors.Is(uidlookup.Definition().DecodeRevert(res.Ret), precompile.ErrValueNotAccepted) {
		t.Fatalf("value: %v", res.Err)
	}
}

// TestABICoverage checks the dispatch table against IUidLookup.
func TestABICoverage(t *testing.T) {
	precompiletest.CheckCoverage(t, uidlookup.Definition())
	if err := uidlookup.Definition().DecodeRevert(ul.PackUidLookup(1, hot1, 1)); err != nil {
		t.Fatal("calldata decoded as an error")
	}
}
