package precompile

import (
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"
)

// BlockEnv is what a native block hook sees: the header of the block being
// built (number, time, coinbase) and the state after the parent block. Hooks
// read nothing else, so every node computes the same block step.
type BlockEnv struct {
	Header *types.Header       // the header of the block being built or imported
	State  vm.StateDB          // the parent's state, which the hook changes
	Config *params.ChainConfig // the chain's configuration
}

// BlockHook is one part of the native block step, which the executor runs at
// the start of every block, before the block's transactions (as Subtensor's
// on_initialize does). An error aborts the block.
type BlockHook interface {
	// Name identifies the hook in logs and errors.
	Name() string
	// OnBlock applies the hook's per-block work to env.State.
	OnBlock(env *BlockEnv) error
}
