package chain

import (
	"bytes"
	"errors"
	"math/big"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/params"

	"github.com/taoevm/taoevm/precompiles/registry"
)

func TestParseGenesis(t *testing.T) {
	data, err := os.ReadFile("testdata/genesis.json")
	if err != nil {
		t.Fatal(err)
	}
	g, p, err := ParseGenesis(data)
	if err != nil {
		t.Fatal(err)
	}
	if p.SubnetLimit != 64 || p.DefaultTempo != 99 {
		t.Fatalf("taoevm section not applied: %+v", p)
	}
	if g.Config.ChainID.Uint64() != 945 || g.Config.OsakaTime == nil || g.Config.AmsterdamTime != nil || g.GasLimit != 30_000_000 {
		t.Fatalf("config not normalised: %v gas %d", g.Config, g.GasLimit)
	}
	for addr := range core.SystemContractAllocs() {
		if len(g.Alloc[addr].Code) == 0 {
			t.Fatalf("system contract %x missing", addr)
		}
	}
	for _, addr := range registry.Addresses() {
		acc := g.Alloc[addr]
		if acc.Nonce != 1 || !bytes.Equal(acc.Code, registry.PrecompileCode) {
			t.Fatalf("precompile account %x: nonce %d code %x", addr, acc.Nonce, acc.Code)
		}
	}
	want := new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))
	if g.Alloc[common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")].Balance.Cmp(want) != 0 {
		t.Fatal("user alloc lost")
	}
	for _, f := range []string{"testdata/genesis_unknown.json", "testdata/genesis_amsterdam.json"} {
		data, _ := os.ReadFile(f)
		if _, _, err := ParseGenesis(data); !errors.Is(err, ErrGenesis) {
			t.Errorf("%s: want ErrGenesis, got %v", f, err)
		}
	}
	// A parsed genesis opens as a chain.
	c := openTestWith(t, g)
	defer c.Close()
	if c.BlockChain().Config().ChainID.Uint64() != 945 {
		t.Fatal("chain id")
	}
}
