// Package bindings holds Go bindings for every contract and interface in
// contracts/out, generated with go-ethereum's abigen v2 generator: one
// gen_<name>.go file per artifact, never edited by hand. Use them to pack
// calls and unpack results, events and custom errors:
//
//	bt := bindings.NewIBalanceTransfer()
//	input := bt.PackTransfer(key)
//
// After changing contracts/src, run `go generate ./contracts/... ./bindings/...`;
// a test fails while out/ or these files are stale.
package bindings

//go:generate go run ./internal/bindgen/cmd/bindgen -abi ../contracts/out -out . -pkg bindings
