// Command bindgen regenerates package bindings from contracts/out. It is run
// by `go generate ./bindings/...`.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/taoevm/taoevm/bindings/internal/bindgen"
)

func main() {
	abiDir := flag.String("abi", "../contracts/out", "folder with <Name>.abi.json and <Name>.bin artifacts")
	outDir := flag.String("out", ".", "folder to write gen_<name>.go files into")
	pkg := flag.String("pkg", "bindings", "Go package name of the bindings")
	flag.Parse()
	if err := bindgen.Write(*abiDir, *outDir, *pkg); err != nil {
		fmt.Fprintln(os.Stderr, "bindgen:", err)
		os.Exit(1)
	}
}
