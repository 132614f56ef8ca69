package yuma

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const (
	fixedPkg = "github.com/taoevm/taoevm/precompiles/fixed"
	yumaPkg  = "github.com/taoevm/taoevm/precompiles/yuma"
	gethCmn  = "github.com/ethereum/go-ethereum/common"
)

func goList(t *testing.T, args ...string) []string {
	t.Helper()
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("the go tool is needed for the dependency check: %v", err)
	}
	out, err := exec.Command(gobin, append([]string{"list"}, args...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("go list %v: %v\n%s", args, err, out)
	}
	return strings.Fields(string(out))
}

// TestDependencies enforces that the pure packages import only the standard
// library, holiman/uint256 and go-ethereum/common (with its own closure).
func TestDependencies(t *testing.T) {
	allowed := map[string]bool{
		fixedPkg:                     true,
		yumaPkg:                      true,
		"github.com/holiman/uint256": true,
	}
	deps := goList(t, "-deps", "-f", "{{if not .Standard}}{{.ImportPath}}{{end}}", fixedPkg, yumaPkg)
	for _, d := range deps {
		if d == gethCmn {
			for _, c := range goList(t, "-deps", "-f", "{{if not .Standard}}{{.ImportPath}}{{end}}", gethCmn) {
				allowed[c] = true
			}
		}
	}
	if len(deps) == 0 {
		t.Fatal("go list returned no packages")
	}
	for _, d := range deps {
		if !allowed[d] {
			t.Errorf("forbidden dependency %s", d)
		}
	}
	// Non-test code must not use clocks or randomness.
	for _, pkg := range []string{fixedPkg, yumaPkg} {
		for _, imp := range goList(t, "-f", `{{join .Imports " "}}`, pkg) {
			switch imp {
			case "time", "math/rand", "math/rand/v2", "crypto/rand", "unsafe", "reflect":
				t.Errorf("%s imports %s", pkg, imp)
			}
		}
	}
}

// TestNoFloatingPoint checks that no non-test file of the pure packages
// mentions a floating-point type or literal.
func TestNoFloatingPoint(t *testing.T) {
	for _, dir := range []string{".", "../fixed"} {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		checked := 0
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			fset := token.NewFileSet()
			file, err := parser.ParseFile(fset, f, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			checked++
			ast.Inspect(file, func(n ast.Node) bool {
				switch x := n.(type) {
				case *ast.Ident:
					if x.Name == "float32" || x.Name == "float64" || x.Name == "complex64" || x.Name == "complex128" {
						t.Errorf("%s: floating-point type %s", fset.Position(x.Pos()), x.Name)
					}
				case *ast.BasicLit:
					if x.Kind == token.FLOAT || x.Kind == token.IMAG {
						t.Errorf("%s: floating-point literal %s", fset.Position(x.Pos()), x.Value)
					}
				}
				return true
			})
		}
		if checked == 0 {
			t.Fatalf("no source files in %s", dir)
		}
	}
}
