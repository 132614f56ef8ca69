package shares

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestPurity pins the rules for pure consensus math: only the standard
// library (minus clocks, randomness and I/O), holiman/uint256 and
// go-ethereum/common are imported, and no floating point is used (not even
// float-syntax literals such as 1e9 for integer constants).
func TestPurity(t *testing.T) {
	checkPurity(t, ".")
}

func checkPurity(t *testing.T, dir string) {
	fset := token.NewFileSet()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var parsed []*ast.File
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".go") || strings.HasSuffix(e.Name(), "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, e.Name()), nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		parsed = append(parsed, f)
	}
	banned := map[string]bool{"time": true, "math/rand": true, "math/rand/v2": true, "crypto/rand": true, "os": true, "unsafe": true, "reflect": true, "math/big": true}
	for _, f := range parsed {
		name := fset.Position(f.Pos()).Filename
		for _, imp := range f.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			third := strings.Contains(strings.Split(path, "/")[0], ".")
			if banned[path] || (third && path != "github.com/holiman/uint256" && path != "github.com/ethereum/go-ethereum/common") {
				t.Errorf("%s imports %s", name, path)
			}
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.Ident:
				if n.Name == "float32" || n.Name == "float64" {
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
	if len(parsed) == 0 {
		t.Fatal("no source files found")
	}
}
