package precompile_test

import (
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/taoevm/taoevm/contracts"
	"github.com/taoevm/taoevm/precompiles/precompile"
)

// The probe is a test-only precompile (contracts/src/test/IProbe.sol) that
// exercises every part of the framework.

var (
	probeAddr  = common.HexToAddress("0x00000000000000000000000000000000000008ff")
	probeNS    = precompile.NewNamespace("probe")
	pokedField = probeNS.Field("poked")

	errTooLarge = errors.New("too large")
)

const (
	gasWhoami  = 1000
	gasPoke    = 30000
	gasDeposit = 5000
	gasSumBase = 500
	gasSumItem = 100
	gasPeek    = 2100
	gasBadView = 1000
	pokeMax    = 1000
)

type whoamiResult struct {
	Kind   uint8
	Caller common.Address
	Value  *big.Int
}

type pokeArgs struct {
	Who   common.Address
	Value *big.Int
}

type sumArgs struct {
	Xs []*big.Int
}

type peekArgs struct {
	Who common.Address
}

func whoami(env precompile.Env, _ precompile.None) (whoamiResult, error) {
	return whoamiResult{Kind: uint8(env.Kind()), Caller: env.Caller(), Value: env.Value().ToBig()}, nil
}

func poke(env precompile.Env, a pokeArgs) (precompile.None, error) {
	if a.Value.Cmp(big.NewInt(pokeMax)) > 0 {
		return precompile.None{}, precompile.Revert(errTooLarge, a.Value, big.NewInt(pokeMax))
	}
	v, _ := uint256.FromBig(a.Value)
	precompile.StoreUint256(env.State(), env.Address(), pokedField.Address(a.Who), v)
	return precompile.None{}, env.Emit("Poked", env.Caller(), a.Who, a.Value)
}

func deposit(env precompile.Env, _ precompile.None) (*big.Int, error) {
	return env.State().GetBalance(env.Address()).ToBig(), nil
}

func sum(_ precompile.Env, a sumArgs) (*big.Int, error) {
	total := new(big.Int)
	for _, x := range a.Xs {
		total.Add(total, x)
	}
	return total, nil
}

func peek(env precompile.Env, a peekArgs) (*big.Int, error) {
	return precompile.LoadUint256(env.State(), env.Address(), pokedField.Address(a.Who)).ToBig(), nil
}

func badView(env precompile.Env, _ precompile.None) (precompile.None, error) {
	precompile.StoreUint64(env.State(), env.Address(), probeNS.Field("bad"), 1)
	return precompile.None{}, nil
}

func sumItems(a sumArgs) uint64 { return uint64(len(a.Xs)) }

func probeModule() precompile.Module {
	return precompile.Module{
		Name:    "probe",
		Address: probeAddr,
		ABI:     contracts.MustABI("IProbe"),
		Methods: []precompile.Method{
			precompile.View("whoami", gasWhoami, whoami),
			precompile.Tx("poke", gasPoke, poke),
			precompile.Payable("deposit", gasDeposit, deposit),
			precompile.View("sum", gasSumBase, sum, precompile.PerItem(gasSumItem, sumItems)),
			precompile.View("peek", gasPeek, peek),
			precompile.View("badView", gasBadView, badView),
		},
		Errors: []precompile.ErrorMapping{{Err: errTooLarge, Name: "TooLarge"}},
	}
}

var probeDef = precompile.MustNew(probeModule())
