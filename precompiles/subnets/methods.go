package subnets

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/protocol"
)

// Constant answers of the proof-of-work and disabled views.
const (
	// PowDifficulty is what getDifficulty and getMinDifficulty return.
	PowDifficulty uint64 = 10_000_000
	// PowMaxDifficulty is what getMaxDifficulty returns (u64::MAX / 4).
	PowMaxDifficulty uint64 = ^uint64(0) / 4
	// MaxWeightLimit is what getMaxWeightLimit returns (the check is off).
	MaxWeightLimit uint16 = 65535
)

type netuidArgs struct{ Netuid uint16 }

type registerArgs struct{ Hotkey [32]byte }

type registerIdentityArgs struct {
	Hotkey        [32]byte
	SubnetName    string
	GithubRepo    string
	SubnetContact string
	SubnetUrl     string //nolint:revive // ABI name
	Discord       string
	Description   string
	Additional    string
}

type registerIdentityV2Args struct {
	Hotkey        [32]byte
	SubnetName    string
	GithubRepo    string
	SubnetContact string
	SubnetUrl     string //nolint:revive // ABI name
	Discord       string
	Description   string
	Additional    string
	LogoUrl       string //nolint:revive // ABI name
}

type setIdentityArgs struct {
	Netuid        uint16
	SubnetName    string
	GithubRepo    string
	SubnetContact string
	SubnetUrl     string //nolint:revive // ABI name
	Discord       string
	Description   string
	Additional    string
	LogoUrl       string //nolint:revive // ABI name
}

func (a registerIdentityArgs) identity() Identity {
	return Identity{a.SubnetName, a.GithubRepo, a.SubnetContact, a.SubnetUrl, a.Discord, a.Description, a.Additional, ""}
}

func (a registerIdentityV2Args) identity() Identity {
	return Identity{a.SubnetName, a.GithubRepo, a.SubnetContact, a.SubnetUrl, a.Discord, a.Description, a.Additional, a.LogoUrl}
}

func (a setIdentityArgs) identity() Identity {
	return Identity{a.SubnetName, a.GithubRepo, a.SubnetContact, a.SubnetUrl, a.Discord, a.Description, a.Additional, a.LogoUrl}
}

func registerNetwork(env precompile.Env, a registerArgs) (uint16, error) {
	return register(env, a.Hotkey, nil)
}

func registerNetworkWithIdentity(env precompile.Env, a registerIdentityArgs) (uint16, error) {
	id := a.identity()
	return register(env, a.Hotkey, &id)
}

func registerNetworkWithIdentityV2(env precompile.Env, a registerIdentityV2Args) (uint16, error) {
	id := a.identity()
	return register(env, a.Hotkey, &id)
}

// ---------------------------------------------------------------- views

func getNetworkLockCost(env precompile.Env, _ precompile.None) (uint64, error) {
	return LockCost(env.State(), env.BlockNumber()), nil
}

func getTotalNetworks(env precompile.Env, _ precompile.None) (uint16, error) {
	return protocol.TotalNetworks(env.State()), nil
}

func getSubnetLimit(env precompile.Env, _ precompile.None) (uint16, error) {
	return protocol.SubnetLimit.Get(env.State()), nil
}

func getNetworkImmunityPeriod(env precompile.Env, _ precompile.None) (uint64, error) {
	return protocol.NetworkImmunityPeriod.Get(env.State()), nil
}

func getNetworkGeneration(env precompile.Env, a netuidArgs) (uint64, error) {
	return protocol.Generation(env.State(), a.Netuid), nil
}

func getNetworkRegistrationBlock(env precompile.Env, a netuidArgs) (uint64, error) {
	if _, err := Key(env.State(), a.Netuid); err != nil {
		return 0, err
	}
	return protocol.RegisteredAt(env.State(), a.Netuid), nil
}

func getSubnetOwner(env precompile.Env, a netuidArgs) (common.Address, error) {
	k, err := Key(env.State(), a.Netuid)
	if err != nil {
		return common.Address{}, err
	}
	return Owner(env.State(), k), nil
}

func getSubnetOwnerHotkey(env precompile.Env, a netuidArgs) ([32]byte, error) {
	k, err := Key(env.State(), a.Netuid)
	if err != nil {
		return [32]byte{}, err
	}
	return precompile.AddressKey(OwnerHotkey(env.State(), k)), nil
}

func getSubnetIdentity(env precompile.Env, a netuidArgs) (Identity, error) {
	k, err := Key(env.State(), a.Netuid)
	if err != nil {
		return Identity{}, err
	}
	return LoadIdentity(env.State(), k), nil
}

func getBurn(env precompile.Env, a netuidArgs) (uint64, error) {
	k, err := Key(env.State(), a.Netuid)
	if err != nil {
		return 0, err
	}
	return CurrentBurn(env.State(), k, env.BlockNumber()), nil
}

// hyperView returns a view of one stored hyperparameter converted to the
// ABI type T.
func hyperView[T uint16 | uint64](h Hyper) func(precompile.Env, netuidArgs) (T, error) {
	return func(env precompile.Env, a netuidArgs) (T, error) {
		k, err := Key(env.State(), a.Netuid)
		if err != nil {
			return 0, err
		}
		return T(Get(env.State(), k, h)), nil
	}
}

func boolView(h Hyper) func(precompile.Env, netuidArgs) (bool, error) {
	return func(env precompile.Env, a netuidArgs) (bool, error) {
		k, err := Key(env.State(), a.Netuid)
		if err != nil {
			return false, err
		}
		return Get(env.State(), k, h) != 0, nil
	}
}

// constView returns a view answering v for any existing subnet.
func constView[T any](v T) func(precompile.Env, netuidArgs) (T, error) {
	return func(env precompile.Env, a netuidArgs) (T, error) {
		if _, err := Key(env.State(), a.Netuid); err != nil {
			var z T
			return z, err
		}
		return v, nil
	}
}

func getKappa(env precompile.Env, a netuidArgs) (uint16, error) {
	k, err := Key(env.State(), a.Netuid)
	if err != nil {
		return 0, err
	}
	return Kappa(env.State(), k), nil
}

func getWeightsSetRateLimit(env precompile.Env, a netuidArgs) (uint64, error) {
	k, err := Key(env.State(), a.Netuid)
	if err != nil {
		return 0, err
	}
	return WeightsSetRateLimit(env.State(), k), nil
}

func getActivityCutoffFactor(env precompile.Env, a netuidArgs) (uint32, error) {
	k, err := Key(env.State(), a.Netuid)
	if err != nil {
		return 0, err
	}
	tempo := uint64(Tempo(env.State(), k))
	if tempo == 0 {
		return 0, nil
	}
	return uint32(uint64(ActivityCutoff(env.State(), k)) * 1000 / tempo), nil
}

type alphaValues struct {
	AlphaLow  uint16
	AlphaHigh uint16
}

func getAlphaValues(env precompile.Env, a netuidArgs) (alphaValues, error) {
	k, err := Key(env.State(), a.Netuid)
	if err != nil {
		return alphaValues{}, err
	}
	lo, hi := AlphaValues(env.State(), k)
	return alphaValues{lo, hi}, nil
}
