package pools

import "github.com/ethereum/go-ethereum/common"

// Address is the alpha precompile's address, the same as Subtensor's; the
// pools' TAO is native balance of this account.
var Address = common.HexToAddress("0x0000000000000000000000000000000000000808")

// ContractName is the name of the Solidity interface in package contracts.
const ContractName = "IAlpha"
