package node

import (
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

func ethereumQuery(from, to uint64) ethereum.FilterQuery {
	return ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to)}
}

type hexNum uint64

func (h *hexNum) UnmarshalJSON(b []byte) error {
	var v hexutil.Uint64
	if err := v.UnmarshalJSON(b); err != nil {
		return err
	}
	*h = hexNum(v)
	return nil
}

func hexOf(n uint64) string { return hexutil.EncodeUint64(n) }
