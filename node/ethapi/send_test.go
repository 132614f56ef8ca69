package ethapi

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
)

// poolTx returns the pool transaction with the given hash, or fails.
func poolTx(t *testing.T, e *rpcEnv, hash common.Hash) *types.Transaction {
	t.Helper()
	tx := e.backend.GetPoolTransaction(hash)
	if tx == nil {
		t.Fatalf("transaction %x not in the pool", hash)
	}
	return tx
}

func TestSendTransaction(t *testing.T) {
	e := newRPCEnv(t)
	if got := e.mustCall(t, "eth_accounts").([]interface{}); len(got) != 1 || got[0] != strings.ToLower(devAddr.Hex()) {
		t.Fatalf("accounts %v", got)
	}
	tip, _ := e.backend.SuggestGasTipCap(t.Context())
	head := e.backend.CurrentHeader()
	signer := types.LatestSigner(e.backend.ChainConfig())

	tests := []struct {
		name  string
		args  map[string]interface{}
		check func(t *testing.T, tx *types.Transaction)
	}{
		{"defaults", callArgs("from", devAddr, "to", addr2, "value", "0x1"), func(t *testing.T, tx *types.Transaction) {
			wantCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
			if tx.Type() != types.DynamicFeeTxType || tx.Nonce() != 0 || tx.Gas() != params.TxGas ||
				tx.GasTipCap().Cmp(tip) != 0 || tx.GasFeeCap().Cmp(wantCap) != 0 || tx.ChainId().Int64() != 31337 || tx.Value().Int64() != 1 {
				t.Fatalf("filled transaction: type %d nonce %d gas %d tip %v cap %v", tx.Type(), tx.Nonce(), tx.Gas(), tx.GasTipCap(), tx.GasFeeCap())
			}
		}},
		{"next nonce from pool", callArgs("from", devAddr, "to", contract, "input", hexutil.Encode(storeCall(3))), func(t *testing.T, tx *types.Transaction) {
			if tx.Nonce() != 1 || tx.Gas() <= params.TxGas {
				t.Fatalf("nonce %d gas %d", tx.Nonce(), tx.Gas())
			}
		}},
		{"legacy with gas price", callArgs("from", devAddr, "to", addr2, "gasPrice", "0x174876e800"), func(t *testing.T, tx *types.Transaction) {
			if tx.Type() != types.LegacyTxType || !tx.Protected() || tx.GasPrice().Int64() != 100e9 || tx.Nonce() != 2 {
				t.Fatalf("type %d protected %v price %v", tx.Type(), tx.Protected(), tx.GasPrice())
			}
		}},
		{"access list with gas price", callArgs("from", devAddr, "to", addr2, "gasPrice", "0x174876e800", "accessList", []interface{}{}), func(t *testing.T, tx *types.Transaction) {
			if tx.Type() != types.AccessListTxType {
				t.Fatalf("type %d", tx.Type())
			}
		}},
		{"explicit fields", callArgs("from", devAddr, "to", addr2, "gas", "0x5208", "nonce", "0x4", "maxFeePerGas", "0x174876e800", "maxPriorityFeePerGas", "0x3b9aca00"), func(t *testing.T, tx *types.Transaction) {
			if tx.Nonce() != 4 || tx.Gas() != 21000 || tx.GasFeeCap().Int64() != 100e9 || tx.GasTipCap().Int64() != 1e9 {
				t.Fatalf("explicit fields changed: nonce %d gas %d", tx.Nonce(), tx.Gas())
			}
		}},
		{"deployment", callArgs("from", devAddr, "input", hexutil.Encode(deployer(contractCode))), func(t *testing.T, tx *types.Transaction) {
			if tx.To() != nil || tx.Nonce() != 5 {
				t.Fatalf("deployment to %v nonce %d", tx.To(), tx.Nonce())
			}
		}},
	}
	auth, err := types.SignSetCode(key1, types.SetCodeAuthorization{ChainID: *uint256.NewInt(31337), Address: contract, Nonce: 4})
	if err != nil {
		t.Fatal(err)
	}
	tests = append(tests, struct {
		name  string
		args  map[string]interface{}
		check func(t *testing.T, tx *types.Transaction)
	}{"set code", callArgs("from", devAddr, "to", addr1, "authorizationList", []types.SetCodeAuthorization{auth}), func(t *testing.T, tx *types.Transaction) {
		if tx.Type() != types.SetCodeTxType || len(tx.SetCodeAuthorizations()) != 1 || tx.SetCodeAuthorizations()[0] != auth || tx.Gas() <= params.TxGas {
			t.Fatalf("type %d auths %v gas %d", tx.Type(), tx.SetCodeAuthorizations(), tx.Gas())
		}
		got := e.mustCall(t, "eth_getTransactionByHash", tx.Hash()).(map[string]interface{})
		if list, _ := got["authorizationList"].([]interface{}); len(list) != 1 || got["type"] != "0x4" {
			t.Fatalf("set-code transaction %v", got)
		}
	}})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var hash common.Hash
			if err := e.callInto(t, &hash, "eth_sendTransaction", tt.args); err != nil {
				t.Fatal(err)
			}
			tx := poolTx(t, e, hash)
			if from, err := types.Sender(signer, tx); err != nil || from != devAddr {
				t.Fatalf("signed by %v (%v)", from, err)
			}
			tt.check(t, tx)
		})
	}
	// The pending transaction is visible with its sender and no block.
	var hash common.Hash
	if err := e.callInto(t, &hash, "eth_sendTransaction", callArgs("from", devAddr, "to", addr1)); err != nil {
		t.Fatal(err)
	}
	got := e.mustCall(t, "eth_getTransactionByHash", hash).(map[string]interface{})
	if got["blockHash"] != nil || got["blockNumber"] != nil || got["from"] != strings.ToLower(devAddr.Hex()) || got["nonce"] != "0x7" {
		t.Fatalf("pending transaction %v", got)
	}
	// A pending dynamic-fee transaction shows its fee cap as gas price.
	if got["gasPrice"] != got["maxFeePerGas"] {
		t.Fatalf("pending gasPrice %v, maxFeePerGas %v", got["gasPrice"], got["maxFeePerGas"])
	}
	if n := e.mustCall(t, "eth_getTransactionCount", devAddr, "pending"); n != "0x8" {
		t.Fatalf("pending nonce %v", n)
	}
	if n := e.mustCall(t, "eth_getTransactionCount", devAddr, "latest"); n != "0x0" {
		t.Fatalf("latest nonce %v", n)
	}
}

func TestSendTransactionErrors(t *testing.T) {
	e := newRPCEnv(t)
	tests := []struct {
		name string
		args map[string]interface{}
		code int
		msg  string
	}{
		{"unknown account", callArgs("from", addr1, "to", addr2), ErrCodeDefault, accounts.ErrUnknownAccount.Error()},
		{"no from", callArgs("to", addr2), ErrCodeDefault, accounts.ErrUnknownAccount.Error()},
		{"creation without data", callArgs("from", devAddr), ErrCodeDefault, "contract creation without any data provided"},
		{"data and input differ", callArgs("from", devAddr, "to", addr2, "data", "0x01", "input", "0x02"), ErrCodeDefault,
			`both "data" and "input" are set and not equal. Please use "input" to pass transaction call data`},
		{"fee cap below tip", callArgs("from", devAddr, "to", addr2, "maxFeePerGas", "0x1", "maxPriorityFeePerGas", "0x2"), ErrCodeDefault,
			"maxFeePerGas (0x1) < maxPriorityFeePerGas (0x2)"},
		{"blob transaction", callArgs("from", devAddr, "to", addr2, "blobVersionedHashes", []common.Hash{{1}}), ErrCodeDefault, ErrBlobTxSigning.Error()},
		{"estimation reverts", callArgs("from", devAddr, "to", contract, "input", "0x02"), ErrCodeReverted, "execution reverted: not allowed"},
		{"wrong chain", callArgs("from", devAddr, "to", addr2, "chainId", "0x1"), ErrCodeDefault, "chainId does not match node's (have=1, want=31337)"},
		{"pool rejects", callArgs("from", devAddr, "to", addr2, "maxFeePerGas", "0x10", "maxPriorityFeePerGas", "0x1", "gas", "0x5208"), ErrCodeDefault, errUnderpriced.Error()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := e.call(t, "eth_sendTransaction", tt.args)
			wantRPCError(t, err, tt.code, tt.msg)
		})
	}
	if s := e.mustCall(t, "txpool_status").(map[string]interface{}); s["pending"] != "0x0" || s["queued"] != "0x0" {
		t.Fatalf("failed sends reached the pool: %v", s)
	}
}

func TestSendTransactionConcurrentNonces(t *testing.T) {
	e := newRPCEnv(t)
	const n = 8
	var wg sync.WaitGroup
	hashes := make([]common.Hash, n)
	errs := make([]error, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			errs[i] = e.callInto(t, &hashes[i], "eth_sendTransaction", callArgs("from", devAddr, "to", addr2, "value", hexU(uint64(i+1))))
		}(i)
	}
	wg.Wait()
	seen := make(map[uint64]bool)
	for i := range hashes {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		seen[poolTx(t, e, hashes[i]).Nonce()] = true
	}
	for nonce := uint64(0); nonce < n; nonce++ {
		if !seen[nonce] {
			t.Fatalf("nonce %d not assigned; nonces %v", nonce, seen)
		}
	}
}

func TestSendRawTransaction(t *testing.T) {
	e := newRPCEnv(t)
	config := e.backend.ChainConfig()
	signer := types.LatestSigner(config)
	transfer := func(nonce uint64, feeCap int64) *types.Transaction {
		return mustSign(signer, key1, &types.DynamicFeeTx{
			ChainID: config.ChainID, Nonce: nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(feeCap),
			Gas: 21000, To: &addr2, Value: big.NewInt(1),
		})
	}
	raw := func(tx *types.Transaction) string {
		b, err := tx.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		return hexutil.Encode(b)
	}
	good := transfer(4, 100e9)
	if got := e.mustCall(t, "eth_sendRawTransaction", raw(good)); got != good.Hash().Hex() {
		t.Fatalf("hash %v, want %v", got, good.Hash())
	}
	unprotected := mustSign(types.HomesteadSigner{}, key1, &types.LegacyTx{Nonce: 5, GasPrice: big.NewInt(100e9), Gas: 21000, To: &addr2})
	tooLow := transfer(0, 100e9)
	tests := []struct {
		name  string
		input string
		code  int
		msg   string
		kind  error
	}{
		{"already known", raw(good), ErrCodeDefault, txpool.ErrAlreadyKnown.Error(), nil},
		{"nonce too low", raw(tooLow), ErrCodeDefault, "nonce too low: next nonce 4, tx nonce 0", nil},
		{"unprotected", raw(unprotected), ErrCodeDefault, ErrUnprotectedTx.Error(), ErrUnprotectedTx},
		{"underpriced", raw(transfer(5, 1)), ErrCodeDefault, errUnderpriced.Error(), nil},
		{"garbage", "0x02c0", ErrCodeDefault, "", nil},
		{"not hex", "0xzz", ErrCodeInvalidParams, "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := e.call(t, "eth_sendRawTransaction", tt.input)
			wantRPCError(t, err, tt.code, tt.msg)
		})
	}
	t.Run("fee cap", func(t *testing.T) {
		e.backend.feeCap = 0.000001 // ether
		defer func() { e.backend.feeCap = 0 }()
		tx := transfer(5, 100e9)
		fee := new(big.Float).Quo(new(big.Float).SetInt(new(big.Int).Mul(tx.GasPrice(), big.NewInt(21000))), big.NewFloat(params.Ether))
		f, _ := fee.Float64()
		_, err := e.call(t, "eth_sendRawTransaction", raw(tx))
		wantRPCError(t, err, ErrCodeDefault, fmt.Sprintf("tx fee (%.2f ether) exceeds the configured cap (%.2f ether)", f, 0.000001))
		api := NewTransactionAPI(e.backend)
		b, _ := tx.MarshalBinary()
		if _, err := api.SendRawTransaction(t.Context(), b); !errors.Is(err, ErrTxFeeCap) {
			t.Fatalf("err %v, want ErrTxFeeCap", err)
		}
	})
	// The sent transaction is the pool's and its nonce counts as pending.
	if got := e.mustCall(t, "eth_getTransactionCount", addr1, "pending"); got != "0x5" {
		t.Fatalf("pending nonce %v", got)
	}
	rawGot := e.mustCall(t, "eth_getRawTransactionByHash", good.Hash())
	if rawGot != raw(good) {
		t.Fatalf("raw pool transaction %v", rawGot)
	}
	if got := e.mustCall(t, "debug_getRawTransaction", good.Hash()); got != raw(good) {
		t.Fatalf("debug raw transaction %v", got)
	}
}

func TestSignAndSignTransaction(t *testing.T) {
	e := newRPCEnv(t)
	msg := []byte("hello taoevm")
	sigHex := e.mustCall(t, "eth_sign", devAddr, hexutil.Encode(msg)).(string)
	sig := common.FromHex(sigHex)
	if len(sig) != 65 || (sig[64] != 27 && sig[64] != 28) {
		t.Fatalf("signature %x", sig)
	}
	sig[64] -= 27
	pub, err := crypto.SigToPub(accounts.TextHash(msg), sig)
	if err != nil || crypto.PubkeyToAddress(*pub) != devAddr {
		t.Fatalf("signature recovers %v (%v)", pub, err)
	}
	_, err = e.call(t, "eth_sign", addr1, "0x00")
	wantRPCError(t, err, ErrCodeDefault, accounts.ErrUnknownAccount.Error())

	var res SignTransactionResult
	args := callArgs("from", devAddr, "to", addr2, "gas", "0x5208", "nonce", "0x9", "maxFeePerGas", "0x174876e800", "maxPriorityFeePerGas", "0x1", "value", "0x2")
	if err := e.callInto(t, &res, "eth_signTransaction", args); err != nil {
		t.Fatal(err)
	}
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(res.Raw); err != nil {
		t.Fatal(err)
	}
	from, err := types.Sender(types.LatestSigner(e.backend.ChainConfig()), tx)
	if err != nil || from != devAddr || tx.Nonce() != 9 || tx.Hash() != res.Tx.Hash() || tx.Value().Int64() != 2 {
		t.Fatalf("signed transaction from %v nonce %d", from, tx.Nonce())
	}
	if e.backend.GetPoolTransaction(tx.Hash()) != nil {
		t.Fatal("eth_signTransaction sent the transaction")
	}
	for _, c := range []struct {
		drop string
		want error
	}{{"gas", ErrGasNotSpecified}, {"nonce", ErrNonceNotSpecified}, {"maxFeePerGas", ErrFeesNotSpecified}} {
		a := callArgs()
		for k, v := range args {
			if k != c.drop {
				a[k] = v
			}
		}
		_, err := e.call(t, "eth_signTransaction", a)
		wantRPCError(t, err, ErrCodeDefault, c.want.Error())
	}
}

func TestTxPool(t *testing.T) {
	e := newRPCEnv(t)
	config := e.backend.ChainConfig()
	signer := types.LatestSigner(config)
	send := func(nonce uint64) *types.Transaction {
		tx := mustSign(signer, key1, &types.DynamicFeeTx{
			ChainID: config.ChainID, Nonce: nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9),
			Gas: 21000, To: &addr2, Value: big.NewInt(1),
		})
		if err := e.backend.SendTx(t.Context(), tx); err != nil {
			t.Fatal(err)
		}
		return tx
	}
	pending, queued := send(4), send(6)
	create := mustSign(signer, key2, &types.LegacyTx{Nonce: 2, GasPrice: big.NewInt(50e9), Gas: 100000, Data: deployer(contractCode)})
	if err := e.backend.SendTx(t.Context(), create); err != nil {
		t.Fatal(err)
	}

	status := e.mustCall(t, "txpool_status").(map[string]interface{})
	if status["pending"] != "0x2" || status["queued"] != "0x1" {
		t.Fatalf("status %v", status)
	}
	a1, a2 := addr1.Hex(), addr2.Hex()
	content := e.mustCall(t, "txpool_content").(map[string]interface{})
	pend := content["pending"].(map[string]interface{})
	if pend[a1].(map[string]interface{})["4"].(map[string]interface{})["hash"] != pending.Hash().Hex() {
		t.Fatalf("pending content %v", pend)
	}
	if pend[a2].(map[string]interface{})["2"].(map[string]interface{})["to"] != nil {
		t.Fatalf("creation content %v", pend[a2])
	}
	que := content["queued"].(map[string]interface{})
	if que[a1].(map[string]interface{})["6"].(map[string]interface{})["hash"] != queued.Hash().Hex() || len(que) != 1 {
		t.Fatalf("queued content %v", que)
	}
	from := e.mustCall(t, "txpool_contentFrom", addr1).(map[string]interface{})
	if len(from["pending"].(map[string]interface{})) != 1 || len(from["queued"].(map[string]interface{})) != 1 {
		t.Fatalf("contentFrom %v", from)
	}
	empty := e.mustCall(t, "txpool_contentFrom", otherAddr).(map[string]interface{})
	if len(empty["pending"].(map[string]interface{})) != 0 || len(empty["queued"].(map[string]interface{})) != 0 {
		t.Fatalf("contentFrom of an idle account %v", empty)
	}
	inspect := e.mustCall(t, "txpool_inspect").(map[string]interface{})
	line := inspect["pending"].(map[string]interface{})[a1].(map[string]interface{})["4"]
	if want := fmt.Sprintf("%s: 1 wei + 21000 gas × 100000000000 wei", addr2.Hex()); line != want {
		t.Fatalf("inspect %q, want %q", line, want)
	}
	line = inspect["pending"].(map[string]interface{})[a2].(map[string]interface{})["2"]
	if want := "contract creation: 0 wei + 100000 gas × 50000000000 wei"; line != want {
		t.Fatalf("inspect %q, want %q", line, want)
	}
}
