// Package precompiletest runs native precompiles in a real EVM over a real
// in-memory state.StateDB, for the tests of the framework and of every
// module:
//
//	c := precompiletest.New(t, staking.Definition())
//	c.Fund(alice, precompiletest.TAO(10))
//	res := c.Tx(alice, &staking.Address, input, value)
//
// Tx runs a whole transaction (core.ApplyMessage: intrinsic gas, access-list
// preparation, refunds); Call runs one message frame directly.
package precompiletest

import (
	"math"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/triedb"
	"github.com/holiman/uint256"

	"github.com/taoevm/taoevm/precompiles/precompile"
)

// PrecompileCode is the code given to every native precompile account.
var PrecompileCode = []byte{byte(vm.INVALID)}

// TAO returns n TAO in wei.
func TAO(n uint64) *uint256.Int {
	v := uint256.NewInt(n)
	return v.Mul(v, uint256.NewInt(1e18))
}

// Chain is a single in-memory state with the modules under test installed.
type Chain struct {
	T      testing.TB               // the test it reports to
	State  *state.StateDB           // the state every call runs on
	Config *params.ChainConfig      // the chain configuration (Osaka rules)
	Defs   []*precompile.Definition // the modules installed
	// Number and Time of the block every call runs in.
	Number, Time uint64
	// GasLimit of Call and Tx.
	GasLimit uint64
	// NoWarm builds EVMs whose StateDB does not warm the modules' addresses
	// in Prepare (to measure the cold price in tests).
	NoWarm bool
	// Tracer, if set, runs every EVM with these hooks over a hooked StateDB,
	// as the node's debug_trace* methods do.
	Tracer *tracing.Hooks

	txs uint64 // transactions run by Tx, for distinct log keys
}

// New returns a chain at Osaka rules whose state holds each module's
// account with nonce 1 and code 0xFE, as genesis creates them.
func New(t testing.TB, defs ...*precompile.Definition) *Chain {
	t.Helper()
	db := state.NewDatabase(triedb.NewDatabase(rawdb.NewMemoryDatabase(), nil), nil)
	st, err := state.New(types.EmptyRootHash, db)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range defs {
		st.SetNonce(d.Address(), 1, tracing.NonceChangeGenesis)
		st.SetCode(d.Address(), PrecompileCode, tracing.CodeChangeGenesis)
	}
	c := &Chain{T: t, State: st, Config: params.MergedTestChainConfig, Defs: defs, Number: 1, Time: 12, GasLimit: 16_000_000}
	st.Finalise(c.Rules())
	return c
}

// Rules are the fork rules of the chain's block.
func (c *Chain) Rules() params.Rules {
	return c.Config.Rules(new(big.Int).SetUint64(c.Number), true, c.Time)
}

// BlockContext is the context every EVM of the chain runs in.
func (c *Chain) BlockContext() vm.BlockContext {
	random := common.Hash{1}
	return vm.BlockContext{
		CanTransfer: core.CanTransfer,
		Transfer:    core.Transfer,
		GetHash:     func(uint64) common.Hash { return common.Hash{} },
		Coinbase:    common.Address{0xc0},
		BlockNumber: new(big.Int).SetUint64(c.Number),
		Time:        c.Time,
		Difficulty:  new(big.Int),
		BaseFee:     new(big.Int),
		BlobBaseFee: new(big.Int),
		GasLimit:    c.GasLimit,
		Random:      &random,
	}
}

// EVM builds an EVM with the chain's modules, as the node does.
func (c *Chain) EVM() *vm.EVM {
	var db vm.StateDB = c.State
	cfg := vm.Config{}
	if c.Tracer != nil {
		db = state.NewHookedState(c.State, c.Tracer)
		cfg.Tracer = c.Tracer
	}
	if c.NoWarm {
		evm := vm.NewEVM(c.BlockContext(), db, c.Config, cfg)
		precompile.Install(evm, c.Defs...)
		return evm
	}
	return precompile.NewEVM(c.BlockContext(), db, c.Config, cfg, c.Defs...)
}

// Fund adds wei to an account.
func (c *Chain) Fund(addr common.Address, wei *uint256.Int) {
	c.State.AddBalance(addr, wei, tracing.BalanceChangeUnspecified)
}

// Balance returns an account's balance in wei.
func (c *Chain) Balance(addr common.Address) *uint256.Int {
	return c.State.GetBalance(addr)
}

// Result is the outcome of a Call or Tx.
type Result struct {
	Ret     []byte       // the return or revert data
	Err     error        // vm.ErrExecutionReverted for a revert
	GasUsed uint64       // gas used (of the frame for Call, of the transaction for Tx)
	Logs    []*types.Log // the logs emitted
}

// Deploy runs creation code (with constructor arguments appended) from
// `from` and returns the new contract's address.
func (c *Chain) Deploy(from common.Address, code []byte) common.Address {
	c.T.Helper()
	evm := c.EVM()
	evm.SetTxContext(vm.TxContext{Origin: from, GasPrice: new(uint256.Int)})
	_, addr, _, err := evm.Create(from, code, vm.NewGasBudget(c.GasLimit, 0), new(uint256.Int))
	if err != nil {
		c.T.Fatalf("deploy: %v", err)
	}
	c.State.Finalise(c.Rules())
	return addr
}

// Call runs one message frame from `from` to `to` with the given gas,
// without intrinsic gas or access-list preparation, and returns the gas the
// frame used.
func (c *Chain) Call(from, to common.Address, input []byte, value *uint256.Int, gas uint64) Result {
	c.T.Helper()
	if value == nil {
		value = new(uint256.Int)
	}
	evm := c.EVM()
	evm.SetTxContext(vm.TxContext{Origin: from, GasPrice: new(uint256.Int)})
	c.State.SetTxContext(common.Hash{}, 0, 0)
	before := len(c.State.Logs())
	ret, left, err := evm.Call(from, to, input, vm.NewGasBudget(gas, 0), value)
	logs := c.State.Logs()[before:]
	c.State.Finalise(c.Rules())
	return Result{Ret: ret, Err: err, GasUsed: gas - left.ExecutionGas, Logs: logs}
}

// Tx runs a whole transaction with zero gas price (core.ApplyMessage). A
// nil `to` creates a contract.
func (c *Chain) Tx(from common.Address, to *common.Address, input []byte, value *uint256.Int) Result {
	c.T.Helper()
	if value == nil {
		value = new(uint256.Int)
	}
	msg := &core.Message{
		From:      from,
		To:        to,
		Nonce:     c.State.GetNonce(from),
		Value:     value,
		GasLimit:  c.GasLimit,
		GasPrice:  new(uint256.Int),
		GasFeeCap: new(uint256.Int),
		GasTipCap: new(uint256.Int),
		Data:      input,
	}
	evm := c.EVM()
	// Each transaction files its logs under its own hash, so Result.Logs
	// holds this transaction's logs only.
	c.txs++
	txHash := common.BigToHash(new(big.Int).SetUint64(c.txs))
	c.State.SetTxContext(txHash, 0, 0)
	gp := core.NewGasPool(math.MaxUint64)
	res, err := core.ApplyMessage(evm, msg, gp)
	if err != nil {
		c.T.Fatalf("transaction invalid: %v", err)
	}
	logs := c.State.GetLogs(txHash, c.Number, common.Hash{}, c.Time)
	c.State.Finalise(c.Rules())
	return Result{Ret: res.ReturnData, Err: res.Err, GasUsed: res.UsedGas, Logs: logs}
}
