package node

import (
	"context"
	"math/big"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/taoevm/taoevm/node/chain"
)

const crashChildEnv = "TAOEVM_CRASH_CHILD_DIR"

func TestMain(m *testing.M) {
	if dir := os.Getenv(crashChildEnv); dir != "" {
		runCrashChild(dir)
		return
	}
	os.Exit(m.Run())
}

// runCrashChild runs a dev node in dir until it is killed, publishing its
// RPC endpoint in dir/endpoint.
func runCrashChild(dir string) {
	n, err := New(Config{DataDir: dir, Dev: true, HTTPHost: "127.0.0.1", HTTPPort: 0})
	if err == nil {
		err = n.Start()
	}
	if err != nil {
		os.WriteFile(filepath.Join(dir, "error"), []byte(err.Error()), 0o644)
		os.Exit(1)
	}
	tmp := filepath.Join(dir, "endpoint.tmp")
	os.WriteFile(tmp, []byte(n.HTTPEndpoint()), 0o644)
	os.Rename(tmp, filepath.Join(dir, "endpoint"))
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGTERM, syscall.SIGINT)
	<-sig
	if err := n.Close(); err != nil {
		os.Exit(2)
	}
	os.Exit(0)
}

// startChild runs a dev node in dir in a child process and returns it with
// its RPC client.
func startChild(t *testing.T, dir string) (*exec.Cmd, *rpc.Client) {
	t.Helper()
	os.Remove(filepath.Join(dir, "endpoint"))
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), crashChildEnv+"="+dir)
	logf, _ := os.OpenFile(filepath.Join(dir, "child.log"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	t.Cleanup(func() { logf.Close() })
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var endpoint string
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if b, err := os.ReadFile(filepath.Join(dir, "endpoint")); err == nil {
			endpoint = string(b)
			break
		}
		if b, err := os.ReadFile(filepath.Join(dir, "error")); err == nil {
			cmd.Process.Kill()
			t.Fatalf("child failed: %s", b)
		}
	}
	if endpoint == "" {
		cmd.Process.Kill()
		t.Fatal("child did not start")
	}
	rc, err := rpc.Dial(endpoint)
	if err != nil {
		cmd.Process.Kill()
		t.Fatal(err)
	}
	return cmd, rc
}

// TestSIGTERM stops a node process with SIGTERM: it exits cleanly with its
// state persisted, so the restart replays nothing.
func TestSIGTERM(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns a child process")
	}
	dir := t.TempDir()
	cmd, rc := startChild(t, dir)
	if err := rc.Call(nil, "anvil_mine", 50, 1); err != nil {
		cmd.Process.Kill()
		t.Fatal(err)
	}
	var head hexNum
	rc.Call(&head, "eth_blockNumber")
	rc.Close()
	cmd.Process.Signal(syscall.SIGTERM)
	if err := cmd.Wait(); err != nil {
		t.Fatalf("unclean exit: %v", err)
	}
	n := startDev(t, dir)
	defer n.Close()
	if got := n.Chain().BlockChain().CurrentBlock().Number.Uint64(); got != uint64(head) || head != 50 {
		t.Fatalf("head %d after restart, want %d", got, head)
	}
	if r := n.Chain().Replayed(); r != 0 {
		t.Fatalf("replayed %d blocks after a clean stop", r)
	}
}

type servedBlock struct {
	hash     common.Hash
	root     common.Hash
	receipts []*types.Receipt
}

// TestKill9 kills a node process under load with SIGKILL, reopens its data
// directory and checks that every block ever served over RPC is still there
// with the same state root, receipts and logs, that recovery replayed a
// bounded number of blocks, and that a pending local transaction survived.
func TestKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns a child process")
	}
	dir := t.TempDir()
	cmd, rc := startChild(t, dir)
	killed := false
	defer func() {
		if !killed {
			cmd.Process.Kill()
			cmd.Wait()
		}
	}()
	defer rc.Close()
	ec := ethclient.NewClient(rc)
	ctx := context.Background()

	// Enough blocks that the node has flushed state to disk at least once.
	if err := rc.Call(nil, "anvil_mine", 400, 1); err != nil {
		t.Fatal(err)
	}
	stuck := signedTransfer(t, devAccs[7].Key(), 0, devAccs[8].Address(), 1)
	if err := ec.SendTransaction(ctx, stuck); err != nil {
		t.Fatal(err)
	}

	var (
		mu     sync.Mutex
		served = map[uint64]servedBlock{}
		stop   = make(chan struct{})
		wg     sync.WaitGroup
	)
	for s := 0; s < 3; s++ {
		wg.Add(1)
		go func(s int) {
			defer wg.Done()
			for nonce := uint64(0); ; nonce++ {
				select {
				case <-stop:
					return
				default:
				}
				var tx *types.Transaction
				if nonce%2 == 0 {
					tx = logDeploy(t, devAccs[s].Key(), nonce)
				} else {
					tx = signedTransfer(t, devAccs[s].Key(), nonce, devAccs[9].Address(), 100e9)
				}
				if err := ec.SendTransaction(ctx, tx); err != nil {
					return
				}
			}
		}(s)
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		next := uint64(400) // the empty blocks before are checked through block 400
		for {
			select {
			case <-stop:
				return
			default:
			}
			var head hexNum
			if err := rc.Call(&head, "eth_blockNumber"); err != nil {
				return
			}
			for ; next <= uint64(head); next++ {
				var blk *types.Header
				if err := rc.Call(&blk, "eth_getBlockByNumber", hexOf(next), false); err != nil || blk == nil {
					return
				}
				var rs []*types.Receipt
				if err := rc.Call(&rs, "eth_getBlockReceipts", hexOf(next)); err != nil {
					return
				}
				mu.Lock()
				served[next] = servedBlock{hash: blk.Hash(), root: blk.Root, receipts: rs}
				mu.Unlock()
			}
		}
	}()
	// Kill once the load has produced blocks with transactions (the moment
	// is otherwise arbitrary: mid-build, mid-commit or mid-RPC).
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); {
		time.Sleep(100 * time.Millisecond)
		mu.Lock()
		n := len(served)
		mu.Unlock()
		if n >= 30 {
			break
		}
	}
	time.Sleep(time.Duration(time.Now().UnixNano()%300) * time.Millisecond)
	cmd.Process.Kill() // SIGKILL
	cmd.Wait()
	killed = true
	close(stop)
	wg.Wait()

	mu.Lock()
	defer mu.Unlock()
	var maxServed uint64
	txs := 0
	for n, b := range served {
		if n > maxServed {
			maxServed = n
		}
		txs += len(b.receipts)
	}
	if maxServed <= 400 || txs == 0 {
		t.Fatalf("load did not run: %d blocks served, %d txs", maxServed, txs)
	}
	t.Logf("served %d blocks (%d txs) before SIGKILL", len(served), txs)

	n := startDev(t, dir)
	defer n.Close()
	replayed := n.Chain().Replayed()
	t.Logf("replayed %d blocks on restart", replayed)
	if replayed > chain.ReplayBound {
		t.Errorf("replayed %d blocks, bound %d", replayed, chain.ReplayBound)
	}
	_, ec2 := dial(t, n)
	head, err := ec2.HeaderByNumber(ctx, nil)
	if err != nil || head.Number.Uint64() < maxServed {
		t.Fatalf("head %v below highest served block %d", head.Number, maxServed)
	}
	for num, want := range served {
		h, err := ec2.HeaderByNumber(ctx, new(big.Int).SetUint64(num))
		if err != nil || h.Hash() != want.hash || h.Root != want.root {
			t.Fatalf("served block %d lost or changed", num)
		}
		rs, err := ec2.BlockReceipts(ctx, rpc.BlockNumberOrHashWithHash(want.hash, true))
		if err != nil || len(rs) != len(want.receipts) {
			t.Fatalf("block %d receipts: %d vs %d (%v)", num, len(rs), len(want.receipts), err)
		}
		for i := range rs {
			if rs[i].TxHash != want.receipts[i].TxHash || rs[i].Status != want.receipts[i].Status || len(rs[i].Logs) != len(want.receipts[i].Logs) || rs[i].CumulativeGasUsed != want.receipts[i].CumulativeGasUsed {
				t.Fatalf("block %d receipt %d differs", num, i)
			}
		}
	}
	// The head state is usable.
	if _, err := ec2.BalanceAt(ctx, devAccs[9].Address(), nil); err != nil {
		t.Fatal(err)
	}
	if _, pending, err := ec2.TransactionByHash(ctx, stuck.Hash()); err != nil || !pending {
		t.Fatalf("pending local transaction lost: pending=%v err=%v", pending, err)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "child.log")); strings.Contains(string(b), "panic") {
		t.Fatalf("child panicked:\n%s", b)
	}
}
