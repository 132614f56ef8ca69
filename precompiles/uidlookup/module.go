package uidlookup

import (
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"

	"github.com/taoevm/taoevm/contracts"
	"github.com/taoevm/taoevm/precompiles/neurons"
	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/subnets"
)

// Address is the uid lookup precompile's address, the same as Subtensor's.
var Address = common.HexToAddress("0x0000000000000000000000000000000000000806")

// ContractName is the name of the Solidity interface in package contracts.
const ContractName = "IUidLookup"

// GasLookup is uidLookup's gas: three storage reads (generation, the
// address's uid, its registration block).
const GasLookup = 3 * params.ColdSloadCostEIP2929

// LookupItem is IUidLookup.LookupItem.
type LookupItem struct {
	Uid             uint16 //nolint:revive // the ABI name uid
	BlockAssociated uint64 // block at which the address was associated
}

type lookupArgs struct {
	Netuid     uint16
	EvmAddress common.Address
	Limit      uint16
}

// Lookup returns the uids of addr on the netuid's current generation, at
// most limit of them (SubnetNotFound for an unregistered netuid).
func Lookup(r precompile.StateReader, netuid uint16, addr common.Address, limit uint16) ([]LookupItem, error) {
	k, err := subnets.Key(r, netuid)
	if err != nil {
		return nil, err
	}
	out := []LookupItem{}
	if limit == 0 {
		return out, nil
	}
	if uid, ok := neurons.UidOf(r, k, addr); ok {
		out = append(out, LookupItem{Uid: uid, BlockAssociated: neurons.RegisteredAt(r, k, uid)})
	}
	return out, nil
}

func uidLookup(env precompile.Env, a lookupArgs) ([]LookupItem, error) {
	return Lookup(env.State(), a.Netuid, a.EvmAddress, a.Limit)
}

var (
	defOnce sync.Once
	def     *precompile.Definition
)

// Definition returns the precompile's validated module definition.
func Definition() *precompile.Definition {
	defOnce.Do(func() {
		def = precompile.MustNew(precompile.Module{
			Name:    "uidlookup",
			Address: Address,
			ABI:     contracts.MustABI(ContractName),
			Methods: []precompile.Method{
				precompile.View("uidLookup", GasLookup, uidLookup),
			},
			Errors: protocol.ErrorMappings(),
		})
	})
	return def
}
