package devkeys

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

type vectors struct {
	Mnemonic  string   `json:"mnemonic"`
	Addresses []string `json:"addresses"`
	Key0      string   `json:"key0"`
}

func TestDevAccounts(t *testing.T) {
	raw, err := os.ReadFile("testdata/dev_accounts.json")
	if err != nil {
		t.Fatal(err)
	}
	var v vectors
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatal(err)
	}
	accs, err := Accounts(v.Mnemonic, len(v.Addresses))
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range v.Addresses {
		if got := accs[i].Address(); got != common.HexToAddress(want) {
			t.Errorf("account %d: got %s want %s", i, got.Hex(), want)
		}
	}
	if got := hex.EncodeToString(crypto.FromECDSA(accs[0].Key())); got != v.Key0 {
		t.Errorf("key 0: got %s want %s", got, v.Key0)
	}
	if dev := Dev(); len(dev) != Count || dev[1].Address() != common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8") {
		t.Errorf("Dev() returned unexpected accounts")
	}
}

func TestSeedVector(t *testing.T) {
	// BIP-39 reference vector (Trezor): "abandon ... about" with passphrase "TREZOR".
	seed, err := Seed("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about", "TREZOR")
	if err != nil {
		t.Fatal(err)
	}
	want := "c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e53495531f09a6987599d18264c1e1c92f2cf141630c7a3c4ab7c81b2f001698e7463b04"
	if got := hex.EncodeToString(seed); got != want {
		t.Fatalf("seed mismatch: %s", got)
	}
}

func TestEmptyMnemonic(t *testing.T) {
	if _, err := Seed("   ", ""); !errors.Is(err, ErrEmptyMnemonic) {
		t.Fatalf("want ErrEmptyMnemonic, got %v", err)
	}
}

func TestSignTx(t *testing.T) {
	// Signing with a derived account must recover the same sender.
	acc := Dev()[3]
	tx, err := acc.SignTx(newTestTx(), common.Big1)
	if err != nil {
		t.Fatal(err)
	}
	from, err := senderOf(tx)
	if err != nil || from != acc.Address() {
		t.Fatalf("sender %s err %v, want %s", from.Hex(), err, acc.Address().Hex())
	}
}
