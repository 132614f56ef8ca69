package subnets

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/protocol"
)

func emitNetworkRegistered(env precompile.Env, netuid uint16, owner common.Address, hotkey [32]byte, gen, lock, seed uint64) error {
	return env.Emit("NetworkRegistered", netuid, owner, hotkey, gen, lock, seed)
}

func emitNetworkDissolved(env precompile.Env, netuid uint16, owner common.Address, gen, poolTAO uint64, rate *uint256.Int, refund uint64) error {
	return env.Emit("NetworkDissolved", netuid, owner, gen, poolTAO, rate.ToBig(), refund)
}

func emitIdentitySet(env precompile.Env, netuid uint16, id Identity) error {
	return env.Emit("IdentitySet", netuid, id)
}

func emitHyperparameterSet(env precompile.Env, netuid uint16, h Hyper, v uint64) error {
	return env.Emit("HyperparameterSet", netuid, h.EventKey(), protocol.Big(v))
}

func emitOwnerHotkeySet(env precompile.Env, netuid uint16, old, next common.Address) error {
	return env.Emit("SubnetOwnerHotkeySet", netuid, precompile.AddressKey(old), precompile.AddressKey(next))
}

func emitOwnershipTransferred(env precompile.Env, netuid uint16, prev, next common.Address) error {
	return env.Emit("SubnetOwnershipTransferred", netuid, prev, next)
}
