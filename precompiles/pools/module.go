package pools

import (
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"

	"github.com/taoevm/taoevm/contracts"
	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/protocol"
)

// Address is the alpha precompile's address, the same as Subtensor's; the
// pools' TAO is native balance of this account.
var Address = common.HexToAddress("0x0000000000000000000000000000000000000808")

// ContractName is the name of the Solidity interface in package contracts.
const ContractName = "IAlpha"

// Gas of the views: GasView for the call itself plus a cold storage read
// (GasRead) per word read, in the worst case (the subnet's generation, its
// pool word, a parameter).
const (
	// GasRead is a cold SLOAD.
	GasRead = params.ColdSloadCostEIP2929
	// GasView is the fixed part of every view.
	GasView uint64 = 200
	// GasSearch is the compute of a limit or exact-output search (at most
	// 64 quote evaluations in 256-bit integers).
	GasSearch uint64 = 5000
	// GasPool is a view of one pool word: generation + pool.
	GasPool = GasView + 2*GasRead
	// GasSim is a simulated swap: generation, pool, fee rate and one quote.
	GasSim = GasView + 3*GasRead + 500
	// GasSearchView is a limit or exact-output view.
	GasSearchView = GasView + 3*GasRead + GasSearch
	// GasSumPerSubnet is the per-subnet cost of getSumAlphaPrice, priced for
	// protocol.MaxSubnetLimit subnets: GasSum = GasView + GasRead +
	// 1024 × GasSumPerSubnet.
	GasSumPerSubnet = 2*GasRead + 100
	// GasSum is getSumAlphaPrice.
	GasSum = GasView + GasRead + uint64(protocol.MaxSubnetLimit)*GasSumPerSubnet
)

var (
	defOnce sync.Once
	def     *precompile.Definition
)

// Definition returns the alpha precompile's validated module definition.
func Definition() *precompile.Definition {
	defOnce.Do(func() {
		def = precompile.MustNew(precompile.Module{
			Name:    "alpha",
			Address: Address,
			ABI:     contracts.MustABI(ContractName),
			Methods: []precompile.Method{
				precompile.View("getAlphaPrice", GasPool, getAlphaPrice),
				precompile.View("getAlphaPriceRao", GasPool, getAlphaPriceRao),
				precompile.View("getMovingAlphaPrice", GasPool, getMovingAlphaPrice),
				precompile.View("getTaoInPool", GasPool, getTaoInPool),
				precompile.View("getAlphaInPool", GasPool, getAlphaInPool),
				precompile.View("getAlphaOutPool", GasPool, getAlphaOutPool),
				precompile.View("getAlphaIssuance", GasPool, getAlphaIssuance),
				precompile.View("getTaoWeight", GasView+GasRead, getTaoWeight),
				precompile.View("getCKBurn", GasView, getCKBurn),
				precompile.View("getRootNetuid", GasView, getRootNetuid),
				precompile.View("getSubnetMechanism", GasView+GasRead, getSubnetMechanism),
				precompile.View("getEMAPriceHalvingBlocks", GasPool, getEMAPriceHalvingBlocks),
				precompile.View("getSubnetVolume", GasPool, getSubnetVolume),
				precompile.View("getTaoInEmission", GasPool, getTaoInEmission),
				precompile.View("getAlphaInEmission", GasPool, getAlphaInEmission),
				precompile.View("getAlphaOutEmission", GasPool, getAlphaOutEmission),
				precompile.View("getSumAlphaPrice", GasSum, getSumAlphaPrice),
				precompile.View("getFeeRate", GasPool, getFeeRate),
				precompile.View("simSwapTaoForAlpha", GasSim, simSwapTaoForAlpha),
				precompile.View("simSwapAlphaForTao", GasSim, simSwapAlphaForTao),
				precompile.View("simSwapTaoForExactAlpha", GasSearchView, simSwapTaoForExactAlpha),
				precompile.View("simSwapAlphaForExactTao", GasSearchView, simSwapAlphaForExactTao),
				precompile.View("getMaxAmountAdd", GasSearchView, getMaxAmountAdd),
				precompile.View("getMaxAmountRemove", GasSearchView, getMaxAmountRemove),
			},
			Errors: protocol.ErrorMappings(),
		})
	})
	return def
}
