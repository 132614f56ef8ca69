package ethapi

import (
	"errors"
	"math/big"
	"net/http/httptest"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/gethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// TestEthclientOverHTTP drives the services with go-ethereum's own client
// library over HTTP: it decodes headers, blocks, transactions and receipts
// into consensus types, so every consensus field must round-trip (the
// decoded header must hash to the block hash).
func TestEthclientOverHTTP(t *testing.T) {
	tc := newTestChain(t)
	srv := rpc.NewServer()
	for _, api := range GetAPIs(tc.backend) {
		if err := srv.RegisterName(api.Namespace, api.Service); err != nil {
			t.Fatal(err)
		}
	}
	httpSrv := httptest.NewServer(srv)
	defer httpSrv.Close()
	rc, err := rpc.DialHTTP(httpSrv.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	client := ethclient.NewClient(rc)
	ctx := t.Context()

	for i, want := range tc.blocks {
		block, err := client.BlockByNumber(ctx, want.Number())
		if err != nil {
			t.Fatal(err)
		}
		if block.Hash() != want.Hash() || block.Header().Hash() != want.Hash() || len(block.Transactions()) != len(want.Transactions()) {
			t.Fatalf("block %d decoded to %x, want %x", i+1, block.Hash(), want.Hash())
		}
		for j, tx := range block.Transactions() {
			if tx.Hash() != want.Transactions()[j].Hash() {
				t.Fatalf("block %d tx %d: %x", i+1, j, tx.Hash())
			}
		}
	}
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil || head.Hash() != tc.blocks[3].Hash() {
		t.Fatalf("head %v (%v)", head, err)
	}
	r, err := client.TransactionReceipt(ctx, tc.deployTx.Hash())
	if err != nil || r.ContractAddress != tc.deployed || r.Status != types.ReceiptStatusSuccessful || r.BlockHash != tc.blocks[0].Hash() {
		t.Fatalf("receipt %+v (%v)", r, err)
	}
	tx, pending, err := client.TransactionByHash(ctx, tc.alStoreTx.Hash())
	if err != nil || pending || tx.Hash() != tc.alStoreTx.Hash() {
		t.Fatalf("transaction %v pending %v (%v)", tx, pending, err)
	}
	if sender, err := client.TransactionSender(ctx, tx, tc.blocks[1].Hash(), 0); err != nil || sender != addr2 {
		t.Fatalf("sender %v (%v)", sender, err)
	}
	bal, err := client.BalanceAt(ctx, addr2, big.NewInt(0))
	if err != nil || bal.Cmp(funds) != 0 {
		t.Fatalf("balance %v (%v)", bal, err)
	}
	out, err := client.CallContract(ctx, ethereum.CallMsg{To: &contract}, nil)
	if err != nil || common.BytesToHash(out) != common.BigToHash(big.NewInt(9)) {
		t.Fatalf("call %x (%v)", out, err)
	}
	// A revert reaches the client as an rpc.DataError with the revert data.
	_, err = client.CallContract(ctx, ethereum.CallMsg{To: &contract, Data: []byte{0x01}}, nil)
	var de rpc.DataError
	if !errors.As(err, &de) || de.ErrorData() != "0x"+common.Bytes2Hex(customRevertData()) {
		t.Fatalf("revert error %v", err)
	}
	gas, err := client.EstimateGas(ctx, ethereum.CallMsg{From: addr1, To: &addr2, Value: big.NewInt(1)})
	if err != nil || gas != 21000 {
		t.Fatalf("estimate %d (%v)", gas, err)
	}
	chainID, err := client.ChainID(ctx)
	if err != nil || chainID.Int64() != 31337 {
		t.Fatalf("chain id %v (%v)", chainID, err)
	}
	tip, err := client.SuggestGasTipCap(ctx)
	if err != nil || tip.Sign() <= 0 {
		t.Fatalf("tip %v (%v)", tip, err)
	}
	nonce, err := client.PendingNonceAt(ctx, addr1)
	if err != nil || nonce != 4 {
		t.Fatalf("nonce %d (%v)", nonce, err)
	}
	signed := mustSign(types.LatestSigner(tc.backend.ChainConfig()), key1, &types.DynamicFeeTx{
		ChainID: big.NewInt(31337), Nonce: nonce, GasTipCap: tip, GasFeeCap: big.NewInt(100e9), Gas: gas, To: &addr2, Value: big.NewInt(1),
	})
	if err := client.SendTransaction(ctx, signed); err != nil {
		t.Fatal(err)
	}
	if _, pending, err := client.TransactionByHash(ctx, signed.Hash()); err != nil || !pending {
		t.Fatalf("sent transaction pending=%v (%v)", pending, err)
	}
	// gethclient's eth_call with state overrides.
	gc := gethclient.New(rc)
	override := map[common.Address]gethclient.OverrideAccount{contract: {StateDiff: map[common.Hash]common.Hash{{}: common.BigToHash(big.NewInt(123))}}}
	out, err = gc.CallContract(ctx, ethereum.CallMsg{To: &contract}, nil, &override)
	if err != nil || common.BytesToHash(out) != common.BigToHash(big.NewInt(123)) {
		t.Fatalf("override call %x (%v)", out, err)
	}
	proof, err := gc.GetProof(ctx, contract, []string{"0x0"}, nil)
	if err != nil || proof.StorageProof[0].Value.Int64() != 9 {
		t.Fatalf("proof %+v (%v)", proof, err)
	}
}
