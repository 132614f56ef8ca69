// Package bindgen generates the Go bindings in package bindings from the ABI
// and bytecode artifacts in contracts/out, one gen_<name>.go file per
// contract, with go-ethereum's abigen v2 generator (the same code that
// `abigen --v2` runs, at the go-ethereum version pinned in go.mod).
//
// abigen names the result struct of a multi-output method <Method>Output,
// which would collide between two contracts with a method of the same name;
// the generator renames it <Contract><Method>Output, as abigen already
// names events and errors.
//
// Structs that several contracts share (for example a struct declared in a
// file imported by two interfaces) are emitted by abigen into each file; the
// generator keeps the first declaration in file-name order and drops
// identical later ones so that the package compiles.
package bindgen

import (
	"bytes"
	"errors"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/abigen"
)

// ErrConflict is returned when two contracts declare different structs that
// abigen gives the same Go name.
var ErrConflict = errors.New("conflicting struct declarations")

const (
	abiSuffix = ".abi.json"
	binSuffix = ".bin"
)

// FileName returns the name of the generated file for a contract.
func FileName(contract string) string {
	return "gen_" + strings.ToLower(contract) + ".go"
}

// Generate reads every <Name>.abi.json (and <Name>.bin when present) in
// abiDir and returns the generated Go source of each binding, keyed by file
// name.
func Generate(abiDir, pkg string) (map[string][]byte, error) {
	entries, err := os.ReadDir(abiDir)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		if n, ok := strings.CutSuffix(e.Name(), abiSuffix); ok && !e.IsDir() {
			names = append(names, n)
		}
	}
	sort.Slice(names, func(i, j int) bool { return FileName(names[i]) < FileName(names[j]) })

	files := make(map[string][]byte, len(names))
	seen := make(map[string]string) // struct name -> its declaration text
	for _, name := range names {
		abiJSON, err := os.ReadFile(filepath.Join(abiDir, name+abiSuffix))
		if err != nil {
			return nil, err
		}
		var bin string
		if raw, err := os.ReadFile(filepath.Join(abiDir, name+binSuffix)); err == nil {
			bin = strings.TrimSpace(string(raw))
		} else if !errors.Is(err, os.ErrNotExist) {
			return nil, err
		}
		code, err := abigen.BindV2([]string{name}, []string{string(abiJSON)}, []string{bin}, pkg, map[string]string{}, map[string]string{})
		if err != nil {
			return nil, fmt.Errorf("bindgen: %s: %w", name, err)
		}
		src, err := prefixOutputs([]byte(code), name)
		if err != nil {
			return nil, fmt.Errorf("bindgen: %s: %w", name, err)
		}
		src, err = dedupeStructs(src, seen)
		if err != nil {
			return nil, fmt.Errorf("bindgen: %s: %w", name, err)
		}
		files[FileName(name)] = src
	}
	return files, nil
}

// prefixOutputs renames every top-level <Method>Output struct of a
// contract's file to <contract><Method>Output.
func prefixOutputs(src []byte, contract string) ([]byte, error) {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "", src, parser.ParseComments)
	if err != nil {
		return nil, err
	}
	rename := make(map[string]string)
	for _, decl := range file.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.TYPE {
			continue
		}
		for _, spec := range gd.Specs {
			ts := spec.(*ast.TypeSpec)
			if _, isStruct := ts.Type.(*ast.StructType); isStruct && strings.HasSuffix(ts.Name.Name, "Output") && !strings.HasPrefix(ts.Name.Name, contract) {
				rename[ts.Name.Name] = contract + ts.Name.Name
			}
		}
	}
	if len(rename) == 0 {
		return src, nil
	}
	ast.Inspect(file, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if to, ok := rename[id.Name]; ok {
				id.Name = to
			}
		}
		return true
	})
	for _, cg := range file.Comments {
		for _, c := range cg.List {
			for from, to := range rename {
				if rest, ok := strings.CutPrefix(c.Text, "// "+from+" "); ok {
					c.Text = "// " + to + " " + rest
				}
			}
		}
	}
	var buf bytes.Buffer
	if err := format.Node(&buf, fset, file); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// dedupeStructs removes from src every top-level struct type declaration
// whose name is already in seen with identical text, records new ones, and
// fails on a same-named struct with a different shape.
func dedupeStructs(src []byte, seen map[string]string) ([]byte, error) {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "", src, parser.ParseComments)
	if err != nil {
		return nil, err
	}
	type cut struct{ from, to int }
	var cuts []cut
	for _, decl := range file.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.TYPE || len(gd.Specs) != 1 {
			continue
		}
		ts := gd.Specs[0].(*ast.TypeSpec)
		if _, isStruct := ts.Type.(*ast.StructType); !isStruct {
			continue
		}
		start, end := gd.Pos(), gd.End()
		if gd.Doc != nil {
			start = gd.Doc.Pos()
		}
		text := string(src[fset.Position(gd.Pos()).Offset:fset.Position(end).Offset])
		prev, dup := seen[ts.Name.Name]
		if !dup {
			// Only structs declared by abigen for user-defined types can repeat;
			// contract wrapper types are unique per contract.
			if strings.HasPrefix(commentText(gd.Doc), ts.Name.Name+" is an auto generated low-level Go binding around an user-defined struct") {
				seen[ts.Name.Name] = text
			}
			continue
		}
		if prev != text {
			return nil, fmt.Errorf("%w: %s", ErrConflict, ts.Name.Name)
		}
		cuts = append(cuts, cut{fset.Position(start).Offset, fset.Position(end).Offset})
	}
	if len(cuts) == 0 {
		return src, nil
	}
	var buf bytes.Buffer
	last := 0
	for _, c := range cuts {
		buf.Write(src[last:c.from])
		last = c.to
	}
	buf.Write(src[last:])
	return format.Source(buf.Bytes())
}

func commentText(g *ast.CommentGroup) string {
	if g == nil {
		return ""
	}
	return g.Text()
}

// Write generates the bindings from abiDir into outDir, removing gen_*.go
// files there that no longer have an artifact.
func Write(abiDir, outDir, pkg string) error {
	files, err := Generate(abiDir, pkg)
	if err != nil {
		return err
	}
	old, err := filepath.Glob(filepath.Join(outDir, "gen_*.go"))
	if err != nil {
		return err
	}
	for _, p := range old {
		if _, keep := files[filepath.Base(p)]; !keep {
			if err := os.Remove(p); err != nil {
				return err
			}
		}
	}
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(outDir, name), src, 0o644); err != nil {
			return err
		}
	}
	return nil
}
