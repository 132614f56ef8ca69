package ethapi

import (
	"bytes"
	"encoding/json"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// FuzzParseStorageKey checks that storage key parsing never panics, keeps
// the value of every key it accepts, and accepts every 32-byte key it
// prints.
func FuzzParseStorageKey(f *testing.F) {
	for _, s := range []string{"0x0", "0x", "", "1", "0X01", "0xzz", "0x" + string(bytes.Repeat([]byte("f"), 64)), "0x" + string(bytes.Repeat([]byte("1"), 65))} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		h, n, err := parseStorageKey(s)
		if err != nil {
			return
		}
		if n > common.HashLength {
			t.Fatalf("accepted %d bytes", n)
		}
		back, n2, err := parseStorageKey(hexutil.Encode(h[:]))
		if err != nil || back != h || n2 != common.HashLength {
			t.Fatalf("round trip of %q: %x (%v)", s, back, err)
		}
	})
}

// FuzzCallArgs checks the call defaults on arbitrary JSON arguments: they
// never panic, the gas limit never exceeds the cap, the price paid never
// exceeds the fee cap, and the message and transaction build.
func FuzzCallArgs(f *testing.F) {
	seeds := []string{
		`{}`,
		`{"to":"0x00000000000000000000000000000000c0ffee01","gas":"0xffffffffff"}`,
		`{"gasPrice":"0x1","maxFeePerGas":"0x2"}`,
		`{"maxFeePerGas":"0x10","maxPriorityFeePerGas":"0x20","value":"0x5"}`,
		`{"chainId":"0x1"}`,
		`{"blobVersionedHashes":["0x0100000000000000000000000000000000000000000000000000000000000000"]}`,
		`{"to":"0x00000000000000000000000000000000c0ffee01","authorizationList":[],"input":"0x01","data":"0x02"}`,
	}
	for _, s := range seeds {
		f.Add([]byte(s), true)
		f.Add([]byte(s), false)
	}
	chainID := big.NewInt(31337)
	const gasCap = 1_000_000
	f.Fuzz(func(t *testing.T, raw []byte, london bool) {
		var args TransactionArgs
		if err := json.Unmarshal(raw, &args); err != nil {
			return
		}
		var baseFee *big.Int
		if london {
			baseFee = big.NewInt(7)
		}
		if err := args.callDefaults(gasCap, baseFee, chainID); err != nil {
			return
		}
		if uint64(*args.Gas) > gasCap {
			t.Fatalf("gas %d above cap", *args.Gas)
		}
		msg := args.toMessage(baseFee, true)
		if msg.GasPrice.Cmp(msg.GasFeeCap) > 0 {
			t.Fatalf("price %v above fee cap %v", msg.GasPrice, msg.GasFeeCap)
		}
		if tx := args.toTransaction(); tx.Gas() != uint64(*args.Gas) {
			t.Fatalf("transaction gas %d, args %d", tx.Gas(), *args.Gas)
		}
	})
}
