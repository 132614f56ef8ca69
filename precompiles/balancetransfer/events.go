package balancetransfer

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/taoevm/taoevm/precompiles/precompile"
)

// emitTransfer emits Transfer(from, to, value), value in wei.
func emitTransfer(env precompile.Env, from, to common.Address, value *uint256.Int) error {
	return env.Emit("Transfer", from, to, value.ToBig())
}
