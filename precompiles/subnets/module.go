package subnets

import "github.com/ethereum/go-ethereum/common"

// Address is the subnet precompile's address, the same as Subtensor's; the
// escrowed locks are native balance of this account.
var Address = common.HexToAddress("0x0000000000000000000000000000000000000803")

// ContractName is the name of the Solidity interface in package contracts.
const ContractName = "ISubnet"
