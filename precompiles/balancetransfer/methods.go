package balancetransfer

import (
	"github.com/taoevm/taoevm/precompiles/precompile"
)

// transferArgs are the arguments of transfer(bytes32 data).
type transferArgs struct {
	Data [32]byte
}

// transfer passes msg.value, which the EVM has already moved to the
// precompile's account, on to the destination key. The destination's code
// does not run (as with Subtensor's transfer to an account).
func transfer(env precompile.Env, args transferArgs) (precompile.None, error) {
	to, err := precompile.KeyAddress(args.Data)
	if err != nil {
		return precompile.None{}, err
	}
	if precompile.IsNativeAddress(to) {
		return precompile.None{}, precompile.Revert(ErrInvalidDestination, to)
	}
	value := env.Value()
	if err := env.State().Transfer(env.Address(), to, value); err != nil {
		return precompile.None{}, err
	}
	return precompile.None{}, emitTransfer(env, env.Caller(), to, value)
}
