package bindgen

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const pairABI = `[{"inputs":[],"name":"%s","outputs":[{"components":[{"internalType":"uint64","name":"a","type":"uint64"},{"internalType":"%s","name":"b","type":"%s"}],"internalType":"struct Types.Pair","name":"","type":"tuple"}],"stateMutability":"view","type":"function"}]`

func writeABI(t *testing.T, dir, name, method, typ string) {
	t.Helper()
	abi := strings.Replace(pairABI, "%s", method, 1)
	abi = strings.Replace(abi, "%s", typ, 1)
	abi = strings.Replace(abi, "%s", typ, 1)
	if err := os.WriteFile(filepath.Join(dir, name+".abi.json"), []byte(abi), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestSharedStructDeclaredOnce checks that a struct used by two contracts is
// declared in exactly one generated file.
func TestSharedStructDeclaredOnce(t *testing.T) {
	dir := t.TempDir()
	writeABI(t, dir, "A", "getA", "uint64")
	writeABI(t, dir, "B", "getB", "uint64")
	files, err := Generate(dir, "p")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 2 {
		t.Fatalf("got %d files, want 2", len(files))
	}
	decls := 0
	for _, src := range files {
		decls += strings.Count(string(src), "type TypesPair struct")
	}
	if decls != 1 {
		t.Fatalf("TypesPair declared %d times, want 1", decls)
	}
	if !strings.Contains(string(files["gen_a.go"]), "type TypesPair struct") {
		t.Fatal("the first file in name order must keep the declaration")
	}
}

func TestConflictingStructs(t *testing.T) {
	dir := t.TempDir()
	writeABI(t, dir, "A", "getA", "uint64")
	writeABI(t, dir, "B", "getB", "address")
	if _, err := Generate(dir, "p"); !errors.Is(err, ErrConflict) {
		t.Fatalf("got %v, want ErrConflict", err)
	}
}

func TestWriteRemovesStaleFiles(t *testing.T) {
	dir, out := t.TempDir(), t.TempDir()
	writeABI(t, dir, "A", "getA", "uint64")
	stale := filepath.Join(out, "gen_gone.go")
	if err := os.WriteFile(stale, []byte("package p\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Write(dir, out, "p"); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("stale file still present: %v", err)
	}
	if _, err := os.Stat(filepath.Join(out, "gen_a.go")); err != nil {
		t.Fatal(err)
	}
}

// TestOutputStructsPrefixed checks that two contracts with a multi-output
// method of the same name get distinct result structs.
func TestOutputStructsPrefixed(t *testing.T) {
	dir := t.TempDir()
	const twoOut = `[{"inputs":[],"name":"get","outputs":[{"internalType":"uint64","name":"a","type":"uint64"},{"internalType":"uint64","name":"b","type":"uint64"}],"stateMutability":"view","type":"function"}]`
	for _, n := range []string{"A", "B"} {
		if err := os.WriteFile(filepath.Join(dir, n+".abi.json"), []byte(twoOut), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	files, err := Generate(dir, "p")
	if err != nil {
		t.Fatal(err)
	}
	for file, want := range map[string]string{"gen_a.go": "type AGetOutput struct", "gen_b.go": "type BGetOutput struct"} {
		src := string(files[file])
		if !strings.Contains(src, want) {
			t.Errorf("%s lacks %q", file, want)
		}
		if strings.Contains(src, "type GetOutput struct") {
			t.Errorf("%s still declares the unprefixed GetOutput", file)
		}
	}
}
