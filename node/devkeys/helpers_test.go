package devkeys

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

func newTestTx() *types.Transaction {
	to := common.HexToAddress("0x1234")
	return types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(1), Nonce: 7, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(2), Gas: 21000, To: &to, Value: big.NewInt(5)})
}

func senderOf(tx *types.Transaction) (common.Address, error) {
	return types.Sender(types.LatestSignerForChainID(big.NewInt(1)), tx)
}
