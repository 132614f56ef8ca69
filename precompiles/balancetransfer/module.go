// Package balancetransfer is Subtensor's balance transfer precompile at
// 0x0000000000000000000000000000000000000800: `transfer(bytes32)` is payable
// and passes msg.value on to the EVM address right-aligned in the key.
// Unlike Subtensor it moves the exact wei amount (no rounding to rao),
// emits a Transfer event, rejects keys with non-zero top 12 bytes
// (InvalidKey) and destinations among the native precompiles
// (InvalidDestination), and cannot be used through DELEGATECALL, CALLCODE or
// a static context.
//
// The interface is contracts/src/IBalanceTransfer.sol. The module keeps no
// storage of its own: the only state it changes is native balances.
package balancetransfer

import (
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"

	"github.com/taoevm/taoevm/contracts"
	"github.com/taoevm/taoevm/precompiles/precompile"
)

// Address is the precompile's address, the same as Subtensor's.
var Address = common.HexToAddress("0x0000000000000000000000000000000000000800")

// ContractName is the name of the Solidity interface in package contracts.
const ContractName = "IBalanceTransfer"

// GasTransfer is the gas of transfer(bytes32): the price of a value transfer
// that may create the destination account (9,000 + 25,000, as a CALL with
// value to a new account costs) plus the Transfer log (three topics, 32
// bytes of data: 1,756).
var GasTransfer = params.CallValueTransferGas + params.CallNewAccountGas + precompile.LogGas(3, 32)

var (
	defOnce sync.Once
	def     *precompile.Definition
)

// Definition returns the precompile's validated module definition.
func Definition() *precompile.Definition {
	defOnce.Do(func() {
		def = precompile.MustNew(precompile.Module{
			Name:    "balancetransfer",
			Address: Address,
			ABI:     contracts.MustABI(ContractName),
			Methods: []precompile.Method{
				precompile.Payable("transfer", GasTransfer, transfer),
			},
			Errors: []precompile.ErrorMapping{
				{Err: ErrInvalidDestination, Name: "InvalidDestination"},
			},
		})
	})
	return def
}
