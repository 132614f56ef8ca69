package ethapi

import (
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/rpc"
)

func tracerCfg(name string, kv ...interface{}) map[string]interface{} {
	m := callArgs(kv...)
	m["tracer"] = name
	return m
}

// opsOf lists the opcodes of a struct logger result.
func opsOf(t *testing.T, res map[string]interface{}) []string {
	t.Helper()
	var ops []string
	for _, l := range res["structLogs"].([]interface{}) {
		ops = append(ops, l.(map[string]interface{})["op"].(string))
	}
	return ops
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func TestTraceTransaction(t *testing.T) {
	e := newRPCEnv(t)
	lower := func(a common.Address) string { return strings.ToLower(a.Hex()) }
	storeGas := hexU(e.receipts[0][1].GasUsed)
	failedGas := hexU(e.receipts[1][1].GasUsed)

	t.Run("struct logger", func(t *testing.T) {
		res := e.mustCall(t, "debug_traceTransaction", e.legacyStoreTx.Hash()).(map[string]interface{})
		if res["failed"] != false || res["gas"] != float64(e.receipts[0][1].GasUsed) || res["returnValue"] != "0x" {
			t.Fatalf("result %v", res)
		}
		ops := opsOf(t, res)
		for _, op := range []string{"CALLDATALOAD", "SSTORE", "LOG1", "STOP"} {
			if !contains(ops, op) {
				t.Fatalf("no %s in %v", op, ops)
			}
		}
		first := res["structLogs"].([]interface{})[0].(map[string]interface{})
		if first["pc"] != float64(0) || first["depth"] != float64(1) {
			t.Fatalf("first step %v", first)
		}
		// disableStack and enableMemory reach the logger.
		res = e.mustCall(t, "debug_traceTransaction", e.legacyStoreTx.Hash(), callArgs("disableStack", true, "enableMemory", true)).(map[string]interface{})
		var sawMemory bool
		for _, l := range res["structLogs"].([]interface{}) {
			step := l.(map[string]interface{})
			if _, ok := step["stack"]; ok {
				t.Fatalf("stack present with disableStack: %v", step)
			}
			if _, ok := step["memory"]; ok {
				sawMemory = true
			}
		}
		if !sawMemory {
			t.Fatal("no memory with enableMemory")
		}
	})
	t.Run("struct logger revert", func(t *testing.T) {
		res := e.mustCall(t, "debug_traceTransaction", e.failedTx.Hash()).(map[string]interface{})
		if res["failed"] != true || res["returnValue"] != hexutil.Encode(reasonRevertData()) {
			t.Fatalf("result %v", res)
		}
	})
	t.Run("callTracer", func(t *testing.T) {
		res := e.mustCall(t, "debug_traceTransaction", e.failedTx.Hash(), tracerCfg("callTracer")).(map[string]interface{})
		want := map[string]interface{}{
			"type": "CALL", "from": lower(addr1), "to": lower(contract), "error": vm.ErrExecutionReverted.Error(),
			"revertReason": "not allowed", "output": hexutil.Encode(reasonRevertData()), "gasUsed": failedGas, "input": "0x02",
		}
		for k, v := range want {
			if res[k] != v {
				t.Errorf("%s = %v, want %v", k, res[k], v)
			}
		}
	})
	t.Run("callTracer nested", func(t *testing.T) {
		tx := e.blocks[3].Transactions()[0]
		res := e.mustCall(t, "debug_traceTransaction", tx.Hash(), tracerCfg("callTracer")).(map[string]interface{})
		calls, _ := res["calls"].([]interface{})
		if len(calls) != 1 {
			t.Fatalf("calls %v", res)
		}
		inner := calls[0].(map[string]interface{})
		if inner["type"] != "STATICCALL" || inner["from"] != lower(contract) || inner["to"] != lower(contract) || inner["output"] != word(9) {
			t.Fatalf("inner call %v", inner)
		}
	})
	t.Run("callTracer withLog", func(t *testing.T) {
		res := e.mustCall(t, "debug_traceTransaction", e.legacyStoreTx.Hash(), tracerCfg("callTracer", "tracerConfig", callArgs("withLog", true))).(map[string]interface{})
		logs, _ := res["logs"].([]interface{})
		if len(logs) != 1 || logs[0].(map[string]interface{})["topics"].([]interface{})[0] != logTopic.Hex() || res["gasUsed"] != storeGas {
			t.Fatalf("logs %v", res)
		}
	})
	t.Run("prestateTracer", func(t *testing.T) {
		res := e.mustCall(t, "debug_traceTransaction", e.alStoreTx.Hash(), tracerCfg("prestateTracer")).(map[string]interface{})
		c, ok := res[lower(contract)].(map[string]interface{})
		if !ok {
			t.Fatalf("no contract in prestate %v", res)
		}
		if c["storage"].(map[string]interface{})[common.Hash{}.Hex()] != word(5) || c["code"] != hexutil.Encode(contractCode) {
			t.Fatalf("contract prestate %v", c)
		}
		if _, ok := res[lower(addr2)]; !ok {
			t.Fatalf("sender missing from prestate %v", res)
		}
	})
	t.Run("prestateTracer diff", func(t *testing.T) {
		res := e.mustCall(t, "debug_traceTransaction", e.alStoreTx.Hash(), tracerCfg("prestateTracer", "tracerConfig", callArgs("diffMode", true))).(map[string]interface{})
		pre := res["pre"].(map[string]interface{})[lower(contract)].(map[string]interface{})
		post := res["post"].(map[string]interface{})[lower(contract)].(map[string]interface{})
		if pre["storage"].(map[string]interface{})[common.Hash{}.Hex()] != word(5) || post["storage"].(map[string]interface{})[common.Hash{}.Hex()] != word(9) {
			t.Fatalf("diff pre %v post %v", pre, post)
		}
	})
	t.Run("4byteTracer", func(t *testing.T) {
		res := e.mustCall(t, "debug_traceTransaction", e.legacyStoreTx.Hash(), tracerCfg("4byteTracer")).(map[string]interface{})
		if len(res) != 1 || res["0x03000000-29"] != float64(1) {
			t.Fatalf("4byte %v", res)
		}
	})
	t.Run("javascript tracer", func(t *testing.T) {
		js := "{n: 0, step: function() { this.n++ }, fault: function() {}, result: function() { return this.n }}"
		res := e.mustCall(t, "debug_traceTransaction", e.legacyStoreTx.Hash(), tracerCfg(js))
		plain := e.mustCall(t, "debug_traceTransaction", e.legacyStoreTx.Hash()).(map[string]interface{})
		if res != float64(len(opsOf(t, plain))) {
			t.Fatalf("JS tracer counted %v steps, struct logger %d", res, len(opsOf(t, plain)))
		}
	})
	errTests := []struct {
		name string
		args []interface{}
		msg  string
	}{
		{"unknown transaction", []interface{}{common.Hash{7}}, ErrTxNotFound.Error()},
		{"bad timeout", []interface{}{e.transferTx.Hash(), callArgs("timeout", "soon")}, ""},
		{"bad tracer", []interface{}{e.transferTx.Hash(), tracerCfg("noSuchTracer")}, ""},
	}
	for _, tt := range errTests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := e.call(t, "debug_traceTransaction", tt.args...)
			wantRPCError(t, err, ErrCodeDefault, tt.msg)
		})
	}
}

func TestTraceBlock(t *testing.T) {
	e := newRPCEnv(t)
	b1 := e.blocks[0]
	for _, c := range []struct {
		method string
		sel    interface{}
	}{{"debug_traceBlockByNumber", "0x1"}, {"debug_traceBlockByHash", b1.Hash()}} {
		t.Run(c.method, func(t *testing.T) {
			list := e.mustCall(t, c.method, c.sel, tracerCfg("callTracer")).([]interface{})
			if len(list) != 3 {
				t.Fatalf("%d traces", len(list))
			}
			for i, raw := range list {
				r := raw.(map[string]interface{})
				res := r["result"].(map[string]interface{})
				if r["txHash"] != b1.Transactions()[i].Hash().Hex() || res["gasUsed"] != hexU(e.receipts[0][i].GasUsed) {
					t.Fatalf("trace %d: %v", i, r)
				}
			}
			// The deployment is a CREATE to the new contract's address.
			if res := list[2].(map[string]interface{})["result"].(map[string]interface{}); res["type"] != "CREATE" || res["to"] != strings.ToLower(e.deployed.Hex()) {
				t.Fatalf("deployment trace %v", res)
			}
		})
	}
	// Transactions later in a block see the state earlier ones left: the
	// second transaction of block 2 has the first's storage write.
	list := e.mustCall(t, "debug_traceBlockByNumber", "0x2", tracerCfg("prestateTracer")).([]interface{})
	pre := list[0].(map[string]interface{})["result"].(map[string]interface{})[strings.ToLower(contract.Hex())].(map[string]interface{})
	if pre["storage"].(map[string]interface{})[common.Hash{}.Hex()] != word(5) {
		t.Fatalf("prestate of first tx %v", pre)
	}
	if got := e.mustCall(t, "debug_traceBlockByNumber", "0x3"); len(got.([]interface{})) != 0 {
		t.Fatalf("empty block traces %v", got)
	}
	for _, c := range []struct {
		method string
		sel    interface{}
		msg    string
	}{
		{"debug_traceBlockByNumber", "0x0", ErrGenesisNotTraceable.Error()},
		{"debug_traceBlockByNumber", "0x99", "block #153 not found"},
		{"debug_traceBlockByHash", common.Hash{5}, "block " + common.Hash{5}.Hex() + " not found"},
	} {
		_, err := e.call(t, c.method, c.sel)
		wantRPCError(t, err, ErrCodeDefault, c.msg)
	}
}

func TestTraceCall(t *testing.T) {
	e := newRPCEnv(t)
	call := func(t *testing.T, args map[string]interface{}, sel interface{}, cfg map[string]interface{}) map[string]interface{} {
		t.Helper()
		return e.mustCall(t, "debug_traceCall", args, sel, cfg).(map[string]interface{})
	}
	blockhashCode := newAssembler().pushInt(1).op(vm.NUMBER, vm.SUB, vm.BLOCKHASH).pushInt(0).op(vm.MSTORE).pushInt(32).pushInt(0).op(vm.RETURN).bytes()
	tests := []struct {
		name string
		args map[string]interface{}
		sel  interface{}
		cfg  map[string]interface{}
		want string // callTracer output
	}{
		{"latest", callArgs("to", contract), "latest", tracerCfg("callTracer"), word(9)},
		{"by hash", callArgs("to", contract), e.blocks[0].Hash(), tracerCfg("callTracer"), word(5)},
		{"before tx 0 of block 2", callArgs("to", contract), "0x2", tracerCfg("callTracer", "txIndex", "0x0"), word(5)},
		{"before tx 1 of block 2", callArgs("to", contract), "0x2", tracerCfg("callTracer", "txIndex", "0x1"), word(9)},
		{"native precompile", callArgs("to", nativeAddr, "input", "0x01"), "latest", tracerCfg("callTracer"), hexutil.Encode([]byte("taoevm:\x01"))},
		{"state override", callArgs("to", contract), "latest", tracerCfg("callTracer", "stateOverrides",
			map[string]interface{}{contract.Hex(): map[string]interface{}{"stateDiff": map[string]interface{}{common.Hash{}.Hex(): word(77)}}}), word(77)},
		{"moved precompile", callArgs("to", otherAddr, "input", "0x01"), "latest", tracerCfg("callTracer", "stateOverrides",
			map[string]interface{}{identityAddr.Hex(): map[string]interface{}{"movePrecompileToAddress": otherAddr}}), "0x01"},
		{"next block sees its parent's hash", callArgs("to", otherAddr), "latest", tracerCfg("callTracer",
			"stateOverrides", map[string]interface{}{otherAddr.Hex(): map[string]interface{}{"code": hexutil.Encode(blockhashCode)}},
			"blockOverrides", map[string]interface{}{"number": "0x5"}), e.blocks[3].Hash().Hex()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if res := call(t, tt.args, tt.sel, tt.cfg); res["output"] != tt.want {
				t.Fatalf("output %v, want %v", res["output"], tt.want)
			}
		})
	}
	t.Run("struct logger", func(t *testing.T) {
		res := call(t, callArgs("to", contract, "input", "0x06"), "latest", nil)
		ops := opsOf(t, res)
		if !contains(ops, "STATICCALL") || !contains(ops, "SLOAD") || res["failed"] != false || res["returnValue"] != word(9) {
			t.Fatalf("struct logs %v", res)
		}
	})
	t.Run("revert", func(t *testing.T) {
		res := call(t, callArgs("to", contract, "input", "0x01"), "latest", tracerCfg("callTracer"))
		if res["error"] != vm.ErrExecutionReverted.Error() || res["output"] != hexutil.Encode(customRevertData()) {
			t.Fatalf("revert trace %v", res)
		}
	})
	errTests := []struct {
		name string
		sel  interface{}
		cfg  map[string]interface{}
		msg  string
	}{
		{"pending", "pending", nil, ErrTracePending.Error()},
		{"missing block", "0x99", nil, "block #153 not found"},
		{"tx index out of range", "0x1", callArgs("txIndex", "0x9"), ""},
		{"bad override", "latest", callArgs("blockOverrides", callArgs("withdrawals", []interface{}{})), `block override "withdrawals" is not supported for this RPC method`},
	}
	for _, tt := range errTests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := e.call(t, "debug_traceCall", callArgs("to", contract), tt.sel, tt.cfg)
			wantRPCError(t, err, ErrCodeDefault, tt.msg)
		})
	}
}

func TestTraceTimeout(t *testing.T) {
	e := newRPCEnv(t)
	e.backend.gasCap = 0 // the loop runs until the trace timeout stops it
	for _, cfg := range []map[string]interface{}{
		tracerCfg("callTracer", "timeout", "50ms"),
		callArgs("timeout", "50ms"),
	} {
		_, err := e.call(t, "debug_traceCall", callArgs("to", contract, "input", "0x04"), "latest", cfg)
		wantRPCError(t, err, ErrCodeDefault, ErrExecutionTimeout.Error())
	}
	api := NewDebugAPI(e.backend)
	to, input, timeout, tracer := contract, hexutil.Bytes{0x04}, "50ms", "callTracer"
	latest := rpc.BlockNumberOrHashWithNumber(rpc.LatestBlockNumber)
	_, err := api.TraceCall(t.Context(), TransactionArgs{To: &to, Input: &input}, &latest,
		&TraceCallConfig{TraceConfig: TraceConfig{Tracer: &tracer, Timeout: &timeout}})
	if !errors.Is(err, ErrExecutionTimeout) {
		t.Fatalf("err %v, want ErrExecutionTimeout", err)
	}
}
