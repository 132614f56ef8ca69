package subnets

import (
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"

	"github.com/taoevm/taoevm/contracts"
	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/protocol"
)

// Address is the subnet precompile's address, the same as Subtensor's; the
// escrowed locks are native balance of this account.
var Address = common.HexToAddress("0x0000000000000000000000000000000000000803")

// ContractName is the name of the Solidity interface in package contracts.
const ContractName = "ISubnet"

// Gas. Every method is priced for the worst case of the storage it touches:
// GasRead per cold read, GasWrite per slot written (as if new), value
// transfers and logs at the EVM's prices.
const (
	// GasRead is a cold SLOAD.
	GasRead = params.ColdSloadCostEIP2929
	// GasWrite is an SSTORE of a new slot.
	GasWrite = params.SstoreSetGasEIP2200
	// GasView is the fixed part of every method.
	GasView uint64 = 200
	// GasTransfer is one native value transfer that may create the
	// recipient's account.
	GasTransfer = params.CallValueTransferGas + params.CallNewAccountGas

	// GasGlobalView reads one word (lock cost: three).
	GasGlobalView = GasView + GasRead
	// GasLockCostView is getNetworkLockCost.
	GasLockCostView = GasView + 3*GasRead
	// GasKeyView reads the generation and one word.
	GasKeyView = GasView + 2*GasRead
	// GasHyperView reads the generation, the hyperparameter and its default.
	GasHyperView = GasView + 3*GasRead
	// GasPairView reads the generation and two hyperparameters.
	GasPairView = GasView + 5*GasRead
	// GasBurnView is getBurn: generation, burn, default, registration block,
	// half-life, min and max (two words each) and the decay.
	GasBurnView = GasView + 11*GasRead + 1000
	// GasIdentityView is getSubnetIdentity: eight strings of up to 1024
	// bytes (at most 33 words each).
	GasIdentityView = GasView + (1+8*33)*GasRead

	// GasSetter is an owner setter: generation, owner, bounds, last change,
	// rate limit and tempo reads; the value and last-change writes; the
	// HyperparameterSet log.
	GasSetter = GasView + 10*GasRead + 2*GasWrite + 375 + 3*375 + 8*32
	// GasBurnSetter adds the burn rebase (reads and one write).
	GasBurnSetter = GasSetter + 8*GasRead + GasWrite + 1000
	// GasAlphaValuesSetter sets two hyperparameters with two logs.
	GasAlphaValuesSetter = 2 * GasSetter
	// GasOwnerHotkeySetter: generation, owner, lock, rate limit, hotkey
	// owner and old hotkey reads; three writes; a four-topic log.
	GasOwnerHotkeySetter = GasView + 6*GasRead + 3*GasWrite + 375 + 4*375
	// GasOwnershipSetter: generation and owner reads, one write, a log.
	GasOwnershipSetter = GasView + 2*GasRead + GasWrite + 375 + 4*375
	// GasIdentitySetter is the fixed part of setSubnetIdentity (plus
	// IdentityGas).
	GasIdentitySetter = GasView + 2*GasRead

	// GasRegisterBase is registerNetwork without dissolution or identity:
	// about 30 reads (hotkey owner, lock, parameters, counters, balances),
	// ten new slots (generation, net row, hotkey owner, pool, owner, owner
	// hotkey, lock, last lock, network count, burn), two value transfers,
	// the NetworkRegistered log and the registration hooks.
	GasRegisterBase = GasView + 30*GasRead + 10*GasWrite + 2*GasTransfer + 375 + 4*375 + 8*96 + RegistrationHookGas
	// GasScan is the dissolution candidate scan priced for the hard cap of
	// 1024 subnets: one cold read per two subnets plus the warm re-read and
	// the comparison per subnet.
	GasScan = uint64(protocol.MaxSubnetLimit)/2*GasRead + uint64(protocol.MaxSubnetLimit)*(params.WarmStorageReadCostEIP2929+50)
	// GasDissolve is the dissolution itself: reads of the pool, owner, lock
	// and parameters; the dissolution record, rate and lock writes; the
	// escrow refund; the NetworkDissolved log.
	GasDissolve = 6*GasRead + 3*GasWrite + GasTransfer + 375 + 3*375 + 8*128
	// GasRegister is registerNetwork(bytes32).
	GasRegister = GasRegisterBase + GasScan + GasDissolve
)

// IdentityGas is the identity-dependent gas of the registerNetwork
// overloads with identity and of setSubnetIdentity: for each field its
// storage words (a cold access and a new slot each) and its log data (8 per
// byte, padded, plus its length word), and the IdentitySet log's topics and
// head.
func IdentityGas(id Identity) uint64 {
	gas := uint64(375 + 2*375 + 8*(32+8*32))
	for _, f := range id.fields() {
		n := len(*f)
		gas += uint64(StringWords(n))*(GasRead+GasWrite) + 8*uint64(32+(n+31)/32*32)
	}
	return gas
}

var (
	defOnce sync.Once
	def     *precompile.Definition
)

// Definition returns the subnet precompile's validated module definition.
func Definition() *precompile.Definition {
	defOnce.Do(func() {
		view16, view64 := hyperView[uint16], hyperView[uint64]
		def = precompile.MustNew(precompile.Module{
			Name:    "subnet",
			Address: Address,
			ABI:     contracts.MustABI(ContractName),
			Methods: []precompile.Method{
				// registration
				precompile.Tx("registerNetwork", GasRegister, registerNetwork),
				precompile.Tx("registerNetwork0", GasRegister, registerNetworkWithIdentity,
					precompile.PerItem(1, func(a registerIdentityArgs) uint64 { return IdentityGas(a.identity()) })),
				precompile.Tx("registerNetwork1", GasRegister, registerNetworkWithIdentityV2,
					precompile.PerItem(1, func(a registerIdentityV2Args) uint64 { return IdentityGas(a.identity()) })),
				precompile.View("getNetworkRegistrationBlock", GasKeyView, getNetworkRegistrationBlock),
				precompile.View("getNetworkLockCost", GasLockCostView, getNetworkLockCost),
				precompile.View("getTotalNetworks", GasGlobalView, getTotalNetworks),
				precompile.View("getSubnetLimit", GasGlobalView, getSubnetLimit),
				precompile.View("getNetworkImmunityPeriod", GasGlobalView, getNetworkImmunityPeriod),
				precompile.View("getNetworkGeneration", GasGlobalView, getNetworkGeneration),

				// owner, identity
				precompile.View("getSubnetOwner", GasKeyView, getSubnetOwner),
				precompile.View("getSubnetOwnerHotkey", GasKeyView, getSubnetOwnerHotkey),
				precompile.Tx("setSubnetOwnerHotkey", GasOwnerHotkeySetter, setSubnetOwnerHotkey),
				precompile.Tx("transferSubnetOwnership", GasOwnershipSetter, transferSubnetOwnership),
				precompile.View("getSubnetIdentity", GasIdentityView, getSubnetIdentity),
				precompile.Tx("setSubnetIdentity", GasIdentitySetter, setSubnetIdentity,
					precompile.PerItem(1, func(a setIdentityArgs) uint64 { return IdentityGas(a.identity()) })),

				// hyperparameters
				precompile.View("getServingRateLimit", GasHyperView, view64(HServingRateLimit)),
				precompile.Tx("setServingRateLimit", GasSetter, setServingRateLimit),
				precompile.View("getMinDifficulty", GasKeyView, constView(PowDifficulty)),
				precompile.Tx("setMinDifficulty", GasView, notSupported[setMinDifficultyArgs]),
				precompile.View("getMaxDifficulty", GasKeyView, constView(PowMaxDifficulty)),
				precompile.Tx("setMaxDifficulty", GasView, notSupported[setMaxDifficultyArgs]),
				precompile.View("getWeightsVersionKey", GasHyperView, view64(HWeightsVersionKey)),
				precompile.Tx("setWeightsVersionKey", GasSetter, setWeightsVersionKey),
				precompile.View("getWeightsSetRateLimit", GasKeyView, getWeightsSetRateLimit),
				precompile.Tx("setWeightsSetRateLimit", GasView, notSupported[setWeightsSetRateLimitArgs]),
				precompile.View("getAdjustmentAlpha", GasKeyView, constView(uint64(0))),
				precompile.Tx("setAdjustmentAlpha", GasView, notSupported[setAdjustmentAlphaArgs]),
				precompile.View("getMaxWeightLimit", GasKeyView, constView(MaxWeightLimit)),
				precompile.View("getImmunityPeriod", GasHyperView, view16(HImmunityPeriod)),
				precompile.Tx("setImmunityPeriod", GasSetter, setImmunityPeriod),
				precompile.View("getMinAllowedWeights", GasHyperView, view16(HMinAllowedWeights)),
				precompile.Tx("setMinAllowedWeights", GasSetter, setMinAllowedWeights),
				precompile.View("getKappa", GasKeyView, getKappa),
				precompile.Tx("setKappa", GasView, notSupported[setKappaArgs]),
				precompile.View("getRho", GasHyperView, view16(HRho)),
				precompile.Tx("setRho", GasSetter, setRho),
				precompile.View("getAlphaSigmoidSteepness", GasHyperView, view16(HAlphaSigmoidSteepness)),
				precompile.Tx("setAlphaSigmoidSteepness", GasSetter, setAlphaSigmoidSteepness),
				precompile.View("getActivityCutoff", GasHyperView, view16(HActivityCutoff)),
				precompile.Tx("setActivityCutoff", GasSetter, setActivityCutoff),
				precompile.View("getActivityCutoffFactor", GasPairView, getActivityCutoffFactor),
				precompile.Tx("setActivityCutoffFactor", GasView, notSupported[setActivityCutoffFactorArgs]),
				precompile.View("getNetworkRegistrationAllowed", GasKeyView, constView(true)),
				precompile.Tx("setNetworkRegistrationAllowed", GasView, notSupported[setRegistrationAllowedArgs]),
				precompile.View("getNetworkPowRegistrationAllowed", GasKeyView, constView(false)),
				precompile.Tx("setNetworkPowRegistrationAllowed", GasView, notSupported[setRegistrationAllowedArgs]),
				precompile.View("getMinBurn", GasHyperView, view64(HMinBurn)),
				precompile.Tx("setMinBurn", GasBurnSetter, setMinBurn),
				precompile.View("getMaxBurn", GasHyperView, view64(HMaxBurn)),
				precompile.Tx("setMaxBurn", GasBurnSetter, setMaxBurn),
				precompile.View("getDifficulty", GasKeyView, constView(PowDifficulty)),
				precompile.Tx("setDifficulty", GasView, notSupported[setDifficultyArgs]),
				precompile.View("getBondsMovingAverage", GasHyperView, view64(HBondsMovingAverage)),
				precompile.Tx("setBondsMovingAverage", GasSetter, setBondsMovingAverage),
				precompile.View("getCommitRevealWeightsEnabled", GasHyperView, boolView(HCommitRevealWeightsEnabled)),
				precompile.Tx("setCommitRevealWeightsEnabled", GasSetter, setBoolHyper(HCommitRevealWeightsEnabled)),
				precompile.View("getLiquidAlphaEnabled", GasHyperView, boolView(HLiquidAlphaEnabled)),
				precompile.Tx("setLiquidAlphaEnabled", GasSetter, setBoolHyper(HLiquidAlphaEnabled)),
				precompile.View("getYuma3Enabled", GasHyperView, boolView(HYuma3Enabled)),
				precompile.Tx("setYuma3Enabled", GasSetter, setBoolHyper(HYuma3Enabled)),
				precompile.View("getBondsResetEnabled", GasHyperView, boolView(HBondsResetEnabled)),
				precompile.Tx("setBondsResetEnabled", GasSetter, setBoolHyper(HBondsResetEnabled)),
				precompile.View("getAlphaValues", GasPairView, getAlphaValues),
				precompile.Tx("setAlphaValues", GasAlphaValuesSetter, setAlphaValues),
				precompile.View("getCommitRevealWeightsInterval", GasHyperView, view64(HCommitRevealWeightsInterval)),
				precompile.Tx("setCommitRevealWeightsInterval", GasSetter, setCommitRevealWeightsInterval),
				precompile.Tx("toggleTransfers", GasSetter, toggleTransfers),
				precompile.View("getTransfersEnabled", GasHyperView, boolView(HTransfersEnabled)),
				precompile.View("getTempo", GasHyperView, view16(HTempo)),
				precompile.View("getMaxAllowedUids", GasHyperView, view16(HMaxAllowedUids)),
				precompile.Tx("setMaxAllowedUids", GasSetter, setMaxAllowedUids),
				precompile.View("getMaxAllowedValidators", GasHyperView, view16(HMaxAllowedValidators)),
				precompile.View("getBondsPenalty", GasHyperView, view16(HBondsPenalty)),
				precompile.Tx("setBondsPenalty", GasSetter, setBondsPenalty),
				precompile.View("getBurn", GasBurnView, getBurn),
				precompile.View("getBurnHalfLife", GasHyperView, view16(HBurnHalfLife)),
				precompile.Tx("setBurnHalfLife", GasBurnSetter, setBurnHalfLife),
				precompile.View("getBurnIncreaseMult", GasHyperView, view64(HBurnIncreaseMult)),
				precompile.Tx("setBurnIncreaseMult", GasSetter, setBurnIncreaseMult),
			},
			Errors: append(protocol.ErrorMappings(), precompile.ErrorMapping{Err: ErrSubnetLimitReached, Name: "SubnetLimitReached"}),
		})
	})
	return def
}
