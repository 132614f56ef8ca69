// Package contracts holds taoevm's Solidity sources and their compiled
// artifacts, and exposes the artifacts to Go.
//
// The Solidity files under src/ are the only hand-written interface
// definitions of the native precompiles; src/test/ holds contracts used by
// tests. build.mjs compiles all of them with the solc version pinned in
// package.json into out/<Name>.abi.json and, for deployable contracts,
// out/<Name>.bin. The artifacts are committed and embedded here, so Go code
// never needs node or solc:
//
//	abi := contracts.MustABI("IBalanceTransfer")
//	code := contracts.MustBytecode("PrecompileCaller")
//
// After editing a .sol file, run
//
//	go generate ./contracts/... ./bindings/...
//
// which runs build.mjs (npm ci in this folder installs the pinned solc) and
// regenerates the Go bindings. Tests fail when out/ or the bindings are stale.
package contracts

//go:generate node build.mjs

import (
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
)

//go:embed out
var out embed.FS

// ErrNotFound is returned for a contract name that has no artifact in out/.
var ErrNotFound = errors.New("contract artifact not found")

const (
	abiSuffix = ".abi.json"
	binSuffix = ".bin"
)

var (
	abiMu    sync.Mutex
	abiCache = make(map[string]*abi.ABI)
)

// FS returns the embedded out/ folder, with the artifacts at its root.
func FS() fs.FS {
	sub, err := fs.Sub(out, "out")
	if err != nil {
		panic(err) // the embedded folder always exists
	}
	return sub
}

// Names returns the names of all compiled contracts, interfaces and
// libraries that have an ABI in out/, sorted.
func Names() []string {
	entries, err := out.ReadDir("out")
	if err != nil {
		return nil
	}
	var names []string
	for _, e := range entries {
		if n, ok := strings.CutSuffix(e.Name(), abiSuffix); ok {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names
}

// ABIJSON returns the raw ABI JSON of the named contract.
func ABIJSON(name string) ([]byte, error) {
	b, err := out.ReadFile(path.Join("out", name+abiSuffix))
	if err != nil {
		return nil, fmt.Errorf("%w: %s", ErrNotFound, name)
	}
	return b, nil
}

// ABI returns the parsed ABI of the named contract. The result is parsed once
// and shared: callers must not modify it.
func ABI(name string) (*abi.ABI, error) {
	abiMu.Lock()
	defer abiMu.Unlock()
	if a, ok := abiCache[name]; ok {
		return a, nil
	}
	raw, err := ABIJSON(name)
	if err != nil {
		return nil, err
	}
	parsed, err := abi.JSON(strings.NewReader(string(raw)))
	if err != nil {
		return nil, fmt.Errorf("contracts: parse ABI of %s: %w", name, err)
	}
	abiCache[name] = &parsed
	return &parsed, nil
}

// MustABI is ABI for names known at compile time; it panics if the artifact is
// missing or malformed.
func MustABI(name string) *abi.ABI {
	a, err := ABI(name)
	if err != nil {
		panic(err)
	}
	return a
}

// Bytecode returns the creation bytecode of the named deployable contract.
// Interfaces, abstract contracts and libraries have none (ErrNotFound).
func Bytecode(name string) ([]byte, error) {
	raw, err := out.ReadFile(path.Join("out", name+binSuffix))
	if err != nil {
		return nil, fmt.Errorf("%w: %s (no bytecode)", ErrNotFound, name)
	}
	code, err := hex.DecodeString(strings.TrimSpace(string(raw)))
	if err != nil {
		return nil, fmt.Errorf("contracts: decode bytecode of %s: %w", name, err)
	}
	return code, nil
}

// MustBytecode is Bytecode for names known at compile time; it panics if the
// artifact is missing or malformed.
func MustBytecode(name string) []byte {
	code, err := Bytecode(name)
	if err != nil {
		panic(err)
	}
	return code
}
