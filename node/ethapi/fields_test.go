package ethapi

import (
	"encoding/json"
	"os"
	"sort"
	"testing"
)

// TestJSONFieldSets checks that blocks, headers, transactions, receipts,
// logs, proofs, fee histories and call frames carry exactly the fields of
// the schemas in testdata/fields.json.
func TestJSONFieldSets(t *testing.T) {
	raw, err := os.ReadFile("testdata/fields.json")
	if err != nil {
		t.Fatal(err)
	}
	var vectors map[string]json.RawMessage
	if err := json.Unmarshal(raw, &vectors); err != nil {
		t.Fatal(err)
	}
	want := func(name string) []string {
		var keys []string
		if err := json.Unmarshal(vectors[name], &keys); err != nil {
			t.Fatalf("vector %s: %v", name, err)
		}
		sort.Strings(keys)
		return keys
	}
	e := newRPCEnv(t)
	obj := func(v interface{}) map[string]interface{} { return v.(map[string]interface{}) }
	receipt := obj(e.mustCall(t, "eth_getTransactionReceipt", e.legacyStoreTx.Hash()))
	cases := []struct {
		vector string
		got    map[string]interface{}
	}{
		{"header", obj(e.mustCall(t, "eth_getHeaderByNumber", "0x1"))},
		{"block", obj(e.mustCall(t, "eth_getBlockByNumber", "0x1", false))},
		{"block", obj(e.mustCall(t, "eth_getBlockByHash", e.blocks[0].Hash(), true))},
		{"tx_legacy", obj(e.mustCall(t, "eth_getTransactionByHash", e.legacyStoreTx.Hash()))},
		{"tx_accesslist", obj(e.mustCall(t, "eth_getTransactionByHash", e.alStoreTx.Hash()))},
		{"tx_dynamicfee", obj(e.mustCall(t, "eth_getTransactionByHash", e.transferTx.Hash()))},
		{"receipt", receipt},
		{"log", obj(receipt["logs"].([]interface{})[0])},
		{"proof", obj(e.mustCall(t, "eth_getProof", contract, []string{"0x0"}, "latest"))},
		{"feeHistory", obj(e.mustCall(t, "eth_feeHistory", "0x2", "latest", []float64{50}))},
		{"callFrame", obj(e.mustCall(t, "debug_traceTransaction", e.blocks[3].Transactions()[0].Hash(), tracerCfg("callTracer")))},
	}
	for _, c := range cases {
		t.Run(c.vector, func(t *testing.T) {
			var keys []string
			for k := range c.got {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			if w := want(c.vector); !equalStrings(keys, w) {
				t.Fatalf("fields\n got %v\nwant %v", keys, w)
			}
		})
	}
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
