package node

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/taoevm/taoevm/node/chain"
	"github.com/taoevm/taoevm/node/devkeys"
)

var devAccs = devkeys.Dev()

func startDev(t testing.TB, dir string) *Node {
	t.Helper()
	n, err := New(Config{DataDir: dir, Dev: true, HTTPHost: "127.0.0.1", HTTPPort: 0})
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Start(); err != nil {
		t.Fatal(err)
	}
	return n
}

func dial(t testing.TB, n *Node) (*rpc.Client, *ethclient.Client) {
	t.Helper()
	c, err := rpc.Dial(n.HTTPEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c, ethclient.NewClient(c)
}

func signedTransfer(t testing.TB, key *ecdsa.PrivateKey, nonce uint64, to common.Address, feeCap int64) *types.Transaction {
	t.Helper()
	tip := big.NewInt(params.GWei)
	if feeCap < tip.Int64() {
		tip = big.NewInt(feeCap)
	}
	tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(chain.DevChainID), Nonce: nonce, GasTipCap: tip, GasFeeCap: big.NewInt(feeCap), Gas: 21000, To: &to, Value: big.NewInt(1)}), types.LatestSignerForChainID(big.NewInt(chain.DevChainID)), key)
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

// logDeploy deploys a contract whose constructor emits LOG1(0x2a).
func logDeploy(t testing.TB, key *ecdsa.PrivateKey, nonce uint64) *types.Transaction {
	t.Helper()
	tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(chain.DevChainID), Nonce: nonce, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(100 * params.GWei), Gas: 100000, Data: common.FromHex("602a60006000a100")}), types.LatestSignerForChainID(big.NewInt(chain.DevChainID)), key)
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

func waitReceipt(t testing.TB, ec *ethclient.Client, hash common.Hash) *types.Receipt {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if r, err := ec.TransactionReceipt(context.Background(), hash); err == nil {
			return r
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatalf("no receipt for %x", hash)
	return nil
}

func TestDevAccountsAndMining(t *testing.T) {
	n := startDev(t, t.TempDir())
	defer n.Close()
	rc, ec := dial(t, n)
	ctx := context.Background()

	var accounts []common.Address
	if err := rc.Call(&accounts, "eth_accounts"); err != nil {
		t.Fatal(err)
	}
	if len(accounts) != devkeys.Count || accounts[0] != common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266") {
		t.Fatalf("eth_accounts = %v", accounts)
	}
	bal, err := ec.BalanceAt(ctx, accounts[9], nil)
	if err != nil || bal.Cmp(chain.DevBalance) != 0 {
		t.Fatalf("dev balance %v %v", bal, err)
	}
	if id, _ := ec.ChainID(ctx); id.Uint64() != chain.DevChainID {
		t.Fatalf("chain id %v", id)
	}

	// evm_mine: one block.
	var res string
	if err := rc.Call(&res, "evm_mine"); err != nil {
		t.Fatal(err)
	}
	h1, _ := ec.HeaderByNumber(ctx, nil)
	if h1.Number.Uint64() != 1 {
		t.Fatalf("evm_mine: head %d", h1.Number)
	}
	// anvil_mine with hex and plain numbers: 300 blocks 7 s apart, quickly.
	start := time.Now()
	if err := rc.Call(nil, "anvil_mine", "0x64", 7); err != nil {
		t.Fatal(err)
	}
	if err := rc.Call(nil, "anvil_mine", 200, "0x7"); err != nil {
		t.Fatal(err)
	}
	elapsed := time.Since(start)
	h, _ := ec.HeaderByNumber(ctx, nil)
	if h.Number.Uint64() != 301 || h.Time != h1.Time+300*7 {
		t.Fatalf("anvil_mine: head %d time %d (from %d)", h.Number, h.Time, h1.Time)
	}
	if elapsed > 20*time.Second {
		t.Fatalf("300 blocks took %v", elapsed)
	}
	t.Logf("mined 300 blocks in %v", elapsed)
	// Default interval 12 s, default count 1.
	if err := rc.Call(nil, "anvil_mine"); err != nil {
		t.Fatal(err)
	}
	if h2, _ := ec.HeaderByNumber(ctx, nil); h2.Time != h.Time+12 {
		t.Fatalf("default interval: %d", h2.Time-h.Time)
	}
	if err := rc.Call(nil, "anvil_mine", "zz"); err == nil {
		t.Fatal("bad quantity accepted")
	}

	// A pending transaction is mined at once, without evm_mine.
	tx := signedTransfer(t, devAccs[1].Key(), 0, accounts[2], 100*params.GWei)
	if err := ec.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	if r := waitReceipt(t, ec, tx.Hash()); r.Status != 1 {
		t.Fatal("transfer failed")
	}
	// eth_sendTransaction signs with a dev account.
	var hash common.Hash
	if err := rc.Call(&hash, "eth_sendTransaction", map[string]any{"from": accounts[3], "to": accounts[4], "value": "0x10"}); err != nil {
		t.Fatal(err)
	}
	waitReceipt(t, ec, hash)
}

func TestQuantity(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want uint64
		err  bool
	}{{`"0x10"`, 16, false}, {`"16"`, 16, false}, {`16`, 16, false}, {`"0x"`, 0, true}, {`-1`, 0, true}, {`"abc"`, 0, true}, {`1.5`, 0, true}} {
		var q Quantity
		err := q.UnmarshalJSON([]byte(tc.in))
		if tc.err != (err != nil) || (!tc.err && uint64(q) != tc.want) {
			t.Errorf("%s: got %d, %v", tc.in, q, err)
		}
		if tc.err && !errors.Is(err, ErrBadQuantity) {
			t.Errorf("%s: want ErrBadQuantity, got %v", tc.in, err)
		}
	}
}

func TestNonDevHasNoAccounts(t *testing.T) {
	key, _ := crypto.GenerateKey()
	g := chain.DevGenesis(big.NewInt(777), []common.Address{devAccs[0].Address()})
	n, err := New(Config{DataDir: t.TempDir(), Genesis: g, AuthorityKey: key, HTTPHost: "127.0.0.1"})
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Start(); err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	rc, ec := dial(t, n)
	var accounts []common.Address
	if err := rc.Call(&accounts, "eth_accounts"); err != nil || len(accounts) != 0 {
		t.Fatalf("eth_accounts = %v, %v", accounts, err)
	}
	var rpcErr rpc.Error
	if err := rc.Call(nil, "evm_mine"); !errors.As(err, &rpcErr) || rpcErr.ErrorCode() != -32601 {
		t.Fatalf("evm_mine available outside dev mode: %v", err)
	}
	if len(n.Backend().DevAccounts()) != 0 {
		t.Fatal("DevAccounts outside dev mode")
	}
	// The authority's blocks carry its coinbase.
	tx := signedTransfer(t, devAccs[0].Key(), 0, common.Address{1}, 100*params.GWei)
	tx, _ = types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(777), GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(100 * params.GWei), Gas: 21000, To: &common.Address{1}}), types.LatestSignerForChainID(big.NewInt(777)), devAccs[0].Key())
	if err := ec.SendTransaction(context.Background(), tx); err != nil {
		t.Fatal(err)
	}
	r := waitReceipt(t, ec, tx.Hash())
	b, _ := ec.HeaderByHash(context.Background(), r.BlockHash)
	if b.Coinbase != crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatal("coinbase is not the authority")
	}
}

func TestRestartAfterCleanStop(t *testing.T) {
	dir := t.TempDir()
	n := startDev(t, dir)
	_, ec := dial(t, n)
	ctx := context.Background()
	var last *types.Receipt
	for i := uint64(0); i < 5; i++ {
		tx := logDeploy(t, devAccs[0].Key(), i)
		if err := ec.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
		last = waitReceipt(t, ec, tx.Hash())
	}
	// A transaction that cannot be mined yet (fee cap under the base fee)
	// stays pending across the restart.
	stuck := signedTransfer(t, devAccs[5].Key(), 0, devAccs[6].Address(), 1)
	if err := ec.SendTransaction(ctx, stuck); err != nil {
		t.Fatal(err)
	}
	head, _ := ec.HeaderByNumber(ctx, nil)
	if err := n.Close(); err != nil {
		t.Fatal(err)
	}

	n = startDev(t, dir)
	defer n.Close()
	_, ec = dial(t, n)
	h2, err := ec.HeaderByNumber(ctx, nil)
	if err != nil || h2.Hash() != head.Hash() || h2.Root != head.Root {
		t.Fatalf("head after restart %v, want %v", h2.Number, head.Number)
	}
	r, err := ec.TransactionReceipt(ctx, last.TxHash)
	if err != nil || len(r.Logs) != 1 || r.BlockHash != last.BlockHash {
		t.Fatalf("receipt after restart: %v %v", r, err)
	}
	logs, err := ec.FilterLogs(ctx, ethereumQuery(0, h2.Number.Uint64()))
	if err != nil || len(logs) != 5 {
		t.Fatalf("logs after restart: %d %v", len(logs), err)
	}
	if _, pending, err := ec.TransactionByHash(ctx, stuck.Hash()); err != nil || !pending {
		t.Fatalf("stuck tx lost: pending=%v err=%v", pending, err)
	}
}

func TestBatchLimit(t *testing.T) {
	n := startDev(t, t.TempDir())
	defer n.Close()
	rc, _ := dial(t, n)
	batch := make([]rpc.BatchElem, 1001)
	for i := range batch {
		batch[i] = rpc.BatchElem{Method: "eth_blockNumber", Result: new(string)}
	}
	err := rc.BatchCall(batch)
	if err == nil {
		for _, e := range batch {
			if e.Error != nil {
				err = e.Error
				break
			}
		}
	}
	if err == nil {
		t.Fatal("a batch of 1001 requests was served")
	}
	if err := rc.BatchCall(batch[:1000]); err != nil || batch[0].Error != nil {
		t.Fatalf("a batch of 1000 failed: %v %v", err, batch[0].Error)
	}
}

// FuzzQuantity: whatever the input, parsing never panics, and an accepted
// value round-trips through its hex and decimal forms.
func FuzzQuantity(f *testing.F) {
	for _, s := range []string{`"0x10"`, `"16"`, `16`, `"0x"`, `-1`, `"0xffffffffffffffff"`, `"0x10000000000000000"`, `1e3`, `null`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		var q Quantity
		if err := q.UnmarshalJSON([]byte(in)); err != nil {
			if !errors.Is(err, ErrBadQuantity) {
				t.Fatalf("unexpected error type %v", err)
			}
			return
		}
		for _, enc := range []string{`"` + hexutil.EncodeUint64(uint64(q)) + `"`, strconv.FormatUint(uint64(q), 10)} {
			var r Quantity
			if err := r.UnmarshalJSON([]byte(enc)); err != nil || r != q {
				t.Fatalf("%s: round trip %s gave %d, %v", in, enc, r, err)
			}
		}
	})
}

func TestDevChainIDMismatch(t *testing.T) {
	dir := t.TempDir()
	n := startDev(t, dir)
	n.Close()
	n, err := New(Config{DataDir: dir, Dev: true, ChainID: 5})
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Start(); !errors.Is(err, ErrChainID) {
		n.Close()
		t.Fatalf("want ErrChainID, got %v", err)
	}
	// The same chain id reopens it.
	n = startDev(t, dir)
	n.Close()
}
