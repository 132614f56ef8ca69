package contracts

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

// TestArtifactsUpToDate recompiles src/ with the pinned solc and fails when
// out/ differs. It needs node and `npm ci` in contracts/; under CI it fails
// instead of skipping when they are missing.
func TestArtifactsUpToDate(t *testing.T) {
	node, err := exec.LookPath("node")
	_, solcErr := os.Stat(filepath.Join("node_modules", "solc", "package.json"))
	if err != nil || solcErr != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("node or contracts/node_modules missing (run npm ci in contracts/): node=%v solc=%v", err, solcErr)
		}
		t.Skip("node or contracts/node_modules missing; run npm ci in contracts/")
	}
	cmd := exec.Command(node, "build.mjs", "--check")
	outp, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("contracts/out is stale: %v\n%s", err, outp)
	}
}

func TestEveryArtifactParses(t *testing.T) {
	names := Names()
	if len(names) == 0 {
		t.Fatal("no artifacts embedded")
	}
	for _, n := range names {
		if _, err := ABI(n); err != nil {
			t.Errorf("%s: %v", n, err)
		}
		raw, err := os.ReadFile(filepath.Join("out", n+".bin"))
		if err == nil {
			code, err := Bytecode(n)
			if err != nil {
				t.Errorf("%s: %v", n, err)
			} else if len(code)*2 != len(strings.TrimSpace(string(raw))) {
				t.Errorf("%s: bytecode length %d does not match file", n, len(code))
			}
		} else if _, err := Bytecode(n); !errors.Is(err, ErrNotFound) {
			t.Errorf("%s has no .bin but Bytecode returned %v", n, err)
		}
	}
}

func TestUnknownName(t *testing.T) {
	if _, err := ABI("NoSuchContract"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("ABI: got %v, want ErrNotFound", err)
	}
	if _, err := Bytecode("NoSuchContract"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Bytecode: got %v, want ErrNotFound", err)
	}
	if _, err := Bytecode("IBalanceTransfer"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("an interface has no bytecode, got %v", err)
	}
}

// TestSubtensorSelectors pins the selectors that must match Subtensor so that
// contracts written for it run unchanged.
func TestSubtensorSelectors(t *testing.T) {
	tests := []struct {
		contract, method, signature string
	}{
		{"IBalanceTransfer", "transfer", "transfer(bytes32)"},
	}
	for _, tt := range tests {
		a := MustABI(tt.contract)
		m, ok := a.Methods[tt.method]
		if !ok {
			t.Errorf("%s has no method %s", tt.contract, tt.method)
			continue
		}
		if m.Sig != tt.signature {
			t.Errorf("%s.%s: signature %s, want %s", tt.contract, tt.method, m.Sig, tt.signature)
		}
		want := crypto.Keccak256([]byte(tt.signature))[:4]
		if string(m.ID) != string(want) {
			t.Errorf("%s.%s: selector %x, want %x", tt.contract, tt.method, m.ID, want)
		}
	}
	if got := MustABI("IBalanceTransfer").Methods["transfer"].ID; string(got) != "\xcd\x6f\x4e\xb1" {
		t.Errorf("transfer selector %x, want cd6f4eb1 (Subtensor)", got)
	}
}
