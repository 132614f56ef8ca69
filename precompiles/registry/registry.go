// Package registry is the explicit list of taoevm's native modules: which
// precompile lives at which address, which block hooks run in the native block
// step, and the one constructor that builds every EVM the node runs.
//
// Adding a precompile is one line in Definitions (see package precompile for
// the rest).
package registry

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"

	"github.com/taoevm/taoevm/precompiles/balancetransfer"
	"github.com/taoevm/taoevm/precompiles/metagraph"
	"github.com/taoevm/taoevm/precompiles/neurons"
	"github.com/taoevm/taoevm/precompiles/pools"
	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/staking"
	"github.com/taoevm/taoevm/precompiles/subnets"
	"github.com/taoevm/taoevm/precompiles/uidlookup"
)

// PrecompileCode is the code of every native precompile account: a single
// INVALID opcode. It is never executed (the EVM runs the precompile instead),
// but gives the account code so Solidity's extcodesize check passes and, with
// nonce 1, keeps EIP-158 from deleting the account when it is touched empty.
var PrecompileCode = []byte{byte(vm.INVALID)}

// Definitions returns the native precompiles in address order.
func Definitions() []*precompile.Definition {
	return []*precompile.Definition{
		balancetransfer.Definition(),
		metagraph.Definition(),
		subnets.Definition(),
		neurons.Definition(),
		staking.Definition(),
		uidlookup.Definition(),
		pools.Definition(),
	}
}

// Addresses returns the addresses of the native precompiles in address
// order. Callers that treat precompiles specially (access-list creation,
// state overrides) must include them alongside vm.ActivePrecompiles.
func Addresses() []common.Address {
	defs := Definitions()
	out := make([]common.Address, len(defs))
	for i, d := range defs {
		out[i] = d.Address()
	}
	return out
}

// NewEVM is the only constructor of EVMs in taoevm: block execution, eth_call,
// gas estimation and tracing all go through it, so every EVM has the native
// precompiles bound to its own StateDB. It is vm.NewEVM with the StateDB
// wrapped so that Prepare warms the native precompiles (EIP-2929), the
// precompile set replaced by go-ethereum's active set plus fresh native
// instances, and BlockContext.Transfer wrapped so that native precompiles
// learn msg.sender and msg.value of a CALL. Do not replace the returned EVM's
// StateDB (SetStateDB) or Context afterwards.
func NewEVM(blockCtx vm.BlockContext, statedb vm.StateDB, cfg *params.ChainConfig, vmCfg vm.Config) *vm.EVM {
	return precompile.NewEVM(blockCtx, statedb, cfg, vmCfg, Definitions()...)
}

// Precompiles returns the precompile set NewEVM installed in evm (geth's
// active set plus evm's own native instances), as a fresh map that the
// caller may change and install with evm.SetPrecompiles.
func Precompiles(evm *vm.EVM) vm.PrecompiledContracts {
	return precompile.Installed(evm)
}

// GenesisAlloc returns the accounts every taoevm genesis must contain for the
// native modules, with the default protocol parameters: see GenesisAllocWith.
func GenesisAlloc() types.GenesisAlloc {
	return GenesisAllocWith(protocol.DefaultParams())
}

// GenesisAllocWith returns the accounts every taoevm genesis must contain for
// the native modules: each precompile account with nonce 1 and code 0xFE,
// and the protocol parameters p (protocol.GenesisStorage) in the storage of
// protocol.StorageAddress. It panics on parameters that do not validate. The
// system contracts of Prague and later (core.SystemContractAllocs-style) are
// the node's to add, not the registry's.
func GenesisAllocWith(p protocol.Params) types.GenesisAlloc {
	alloc := make(types.GenesisAlloc)
	for _, d := range Definitions() {
		acc := types.Account{
			Nonce:   1,
			Code:    append([]byte(nil), PrecompileCode...),
			Balance: new(big.Int),
		}
		if d.Address() == protocol.StorageAddress {
			acc.Storage = protocol.GenesisStorage(p)
		}
		alloc[d.Address()] = acc
	}
	return alloc
}

// BlockHooks returns the native block step's hooks in execution order:
// the moving prices of the pools last (in the reference they follow the
// block's emission, which a future emission hook must precede).
func BlockHooks() []precompile.BlockHook {
	return []precompile.BlockHook{
		pools.MovingPriceHook{},
	}
}
