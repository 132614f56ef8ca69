package ethapi

import (
	"bytes"
	"fmt"
	"math/big"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/consensus/misc/eip4844"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethdb/memorydb"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"
)

func hexBig(v *big.Int) string { return hexutil.EncodeBig(v) }
func hexU(v uint64) string     { return hexutil.EncodeUint64(v) }

func yParity(tx *types.Transaction) string {
	v, _, _ := tx.RawSignatureValues()
	return hexBig(v)
}

func TestChainInfo(t *testing.T) {
	e := newRPCEnv(t)
	sha := crypto.Keccak256Hash([]byte("hello")).Hex()
	tests := []struct {
		method string
		args   []interface{}
		want   interface{}
	}{
		{"eth_chainId", nil, "0x7a69"},
		{"net_version", nil, "31337"},
		{"net_listening", nil, true},
		{"net_peerCount", nil, "0x0"},
		{"web3_sha3", []interface{}{"0x68656c6c6f"}, sha},
		{"eth_blockNumber", nil, hexU(4)},
		{"eth_syncing", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.method, func(t *testing.T) {
			if got := e.mustCall(t, tt.method, tt.args...); got != tt.want {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
		})
	}
	e.backend.syncing = ethereum.SyncProgress{StartingBlock: 1, CurrentBlock: 4, HighestBlock: 9}
	sync := e.mustCall(t, "eth_syncing").(map[string]interface{})
	if sync["startingBlock"] != "0x1" || sync["currentBlock"] != "0x4" || sync["highestBlock"] != "0x9" || sync["healedTrienodes"] != "0x0" {
		t.Fatalf("syncing %v", sync)
	}
	v := e.mustCall(t, "web3_clientVersion").(string)
	if !strings.HasPrefix(v, "taoevm/v"+Version+"/") || strings.Count(v, "/") != 3 {
		t.Fatalf("client version %q", v)
	}
}

func TestStateByBlockSelector(t *testing.T) {
	e := newRPCEnv(t)
	b1 := e.blocks[0].Hash()
	slot := func(v int64) string { return common.BigToHash(big.NewInt(v)).Hex() }
	tests := []struct {
		name   string
		method string
		args   []interface{}
		want   interface{}
	}{
		// Contract slot 0: 7 at genesis, 5 after block 1, 9 after block 2.
		{"storage earliest", "eth_getStorageAt", []interface{}{contract, "0x0", "earliest"}, slot(7)},
		{"storage number", "eth_getStorageAt", []interface{}{contract, "0x0", "0x1"}, slot(5)},
		{"storage finalized", "eth_getStorageAt", []interface{}{contract, "0x0", "finalized"}, slot(9)},
		{"storage safe", "eth_getStorageAt", []interface{}{contract, "0x0", "safe"}, slot(9)},
		{"storage latest", "eth_getStorageAt", []interface{}{contract, "0x0", "latest"}, slot(9)},
		{"storage pending", "eth_getStorageAt", []interface{}{contract, "0x0", "pending"}, slot(9)},
		{"storage omitted", "eth_getStorageAt", []interface{}{contract, "0x0"}, slot(9)},
		{"storage 32-byte key", "eth_getStorageAt", []interface{}{contract, common.Hash{}.Hex(), "0x1"}, slot(5)},
		{"storage eip1898 hash", "eth_getStorageAt", []interface{}{contract, "0x0", map[string]interface{}{"blockHash": b1}}, slot(5)},
		{"storage eip1898 canonical", "eth_getStorageAt", []interface{}{contract, "0x0", map[string]interface{}{"blockHash": b1, "requireCanonical": true}}, slot(5)},
		{"storage eip1898 number", "eth_getStorageAt", []interface{}{contract, "0x0", map[string]interface{}{"blockNumber": "0x0"}}, slot(7)},
		// addr1 sends two transactions in block 1, one in blocks 2 and 4.
		{"nonce earliest", "eth_getTransactionCount", []interface{}{addr1, "earliest"}, hexU(0)},
		{"nonce block 1", "eth_getTransactionCount", []interface{}{addr1, "0x1"}, hexU(2)},
		{"nonce finalized", "eth_getTransactionCount", []interface{}{addr1, "finalized"}, hexU(3)},
		{"nonce latest", "eth_getTransactionCount", []interface{}{addr1, "latest"}, hexU(4)},
		{"nonce pending", "eth_getTransactionCount", []interface{}{addr1, "pending"}, hexU(4)},
		{"code before deploy", "eth_getCode", []interface{}{e.deployed, "earliest"}, "0x"},
		{"code after deploy", "eth_getCode", []interface{}{e.deployed, "0x1"}, hexutil.Encode(contractCode)},
		{"balance genesis", "eth_getBalance", []interface{}{addr2, "earliest"}, hexBig(funds)},
		{"balance side block", "eth_getBalance", []interface{}{addr1, map[string]interface{}{"blockHash": e.side.Hash()}},
			hexBig(new(big.Int).Add(funds, big.NewInt(2e18)))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := e.mustCall(t, tt.method, tt.args...); got != tt.want {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
		})
	}

	// addr2's balance after block 1: +1 ether received, minus the deployment
	// fee at the effective gas price.
	r := e.receipts[0][2]
	fee := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
	want := new(big.Int).Add(funds, big.NewInt(1e18))
	want.Sub(want, fee)
	if got := e.mustCall(t, "eth_getBalance", addr2, "0x1"); got != hexBig(want) {
		t.Fatalf("balance after block 1: got %v, want %v", got, hexBig(want))
	}
}

func TestStateErrors(t *testing.T) {
	e := newRPCEnv(t)
	tests := []struct {
		name   string
		method string
		args   []interface{}
		code   int
		msg    string
	}{
		{"unknown hash", "eth_getBalance", []interface{}{addr1, map[string]interface{}{"blockHash": common.Hash{1}}}, ErrCodeDefault, "header for hash not found"},
		{"non-canonical required", "eth_getBalance", []interface{}{addr1, map[string]interface{}{"blockHash": e.side.Hash(), "requireCanonical": true}}, ErrCodeDefault, "hash is not currently canonical"},
		{"future block", "eth_getCode", []interface{}{addr1, "0x99"}, ErrCodeDefault, "header not found"},
		{"bad tag", "eth_getBalance", []interface{}{addr1, "newest"}, ErrCodeInvalidParams, ""},
		{"bad address", "eth_getBalance", []interface{}{"0x12", "latest"}, ErrCodeInvalidParams, ""},
		{"key too long", "eth_getStorageAt", []interface{}{contract, "0x" + strings.Repeat("11", 33), "latest"}, ErrCodeInvalidParams, ""},
		{"key not hex", "eth_getStorageAt", []interface{}{contract, "0xzz", "latest"}, ErrCodeInvalidParams, ""},
		{"pending receipts", "eth_getBlockReceipts", []interface{}{"pending"}, ErrCodeDefault, ErrPendingReceipts.Error()},
		{"unknown method", "eth_frobnicate", nil, -32601, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := e.call(t, tt.method, tt.args...)
			wantRPCError(t, err, tt.code, tt.msg)
		})
	}
}

func TestBlocksAndHeaders(t *testing.T) {
	e := newRPCEnv(t)
	b1 := e.blocks[0]
	txHashes := func(b *types.Block) []interface{} {
		var out []interface{}
		for _, tx := range b.Transactions() {
			out = append(out, tx.Hash().Hex())
		}
		return out
	}
	t.Run("by number, hashes", func(t *testing.T) {
		blk := e.mustCall(t, "eth_getBlockByNumber", "0x1", false).(map[string]interface{})
		checkBlockFields(t, blk, b1)
		if !reflect.DeepEqual(blk["transactions"], txHashes(b1)) {
			t.Fatalf("transactions %v", blk["transactions"])
		}
	})
	t.Run("by hash, full", func(t *testing.T) {
		blk := e.mustCall(t, "eth_getBlockByHash", b1.Hash(), true).(map[string]interface{})
		checkBlockFields(t, blk, b1)
		txs := blk["transactions"].([]interface{})
		if len(txs) != 3 {
			t.Fatalf("%d transactions", len(txs))
		}
		for i, raw := range txs {
			tx := raw.(map[string]interface{})
			if tx["hash"] != b1.Transactions()[i].Hash().Hex() || tx["blockHash"] != b1.Hash().Hex() || tx["transactionIndex"] != hexU(uint64(i)) {
				t.Fatalf("tx %d: %v", i, tx)
			}
		}
	})
	t.Run("tags", func(t *testing.T) {
		for tag, want := range map[string]*types.Block{"earliest": nil, "latest": e.blocks[3], "safe": e.blocks[2], "finalized": e.blocks[1]} {
			blk := e.mustCall(t, "eth_getBlockByNumber", tag, false).(map[string]interface{})
			wantHash := e.backend.chain.Genesis().Hash()
			if want != nil {
				wantHash = want.Hash()
			}
			if blk["hash"] != wantHash.Hex() {
				t.Fatalf("%s: hash %v, want %v", tag, blk["hash"], wantHash)
			}
		}
	})
	t.Run("pending", func(t *testing.T) {
		blk := e.mustCall(t, "eth_getBlockByNumber", "pending", false).(map[string]interface{})
		if blk["hash"] != nil || blk["miner"] != nil || blk["nonce"] != nil || blk["number"] != hexU(5) {
			t.Fatalf("pending block %v", blk)
		}
		if h := e.mustCall(t, "eth_getHeaderByNumber", "pending"); h != nil {
			t.Fatalf("pending header %v, want null", h)
		}
	})
	t.Run("missing", func(t *testing.T) {
		for _, c := range []struct {
			method string
			args   []interface{}
		}{
			{"eth_getBlockByNumber", []interface{}{"0x99", false}},
			{"eth_getBlockByHash", []interface{}{common.Hash{9}, false}},
			{"eth_getHeaderByHash", []interface{}{common.Hash{9}}},
			{"eth_getHeaderByNumber", []interface{}{"0x99"}},
			{"eth_getBlockTransactionCountByNumber", []interface{}{"0x99"}},
			{"eth_getBlockTransactionCountByHash", []interface{}{common.Hash{9}}},
			{"eth_getUncleCountByBlockHash", []interface{}{common.Hash{9}}},
			{"eth_getUncleByBlockNumberAndIndex", []interface{}{"0x1", "0x0"}},
			{"eth_getTransactionByBlockNumberAndIndex", []interface{}{"0x1", "0x7"}},
			{"eth_getTransactionByHash", []interface{}{common.Hash{9}}},
			{"eth_getTransactionReceipt", []interface{}{common.Hash{9}}},
		} {
			if got := e.mustCall(t, c.method, c.args...); got != nil {
				t.Fatalf("%s: got %v, want null", c.method, got)
			}
		}
	})
	t.Run("counts", func(t *testing.T) {
		for _, c := range []struct {
			method string
			arg    interface{}
			want   string
		}{
			{"eth_getBlockTransactionCountByNumber", "0x1", "0x3"},
			{"eth_getBlockTransactionCountByNumber", "0x3", "0x0"},
			{"eth_getBlockTransactionCountByHash", e.blocks[1].Hash(), "0x2"},
			{"eth_getUncleCountByBlockNumber", "0x1", "0x0"},
			{"eth_getUncleCountByBlockHash", b1.Hash(), "0x0"},
		} {
			if got := e.mustCall(t, c.method, c.arg); got != c.want {
				t.Fatalf("%s(%v) = %v, want %v", c.method, c.arg, got, c.want)
			}
		}
	})
	t.Run("headers", func(t *testing.T) {
		h := e.mustCall(t, "eth_getHeaderByNumber", "0x1").(map[string]interface{})
		checkHeaderFields(t, h, b1.Header())
		h = e.mustCall(t, "eth_getHeaderByHash", b1.Hash()).(map[string]interface{})
		checkHeaderFields(t, h, b1.Header())
		if _, ok := h["transactions"]; ok {
			t.Fatal("header has transactions")
		}
	})
}

// checkHeaderFields compares the JSON header fields with h.
func checkHeaderFields(t *testing.T, got map[string]interface{}, h *types.Header) {
	t.Helper()
	want := map[string]interface{}{
		"number": hexBig(h.Number), "hash": h.Hash().Hex(), "parentHash": h.ParentHash.Hex(),
		"stateRoot": h.Root.Hex(), "transactionsRoot": h.TxHash.Hex(), "receiptsRoot": h.ReceiptHash.Hex(),
		"miner": strings.ToLower(h.Coinbase.Hex()), "gasLimit": hexU(h.GasLimit), "gasUsed": hexU(h.GasUsed),
		"timestamp": hexU(h.Time), "baseFeePerGas": hexBig(h.BaseFee), "difficulty": "0x0",
		"mixHash": h.MixDigest.Hex(), "sha3Uncles": types.EmptyUncleHash.Hex(),
		"withdrawalsRoot": h.WithdrawalsHash.Hex(), "blobGasUsed": hexU(*h.BlobGasUsed),
		"excessBlobGas": hexU(*h.ExcessBlobGas), "parentBeaconBlockRoot": h.ParentBeaconRoot.Hex(),
		"requestsHash": h.RequestsHash.Hex(), "extraData": hexutil.Encode(h.Extra),
		"nonce": hexutil.Encode(h.Nonce[:]), "logsBloom": hexutil.Encode(h.Bloom[:]),
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("header field %s = %v, want %v", k, got[k], v)
		}
	}
}

// checkBlockFields compares the JSON block fields with b.
func checkBlockFields(t *testing.T, got map[string]interface{}, b *types.Block) {
	t.Helper()
	checkHeaderFields(t, got, b.Header())
	if got["size"] != hexU(b.Size()) {
		t.Errorf("size %v, want %v", got["size"], hexU(b.Size()))
	}
	if w, ok := got["withdrawals"].([]interface{}); !ok || len(w) != 0 {
		t.Errorf("withdrawals %v, want []", got["withdrawals"])
	}
	if u, ok := got["uncles"].([]interface{}); !ok || len(u) != 0 {
		t.Errorf("uncles %v, want []", got["uncles"])
	}
}

func TestTransactionsAndReceipts(t *testing.T) {
	e := newRPCEnv(t)
	b1, b2 := e.blocks[0], e.blocks[1]
	tests := []struct {
		name  string
		tx    *types.Transaction
		block *types.Block
		index uint64
		from  common.Address
		// fields expected besides the common ones
		extra map[string]interface{}
		// fields that must be absent
		absent []string
	}{
		{"dynamic fee", e.transferTx, b1, 0, addr1, map[string]interface{}{
			"type": "0x2", "maxFeePerGas": hexBig(big.NewInt(100e9)), "maxPriorityFeePerGas": hexBig(big.NewInt(2e9)),
			"gasPrice": hexBig(new(big.Int).Add(b1.BaseFee(), big.NewInt(2e9))), "chainId": "0x7a69", "yParity": yParity(e.transferTx),
		}, nil},
		{"legacy eip155", e.legacyStoreTx, b1, 1, addr1, map[string]interface{}{
			"type": "0x0", "gasPrice": hexBig(big.NewInt(50e9)), "chainId": "0x7a69",
		}, []string{"yParity", "maxFeePerGas", "accessList"}},
		{"access list", e.alStoreTx, b2, 0, addr2, map[string]interface{}{
			"type": "0x1", "gasPrice": hexBig(big.NewInt(50e9)), "chainId": "0x7a69",
		}, []string{"maxFeePerGas"}},
		{"contract creation", e.deployTx, b1, 2, addr2, map[string]interface{}{"to": nil}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := map[string]interface{}{
				"hash": tt.tx.Hash().Hex(), "blockHash": tt.block.Hash().Hex(), "blockNumber": hexBig(tt.block.Number()),
				"blockTimestamp": hexU(tt.block.Time()), "transactionIndex": hexU(tt.index),
				"from": strings.ToLower(tt.from.Hex()), "nonce": hexU(tt.tx.Nonce()), "gas": hexU(tt.tx.Gas()),
				"input": hexutil.Encode(tt.tx.Data()), "value": hexBig(tt.tx.Value()),
			}
			for k, v := range tt.extra {
				want[k] = v
			}
			for _, got := range []map[string]interface{}{
				e.mustCall(t, "eth_getTransactionByHash", tt.tx.Hash()).(map[string]interface{}),
				e.mustCall(t, "eth_getTransactionByBlockNumberAndIndex", hexBig(tt.block.Number()), hexU(tt.index)).(map[string]interface{}),
				e.mustCall(t, "eth_getTransactionByBlockHashAndIndex", tt.block.Hash(), hexU(tt.index)).(map[string]interface{}),
			} {
				for k, v := range want {
					if got[k] != v {
						t.Errorf("%s = %v, want %v", k, got[k], v)
					}
				}
				for _, k := range tt.absent {
					if _, ok := got[k]; ok {
						t.Errorf("field %s present", k)
					}
				}
			}
			raw := e.mustCall(t, "eth_getRawTransactionByHash", tt.tx.Hash())
			enc, _ := tt.tx.MarshalBinary()
			if raw != hexutil.Encode(enc) {
				t.Errorf("raw transaction %v", raw)
			}
		})
	}

	t.Run("receipts", func(t *testing.T) {
		for _, c := range []struct {
			tx       *types.Transaction
			status   string
			logs     int
			contract interface{}
		}{
			{e.transferTx, "0x1", 0, nil},
			{e.legacyStoreTx, "0x1", 1, nil},
			{e.deployTx, "0x1", 0, strings.ToLower(e.deployed.Hex())},
			{e.alStoreTx, "0x1", 1, nil},
			{e.failedTx, "0x0", 0, nil},
		} {
			r := e.mustCall(t, "eth_getTransactionReceipt", c.tx.Hash()).(map[string]interface{})
			if r["status"] != c.status || r["contractAddress"] != c.contract || len(r["logs"].([]interface{})) != c.logs {
				t.Errorf("receipt of %x: %v", c.tx.Hash(), r)
			}
			if r["transactionHash"] != c.tx.Hash().Hex() {
				t.Errorf("receipt hash %v", r["transactionHash"])
			}
		}
		// The store log: the contract, its topic and the stored word.
		r := e.mustCall(t, "eth_getTransactionReceipt", e.legacyStoreTx.Hash()).(map[string]interface{})
		lg := r["logs"].([]interface{})[0].(map[string]interface{})
		if lg["address"] != strings.ToLower(contract.Hex()) || lg["topics"].([]interface{})[0] != logTopic.Hex() ||
			lg["data"] != common.BigToHash(big.NewInt(5)).Hex() || lg["blockHash"] != b1.Hash().Hex() {
			t.Errorf("log %v", lg)
		}
	})

	t.Run("block receipts", func(t *testing.T) {
		for _, sel := range []interface{}{"0x1", b1.Hash().Hex(), map[string]interface{}{"blockHash": b1.Hash()}} {
			list := e.mustCall(t, "eth_getBlockReceipts", sel).([]interface{})
			if len(list) != 3 {
				t.Fatalf("%v: %d receipts", sel, len(list))
			}
			var cum uint64
			for i, raw := range list {
				r := raw.(map[string]interface{})
				cum += e.receipts[0][i].GasUsed
				if r["cumulativeGasUsed"] != hexU(cum) || r["transactionIndex"] != hexU(uint64(i)) || r["effectiveGasPrice"] != hexBig(e.receipts[0][i].EffectiveGasPrice) {
					t.Errorf("receipt %d: %v", i, r)
				}
			}
		}
		if got := e.mustCall(t, "eth_getBlockReceipts", "0x99"); got != nil {
			t.Fatalf("missing block receipts %v", got)
		}
	})
}

func TestFees(t *testing.T) {
	e := newRPCEnv(t)
	head := e.blocks[3].Header()
	tip, err := e.backend.SuggestGasTipCap(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if tip.Sign() == 0 {
		t.Fatal("oracle suggests a zero tip; the chain's transactions pay tips")
	}
	if got := e.mustCall(t, "eth_maxPriorityFeePerGas"); got != hexBig(tip) {
		t.Fatalf("maxPriorityFeePerGas %v, want %v", got, hexBig(tip))
	}
	if got := e.mustCall(t, "eth_gasPrice"); got != hexBig(new(big.Int).Add(tip, head.BaseFee)) {
		t.Fatalf("gasPrice %v", got)
	}
	if got := e.mustCall(t, "eth_blobBaseFee"); got != hexBig(eip4844.CalcBlobFee(e.backend.ChainConfig(), head)) {
		t.Fatalf("blobBaseFee %v", got)
	}
	fh := e.mustCall(t, "eth_feeHistory", "0x2", "latest", []float64{25, 75}).(map[string]interface{})
	if fh["oldestBlock"] != hexU(3) {
		t.Fatalf("oldestBlock %v", fh["oldestBlock"])
	}
	if n := len(fh["baseFeePerGas"].([]interface{})); n != 3 {
		t.Fatalf("%d base fees, want 3 (two blocks and the next)", n)
	}
	if fh["baseFeePerGas"].([]interface{})[1] != hexBig(head.BaseFee) {
		t.Fatalf("base fee of block 4: %v", fh["baseFeePerGas"])
	}
	if n := len(fh["gasUsedRatio"].([]interface{})); n != 2 {
		t.Fatalf("%d gas used ratios", n)
	}
	rewards := fh["reward"].([]interface{})
	if len(rewards) != 2 || len(rewards[1].([]interface{})) != 2 {
		t.Fatalf("rewards %v", rewards)
	}
	// Block 4's only transaction tips 1 gwei.
	if rewards[1].([]interface{})[0] != hexBig(big.NewInt(1e9)) {
		t.Fatalf("reward of block 4: %v", rewards[1])
	}
	// A decimal block count is accepted too.
	if _, err := e.call(t, "eth_feeHistory", 2, "latest", []float64{}); err != nil {
		t.Fatal(err)
	}
}

func TestGetProof(t *testing.T) {
	e := newRPCEnv(t)
	head := e.blocks[3].Header()
	var res AccountResult
	if err := e.callInto(t, &res, "eth_getProof", contract, []string{"0x0", common.Hash{31: 1}.Hex()}, "latest"); err != nil {
		t.Fatal(err)
	}
	proofDB := func(nodes []string) *memorydb.Database {
		db := memorydb.New()
		for _, n := range nodes {
			raw := common.FromHex(n)
			db.Put(crypto.Keccak256(raw), raw)
		}
		return db
	}
	val, err := trie.VerifyProof(head.Root, crypto.Keccak256(contract.Bytes()), proofDB(res.AccountProof))
	if err != nil {
		t.Fatal(err)
	}
	var acct types.StateAccount
	if err := rlp.DecodeBytes(val, &acct); err != nil {
		t.Fatal(err)
	}
	if acct.Root != res.StorageHash || acct.Nonce != uint64(res.Nonce) || !bytes.Equal(acct.CodeHash, res.CodeHash[:]) ||
		res.CodeHash != crypto.Keccak256Hash(contractCode) || acct.Balance.ToBig().Cmp(res.Balance.ToInt()) != 0 {
		t.Fatalf("proved account %+v, result %+v", acct, res)
	}
	if len(res.StorageProof) != 2 || res.StorageProof[0].Key != "0x0" || res.StorageProof[1].Key != (common.Hash{31: 1}).Hex() {
		t.Fatalf("storage keys %+v", res.StorageProof)
	}
	sv, err := trie.VerifyProof(res.StorageHash, crypto.Keccak256(common.Hash{}.Bytes()), proofDB(res.StorageProof[0].Proof))
	if err != nil {
		t.Fatal(err)
	}
	var stored []byte
	if err := rlp.DecodeBytes(sv, &stored); err != nil {
		t.Fatal(err)
	}
	if new(big.Int).SetBytes(stored).Int64() != 9 || res.StorageProof[0].Value.ToInt().Int64() != 9 {
		t.Fatalf("slot 0 proved %x, result %v", stored, res.StorageProof[0].Value)
	}
	if res.StorageProof[1].Value.ToInt().Sign() != 0 {
		t.Fatalf("empty slot value %v", res.StorageProof[1].Value)
	}
	// "pending" proves against the state the next block starts from.
	var pending AccountResult
	if err := e.callInto(t, &pending, "eth_getProof", contract, []string{"0x0"}, "pending"); err != nil {
		t.Fatal(err)
	}
	if pending.StorageHash != res.StorageHash || len(pending.AccountProof) != len(res.AccountProof) || pending.AccountProof[0] != res.AccountProof[0] {
		t.Fatalf("pending proof %+v", pending)
	}
	// An account without storage proves no slot.
	var eoa AccountResult
	if err := e.callInto(t, &eoa, "eth_getProof", addr1, []string{"0x1"}, "0x1"); err != nil {
		t.Fatal(err)
	}
	if eoa.Nonce != 2 || eoa.StorageHash != types.EmptyRootHash || len(eoa.StorageProof[0].Proof) != 0 {
		t.Fatalf("eoa proof %+v", eoa)
	}
	keys := make([]string, maxProofKeys+1)
	for i := range keys {
		keys[i] = fmt.Sprintf("0x%x", i)
	}
	_, err = e.call(t, "eth_getProof", contract, keys, "latest")
	wantRPCError(t, err, ErrCodeInvalidParams, "")
}
