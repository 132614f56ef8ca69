package node

import (
	"encoding/json"
	"errors"
	"math/big"
	"strings"
)

// ErrBadQuantity is returned for a dev RPC argument that is neither a hex
// quantity nor a decimal number.
var ErrBadQuantity = errors.New("invalid quantity: want a hex quantity or a number")

// MaxMineCount bounds one anvil_mine call.
const MaxMineCount = 100_000

// Quantity is a dev RPC argument given as a hex quantity ("0x10"), a
// decimal string ("16") or a JSON number (16).
type Quantity uint64

// UnmarshalJSON accepts hex strings, decimal strings and numbers.
func (q *Quantity) UnmarshalJSON(data []byte) error {
	var s string
	if err := json.Unmarshal(data, &s); err != nil {
		var n json.Number
		if err := json.Unmarshal(data, &n); err != nil {
			return ErrBadQuantity
		}
		s = n.String()
	}
	var (
		v  *big.Int
		ok bool
	)
	if strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X") {
		v, ok = new(big.Int).SetString(s[2:], 16)
	} else {
		v, ok = new(big.Int).SetString(s, 10)
	}
	if !ok || v.Sign() < 0 || !v.IsUint64() {
		return ErrBadQuantity
	}
	*q = Quantity(v.Uint64())
	return nil
}

// EVMAPI is the dev-only evm_ namespace (Hardhat/Ganache compatible).
type EVMAPI struct{ seq *Sequencer }

// Mine produces one block now with the pending transactions; an optional
// timestamp sets the block's time (it must exceed the parent's).
func (api *EVMAPI) Mine(timestamp *Quantity) (string, error) {
	if timestamp != nil {
		if _, err := api.seq.MineAt(uint64(*timestamp)); err != nil {
			return "", err
		}
		return "0x0", nil
	}
	if _, err := api.seq.Mine(1, 0); err != nil {
		return "", err
	}
	return "0x0", nil
}

// AnvilAPI is the dev-only anvil_ namespace.
type AnvilAPI struct{ seq *Sequencer }

// Mine produces count blocks (default 1), each interval seconds after its
// parent (default 12).
func (api *AnvilAPI) Mine(count *Quantity, interval *Quantity) error {
	n, iv := uint64(1), uint64(12)
	if count != nil {
		n = uint64(*count)
	}
	if interval != nil && *interval > 0 {
		iv = uint64(*interval)
	}
	if n > MaxMineCount {
		return ErrBadQuantity
	}
	_, err := api.seq.Mine(int(n), iv)
	return err
}
