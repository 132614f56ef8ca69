// Package registry is the explicit list of taoevm's native modules: which
// precompile lives at which address, which block hooks run in the native block
// step, and the one constructor that builds every EVM the node runs.
package registry

import (
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"

	"github.com/taoevm/taoevm/precompiles/precompile"
)

// NewEVM is the only constructor of EVMs in taoevm: block execution, eth_call,
// gas estimation and tracing all go through it, so every EVM has the native
// precompiles bound to its own StateDB.
//
// TODO(framework): install the stateful precompiles.
func NewEVM(blockCtx vm.BlockContext, statedb vm.StateDB, cfg *params.ChainConfig, vmCfg vm.Config) *vm.EVM {
	return vm.NewEVM(blockCtx, statedb, cfg, vmCfg)
}

// GenesisAlloc returns the accounts every taoevm genesis must contain for the
// native modules: each precompile account with nonce 1 and code 0xFE.
func GenesisAlloc() types.GenesisAlloc {
	return types.GenesisAlloc{}
}

// BlockHooks returns the native block step's hooks in execution order.
func BlockHooks() []precompile.BlockHook {
	return nil
}
