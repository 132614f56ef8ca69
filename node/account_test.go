package node

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/taoevm/taoevm/precompiles/registry"
)

// TestAccountAtMatchesState checks the flat-state account read behind
// eth_getBalance against the StateDB path for every kind of block reference,
// and that it declines references it cannot serve (unknown blocks, state
// older than the retained layers) so that the StateDB path answers them.
func TestAccountAtMatchesState(t *testing.T) {
	n := startDev(t, t.TempDir())
	defer n.Close()
	rc, ec := dial(t, n)
	ctx := context.Background()
	b := n.Backend()

	// Blocks 1..3 move value from dev account 0 to a fresh address.
	fresh := common.HexToAddress("0x00000000000000000000000000000000000a11ce")
	for i := uint64(0); i < 3; i++ {
		tx := signedTransfer(t, devAccs[0].Key(), i, fresh, 2*1e9)
		if err := ec.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
		if err := rc.Call(nil, "evm_mine"); err != nil {
			t.Fatal(err)
		}
	}
	// Enough empty blocks that block 1's state leaves the retained layers.
	if err := rc.Call(nil, "anvil_mine", 200, 1); err != nil {
		t.Fatal(err)
	}
	head := b.CurrentBlock()
	h2 := b.bc.GetHeaderByNumber(head.Number.Uint64() - 2)

	addrs := []common.Address{devAccs[0].Address(), devAccs[1].Address(), fresh, registry.Addresses()[0], common.HexToAddress("0xdead")}
	refs := []struct {
		name string
		ref  rpc.BlockNumberOrHash
		want bool // whether AccountAt must answer
	}{
		{"latest", rpc.BlockNumberOrHashWithNumber(rpc.LatestBlockNumber), true},
		{"pending", rpc.BlockNumberOrHashWithNumber(rpc.PendingBlockNumber), true},
		{"safe", rpc.BlockNumberOrHashWithNumber(rpc.SafeBlockNumber), true},
		{"number", rpc.BlockNumberOrHashWithNumber(rpc.BlockNumber(h2.Number.Int64())), true},
		{"hash", rpc.BlockNumberOrHashWithHash(h2.Hash(), true), true},
		{"old state", rpc.BlockNumberOrHashWithNumber(1), false},
		{"future", rpc.BlockNumberOrHashWithNumber(rpc.BlockNumber(head.Number.Int64() + 10)), false},
		{"unknown hash", rpc.BlockNumberOrHashWithHash(common.Hash{1}, false), false},
	}
	for _, r := range refs {
		for _, addr := range addrs {
			acct, ok := b.AccountAt(ctx, r.ref, addr)
			if ok != r.want {
				t.Fatalf("%s %s: ok %v, want %v", r.name, addr, ok, r.want)
			}
			if !ok {
				continue
			}
			st, _, err := b.StateAndHeaderByNumberOrHash(ctx, r.ref)
			if err != nil {
				t.Fatalf("%s: state: %v", r.name, err)
			}
			want := st.GetBalance(addr).ToBig()
			got := new(big.Int)
			if acct != nil {
				got = acct.Balance.ToBig()
			}
			if got.Cmp(want) != 0 {
				t.Fatalf("%s %s: flat balance %v, state balance %v", r.name, addr, got, want)
			}
			if want.Sign() == 0 && acct != nil && addr == common.HexToAddress("0xdead") {
				t.Fatalf("%s: missing account read as %+v", r.name, acct)
			}
		}
	}
	// The fresh account's balance is 3 wei at the head and 1 wei after block 1.
	var got hexutil.Big
	if err := rc.Call(&got, "eth_getBalance", fresh, "latest"); err != nil || got.ToInt().Int64() != 3 {
		t.Fatalf("eth_getBalance latest = %v, %v; want 3", got.ToInt(), err)
	}
	// Declined references still get the StateDB path's answers over RPC.
	if err := rc.Call(&got, "eth_getBalance", fresh, "0x1"); err == nil {
		t.Fatal("eth_getBalance served state older than the retained layers")
	}
	if err := rc.Call(&got, "eth_getBalance", fresh, hexutil.EncodeUint64(head.Number.Uint64()+10)); err == nil {
		t.Fatal("eth_getBalance served a future block")
	}
}
