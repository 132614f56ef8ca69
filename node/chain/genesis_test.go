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

	"github.com/taoevm/taoevm/precompiles/protocol"
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

// TestGenesisIssuance: the protocol's total issuance starts at the genesis
// supply in rao, for the dev genesis and for a parsed one, and a supply that
// does not fit in 64 bits of rao is refused.
func TestGenesisIssuance(t *testing.T) {
	accounts := []common.Address{{1}, {2}, {3}}
	dev := DevGenesis(big.NewInt(31337), accounts)
	wantDev := new(big.Int).Mul(DevBalance, big.NewInt(int64(len(accounts))))
	wantDev.Div(wantDev, big.NewInt(1e9))
	if got := protocol.TotalIssuance(allocStorage(dev.Alloc)); got != wantDev.Uint64() {
		t.Fatalf("dev issuance %d, want %v", got, wantDev)
	}

	tests := []struct {
		name    string
		alloc   string
		want    uint64
		wantErr error
	}{
		{"whole and fractional TAO, dust below a rao dropped", `{"0x00000000000000000000000000000000000000aa": {"balance": "0x14d1120d7b160001"}, "0x00000000000000000000000000000000000000bb": {"balance": "0x3b9aca01"}}`, 1_500_000_000 + 1, nil},
		{"no balances", `{}`, 0, nil},
		{"above 2^64 rao", `{"0x00000000000000000000000000000000000000aa": {"balance": "0x3b9aca000000000000000000"}}`, 0, ErrGenesis},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := `{"config": {"chainId": 7}, "alloc": ` + tt.alloc + `}`
			g, _, err := ParseGenesis([]byte(doc))
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("err %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := protocol.TotalIssuance(allocStorage(g.Alloc)); got != tt.want {
				t.Fatalf("issuance %d, want %d", got, tt.want)
			}
		})
	}
}
