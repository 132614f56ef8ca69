// Package precompiles_test holds the dependency and determinism rules of the
// pure math packages under precompiles/ (DESIGN: "Dependency rules").
package precompiles_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// purePackages are the state-free math packages that consensus code builds
// on: same inputs, same outputs, on every machine.
var purePackages = []string{"fixed", "yuma", "swap", "shares"}

const modulePath = "github.com/taoevm/taoevm/precompiles/"

// allowedThirdParty are the only non-standard imports a pure package may
// have (go-ethereum/common with its own closure).
var allowedThirdParty = []string{"github.com/holiman/uint256", "github.com/ethereum/go-ethereum/common"}

// bannedStd are standard packages that bring clocks, randomness, I/O or
// unchecked memory into consensus math; math/big is banned for speed and
// allocation reasons (uint256 and the fixed types cover its uses).
var bannedStd = map[string]bool{
	"time": true, "math/rand": true, "math/rand/v2": true, "crypto/rand": true,
	"os": true, "unsafe": true, "reflect": true, "math/big": true,
}

func goList(t *testing.T, args ...string) []string {
	t.Helper()
	out, err := exec.Command("go", append([]string{"list"}, args...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("go list %v: %v\n%s", args, err, out)
	}
	return strings.Fields(string(out))
}

// TestPureDependencies: the transitive non-standard dependencies of the pure
// packages are themselves, uint256 and go-ethereum/common's closure.
func TestPureDependencies(t *testing.T) {
	allowed := map[string]bool{}
	for _, p := range purePackages {
		allowed[modulePath+p] = true
	}
	nonStd := "{{if not .Standard}}{{.ImportPath}}{{end}}"
	for _, a := range allowedThirdParty {
		for _, d := range goList(t, "-deps", "-f", nonStd, a) {
			allowed[d] = true
		}
	}
	var pkgs []string
	for _, p := range purePackages {
		pkgs = append(pkgs, modulePath+p)
	}
	deps := goList(t, append([]string{"-deps", "-f", nonStd}, pkgs...)...)
	if len(deps) < len(pkgs) {
		t.Fatalf("go list found %d packages, want at least %d", len(deps), len(pkgs))
	}
	for _, d := range deps {
		if !allowed[d] {
			t.Errorf("forbidden dependency %s", d)
		}
	}
}

// TestPureSources: no non-test file of a pure package imports a banned
// standard package or a third-party one outside the allowed list, or
// mentions a floating-point type or literal (not even 1e9 for an integer).
func TestPureSources(t *testing.T) {
	for _, p := range purePackages {
		files, err := filepath.Glob(filepath.Join(p, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		checked := 0
		for _, name := range files {
			if strings.HasSuffix(name, "_test.go") {
				continue
			}
			checked++
			checkSource(t, name)
		}
		if checked == 0 {
			t.Errorf("package %s has no source files", p)
		}
	}
}

func checkSource(t *testing.T, name string) {
	src, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, src, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, imp := range f.Imports {
		path, _ := strconv.Unquote(imp.Path.Value)
		thirdParty := strings.Contains(strings.Split(path, "/")[0], ".")
		ok := !bannedStd[path]
		if thirdParty {
			ok = false
			for _, a := range allowedThirdParty {
				ok = ok || path == a
			}
			for _, p := range purePackages {
				ok = ok || path == modulePath+p
			}
		}
		if !ok {
			t.Errorf("%s imports %s", name, path)
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			if n.Name == "float32" || n.Name == "float64" || n.Name == "complex64" || n.Name == "complex128" {
				t.Errorf("%s uses %s", fset.Position(n.Pos()), n.Name)
			}
		case *ast.BasicLit:
			if n.Kind == token.FLOAT || n.Kind == token.IMAG {
				t.Errorf("%s has floating literal %s", fset.Position(n.Pos()), n.Value)
			}
		}
		return true
	})
}
