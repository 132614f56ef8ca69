package bindings

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/taoevm/taoevm/bindings/internal/bindgen"
)

// TestBindingsUpToDate regenerates every binding from contracts/out and fails
// when a gen_*.go file differs, is missing or has no artifact any more.
func TestBindingsUpToDate(t *testing.T) {
	want, err := bindgen.Generate(filepath.Join("..", "contracts", "out"), "bindings")
	if err != nil {
		t.Fatal(err)
	}
	have, err := filepath.Glob("gen_*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range have {
		if _, ok := want[p]; !ok {
			t.Errorf("%s has no artifact in contracts/out; run go generate ./bindings/...", p)
		}
	}
	for name, src := range want {
		got, err := os.ReadFile(name)
		if err != nil {
			t.Errorf("%s missing; run go generate ./bindings/...", name)
			continue
		}
		if !bytes.Equal(got, src) {
			t.Errorf("%s is stale; run go generate ./bindings/...", name)
		}
	}
}
