package subnets

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/taoevm/taoevm/precompiles/protocol"
)

// RegistrationHook runs inside registerNetwork after the new generation's
// state is written (owner, owner hotkey, pool, generation): the neurons
// module registers the owner hotkey as uid 0 with it. It must be bounded
// and fit in RegistrationHookGas. An error reverts the registration.
type RegistrationHook func(b protocol.Bank, k protocol.NetKey, owner, ownerHotkey common.Address, block uint64) error

// RegistrationHookGas is the gas registerNetwork reserves for the
// registration hooks (the neurons module's uid 0: about ten new slots).
const RegistrationHookGas uint64 = 250_000

var registrationHooks []RegistrationHook

// AddRegistrationHook installs a hook. Call it only from a package's init
// function (the set of hooks is fixed before any EVM runs; hooks run in
// installation order, which Go's package initialisation order fixes).
func AddRegistrationHook(h RegistrationHook) {
	registrationHooks = append(registrationHooks, h)
}
