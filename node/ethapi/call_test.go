package ethapi

import (
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// callArgs builds a JSON transaction object.
func callArgs(kv ...interface{}) map[string]interface{} {
	m := make(map[string]interface{})
	for i := 0; i < len(kv); i += 2 {
		m[kv[i].(string)] = kv[i+1]
	}
	return m
}

var (
	otherAddr = common.HexToAddress("0x000000000000000000000000000000000000beef")
	poorAddr  = common.HexToAddress("0x00000000000000000000000000000000000000aa")
)

// blockInfoCode returns NUMBER, TIMESTAMP, COINBASE, PREVRANDAO and GASLIMIT
// as five words.
func blockInfoCode() []byte {
	a := newAssembler()
	for i, op := range []vm.OpCode{vm.NUMBER, vm.TIMESTAMP, vm.COINBASE, vm.PREVRANDAO, vm.GASLIMIT} {
		a.op(op).pushInt(uint64(32 * i)).op(vm.MSTORE)
	}
	return a.pushInt(160).pushInt(0).op(vm.RETURN).bytes()
}

// proxyCode STATICCALLs target with empty calldata and returns 32 bytes.
func proxyCode(target common.Address) []byte {
	a := newAssembler()
	a.pushInt(32).pushInt(0).pushInt(0).pushInt(0).push(target.Bytes()).op(vm.GAS, vm.STATICCALL, vm.POP)
	return a.pushInt(32).pushInt(0).op(vm.RETURN).bytes()
}

func word(v int64) string { return common.BigToHash(big.NewInt(v)).Hex() }

func TestCall(t *testing.T) {
	e := newRPCEnv(t)
	native := hexutil.Encode(append([]byte("taoevm:"), 0xab, 0xcd))
	tests := []struct {
		name string
		args map[string]interface{}
		sel  interface{}
		so   interface{}
		bo   interface{}
		want string
	}{
		{"getter latest", callArgs("to", contract), "latest", nil, nil, word(9)},
		{"getter block 1", callArgs("to", contract), "0x1", nil, nil, word(5)},
		{"getter eip1898", callArgs("to", contract), map[string]interface{}{"blockHash": e.blocks[0].Hash()}, nil, nil, word(5)},
		{"getter pending", callArgs("to", contract, "from", addr1), "pending", nil, nil, word(9)},
		{"data field", callArgs("to", contract, "data", "0x00"), "latest", nil, nil, word(9)},
		{"nested staticcall", callArgs("to", contract, "input", "0x06"), "latest", nil, nil, word(9)},
		{"native precompile direct", callArgs("to", nativeAddr, "input", "0xabcd"), "latest", nil, nil, native},
		{"native precompile from contract", callArgs("to", contract, "input", "0x07"), "latest", nil, nil, hexutil.Encode([]byte("taoevm:"))},
		{"funded call with fees", callArgs("from", addr1, "to", contract, "maxFeePerGas", "0x174876e800", "maxPriorityFeePerGas", "0x1"), "latest", nil, nil, word(9)},
		{"legacy gas price", callArgs("from", addr1, "to", contract, "gasPrice", "0x174876e800"), "latest", nil, nil, word(9)},
		{"gas above cap is capped", callArgs("to", contract, "gas", "0xffffffffff"), "latest", nil, nil, word(9)},
		{"state override", callArgs("to", contract), "latest",
			map[string]interface{}{contract.Hex(): map[string]interface{}{"state": map[string]interface{}{common.Hash{}.Hex(): word(42)}}}, nil, word(42)},
		{"state replaces storage", callArgs("to", contract), "latest",
			map[string]interface{}{contract.Hex(): map[string]interface{}{"state": map[string]interface{}{common.Hash{31: 1}.Hex(): word(1)}}}, nil, word(0)},
		{"stateDiff keeps storage", callArgs("to", contract), "latest",
			map[string]interface{}{contract.Hex(): map[string]interface{}{"stateDiff": map[string]interface{}{common.Hash{31: 1}.Hex(): word(1)}}}, nil, word(9)},
		{"code override", callArgs("to", otherAddr), "latest",
			map[string]interface{}{otherAddr.Hex(): map[string]interface{}{"code": hexutil.Encode(contractCode), "state": map[string]interface{}{common.Hash{}.Hex(): word(3)}}}, nil, word(3)},
		{"code on precompile address", callArgs("to", nativeAddr), "latest",
			map[string]interface{}{nativeAddr.Hex(): map[string]interface{}{"code": hexutil.Encode(contractCode)}}, nil, word(0)},
		{"move precompile", callArgs("to", otherAddr, "input", "0xabcd"), "latest",
			map[string]interface{}{identityAddr.Hex(): map[string]interface{}{"movePrecompileToAddress": otherAddr}}, nil, "0xabcd"},
		{"precompile address runs its account code once moved away", callArgs("to", identityAddr, "input", "0xabcd"), "latest",
			map[string]interface{}{identityAddr.Hex(): map[string]interface{}{"movePrecompileToAddress": otherAddr}}, nil, "0x"},
		{"block overrides", callArgs("to", otherAddr), "latest",
			map[string]interface{}{otherAddr.Hex(): map[string]interface{}{"code": hexutil.Encode(blockInfoCode())}},
			map[string]interface{}{"number": "0x64", "time": "0x3e8", "feeRecipient": otherAddr, "prevRandao": word(77), "gasLimit": "0x1234"},
			"0x" + strings.TrimPrefix(word(100), "0x") + strings.TrimPrefix(word(1000), "0x") +
				strings.TrimPrefix(common.BytesToHash(otherAddr.Bytes()).Hex(), "0x") + strings.TrimPrefix(word(77), "0x") + strings.TrimPrefix(word(0x1234), "0x")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := e.mustCall(t, "eth_call", tt.args, tt.sel, tt.so, tt.bo)
			if got != tt.want {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// identityAddr is go-ethereum's identity precompile, which may be moved.
var identityAddr = common.BytesToAddress([]byte{4})

func TestCallErrors(t *testing.T) {
	e := newRPCEnv(t)
	tests := []struct {
		name string
		args map[string]interface{}
		so   interface{}
		bo   interface{}
		code int
		msg  string
		data interface{}
	}{
		{"custom error", callArgs("to", contract, "input", "0x01"), nil, nil,
			ErrCodeReverted, "execution reverted", hexutil.Encode(customRevertData())},
		{"reason string", callArgs("to", contract, "input", "0x02"), nil, nil,
			ErrCodeReverted, "execution reverted: not allowed", hexutil.Encode(reasonRevertData())},
		{"invalid opcode", callArgs("to", contract, "input", "0x05"), nil, nil, ErrCodeDefault, "invalid opcode: INVALID", nil},
		{"out of gas", callArgs("to", contract, "input", "0x04"), nil, nil, ErrCodeDefault, vm.ErrOutOfGas.Error(), nil},
		{"native precompile cannot be moved", callArgs("to", nativeAddr), map[string]interface{}{
			nativeAddr.Hex(): map[string]interface{}{"movePrecompileToAddress": otherAddr}}, nil, ErrCodeDefault,
			"native precompile " + nativeAddr.Hex() + " cannot be moved", nil},
		{"move non-precompile", callArgs("to", contract), map[string]interface{}{
			contract.Hex(): map[string]interface{}{"movePrecompileToAddress": otherAddr}}, nil, ErrCodeDefault,
			"account " + contract.Hex() + " is not a precompile", nil},
		{"move onto overridden", callArgs("to", contract), map[string]interface{}{
			identityAddr.Hex(): map[string]interface{}{"movePrecompileToAddress": contract},
			contract.Hex():     map[string]interface{}{"balance": "0x1"}}, nil, ErrCodeDefault,
			"account " + contract.Hex() + " is already overridden", nil},
		{"state and stateDiff", callArgs("to", contract), map[string]interface{}{
			contract.Hex(): map[string]interface{}{"state": map[string]interface{}{}, "stateDiff": map[string]interface{}{}}}, nil, ErrCodeDefault,
			"account " + contract.Hex() + " has both 'state' and 'stateDiff'", nil},
		{"beacon root override", callArgs("to", contract), nil, map[string]interface{}{"beaconRoot": word(1)}, ErrCodeDefault,
			`block override "beaconRoot" is not supported for this RPC method`, nil},
		{"mixed fee styles", callArgs("to", contract, "gasPrice", "0x1", "maxFeePerGas", "0x1"), nil, nil, ErrCodeDefault,
			"both gasPrice and (maxFeePerGas or maxPriorityFeePerGas) specified", nil},
		{"wrong chain id", callArgs("to", contract, "chainId", "0x1"), nil, nil, ErrCodeDefault,
			"chainId does not match node's (have=1, want=31337)", nil},
		{"blob fee cap without hashes", callArgs("to", contract, "maxFeePerBlobGas", "0x1"), nil, nil, ErrCodeDefault,
			"maxFeePerBlobGas specified without blobVersionedHashes", nil},
		{"bad quantity", callArgs("to", contract, "gas", "zz"), nil, nil, ErrCodeInvalidParams, "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := e.call(t, "eth_call", tt.args, "latest", tt.so, tt.bo)
			wantRPCError(t, err, tt.code, tt.msg)
			if got := errData(err); got != tt.data {
				t.Fatalf("error data %v, want %v", got, tt.data)
			}
		})
	}

	// Unfunded sender paying a gas price: the call cannot buy its gas.
	_, err := e.call(t, "eth_call", callArgs("from", poorAddr, "to", contract, "gasPrice", "0x3b9aca00", "gas", "0x10000"), "latest")
	wantRPCError(t, err, ErrCodeDefault, "")
	if !strings.Contains(err.Error(), core.ErrInsufficientFunds.Error()) {
		t.Fatalf("unfunded call: %v", err)
	}
}

func TestCallTimeout(t *testing.T) {
	e := newRPCEnv(t)
	e.backend.gasCap = 0 // no cap: the loop only ends by timeout
	e.backend.evmTO = 100 * time.Millisecond
	_, err := e.call(t, "eth_call", callArgs("to", contract, "input", "0x04"), "latest")
	wantRPCError(t, err, ErrCodeDefault, "execution aborted (timeout = 100ms)")

	// The same through the Go API, to check the sentinel.
	api := NewBlockChainAPI(e.backend)
	to, input := contract, hexutil.Bytes{0x04}
	latest := rpc.BlockNumberOrHashWithNumber(rpc.LatestBlockNumber)
	if _, err := api.Call(t.Context(), TransactionArgs{To: &to, Input: &input}, &latest, nil, nil); !errors.Is(err, ErrExecutionAborted) {
		t.Fatalf("err %v, want ErrExecutionAborted", err)
	}
}

func TestRevertErrorGoAPI(t *testing.T) {
	e := newRPCEnv(t)
	api := NewBlockChainAPI(e.backend)
	to, input := contract, hexutil.Bytes{0x01}
	_, err := api.Call(t.Context(), TransactionArgs{To: &to, Input: &input}, nil, nil, nil)
	var rerr *RevertError
	if !errors.As(err, &rerr) || !errors.Is(err, vm.ErrExecutionReverted) {
		t.Fatalf("err %v, want a RevertError", err)
	}
	if string(rerr.Data()) != string(customRevertData()) {
		t.Fatalf("revert data %x", rerr.Data())
	}
}

func TestEstimateGas(t *testing.T) {
	e := newRPCEnv(t)
	gasOf := func(t *testing.T, args map[string]interface{}, so interface{}) uint64 {
		t.Helper()
		v, err := hexutil.DecodeUint64(e.mustCall(t, "eth_estimateGas", args, "latest", so).(string))
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	t.Run("plain transfer", func(t *testing.T) {
		if g := gasOf(t, callArgs("from", addr1, "to", addr2, "value", "0x1"), nil); g != params.TxGas {
			t.Fatalf("estimate %d, want %d", g, params.TxGas)
		}
	})
	// The estimate must be enough and within the search's 1.5% tolerance of
	// the minimum: 2% less must fail.
	for _, c := range []struct {
		name string
		args map[string]interface{}
		so   interface{}
	}{
		{"storage write", callArgs("from", addr1, "to", contract, "input", hexutil.Encode(storeCall(11))), nil},
		{"storage clear with refund", callArgs("from", addr1, "to", contract, "input", "0x03"), nil},
		{"native precompile", callArgs("from", addr1, "to", nativeAddr, "input", "0xabcd"), nil},
		{"deployment", callArgs("from", addr1, "input", hexutil.Encode(deployer(contractCode))), nil},
		{"fee-paying sender", callArgs("from", addr1, "to", contract, "input", hexutil.Encode(storeCall(11)), "maxFeePerGas", "0x174876e800"), nil},
		{"unfunded sender with balance override", callArgs("from", poorAddr, "to", contract, "input", hexutil.Encode(storeCall(11)), "gasPrice", "0x3b9aca00"),
			map[string]interface{}{poorAddr.Hex(): map[string]interface{}{"balance": "0xde0b6b3a7640000"}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			est := gasOf(t, c.args, c.so)
			if est <= params.TxGas {
				t.Fatalf("estimate %d", est)
			}
			withGas := func(g uint64) map[string]interface{} {
				m := make(map[string]interface{})
				for k, v := range c.args {
					m[k] = v
				}
				m["gas"] = hexU(g)
				return m
			}
			if _, err := e.call(t, "eth_call", withGas(est), "latest", c.so); err != nil {
				t.Fatalf("call with the estimate %d failed: %v", est, err)
			}
			if _, err := e.call(t, "eth_call", withGas(est*98/100), "latest", c.so); err == nil {
				t.Fatalf("call with 98%% of the estimate %d succeeded: estimate not tight", est)
			}
		})
	}
	t.Run("gas limit given caps the search", func(t *testing.T) {
		_, err := e.call(t, "eth_estimateGas", callArgs("from", addr1, "to", contract, "input", hexutil.Encode(storeCall(11)), "gas", "0x5274"), "latest")
		wantRPCError(t, err, ErrCodeDefault, "gas required exceeds allowance (21108)")
	})

	errTests := []struct {
		name string
		args map[string]interface{}
		so   interface{}
		code int
		msg  string
		data interface{}
	}{
		{"custom error revert", callArgs("from", addr1, "to", contract, "input", "0x01"), nil, ErrCodeReverted, "execution reverted", hexutil.Encode(customRevertData())},
		{"reason revert", callArgs("from", addr1, "to", contract, "input", "0x02"), nil, ErrCodeReverted, "execution reverted: not allowed", hexutil.Encode(reasonRevertData())},
		{"out of gas", callArgs("from", addr1, "to", contract, "input", "0x04"), nil, ErrCodeDefault, "gas required exceeds allowance (16777216)", nil},
		{"invalid opcode", callArgs("from", addr1, "to", contract, "input", "0x05"), nil, ErrCodeDefault, "invalid opcode: INVALID", nil},
		{"insufficient funds for value", callArgs("from", addr1, "to", addr2, "value", hexBig(new(big.Int).Mul(funds, big.NewInt(2))), "gasPrice", "0x3b9aca00"), nil,
			ErrCodeDefault, core.ErrInsufficientFundsForTransfer.Error(), nil},
		{"empty sender", callArgs("from", poorAddr, "to", contract, "gasPrice", "0x3b9aca00"), nil,
			ErrCodeDefault, core.ErrInsufficientFundsForTransfer.Error(), nil},
		{"sender cannot pay any gas", callArgs("from", poorAddr, "to", contract, "gasPrice", "0x3b9aca00"),
			map[string]interface{}{poorAddr.Hex(): map[string]interface{}{"balance": "0x1"}},
			ErrCodeDefault, "gas required exceeds allowance (0)", nil},
		{"override error", callArgs("from", addr1, "to", contract), map[string]interface{}{
			contract.Hex(): map[string]interface{}{"movePrecompileToAddress": otherAddr}}, ErrCodeDefault,
			"account " + contract.Hex() + " is not a precompile", nil},
	}
	for _, tt := range errTests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := e.call(t, "eth_estimateGas", tt.args, "latest", tt.so)
			wantRPCError(t, err, tt.code, tt.msg)
			if got := errData(err); got != tt.data {
				t.Fatalf("error data %v, want %v", got, tt.data)
			}
		})
	}
	if params.MaxTxGas != 16777216 {
		t.Fatalf("EIP-7825 cap changed to %d: update the out-of-gas case", params.MaxTxGas)
	}

	t.Run("sentinel", func(t *testing.T) {
		api := NewBlockChainAPI(e.backend)
		from, to, input := addr1, contract, hexutil.Bytes{0x04}
		_, err := api.EstimateGas(t.Context(), TransactionArgs{From: &from, To: &to, Input: &input}, nil, nil, nil)
		if !errors.Is(err, ErrGasRequiredExceedsAllowance) {
			t.Fatalf("err %v", err)
		}
	})
	t.Run("block override", func(t *testing.T) {
		// A block gas limit override lowers the search's upper bound when the
		// request gives no gas limit.
		_, err := e.call(t, "eth_estimateGas", callArgs("from", addr1, "to", contract, "input", "0x04"), "latest", nil, map[string]interface{}{"gasLimit": "0x186a0"})
		wantRPCError(t, err, ErrCodeDefault, "gas required exceeds allowance (100000)")
	})
}

func TestCreateAccessList(t *testing.T) {
	e := newRPCEnv(t)
	so := map[string]interface{}{otherAddr.Hex(): map[string]interface{}{"code": hexutil.Encode(proxyCode(contract))}}
	var res AccessListResult
	if err := e.callInto(t, &res, "eth_createAccessList", callArgs("from", addr1, "to", otherAddr), "latest", so); err != nil {
		t.Fatal(err)
	}
	al := *res.Accesslist
	if res.Error != "" || len(al) != 1 || al[0].Address != contract || len(al[0].StorageKeys) != 1 || al[0].StorageKeys[0] != (common.Hash{}) {
		t.Fatalf("access list result %+v", res)
	}
	if res.GasUsed <= hexutil.Uint64(params.TxGas) {
		t.Fatalf("gas used %d", res.GasUsed)
	}
	// Sender, recipient and precompiles are never listed; a failure is
	// reported in the result.
	var rev AccessListResult
	if err := e.callInto(t, &rev, "eth_createAccessList", callArgs("from", addr1, "to", contract, "input", "0x07"), "latest"); err != nil {
		t.Fatal(err)
	}
	if len(*rev.Accesslist) != 0 || rev.Error != "" {
		t.Fatalf("precompile call access list %+v", rev)
	}
	if err := e.callInto(t, &rev, "eth_createAccessList", callArgs("from", addr1, "to", contract, "input", "0x02"), "latest"); err != nil {
		t.Fatal(err)
	}
	if rev.Error != vm.ErrExecutionReverted.Error() {
		t.Fatalf("revert reported as %q", rev.Error)
	}
}

func TestStateOverrideApply(t *testing.T) {
	nonce, bal := hexutil.Uint64(5), (*hexutil.Big)(big.NewInt(1234))
	code := hexutil.Bytes{0x60, 0x00}
	tests := []struct {
		name  string
		ov    StateOverride
		check func(*state.StateDB) bool
		err   bool
	}{
		{"nonce", StateOverride{addr1: {Nonce: &nonce}}, func(s *state.StateDB) bool { return s.GetNonce(addr1) == 5 }, false},
		{"balance", StateOverride{addr1: {Balance: bal}}, func(s *state.StateDB) bool { return s.GetBalance(addr1).Uint64() == 1234 }, false},
		{"code", StateOverride{addr1: {Code: &code}}, func(s *state.StateDB) bool { return string(s.GetCode(addr1)) == string(code) }, false},
		{"stateDiff", StateOverride{addr1: {StateDiff: map[common.Hash]common.Hash{{1}: {2}}}}, func(s *state.StateDB) bool {
			return s.GetState(addr1, common.Hash{1}) == common.Hash{2}
		}, false},
		{"both storage kinds", StateOverride{addr1: {State: map[common.Hash]common.Hash{}, StateDiff: map[common.Hash]common.Hash{}}}, nil, true},
		{"balance overflow", StateOverride{addr1: {Balance: (*hexutil.Big)(new(big.Int).Lsh(big.NewInt(1), 256))}}, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, _ := state.New(common.Hash{}, state.NewDatabaseForTesting())
			err := tt.ov.applyState(st)
			if tt.err {
				if !errors.Is(err, ErrOverride) {
					t.Fatalf("err %v, want ErrOverride", err)
				}
				return
			}
			if err != nil || !tt.check(st) {
				t.Fatalf("override not applied (err %v)", err)
			}
		})
	}
}
