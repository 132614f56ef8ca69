package registry_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestStorageOnlyInStateFiles: every native module reads and writes its
// storage only through the typed accessors of its state.go. Outside the
// framework (package precompile) and state.go files, no non-test file calls
// GetState/SetState or the framework's raw slot helpers
// (precompile.Load*/Store*).
func TestStorageOnlyInStateFiles(t *testing.T) {
	root := ".."
	dirs, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	var checked int
	for _, d := range dirs {
		if !d.IsDir() || d.Name() == "precompile" {
			continue
		}
		files, _ := filepath.Glob(filepath.Join(root, d.Name(), "*.go"))
		for _, f := range files {
			base := filepath.Base(f)
			if base == "state.go" || strings.HasSuffix(base, "_test.go") || strings.HasPrefix(base, "gen_") {
				continue
			}
			fs := token.NewFileSet()
			file, err := parser.ParseFile(fs, f, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			checked++
			ast.Inspect(file, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				sel, ok := call.Fun.(*ast.SelectorExpr)
				if !ok {
					return true
				}
				name := sel.Sel.Name
				raw := name == "GetState" || name == "SetState"
				if x, ok := sel.X.(*ast.Ident); ok && x.Name == "precompile" && (strings.HasPrefix(name, "Load") || strings.HasPrefix(name, "Store")) {
					raw = true
				}
				if raw {
					t.Errorf("%s: raw storage access %s outside state.go", fs.Position(call.Pos()), name)
				}
				return true
			})
		}
	}
	if checked < 20 {
		t.Fatalf("only %d files checked", checked)
	}
}
