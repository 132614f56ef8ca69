package neurons

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/taoevm/taoevm/precompiles/precompile"
)

// Log sizes of the events, for the methods' gas: topics including the
// signature, and ABI-encoded data bytes.
const (
	neuronRegisteredTopics, neuronRegisteredData = 4, 64
	neuronReplacedTopics, neuronReplacedData     = 4, 32
	axonServedTopics, axonServedData             = 3, 9 * 32 // plus the certificate's words
	prometheusServedTopics, prometheusData       = 3, 4 * 32
	weightsCommittedTopics, weightsCommittedData = 4, 64
	weightsRevealedTopics, weightsRevealedData   = 4, 32
	weightsSetTopics, weightsSetData             = 4, 5 * 32 // plus 64 per uid
)

func ipBig(ip [16]byte) *big.Int { return new(big.Int).SetBytes(ip[:]) }

func emitNeuronRegistered(env precompile.Env, netuid, uid uint16, hotkey, coldkey common.Address, burn uint64) error {
	return env.Emit("NeuronRegistered", netuid, uid, precompile.AddressKey(hotkey), coldkey, burn)
}

func emitNeuronReplaced(env precompile.Env, netuid, uid uint16, oldHotkey, newHotkey common.Address) error {
	return env.Emit("NeuronReplaced", netuid, uid, precompile.AddressKey(oldHotkey), precompile.AddressKey(newHotkey))
}

func emitAxonServed(env precompile.Env, netuid uint16, hotkey common.Address, a Axon, p1, p2 uint8, cert []byte) error {
	if cert == nil {
		cert = []byte{}
	}
	return env.Emit("AxonServed", netuid, precompile.AddressKey(hotkey), a.Version, ipBig(a.IP), a.Port, a.IPType, a.Protocol, p1, p2, cert)
}

func emitPrometheusServed(env precompile.Env, netuid uint16, hotkey common.Address, p Prometheus) error {
	return env.Emit("PrometheusServed", netuid, precompile.AddressKey(hotkey), p.Version, ipBig(p.IP), p.Port, p.IPType)
}

func emitWeightsSet(env precompile.Env, netuid uint16, hotkey common.Address, uid uint16, versionKey uint64, uids, weights []uint16) error {
	return env.Emit("WeightsSet", netuid, precompile.AddressKey(hotkey), uid, versionKey, uids, weights)
}

func emitWeightsCommitted(env precompile.Env, netuid uint16, hotkey common.Address, c Commit) error {
	return env.Emit("WeightsCommitted", netuid, precompile.AddressKey(hotkey), [32]byte(c.Hash), c.Epoch, c.RevealEpoch)
}

func emitWeightsRevealed(env precompile.Env, netuid uint16, hotkey common.Address, hash common.Hash, versionKey uint64) error {
	return env.Emit("WeightsRevealed", netuid, precompile.AddressKey(hotkey), [32]byte(hash), versionKey)
}
