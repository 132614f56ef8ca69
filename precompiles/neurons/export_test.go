package neurons

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/subnets"
)

// PlaceNeuron exposes placeNeuron to the external tests.
func PlaceNeuron(w precompile.StateWriter, k protocol.NetKey, uid uint16, hotkey common.Address, block uint64) {
	placeNeuron(w, k, uid, hotkey, block)
}

// RegisterOwner runs the registration hook's writes on a plain state.
func RegisterOwner(w precompile.StateWriter, k protocol.NetKey, hotkey common.Address, block uint64) {
	placeNeuron(w, k, 0, hotkey, block)
	subnets.SetUidCount(w, k, 1)
}

// RegisterOwnerHook is the hook installed in package subnets.
var RegisterOwnerHook subnets.RegistrationHook = registerOwner
