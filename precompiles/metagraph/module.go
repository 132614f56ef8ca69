package metagraph

import (
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"

	"github.com/taoevm/taoevm/contracts"
	"github.com/taoevm/taoevm/precompiles/neurons"
	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/staking"
	"github.com/taoevm/taoevm/precompiles/subnets"
)

// Address is the metagraph precompile's address, the same as Subtensor's.
var Address = common.HexToAddress("0x0000000000000000000000000000000000000802")

// ContractName is the name of the Solidity interface in package contracts.
const ContractName = "IMetagraph"

const gasRead = params.ColdSloadCostEIP2929

// Gas of the views: every view reads the generation and the uid count.
const (
	// GasUidCount is getUidCount's: two reads.
	GasUidCount = 2 * gasRead
	// GasConstant is getRank's and getTrust's: the uid check only.
	GasConstant = 2 * gasRead
	// GasUidWord is a view of one per-uid word (results, emission, permit,
	// activity, last update, hotkey, registration block): three reads.
	GasUidWord = 3 * gasRead
	// GasHotkeyWord is a view through the uid's hotkey (axon, Prometheus,
	// coldkey): four reads.
	GasHotkeyWord = 4 * gasRead
	// GasCertificate is getAxonCertificate's: the hotkey and up to three
	// certificate words.
	GasCertificate = 6 * gasRead
)

// GasStake is getStake's gas: the uid's hotkey (three reads), then
// staking's price of the hotkey's total stake.
var GasStake = 3*gasRead + staking.GasHotkeyView

// AxonInfo is IMetagraph.AxonInfo.
type AxonInfo struct {
	Block    uint64   // block of the last serveAxon
	Version  uint32   // axon version
	Ip       *big.Int //nolint:revive // the ABI name ip: IPv4 or IPv6 as an integer
	Port     uint16   // port
	IpType   uint8    //nolint:revive // the ABI name ipType: 4 or 6
	Protocol uint8    // protocol as served
}

// PrometheusInfo is IMetagraph.PrometheusInfo.
type PrometheusInfo struct {
	Block   uint64   // block of the last servePrometheus
	Version uint32   // Prometheus endpoint version
	Ip      *big.Int //nolint:revive // the ABI name ip: IPv4 or IPv6 as an integer
	Port    uint16   // port
	IpType  uint8    //nolint:revive // the ABI name ipType: 4 or 6
}

type netArgs struct {
	Netuid uint16
}

type uidArgs struct {
	Netuid uint16
	Uid    uint16 //nolint:revive // the ABI name uid
}

// neuron resolves (netuid, uid) to the current generation's key.
func neuron(r precompile.StateReader, netuid, uid uint16) (protocol.NetKey, error) {
	k, err := subnets.Key(r, netuid)
	if err != nil {
		return k, err
	}
	if uid >= subnets.UidCount(r, k) {
		return k, precompile.Revert(protocol.ErrUnknownUid, netuid, uid)
	}
	return k, nil
}

func getUidCount(env precompile.Env, a netArgs) (uint16, error) {
	k, err := subnets.Key(env.State(), a.Netuid)
	if err != nil {
		return 0, err
	}
	return subnets.UidCount(env.State(), k), nil
}

// Stake returns getStake's value: the TAO value (rao) of all stake on the
// uid's hotkey across subnets, at spot prices.
func Stake(r precompile.StateReader, netuid, uid uint16) (uint64, error) {
	k, err := neuron(r, netuid, uid)
	if err != nil {
		return 0, err
	}
	v := staking.TotalHotkeyStake(r, neurons.Hotkey(r, k, uid))
	if !v.IsUint64() {
		return 0, precompile.Revert(protocol.ErrAmountOverflow, v.ToBig(), protocol.Big(^uint64(0)))
	}
	return v.Uint64(), nil
}

func getStake(env precompile.Env, a uidArgs) (uint64, error) {
	return Stake(env.State(), a.Netuid, a.Uid)
}

// stat builds a view of one field of a uid's epoch results.
func stat[T any](f func(neurons.Stats) T) func(precompile.Env, uidArgs) (T, error) {
	return func(env precompile.Env, a uidArgs) (T, error) {
		st := env.State()
		k, err := neuron(st, a.Netuid, a.Uid)
		if err != nil {
			var z T
			return z, err
		}
		return f(neurons.LoadStats(st, k, a.Uid)), nil
	}
}

// perUid builds a view of a per-uid value.
func perUid[T any](f func(precompile.StateReader, protocol.NetKey, uint16) T) func(precompile.Env, uidArgs) (T, error) {
	return func(env precompile.Env, a uidArgs) (T, error) {
		st := env.State()
		k, err := neuron(st, a.Netuid, a.Uid)
		if err != nil {
			var z T
			return z, err
		}
		return f(st, k, a.Uid), nil
	}
}

func zero(precompile.StateReader, protocol.NetKey, uint16) uint16 { return 0 }

func lastUpdate(r precompile.StateReader, k protocol.NetKey, uid uint16) uint64 {
	return neurons.LastUpdate(r, k, uid)
}

func hotkey(r precompile.StateReader, k protocol.NetKey, uid uint16) [32]byte {
	return precompile.AddressKey(neurons.Hotkey(r, k, uid))
}

func coldkey(r precompile.StateReader, k protocol.NetKey, uid uint16) [32]byte {
	return precompile.AddressKey(protocol.HotkeyOwner(r, neurons.Hotkey(r, k, uid)))
}

func axon(r precompile.StateReader, k protocol.NetKey, uid uint16) AxonInfo {
	a := neurons.LoadAxon(r, k, neurons.Hotkey(r, k, uid))
	return AxonInfo{Block: a.Block, Version: a.Version, Ip: new(big.Int).SetBytes(a.IP[:]), Port: a.Port, IpType: a.IPType, Protocol: a.Protocol}
}

func prometheus(r precompile.StateReader, k protocol.NetKey, uid uint16) PrometheusInfo {
	p := neurons.LoadPrometheus(r, k, neurons.Hotkey(r, k, uid))
	return PrometheusInfo{Block: p.Block, Version: p.Version, Ip: new(big.Int).SetBytes(p.IP[:]), Port: p.Port, IpType: p.IPType}
}

func certificate(r precompile.StateReader, k protocol.NetKey, uid uint16) []byte {
	c := neurons.Certificate(r, k, neurons.Hotkey(r, k, uid))
	if c == nil {
		c = []byte{}
	}
	return c
}

var (
	defOnce sync.Once
	def     *precompile.Definition
)

// Definition returns the precompile's validated module definition.
func Definition() *precompile.Definition {
	defOnce.Do(func() {
		def = precompile.MustNew(precompile.Module{
			Name:    "metagraph",
			Address: Address,
			ABI:     contracts.MustABI(ContractName),
			Methods: []precompile.Method{
				precompile.View("getUidCount", GasUidCount, getUidCount),
				precompile.View("getStake", GasStake, getStake),
				precompile.View("getRank", GasConstant, perUid(zero)),
				precompile.View("getTrust", GasConstant, perUid(zero)),
				precompile.View("getConsensus", GasUidWord, stat(func(s neurons.Stats) uint16 { return s.Consensus })),
				precompile.View("getIncentive", GasUidWord, stat(func(s neurons.Stats) uint16 { return s.Incentive })),
				precompile.View("getDividends", GasUidWord, stat(func(s neurons.Stats) uint16 { return s.Dividends })),
				precompile.View("getVtrust", GasUidWord, stat(func(s neurons.Stats) uint16 { return s.ValidatorTrust })),
				precompile.View("getValidatorStatus", GasUidWord, stat(func(s neurons.Stats) bool { return s.ValidatorPermit })),
				precompile.View("getIsActive", GasUidWord, stat(func(s neurons.Stats) bool { return s.Active })),
				precompile.View("getEmission", GasUidWord, perUid(neurons.Emission)),
				precompile.View("getLastUpdate", GasUidWord, perUid(lastUpdate)),
				precompile.View("getBlockAtRegistration", GasUidWord, perUid(neurons.RegisteredAt)),
				precompile.View("getHotkey", GasUidWord, perUid(hotkey)),
				precompile.View("getColdkey", GasHotkeyWord, perUid(coldkey)),
				precompile.View("getAxon", GasHotkeyWord, perUid(axon)),
				precompile.View("getPrometheus", GasHotkeyWord, perUid(prometheus)),
				precompile.View("getAxonCertificate", GasCertificate, perUid(certificate)),
			},
			Errors: protocol.ErrorMappings(),
		})
	})
	return def
}
