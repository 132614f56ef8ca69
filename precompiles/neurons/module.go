package neurons

import (
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"

	"github.com/taoevm/taoevm/contracts"
	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/protocol"
)

// Address is the neuron precompile's address, the same as Subtensor's.
var Address = common.HexToAddress("0x0000000000000000000000000000000000000804")

// ContractName is the name of the Solidity interface in package contracts.
const ContractName = "INeuron"

// Storage prices the gas formulas are built from: a cold read, a write to
// a new slot, an update of a slot.
const (
	GasRead   = params.ColdSloadCostEIP2929  // 2,100
	GasNew    = params.SstoreSetGasEIP2200   // 20,000
	GasUpdate = params.SstoreResetGasEIP2200 // 5,000
	gasHash   = params.Keccak256Gas          // 30
	gasHashW  = params.Keccak256WordGas      // 6 per word
	gasLogB   = params.LogDataGas            // 8 per byte
)

// Gas of the methods. Each is a function of the input alone, priced for
// the worst case of the storage a call touches.
var (
	// GasRegister is burnedRegister's and registerLimit's: 40 reads
	// (subnet, hyperparameters, burn model twice, uid lookups, balance,
	// accounting), 5 new slots (hotkey owner, core, pruning row, results,
	// uid lookup), 8 updates (uid count, burn, recycled, issuance, balance,
	// old uid lookup, old weight row, spare), the two logs, plus the
	// pruning scan of a full subnet at the largest size: one read per two
	// uids of protocol.MaxUidsLimit (4,096), 4,300,800 gas.
	GasRegister = 40*GasRead + 5*GasNew + 8*GasUpdate +
		precompile.LogGas(neuronRegisteredTopics, neuronRegisteredData) +
		precompile.LogGas(neuronReplacedTopics, neuronReplacedData) +
		GasPruneScan
	// GasPruneScan is the pruning scan's share of GasRegister.
	GasPruneScan = uint64(protocol.MaxUidsLimit/2) * GasRead

	// GasSetWeightsBase is setWeights' fixed part: 14 reads, the row header
	// (new) and the core word (update), and the WeightsSet log without its
	// arrays. Per uid add GasWeightsPerUid (two array words of log data);
	// per started group of eight uids add GasNew (one row word).
	GasSetWeightsBase = 14*GasRead + GasNew + GasUpdate + precompile.LogGas(weightsSetTopics, weightsSetData)
	// GasWeightsPerUid is the log data of one uid and weight (64 bytes).
	GasWeightsPerUid = 64 * gasLogB

	// GasCommitWeights is commitWeights': 24 reads (10 commit slots among
	// them), the commit's two new slots, the core update and the log.
	GasCommitWeights = 24*GasRead + 2*GasNew + GasUpdate + precompile.LogGas(weightsCommittedTopics, weightsCommittedData)

	// GasRevealWeightsBase is revealWeights' fixed part: 34 reads (20
	// commit words), the commit cleared, the row header and core word, the
	// WeightsRevealed and WeightsSet logs and the hash of the fixed words.
	// Per uid add GasWeightsPerUid plus two hashed words; per group of
	// eight uids a row word (GasNew); per salt word GasSaltWord.
	GasRevealWeightsBase = 34*GasRead + GasUpdate + GasNew + GasUpdate +
		precompile.LogGas(weightsRevealedTopics, weightsRevealedData) +
		precompile.LogGas(weightsSetTopics, weightsSetData) + gasHash + 9*gasHashW
	// GasSaltWord is the hashing cost of one salt element.
	GasSaltWord = gasHashW

	// GasServeAxon is serveAxon's: 8 reads, the axon word (new), clearing a
	// stored certificate (update) and the AxonServed log without a
	// certificate.
	GasServeAxon = 8*GasRead + GasNew + GasUpdate + precompile.LogGas(axonServedTopics, axonServedData)
	// GasServeAxonTlsBase is serveAxonTls' fixed part (as GasServeAxon);
	// per started 32 bytes of certificate add GasNew (a stored word) and 32
	// bytes of log data.
	GasServeAxonTlsBase = GasServeAxon
	// GasServePrometheus is servePrometheus': 8 reads, one new word, the log.
	GasServePrometheus = 8*GasRead + GasNew + precompile.LogGas(prometheusServedTopics, prometheusData)

	// GasEpochIndex is getEpochIndex's: three reads (the generation, the
	// tempo and its genesis default).
	GasEpochIndex = 3 * GasRead
	// GasWeightCommits is getWeightCommits': 23 reads (the generation, the
	// tempo, ten commit slots of two words).
	GasWeightCommits = 23 * GasRead
	// GasGetWeights is getWeights': three reads and the largest row (one
	// word per eight of protocol.MaxUidsLimit uids).
	GasGetWeights = 3*GasRead + uint64(protocol.MaxUidsLimit/8)*GasRead
)

func groups8(n int) uint64 { return uint64(n+7) / 8 }

// certWords is the number of storage words (and log words) a certificate
// of n bytes takes.
func certWords(n int) uint64 {
	if n == 0 {
		return 0
	}
	return uint64(n+31) / 32
}

var (
	defOnce sync.Once
	def     *precompile.Definition
)

// Definition returns the precompile's validated module definition.
func Definition() *precompile.Definition {
	defOnce.Do(func() {
		def = precompile.MustNew(precompile.Module{
			Name:    "neuron",
			Address: Address,
			ABI:     contracts.MustABI(ContractName),
			Methods: []precompile.Method{
				precompile.Tx("burnedRegister", GasRegister, burnedRegister),
				precompile.Tx("registerLimit", GasRegister, registerLimit),
				precompile.Tx("setWeights", GasSetWeightsBase, setWeights,
					precompile.PerItem(GasWeightsPerUid, func(a weightsArgs) uint64 { return uint64(len(a.Dests)) }),
					precompile.PerItem(GasNew, func(a weightsArgs) uint64 { return groups8(len(a.Dests)) })),
				precompile.Tx("commitWeights", GasCommitWeights, commitWeights),
				precompile.Tx("revealWeights", GasRevealWeightsBase, revealWeights,
					precompile.PerItem(GasWeightsPerUid+2*gasHashW, func(a revealArgs) uint64 { return uint64(len(a.Uids)) }),
					precompile.PerItem(GasNew, func(a revealArgs) uint64 { return groups8(len(a.Uids)) }),
					precompile.PerItem(GasSaltWord, func(a revealArgs) uint64 { return uint64(len(a.Salt)) })),
				precompile.Tx("serveAxon", GasServeAxon, serveAxon),
				precompile.Tx("serveAxonTls", GasServeAxonTlsBase, serveAxonTls,
					precompile.PerItem(GasNew+32*gasLogB, func(a serveAxonTlsArgs) uint64 { return certWords(len(a.Certificate)) })),
				precompile.Tx("servePrometheus", GasServePrometheus, servePrometheus),
				precompile.View("getEpochIndex", GasEpochIndex, getEpochIndex),
				precompile.View("getWeightCommits", GasWeightCommits, getWeightCommits),
				precompile.View("getWeights", GasGetWeights, getWeights),
			},
			Errors: errorMappings(),
		})
	})
	return def
}
