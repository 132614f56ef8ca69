package node

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// TestEvmMineIncludesJustSentTransaction: a transaction accepted by
// eth_sendRawTransaction is in the block that an evm_mine sent right after
// it produces (the pool admits transactions in the background, so mining on
// demand must wait for it). The two calls go in one batch, which the server
// runs back to back, so the block is mined microseconds after the send.
func TestEvmMineIncludesJustSentTransaction(t *testing.T) {
	n := startDev(t, t.TempDir())
	rc, ec := dial(t, n)
	ctx := context.Background()
	to := common.Address{0x42}
	for nonce := uint64(0); nonce < 10; nonce++ {
		tx := signedTransfer(t, devAccs[5].Key(), nonce, to, 100*params.GWei)
		raw, err := tx.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var hash common.Hash
		var mined string
		batch := []rpc.BatchElem{
			{Method: "eth_sendRawTransaction", Args: []any{hexutil.Bytes(raw)}, Result: &hash},
			{Method: "evm_mine", Result: &mined},
		}
		if err := rc.BatchCallContext(ctx, batch); err != nil {
			t.Fatal(err)
		}
		for _, el := range batch {
			if el.Error != nil {
				t.Fatalf("%s: %v", el.Method, el.Error)
			}
		}
		r, err := ec.TransactionReceipt(ctx, hash)
		if err != nil {
			t.Fatalf("nonce %d: no receipt right after evm_mine: %v", nonce, err)
		}
		if r.Status != 1 {
			t.Fatalf("nonce %d: status %d", nonce, r.Status)
		}
	}
}
