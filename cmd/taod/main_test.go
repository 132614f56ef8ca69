package main

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/taoevm/taoevm/node"
	"github.com/taoevm/taoevm/precompiles/registry"
)

func TestInitThenNode(t *testing.T) {
	dir := t.TempDir()
	gen := filepath.Join(dir, "genesis.json")
	os.WriteFile(gen, []byte(`{"config":{"chainId":4242},"alloc":{},"taoevm":{"DefaultTempo":10}}`), 0o644)
	if err := newApp().Run([]string{"taod", "init", "--genesis", gen, "--datadir", dir, "--verbosity", "1"}); err != nil {
		t.Fatal(err)
	}
	// A node without --authority.key is refused; with one it runs the chain.
	if err := newApp().Run([]string{"taod", "node", "--datadir", dir}); err == nil {
		t.Fatal("taod node ran without an authority key")
	}
	key, _ := crypto.GenerateKey()
	n, err := node.New(node.Config{DataDir: dir, AuthorityKey: key, HTTPHost: "127.0.0.1"})
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Start(); err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	ec, err := ethclient.Dial(n.HTTPEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	if id, err := ec.ChainID(context.Background()); err != nil || id.Uint64() != 4242 {
		t.Fatalf("chain id %v %v", id, err)
	}
	code, err := ec.CodeAt(context.Background(), registry.Addresses()[0], nil)
	if err != nil || len(code) != 1 || code[0] != 0xFE {
		t.Fatalf("precompile account code %x %v", code, err)
	}
}

func TestNodeWithoutInit(t *testing.T) {
	key, _ := crypto.GenerateKey()
	n, err := node.New(node.Config{DataDir: t.TempDir(), AuthorityKey: key})
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Start(); err == nil {
		n.Close()
		t.Fatal("started without a genesis")
	}
}
