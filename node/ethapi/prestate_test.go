package ethapi

import (
	"bytes"
	"context"
	"encoding/json"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/consensus/misc/eip4844"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/eth/tracers"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/triedb"
	"github.com/holiman/uint256"
)

// gethPrestateTracer is a name under which tests reach go-ethereum's own
// prestate tracer through the debug API (the API answers "prestateTracer"
// with taoevm's).
const gethPrestateTracer = "gethPrestateTracerForTest"

func init() {
	tracers.DefaultDirectory.Register(gethPrestateTracer, func(ctx *tracers.Context, cfg json.RawMessage, chain *params.ChainConfig) (*tracers.Tracer, error) {
		return tracers.DefaultDirectory.New(PrestateTracerName, ctx, cfg, chain)
	}, false)
}

// prestateConfigs are the tracer configs every parity test runs.
var prestateConfigs = []string{
	`{}`,
	`{"diffMode":true}`,
	`{"disableCode":true}`,
	`{"disableStorage":true}`,
	`{"includeEmpty":true}`,
	`{"disableCode":true,"disableStorage":true}`,
	`{"diffMode":true,"disableCode":true}`,
	`{"diffMode":true,"disableStorage":true}`,
}

// newAllocState returns a committed state holding alloc, so that storage
// has original values as in a real block.
func newAllocState(t testing.TB, alloc types.GenesisAlloc) *state.StateDB {
	t.Helper()
	db := state.NewDatabase(triedb.NewDatabase(rawdb.NewMemoryDatabase(), nil), nil)
	st, err := state.New(types.EmptyRootHash, db)
	if err != nil {
		t.Fatal(err)
	}
	for addr, acc := range alloc {
		if acc.Balance != nil {
			st.SetBalance(addr, uint256.MustFromBig(acc.Balance), tracing.BalanceChangeUnspecified)
		}
		st.SetNonce(addr, acc.Nonce, tracing.NonceChangeUnspecified)
		if len(acc.Code) > 0 {
			st.SetCode(addr, acc.Code, tracing.CodeChangeUnspecified)
		}
		for k, v := range acc.Storage {
			st.SetState(addr, k, v)
		}
	}
	root, err := st.Commit(params.Rules{}, 0) // keeps empty accounts (pre-EIP-158 vectors)
	if err != nil {
		t.Fatal(err)
	}
	if st, err = state.New(root, db); err != nil {
		t.Fatal(err)
	}
	return st
}

// traceRun is one traced transaction.
type traceRun struct {
	alloc  types.GenesisAlloc
	chain  *params.ChainConfig
	bctx   vm.BlockContext
	tx     *types.Transaction
	config string
}

// node runs the transaction as the debug API does (hooked StateDB,
// core.ApplyTransactionWithEVM, Finalise before OnTxEnd) with the named
// tracer, and returns its result and the transaction's error.
func (r *traceRun) node(t testing.TB, name string) (string, error) {
	t.Helper()
	st := newAllocState(t, r.alloc)
	var (
		tracer   *tracers.Tracer
		prestate *prestateTracer
		err      error
	)
	if name == PrestateTracerName {
		tracer, prestate, err = newPrestateTracer(nil, json.RawMessage(r.config), r.chain)
	} else {
		tracer, err = tracers.DefaultDirectory.New(name, new(tracers.Context), json.RawMessage(r.config), r.chain)
	}
	if err != nil {
		t.Fatalf("%s %s: %v", name, r.config, err)
	}
	evm := vm.NewEVM(r.bctx, state.NewHookedState(st, tracer.Hooks), r.chain, vm.Config{Tracer: tracer.Hooks})
	if prestate != nil {
		prestate.attach(evm, vm.ActivePrecompiledContracts(evm.GetRules()))
	}
	signer := types.MakeSigner(r.chain, r.bctx.BlockNumber, r.bctx.Time)
	msg, err := core.TransactionToMessage(r.tx, signer, r.bctx.BaseFee)
	if err != nil {
		t.Fatal(err)
	}
	st.SetTxContext(r.tx.Hash(), 0, 1)
	_, _, txErr := core.ApplyTransactionWithEVM(context.Background(), msg, core.NewGasPool(r.bctx.GasLimit), st, r.bctx.BlockNumber, common.Hash{1}, r.bctx.Time, r.tx, evm)
	res, err := tracer.GetResult()
	if err != nil {
		t.Fatalf("%s result: %v", name, err)
	}
	return string(res), txErr
}

// plain runs taoevm's tracer the way go-ethereum's own tracer tests do: an
// EVM over the bare StateDB, core.ApplyMessage, no Finalise.
func (r *traceRun) plain(t testing.TB) string {
	t.Helper()
	st := newAllocState(t, r.alloc)
	tracer, _, err := newPrestateTracer(nil, json.RawMessage(r.config), r.chain)
	if err != nil {
		t.Fatal(err)
	}
	evm := vm.NewEVM(r.bctx, st, r.chain, vm.Config{Tracer: tracer.Hooks})
	signer := types.MakeSigner(r.chain, r.bctx.BlockNumber, r.bctx.Time)
	msg, err := core.TransactionToMessage(r.tx, signer, r.bctx.BaseFee)
	if err != nil {
		t.Fatal(err)
	}
	tracer.OnTxStart(evm.GetVMContext(), r.tx, msg.From)
	res, err := core.ApplyMessage(evm, msg, nil)
	if err != nil {
		t.Fatal(err)
	}
	tracer.OnTxEnd(&types.Receipt{GasUsed: res.UsedGas}, nil)
	out, err := tracer.GetResult()
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// assertParity fails unless taoevm's tracer and go-ethereum's give the same
// bytes for r.
func assertParity(t testing.TB, r *traceRun) {
	t.Helper()
	ours, ourErr := r.node(t, PrestateTracerName)
	geth, gethErr := r.node(t, gethPrestateTracer)
	if (ourErr == nil) != (gethErr == nil) {
		t.Fatalf("config %s: transaction error %v with ours, %v with geth's", r.config, ourErr, gethErr)
	}
	if ours != geth {
		t.Fatalf("config %s:\n ours: %s\n geth: %s", r.config, ours, geth)
	}
}

// gethDir is go-ethereum's module directory.
func gethDir(t *testing.T) string {
	t.Helper()
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/ethereum/go-ethereum").Output()
	if err != nil {
		t.Fatalf("locating go-ethereum: %v", err)
	}
	return strings.TrimSpace(string(out))
}

// vectorContext is the block of one of go-ethereum's tracer test vectors.
type vectorContext struct {
	Number     math.HexOrDecimal64   `json:"number"`
	Difficulty *math.HexOrDecimal256 `json:"difficulty"`
	Time       math.HexOrDecimal64   `json:"timestamp"`
	GasLimit   math.HexOrDecimal64   `json:"gasLimit"`
	Miner      common.Address        `json:"miner"`
	BaseFee    *math.HexOrDecimal256 `json:"baseFeePerGas"`
}

// tracerVector is one of go-ethereum's prestate tracer test vectors.
type tracerVector struct {
	Genesis      *core.Genesis   `json:"genesis"`
	Context      *vectorContext  `json:"context"`
	Input        string          `json:"input"`
	TracerConfig json.RawMessage `json:"tracerConfig"`
	Result       json.RawMessage `json:"result"`
}

func (v *tracerVector) run(t *testing.T) *traceRun {
	t.Helper()
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(common.FromHex(v.Input)); err != nil {
		t.Fatal(err)
	}
	cfg := v.Genesis.Config
	bctx := vm.BlockContext{
		CanTransfer: core.CanTransfer,
		Transfer:    core.Transfer,
		GetHash:     func(uint64) common.Hash { return common.Hash{} },
		Coinbase:    v.Context.Miner,
		BlockNumber: new(big.Int).SetUint64(uint64(v.Context.Number)),
		Time:        uint64(v.Context.Time),
		Difficulty:  (*big.Int)(v.Context.Difficulty),
		GasLimit:    uint64(v.Context.GasLimit),
	}
	if bctx.Difficulty == nil {
		bctx.Difficulty = new(big.Int)
	}
	if cfg.IsLondon(bctx.BlockNumber) {
		bctx.BaseFee = (*big.Int)(v.Context.BaseFee)
	}
	if ttd := cfg.TerminalTotalDifficulty; ttd != nil && ttd.Sign() == 0 {
		mix := v.Genesis.Mixhash
		bctx.Random = &mix
	}
	if v.Genesis.ExcessBlobGas != nil && cfg.IsCancun(bctx.BlockNumber, bctx.Time) {
		bctx.BlobBaseFee = eip4844.CalcBlobFee(cfg, &types.Header{Number: bctx.BlockNumber, Time: bctx.Time, ExcessBlobGas: v.Genesis.ExcessBlobGas})
	}
	return &traceRun{alloc: v.Genesis.Alloc, chain: cfg, bctx: bctx, tx: tx, config: string(v.TracerConfig)}
}

// TestPrestateGethVectors runs go-ethereum's own prestate tracer test
// vectors (read from its module directory, not copied): taoevm's tracer
// must give the recorded result when run as go-ethereum's tests run it, and
// exactly go-ethereum's tracer's output, under every config, when run as
// the debug API runs it.
func TestPrestateGethVectors(t *testing.T) {
	root := filepath.Join(gethDir(t), "eth", "tracers", "internal", "tracetest", "testdata")
	var n int
	for _, dir := range []string{"prestate_tracer", "prestate_tracer_with_diff_mode"} {
		files, err := filepath.Glob(filepath.Join(root, dir, "*.json"))
		if err != nil || len(files) == 0 {
			t.Fatalf("no vectors in %s: %v", dir, err)
		}
		for _, file := range files {
			t.Run(dir+"/"+filepath.Base(file), func(t *testing.T) {
				blob, err := os.ReadFile(file)
				if err != nil {
					t.Fatal(err)
				}
				var v tracerVector
				if err := json.Unmarshal(blob, &v); err != nil {
					t.Fatal(err)
				}
				r := v.run(t)
				if len(r.config) == 0 {
					r.config = `{}`
				}
				// Re-encoded through a generic value the recorded result has
				// its keys sorted, as Go encodes the tracer's maps.
				var generic interface{}
				dec := json.NewDecoder(bytes.NewReader(v.Result))
				dec.UseNumber()
				if err := dec.Decode(&generic); err != nil {
					t.Fatal(err)
				}
				want, err := json.Marshal(generic)
				if err != nil {
					t.Fatal(err)
				}
				if got := r.plain(t); got != string(want) {
					t.Fatalf("recorded result differs\n have: %s\n want: %s", got, want)
				}
				for _, cfg := range append([]string{r.config}, prestateConfigs...) {
					rc := *r
					rc.config = cfg
					assertParity(t, &rc)
				}
			})
			n++
		}
	}
	t.Logf("%d vectors", n)
}

// TestPrestateParityRPC traces every transaction of the test chain, and a
// call through the native precompile stand-in, over JSON-RPC with taoevm's
// tracer ("prestateTracer") and go-ethereum's under every config: the
// results must be identical, since none of them changes state natively.
func TestPrestateParityRPC(t *testing.T) {
	e := newRPCEnv(t)
	var traced int
	for _, block := range e.blocks {
		for _, tx := range block.Transactions() {
			for _, cfg := range prestateConfigs {
				ours := e.mustCall(t, "debug_traceTransaction", tx.Hash(), tracerCfg(PrestateTracerName, "tracerConfig", json.RawMessage(cfg)))
				geth := e.mustCall(t, "debug_traceTransaction", tx.Hash(), tracerCfg(gethPrestateTracer, "tracerConfig", json.RawMessage(cfg)))
				if len(ours.(map[string]interface{})) == 0 || !reflect.DeepEqual(ours, geth) {
					t.Fatalf("tx %s config %s:\n ours: %v\n geth: %v", tx.Hash(), cfg, ours, geth)
				}
				traced++
			}
		}
		if block.NumberU64() == 0 {
			continue
		}
		ours := e.mustCall(t, "debug_traceBlockByNumber", hexU(block.NumberU64()), tracerCfg(PrestateTracerName, "tracerConfig", callArgs("diffMode", true)))
		geth := e.mustCall(t, "debug_traceBlockByNumber", hexU(block.NumberU64()), tracerCfg(gethPrestateTracer, "tracerConfig", callArgs("diffMode", true)))
		if !reflect.DeepEqual(ours, geth) {
			t.Fatalf("block %d:\n ours: %v\n geth: %v", block.NumberU64(), ours, geth)
		}
	}
	if traced < 6*len(prestateConfigs) {
		t.Fatalf("traced only %d transactions", traced)
	}
	call := callArgs("from", addr1, "to", contract, "data", "0x07")
	for _, cfg := range prestateConfigs {
		ours := e.mustCall(t, "debug_traceCall", call, "latest", tracerCfg(PrestateTracerName, "tracerConfig", json.RawMessage(cfg)))
		geth := e.mustCall(t, "debug_traceCall", call, "latest", tracerCfg(gethPrestateTracer, "tracerConfig", json.RawMessage(cfg)))
		if !reflect.DeepEqual(ours, geth) {
			t.Fatalf("call config %s:\n ours: %v\n geth: %v", cfg, ours, geth)
		}
	}
	// go-ethereum's option check is kept.
	_, err := e.call(t, "debug_traceTransaction", e.transferTx.Hash(), tracerCfg(PrestateTracerName, "tracerConfig", callArgs("diffMode", true, "includeEmpty", true)))
	wantRPCError(t, err, -32000, ErrPrestateDiffWithEmpty.Error())
}

// Addresses of the fuzzed contract's world.
var (
	fuzzTarget = common.HexToAddress("0x00000000000000000000000000000000000c0de0")
	fuzzLib    = common.HexToAddress("0x000000000000000000000000000000000000d0d0")
	fuzzSuicid = common.HexToAddress("0x000000000000000000000000000000000000d1d1")
	fuzzHolder = common.HexToAddress("0x000000000000000000000000000000000000e0e0")
)

// FuzzPrestateParity runs arbitrary code as the callee of a transaction
// (with storage, a library that writes storage, a contract that
// self-destructs and a funded account around it) and requires taoevm's
// tracer to give exactly go-ethereum's output under every config.
func FuzzPrestateParity(f *testing.F) {
	for _, seed := range []string{
		"600560005560015400",                   // SSTORE slot 0, SLOAD slot 1
		"6000600060006000600161dead5af100",     // CALL 1 wei to a fresh account
		"61beefff",                             // SELFDESTRUCT to a fresh account
		"6361beefff6000526004601c6000f000",     // CREATE whose init code self-destructs
		"6361beefff60005260076004601c6000f500", // CREATE2 of the same
		"600960005560006000fd",                 // SSTORE then REVERT
		"61abcd315061d0d03f00",                 // BALANCE of a fresh account, EXTCODEHASH of the library
		"600060006000600061d0d05af400",         // DELEGATECALL the library (writes slot 1 here)
		"6000600060006000600061d1d15af100",     // CALL a contract that self-destructs
		"600060006000600061e0e05afa00",         // STATICCALL a funded account
	} {
		f.Add(common.FromHex(seed), []byte{}, uint16(3))
	}
	f.Fuzz(func(t *testing.T, code, input []byte, value uint16) {
		if len(code) > 2048 || len(input) > 256 {
			return
		}
		chain := params.MergedTestChainConfig
		alloc := types.GenesisAlloc{
			addr1: {Balance: new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether))},
			fuzzTarget: {Code: code, Balance: big.NewInt(params.Ether), Nonce: 1, Storage: map[common.Hash]common.Hash{
				{}: common.BigToHash(big.NewInt(1)), common.BigToHash(big.NewInt(1)): common.BigToHash(big.NewInt(2)),
			}},
			fuzzLib:    {Code: common.FromHex("600160015500"), Nonce: 1},
			fuzzSuicid: {Code: common.FromHex("33ff"), Balance: big.NewInt(7), Nonce: 1},
			fuzzHolder: {Balance: big.NewInt(9)},
		}
		signer := types.LatestSigner(chain)
		tx := mustSign(signer, key1, &types.DynamicFeeTx{
			ChainID: chain.ChainID, Nonce: 0, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(10),
			Gas: 1_000_000, To: &fuzzTarget, Value: big.NewInt(int64(value)), Data: input,
		})
		random := common.Hash{7}
		bctx := vm.BlockContext{
			CanTransfer: core.CanTransfer,
			Transfer:    core.Transfer,
			GetHash:     func(uint64) common.Hash { return common.Hash{} },
			Coinbase:    common.HexToAddress("0xc0ffeec0ffeec0ffeec0ffeec0ffeec0ffeec0ff"),
			BlockNumber: big.NewInt(1),
			Time:        12,
			Difficulty:  new(big.Int),
			GasLimit:    30_000_000,
			BaseFee:     big.NewInt(7),
			BlobBaseFee: big.NewInt(1),
			Random:      &random,
		}
		for _, cfg := range prestateConfigs {
			assertParity(t, &traceRun{alloc: alloc, chain: chain, bctx: bctx, tx: tx, config: cfg})
		}
	})
}
