package staking

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/taoevm/taoevm/precompiles/pools"
	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/protocol"
)

// Log gas of the events (EVM prices: 375 + 375 per topic + 8 per data byte).
var (
	logStakeAdded      = precompile.LogGas(4, 3*32)
	logStakeRemoved    = precompile.LogGas(4, 3*32)
	logSwap            = precompile.LogGas(3, 6*32)
	logStakeMoved      = precompile.LogGas(4, 5*32)
	logStakeTransfered = precompile.LogGas(4, 5*32)
	logApproval        = precompile.LogGas(4, 32)
	logAlphaBurned     = precompile.LogGas(4, 32)
	logTakeChanged     = precompile.LogGas(3, 2*32)
	logClaimed         = precompile.LogGas(4, 3*32)
)

func key(a common.Address) [32]byte { return precompile.AddressKey(a) }

func emitStakeAdded(env precompile.Env, netuid uint16, hotkey, coldkey common.Address, tao, alpha, fee uint64) error {
	return env.Emit("StakeAdded", netuid, key(hotkey), coldkey, tao, alpha, fee)
}

func emitStakeRemoved(env precompile.Env, netuid uint16, hotkey, coldkey common.Address, alpha, tao, fee uint64) error {
	return env.Emit("StakeRemoved", netuid, key(hotkey), coldkey, alpha, tao, fee)
}

// emitSwap reports a pool leg with the reserves after it (no event on root).
func emitSwap(env precompile.Env, k protocol.NetKey, coldkey common.Address, buy bool, t pools.Trade) error {
	if k.IsRoot() {
		return nil
	}
	p := pools.Load(env.State(), k)
	return env.Emit("Swap", k.Netuid, coldkey, buy, t.In, t.Out, t.Fee, p.TAO, p.Alpha)
}

func emitStakeMoved(env precompile.Env, coldkey, oh, dh common.Address, on, dn uint16, alphaIn, alphaOut, tao uint64) error {
	return env.Emit("StakeMoved", coldkey, key(oh), key(dh), on, dn, alphaIn, alphaOut, tao)
}

func emitStakeTransferred(env precompile.Env, from, to, hotkey common.Address, on, dn uint16, alphaIn, alphaOut uint64, spender common.Address) error {
	return env.Emit("StakeTransferred", from, to, key(hotkey), on, dn, alphaIn, alphaOut, spender)
}

func emitApproval(env precompile.Env, owner, spender common.Address, netuid uint16, amount *uint256.Int) error {
	return env.Emit("Approval", owner, spender, netuid, amount.ToBig())
}

func emitAlphaBurned(env precompile.Env, netuid uint16, hotkey, coldkey common.Address, alpha uint64) error {
	return env.Emit("AlphaBurned", netuid, key(hotkey), coldkey, alpha)
}

func emitTakeChanged(env precompile.Env, hotkey, owner common.Address, oldTake, newTake uint16) error {
	return env.Emit("TakeChanged", key(hotkey), owner, oldTake, newTake)
}

func emitClaimed(env precompile.Env, netuid uint16, hotkey, coldkey common.Address, gen, alpha, tao uint64) error {
	return env.Emit("DissolvedStakeClaimed", netuid, key(hotkey), coldkey, gen, alpha, tao)
}
