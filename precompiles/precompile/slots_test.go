package precompile_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/taoevm/taoevm/bindings"
	"github.com/taoevm/taoevm/contracts"
	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/precompile/precompiletest"
)

// TestSlotsMatchSolidity stores values with a Solidity contract and reads
// them back at the slots the helpers derive, so mapping slots are laid out
// exactly as Solidity lays them out.
func TestSlotsMatchSolidity(t *testing.T) {
	c := precompiletest.New(t)
	c.Fund(alice, precompiletest.TAO(1))
	layout := c.Deploy(alice, contracts.MustBytecode("StorageLayout"))
	key := common.HexToHash("0x1234")
	const inner = 513
	uintKey := new(big.Int).Lsh(big.NewInt(1), 100)
	res := c.Tx(alice, &layout, bindings.NewStorageLayout().PackSet(bob, uintKey, key, inner, big.NewInt(77)), nil)
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	slot := func(i uint64) precompile.Slot { return precompile.Slot{}.Offset(i) }
	u, _ := uint256.FromBig(uintKey)
	tests := []struct {
		name string
		slot precompile.Slot
	}{
		{"address key", slot(0).Address(bob)},
		{"uint256 key", slot(1).Uint256(u)},
		{"nested bytes32 then uint16", slot(2).Key(key).Uint(inner)},
	}
	for _, tt := range tests {
		if got := precompile.LoadUint64(c.State, layout, tt.slot); got != 77 {
			t.Errorf("%s: read %d at %x, want 77", tt.name, got, tt.slot)
		}
	}
}

func TestNamespace(t *testing.T) {
	ns := precompile.NewNamespace("staking")
	if want := crypto.Keccak256Hash([]byte("taoevm.staking.v1")); common.Hash(ns) != want {
		t.Fatalf("namespace %x, want %x", ns, want)
	}
	f := ns.Field("totalStake")
	if want := crypto.Keccak256Hash(ns[:], []byte("totalStake")); f.Hash() != want {
		t.Fatalf("field %x, want %x", f, want)
	}
	if precompile.NewNamespace("a").Field("bc") == precompile.NewNamespace("ab").Field("c") {
		t.Fatal("namespaces collide")
	}
	var max precompile.Slot
	for i := range max {
		max[i] = 0xff
	}
	if got := max.Offset(2); got != (precompile.Slot{}).Offset(1) {
		t.Fatalf("offset does not wrap: %x", got)
	}
}

func TestTypedValues(t *testing.T) {
	c := precompiletest.New(t)
	addr := common.Address{0x08, 0x99}
	s := precompile.NewNamespace("t").Field("x")
	precompile.StoreUint64(c.State, addr, s, 1<<63+5)
	if got := precompile.LoadUint64(c.State, addr, s); got != 1<<63+5 {
		t.Fatalf("uint64 %d", got)
	}
	v := new(uint256.Int).Lsh(uint256.NewInt(3), 250)
	precompile.StoreUint256(c.State, addr, s.Offset(1), v)
	if got := precompile.LoadUint256(c.State, addr, s.Offset(1)); !got.Eq(v) {
		t.Fatalf("uint256 %v", got)
	}
	precompile.StoreAddress(c.State, addr, s.Offset(2), bob)
	if got := precompile.LoadAddress(c.State, addr, s.Offset(2)); got != bob {
		t.Fatalf("address %v", got)
	}
	precompile.StoreBool(c.State, addr, s.Offset(3), true)
	if !precompile.LoadBool(c.State, addr, s.Offset(3)) {
		t.Fatal("bool")
	}
	precompile.StoreBool(c.State, addr, s.Offset(3), false)
	if precompile.LoadBool(c.State, addr, s.Offset(3)) || precompile.LoadWord(c.State, addr, s.Offset(3)) != (common.Hash{}) {
		t.Fatal("bool false must clear the slot")
	}
}

func TestKeys(t *testing.T) {
	a, err := precompile.KeyAddress(precompile.AddressKey(bob))
	if err != nil || a != bob {
		t.Fatalf("round trip: %v %v", a, err)
	}
	for i := 0; i < 12; i++ {
		k := precompile.AddressKey(bob)
		k[i] = 1
		_, err := precompile.KeyAddress(k)
		if !errors.Is(err, precompile.ErrInvalidKey) {
			t.Fatalf("byte %d set: %v, want ErrInvalidKey", i, err)
		}
		var re *precompile.RevertError
		if !errors.As(err, &re) || re.Args[0] != k {
			t.Fatalf("InvalidKey must carry the key: %v", err)
		}
	}
	tests := []struct {
		addr string
		want bool
	}{
		{"0x0000000000000000000000000000000000000800", true},
		{"0x00000000000000000000000000000000000008ff", true},
		{"0x0000000000000000000000000000000000000805", true},
		{"0x0000000000000000000000000000000000000900", false},
		{"0x00000000000000000000000000000000000007ff", false},
		{"0x0000000000000000000000000000000000000001", false},
		{"0x1000000000000000000000000000000000000800", false},
	}
	for _, tt := range tests {
		if got := precompile.IsNativeAddress(common.HexToAddress(tt.addr)); got != tt.want {
			t.Errorf("IsNativeAddress(%s) = %v", tt.addr, got)
		}
	}
}

// FuzzKeyAddress: a key converts iff its top 12 bytes are zero, and then
// converts back to itself, so two keys never alias one address.
func FuzzKeyAddress(f *testing.F) {
	f.Add(make([]byte, 32))
	f.Add(common.FromHex("0x000000000000000000000000b0b0000000000000000000000000000000000002"))
	f.Add(common.FromHex("0x010000000000000000000000b0b0000000000000000000000000000000000002"))
	f.Add(common.FromHex("0x000000000000000000000001b0b0000000000000000000000000000000000002"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		var k [32]byte
		copy(k[:], raw)
		a, err := precompile.KeyAddress(k)
		valid := common.Hash(k).Big().BitLen() <= 160
		if valid != (err == nil) {
			t.Fatalf("key %x: valid=%v err=%v", k, valid, err)
		}
		if err == nil && precompile.AddressKey(a) != k {
			t.Fatalf("key %x round-trips to %x", k, precompile.AddressKey(a))
		}
		if err != nil && !errors.Is(err, precompile.ErrInvalidKey) {
			t.Fatalf("err %v, want ErrInvalidKey", err)
		}
	})
}

// FuzzPack4: Pack4 lays four uint64s out big-endian in order and Unpack4
// returns them.
func FuzzPack4(f *testing.F) {
	f.Add(uint64(1), uint64(2), uint64(3), uint64(4))
	f.Add(^uint64(0), uint64(0), ^uint64(0)>>1, uint64(1)<<63)
	f.Fuzz(func(t *testing.T, a, b, c, d uint64) {
		w := precompile.Pack4(a, b, c, d)
		want := new(big.Int).SetUint64(a)
		for _, v := range []uint64{b, c, d} {
			want.Lsh(want, 64).Or(want, new(big.Int).SetUint64(v))
		}
		if new(big.Int).SetBytes(w[:]).Cmp(want) != 0 {
			t.Fatalf("Pack4(%d, %d, %d, %d) = %x", a, b, c, d, w)
		}
		if ga, gb, gc, gd := precompile.Unpack4(w); ga != a || gb != b || gc != c || gd != d {
			t.Fatalf("Unpack4 = %d %d %d %d", ga, gb, gc, gd)
		}
	})
}
