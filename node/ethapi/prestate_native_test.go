package ethapi_test

import (
	"context"
	"encoding/json"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/consensus/misc/eip4844"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/ethereum/go-ethereum/triedb"
	"github.com/holiman/uint256"

	"github.com/taoevm/taoevm/bindings"
	"github.com/taoevm/taoevm/node"
	"github.com/taoevm/taoevm/node/chain"
	"github.com/taoevm/taoevm/node/devkeys"
	"github.com/taoevm/taoevm/node/ethapi"
	"github.com/taoevm/taoevm/precompiles/balancetransfer"
	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/registry"
	"github.com/taoevm/taoevm/precompiles/staking"
	"github.com/taoevm/taoevm/precompiles/subnets"
)

// gethPrestate is the name under which the package's internal tests
// register go-ethereum's own prestate tracer (prestate_test.go).
const gethPrestate = "gethPrestateTracerForTest"

// traceAccount is one account of a prestate tracer result.
type traceAccount struct {
	Balance  *hexutil.Big                `json:"balance"`
	Code     *hexutil.Bytes              `json:"code"`
	CodeHash *common.Hash                `json:"codeHash"`
	Nonce    uint64                      `json:"nonce"`
	Storage  map[common.Hash]common.Hash `json:"storage"`
}

type traceState = map[common.Address]*traceAccount

// traceDiff is a diffMode result.
type traceDiff struct {
	Pre  traceState `json:"pre"`
	Post traceState `json:"post"`
}

// nativeEnv is a running dev node with its clients.
type nativeEnv struct {
	n      *node.Node
	rc     *rpc.Client
	ec     *ethclient.Client
	config *params.ChainConfig
}

func newNativeEnv(t *testing.T) *nativeEnv {
	t.Helper()
	n, err := node.New(node.Config{DataDir: t.TempDir(), Dev: true, HTTPHost: "127.0.0.1", HTTPPort: 0})
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	rc, err := rpc.Dial(n.HTTPEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(rc.Close)
	return &nativeEnv{n: n, rc: rc, ec: ethclient.NewClient(rc), config: n.Backend().ChainConfig()}
}

// send signs and sends a transaction from dev account `from` and waits
// for its receipt.
func (e *nativeEnv) send(t *testing.T, from int, to common.Address, data []byte, value *big.Int) (*types.Transaction, *types.Receipt) {
	t.Helper()
	ctx := context.Background()
	acc := devkeys.Dev()[from]
	nonce, err := e.ec.PendingNonceAt(ctx, acc.Address())
	if err != nil {
		t.Fatal(err)
	}
	tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{
		ChainID: big.NewInt(chain.DevChainID), Nonce: nonce, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(100 * params.GWei),
		Gas: 3_000_000, To: &to, Value: value, Data: data,
	}), types.LatestSignerForChainID(big.NewInt(chain.DevChainID)), acc.Key())
	if err != nil {
		t.Fatal(err)
	}
	if err := e.ec.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if r, err := e.ec.TransactionReceipt(ctx, tx.Hash()); err == nil {
			if r.Status != types.ReceiptStatusSuccessful {
				t.Fatalf("transaction to %s failed", to)
			}
			return tx, r
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatalf("no receipt for %s", tx.Hash())
	return nil, nil
}

// trace runs debug_traceTransaction with the named tracer and config and
// decodes the result into res.
func (e *nativeEnv) trace(t *testing.T, hash common.Hash, tracer string, cfg map[string]any, res any) {
	t.Helper()
	if err := e.rc.Call(res, "debug_traceTransaction", hash, map[string]any{"tracer": tracer, "tracerConfig": cfg}); err != nil {
		t.Fatalf("%s: %v", tracer, err)
	}
}

func (e *nativeEnv) prestate(t *testing.T, hash common.Hash, tracer string) traceState {
	t.Helper()
	var res traceState
	e.trace(t, hash, tracer, map[string]any{}, &res)
	return res
}

func (e *nativeEnv) diff(t *testing.T, hash common.Hash, tracer string) traceDiff {
	t.Helper()
	var res traceDiff
	e.trace(t, hash, tracer, map[string]any{"diffMode": true}, &res)
	return res
}

func (e *nativeEnv) balanceAt(t *testing.T, addr common.Address, block *big.Int) *big.Int {
	t.Helper()
	bal, err := e.ec.BalanceAt(context.Background(), addr, block)
	if err != nil {
		t.Fatal(err)
	}
	return bal
}

// stateBefore returns the node's state just before the receipt's
// transaction ran, with the EVM factory of its block.
func (e *nativeEnv) stateBefore(t *testing.T, r *types.Receipt) (*state.StateDB, func(*state.StateDB) *vm.EVM) {
	t.Helper()
	ctx := context.Background()
	b := e.n.Backend()
	block, err := b.BlockByHash(ctx, r.BlockHash)
	if err != nil || block == nil {
		t.Fatalf("block %s: %v", r.BlockHash, err)
	}
	_, bctx, st, release, err := b.StateAtTransaction(ctx, block, int(r.TransactionIndex))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(release)
	return st, func(st *state.StateDB) *vm.EVM {
		bc := bctx
		return b.NewEVM(ctx, st, block.Header(), &vm.Config{}, &bc)
	}
}

// rootAfterTx is the state root right after the receipt's transaction, by
// executing it on the node's state.
func (e *nativeEnv) rootAfterTx(t *testing.T, tx *types.Transaction, r *types.Receipt) common.Hash {
	t.Helper()
	st, mkEVM := e.stateBefore(t, r)
	evm := mkEVM(st)
	header, err := e.ec.HeaderByHash(context.Background(), r.BlockHash)
	if err != nil {
		t.Fatal(err)
	}
	msg, err := core.TransactionToMessage(tx, types.MakeSigner(e.config, header.Number, header.Time), header.BaseFee)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := core.ApplyTransactionWithEVM(context.Background(), msg, core.NewGasPool(header.GasLimit), st, header.Number, header.Hash(), header.Time, tx, evm); err != nil {
		t.Fatal(err)
	}
	return st.IntermediateRoot(e.config.Rules(r.BlockNumber, true, e.blockTime(t, r)))
}

// rootWithDiff is the state root obtained by writing a diff's post values
// (and zeroing the slots it reports cleared) over the state just before
// the receipt's transaction. It equals rootAfterTx exactly when the diff
// lists every change the transaction made.
func (e *nativeEnv) rootWithDiff(t *testing.T, d traceDiff, r *types.Receipt) common.Hash {
	t.Helper()
	st, _ := e.stateBefore(t, r)
	for addr, pre := range d.Pre {
		for slot := range pre.Storage {
			if post := d.Post[addr]; post == nil || post.Storage[slot] == (common.Hash{}) {
				st.SetState(addr, slot, common.Hash{})
			}
		}
	}
	for addr, post := range d.Post {
		if post.Balance != nil {
			st.SetBalance(addr, uint256.MustFromBig(post.Balance.ToInt()), tracing.BalanceChangeUnspecified)
		}
		if post.Nonce != 0 {
			st.SetNonce(addr, post.Nonce, tracing.NonceChangeUnspecified)
		}
		if post.Code != nil {
			st.SetCode(addr, *post.Code, tracing.CodeChangeUnspecified)
		}
		for slot, v := range post.Storage {
			st.SetState(addr, slot, v)
		}
	}
	return st.IntermediateRoot(e.config.Rules(r.BlockNumber, true, e.blockTime(t, r)))
}

// replay executes the transaction on a state holding only the accounts
// of a prestate, in the context of the receipt's block, and returns the
// resulting state and receipt.
func (e *nativeEnv) replay(t *testing.T, pre traceState, tx *types.Transaction, r *types.Receipt) (*state.StateDB, *types.Receipt) {
	t.Helper()
	db := state.NewDatabase(triedb.NewDatabase(rawdb.NewMemoryDatabase(), nil), nil)
	st, err := state.New(types.EmptyRootHash, db)
	if err != nil {
		t.Fatal(err)
	}
	for addr, acc := range pre {
		st.SetBalance(addr, uint256.MustFromBig(acc.Balance.ToInt()), tracing.BalanceChangeUnspecified)
		st.SetNonce(addr, acc.Nonce, tracing.NonceChangeUnspecified)
		if acc.Code != nil {
			st.SetCode(addr, *acc.Code, tracing.CodeChangeUnspecified)
		}
		for k, v := range acc.Storage {
			st.SetState(addr, k, v)
		}
	}
	root, err := st.Commit(params.Rules{IsEIP158: true}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if st, err = state.New(root, db); err != nil {
		t.Fatal(err)
	}
	header, err := e.ec.HeaderByHash(context.Background(), r.BlockHash)
	if err != nil {
		t.Fatal(err)
	}
	mix := header.MixDigest
	bctx := vm.BlockContext{
		CanTransfer: core.CanTransfer,
		Transfer:    core.Transfer,
		GetHash:     func(uint64) common.Hash { return common.Hash{} },
		Coinbase:    header.Coinbase,
		BlockNumber: header.Number,
		Time:        header.Time,
		Difficulty:  header.Difficulty,
		GasLimit:    header.GasLimit,
		BaseFee:     header.BaseFee,
		Random:      &mix,
	}
	if header.ExcessBlobGas != nil {
		bctx.BlobBaseFee = eip4844.CalcBlobFee(e.config, header)
	}
	evm := registry.NewEVM(bctx, st, e.config, vm.Config{})
	msg, err := core.TransactionToMessage(tx, types.MakeSigner(e.config, header.Number, header.Time), header.BaseFee)
	if err != nil {
		t.Fatal(err)
	}
	st.SetTxContext(tx.Hash(), 0, 1)
	got, _, err := core.ApplyTransactionWithEVM(context.Background(), msg, core.NewGasPool(header.GasLimit), st, header.Number, header.Hash(), header.Time, tx, evm)
	if err != nil {
		t.Fatalf("replay: %v", err)
	}
	return st, got
}

// checkReplay requires the prestate to replay the transaction: same status,
// gas and logs, and every account of the diff ends as its post says.
func (e *nativeEnv) checkReplay(t *testing.T, pre traceState, d traceDiff, tx *types.Transaction, r *types.Receipt) {
	t.Helper()
	st, got := e.replay(t, pre, tx, r)
	if got.Status != r.Status || got.GasUsed != r.GasUsed || len(got.Logs) != len(r.Logs) {
		t.Fatalf("replay: status %d gas %d logs %d, chain: status %d gas %d logs %d", got.Status, got.GasUsed, len(got.Logs), r.Status, r.GasUsed, len(r.Logs))
	}
	for i, l := range got.Logs {
		if l.Address != r.Logs[i].Address || string(l.Data) != string(r.Logs[i].Data) {
			t.Fatalf("replay log %d differs", i)
		}
	}
	for addr, post := range d.Post {
		if post.Balance != nil && st.GetBalance(addr).ToBig().Cmp(post.Balance.ToInt()) != 0 {
			t.Fatalf("replay: %s balance %s, post %s", addr, st.GetBalance(addr), post.Balance)
		}
		for slot, v := range post.Storage {
			if got := st.GetState(addr, slot); got != v {
				t.Fatalf("replay: %s slot %s = %s, post %s", addr, slot, got, v)
			}
		}
	}
}

// storageSlots counts the storage slots a result lists under addrs.
func storageSlots(s traceState, addrs []common.Address) int {
	n := 0
	for _, a := range addrs {
		if acc := s[a]; acc != nil {
			n += len(acc.Storage)
		}
	}
	return n
}

// TestPrestateNativePrecompiles traces transactions through taoevm's real
// native precompiles on a dev node: a balance transfer to a fresh and to an
// existing account, a subnet registration and a stake. For each, the diff
// must be complete (writing its post values over the pre-transaction state
// gives the real post-transaction state root), the prestate must replay the
// transaction on its own, and go-ethereum's tracer is shown to miss what
// ours finds.
func TestPrestateNativePrecompiles(t *testing.T) {
	e := newNativeEnv(t)
	natives := registry.Addresses()
	value := new(big.Int).Mul(big.NewInt(5), big.NewInt(params.Ether/10))

	check := func(t *testing.T, tx *types.Transaction, r *types.Receipt) (traceState, traceDiff) {
		t.Helper()
		pre := e.prestate(t, tx.Hash(), ethapi.PrestateTracerName)
		d := e.diff(t, tx.Hash(), ethapi.PrestateTracerName)
		if want, got := e.rootAfterTx(t, tx, r), e.rootWithDiff(t, d, r); want != got {
			t.Fatalf("diff incomplete: root %s with the diff applied, %s after the transaction\n%+v", got, want, d)
		}
		e.checkReplay(t, pre, d, tx, r)
		return pre, d
	}

	t.Run("transfer to a fresh account", func(t *testing.T) {
		fresh := common.BytesToAddress(crypto.Keccak256([]byte("prestate fresh recipient")))
		key := precompile.AddressKey(fresh)
		tx, r := e.send(t, 1, balancetransfer.Address, bindings.NewIBalanceTransfer().PackTransfer(key), value)
		pre, d := check(t, tx, r)

		if _, ok := pre[fresh]; ok {
			t.Fatalf("an account that did not exist is in the prestate: %+v", pre[fresh])
		}
		post := d.Post[fresh]
		if post == nil || post.Balance.ToInt().Cmp(value) != 0 {
			t.Fatalf("recipient's post %+v, want balance %s", post, value)
		}
		if _, ok := d.Pre[fresh]; ok {
			t.Fatal("fresh recipient in diff pre")
		}
		var withEmpty traceState
		e.trace(t, tx.Hash(), ethapi.PrestateTracerName, map[string]any{"includeEmpty": true}, &withEmpty)
		if acc := withEmpty[fresh]; acc == nil || acc.Balance.ToInt().Sign() != 0 || acc.Nonce != 0 || acc.Code != nil {
			t.Fatalf("includeEmpty: recipient %+v, want balance 0", acc)
		}
		sender := devkeys.Dev()[1].Address()
		paid := new(big.Int).Sub(d.Pre[sender].Balance.ToInt(), d.Post[sender].Balance.ToInt())
		if want := new(big.Int).Add(value, new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)); paid.Cmp(want) != 0 {
			t.Fatalf("sender paid %s, want %s", paid, want)
		}
		// go-ethereum's tracer does not see the recipient at all.
		if g := e.diff(t, tx.Hash(), gethPrestate); g.Post[fresh] != nil {
			t.Fatalf("go-ethereum's tracer found the recipient: %+v", g.Post[fresh])
		}
	})

	t.Run("transfer to an existing account", func(t *testing.T) {
		to := devkeys.Dev()[5].Address()
		tx, r := e.send(t, 1, balancetransfer.Address, bindings.NewIBalanceTransfer().PackTransfer(precompile.AddressKey(to)), value)
		pre, d := check(t, tx, r)
		before := e.balanceAt(t, to, new(big.Int).Sub(r.BlockNumber, common.Big1))
		after := e.balanceAt(t, to, r.BlockNumber)
		if acc := pre[to]; acc == nil || acc.Balance.ToInt().Cmp(before) != 0 {
			t.Fatalf("recipient prestate %+v, want balance %s", acc, before)
		}
		if d.Pre[to].Balance.ToInt().Cmp(before) != 0 || d.Post[to].Balance.ToInt().Cmp(after) != 0 || new(big.Int).Sub(after, before).Cmp(value) != 0 {
			t.Fatalf("recipient diff %+v -> %+v, chain %s -> %s", d.Pre[to], d.Post[to], before, after)
		}
		if g := e.prestate(t, tx.Hash(), gethPrestate); g[to] != nil {
			t.Fatalf("go-ethereum's tracer found the recipient: %+v", g[to])
		}
	})

	var netuid uint16
	hotkey := common.BytesToAddress(crypto.Keccak256([]byte("prestate hotkey")))
	t.Run("subnet registration", func(t *testing.T) {
		sn := bindings.NewISubnet()
		tx, r := e.send(t, 2, subnets.Address, sn.PackRegisterNetwork(precompile.AddressKey(hotkey)), nil)
		for _, l := range r.Logs {
			if ev, err := sn.UnpackNetworkRegisteredEvent(l); err == nil {
				netuid = ev.Netuid
			}
		}
		if netuid == 0 {
			t.Fatal("no NetworkRegistered event")
		}
		pre, d := check(t, tx, r)
		if storageSlots(d.Post, natives) == 0 || storageSlots(pre, natives) == 0 {
			t.Fatalf("no native storage in the trace: %+v", d)
		}
		// Native balances that changed are in the diff with their new value.
		for _, a := range natives {
			before := e.balanceAt(t, a, new(big.Int).Sub(r.BlockNumber, common.Big1))
			after := e.balanceAt(t, a, r.BlockNumber)
			if before.Cmp(after) != 0 && (d.Post[a] == nil || d.Post[a].Balance.ToInt().Cmp(after) != 0) {
				t.Fatalf("%s balance %s -> %s, diff post %+v", a, before, after, d.Post[a])
			}
		}
		g := e.diff(t, tx.Hash(), gethPrestate)
		if storageSlots(g.Post, natives)+storageSlots(g.Pre, natives) != 0 {
			t.Fatalf("go-ethereum's tracer saw native storage: %+v", g)
		}
		if e.rootWithDiff(t, g, r) == e.rootAfterTx(t, tx, r) {
			t.Fatal("go-ethereum's diff is complete; the test proves nothing")
		}
	})

	t.Run("stake", func(t *testing.T) {
		if netuid == 0 {
			t.Fatal("needs the subnet of the registration subtest")
		}
		tx, r := e.send(t, 3, staking.Address, bindings.NewIStaking().PackAddStake(precompile.AddressKey(hotkey), big.NewInt(10_000_000_000), big.NewInt(int64(netuid))), nil)
		pre, d := check(t, tx, r)
		if storageSlots(d.Post, natives) == 0 || storageSlots(pre, natives) == 0 {
			t.Fatalf("no native storage in the trace: %+v", d)
		}
		changed := 0
		for _, a := range natives {
			before := e.balanceAt(t, a, new(big.Int).Sub(r.BlockNumber, common.Big1))
			after := e.balanceAt(t, a, r.BlockNumber)
			if before.Cmp(after) != 0 {
				changed++
				if d.Post[a] == nil || d.Post[a].Balance.ToInt().Cmp(after) != 0 || d.Pre[a].Balance.ToInt().Cmp(before) != 0 {
					t.Fatalf("%s balance %s -> %s, diff %+v -> %+v", a, before, after, d.Pre[a], d.Post[a])
				}
			}
		}
		if changed == 0 {
			t.Fatal("staking moved no TAO into a protocol account")
		}
		// The JSON is go-ethereum's shape: a diff is {"post", "pre"} only.
		var raw map[string]json.RawMessage
		e.trace(t, tx.Hash(), ethapi.PrestateTracerName, map[string]any{"diffMode": true}, &raw)
		if len(raw) != 2 || raw["pre"] == nil || raw["post"] == nil {
			t.Fatalf("diff keys %v", raw)
		}
	})
}

// blockTime is the timestamp of the receipt's block.
func (e *nativeEnv) blockTime(t *testing.T, r *types.Receipt) uint64 {
	t.Helper()
	h, err := e.ec.HeaderByHash(context.Background(), r.BlockHash)
	if err != nil {
		t.Fatal(err)
	}
	return h.Time
}
