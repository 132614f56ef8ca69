package neurons

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/subnets"
)

func init() {
	subnets.AddRegistrationHook(registerOwner)
}

// registerOwner gives a new subnet generation's owner hotkey uid 0 (the
// subnets module runs it inside registerNetwork; no NeuronRegistered is
// logged, NetworkRegistered records it). It writes four new slots and the
// uid count, well inside subnets.RegistrationHookGas.
func registerOwner(b protocol.Bank, k protocol.NetKey, _, ownerHotkey common.Address, block uint64) error {
	placeNeuron(b, k, 0, ownerHotkey, block)
	subnets.SetUidCount(b, k, 1)
	return nil
}

// placeNeuron writes a fresh neuron at uid: hotkey, last update and
// registration block = block, emission and epoch results zero except
// Active (a new neuron counts as active until the next epoch says
// otherwise, as in Subtensor).
func placeNeuron(w precompile.StateWriter, k protocol.NetKey, uid uint16, hotkey common.Address, block uint64) {
	storeCore(w, k, uid, Core{Hotkey: hotkey, LastUpdate: block})
	setPruneEntry(w, k, uid, 0, block)
	StoreStats(w, k, uid, Stats{Active: true})
	setUidOf(w, k, hotkey, uid)
}

// PruneCandidate returns the uid a registration on a full subnet replaces:
// among uids 0..count-1 that are not the owner hotkey's and no longer
// immune (block − registration ≥ immunity), the lowest emission, then the
// oldest registration, then the lowest uid. It reads one storage word per
// two uids; ok is false if every uid is immune or the owner's.
func PruneCandidate(r precompile.StateReader, k protocol.NetKey, count uint16, block uint64) (uint16, bool) {
	immunity := uint64(subnets.ImmunityPeriod(r, k))
	ownerUID, hasOwner := UidOf(r, k, subnets.OwnerHotkey(r, k))
	var (
		best              uint16
		found             bool
		bestEm, bestRegAt uint64
	)
	for row := uint16(0); row < (count+1)/2; row++ {
		pair := pruneRowEntries(r, k, row)
		for half := uint16(0); half < 2; half++ {
			uid := 2*row + half
			if uid >= count || (hasOwner && uid == ownerUID) {
				continue
			}
			em, regAt := pair[half].Emission, pair[half].RegisteredAt
			if block < regAt || block-regAt < immunity {
				continue
			}
			if !found || em < bestEm || (em == bestEm && regAt < bestRegAt) {
				best, bestEm, bestRegAt, found = uid, em, regAt, true
			}
		}
	}
	return best, found
}

// registerArgs are the arguments of burnedRegister.
type registerArgs struct {
	Netuid uint16
	Hotkey [32]byte
}

// registerLimitArgs are the arguments of registerLimit.
type registerLimitArgs struct {
	Netuid     uint16
	Hotkey     [32]byte
	LimitPrice uint64
}

func burnedRegister(env precompile.Env, a registerArgs) (uint16, error) {
	return register(env, a.Netuid, a.Hotkey, ^uint64(0))
}

func registerLimit(env precompile.Env, a registerLimitArgs) (uint16, error) {
	return register(env, a.Netuid, a.Hotkey, a.LimitPrice)
}

// register is burnedRegister with a price limit (rao).
func register(env precompile.Env, netuid uint16, hotkeyKey [32]byte, limit uint64) (uint16, error) {
	st := env.State()
	hotkey, err := precompile.KeyAddress(hotkeyKey)
	if err != nil {
		return 0, err
	}
	if netuid == protocol.RootNetuid {
		return 0, protocol.ErrNotSupported
	}
	k, err := subnets.Key(st, netuid)
	if err != nil {
		return 0, err
	}
	if uid, ok := UidOf(st, k, hotkey); ok {
		return 0, precompile.Revert(ErrHotkeyAlreadyRegistered, netuid, hotkeyKey, uid)
	}
	coldkey := env.Caller()
	if _, err := protocol.ClaimHotkey(st, hotkey, coldkey); err != nil {
		return 0, err
	}
	block := env.BlockNumber()
	count, maxUids := subnets.UidCount(st, k), subnets.MaxAllowedUids(st, k)
	uid, replace := count, false
	if count >= maxUids {
		if maxUids == 0 {
			return 0, precompile.Revert(ErrNoNeuronAvailable, netuid)
		}
		var ok bool
		if uid, ok = PruneCandidate(st, k, count, block); !ok {
			return 0, precompile.Revert(ErrNoNeuronAvailable, netuid)
		}
		replace = true
	}
	burn := subnets.CurrentBurn(st, k, block)
	if burn > limit {
		return 0, precompile.Revert(protocol.ErrPriceLimitExceeded, protocol.Big(burn), protocol.Big(limit))
	}
	if err := recycle(st, coldkey, burn); err != nil {
		return 0, err
	}
	if replace {
		old := Hotkey(st, k, uid)
		clearUidOf(st, k, old)
		clearWeights(st, k, uid)
		if err := emitNeuronReplaced(env, netuid, uid, old, hotkey); err != nil {
			return 0, err
		}
	} else {
		subnets.SetUidCount(st, k, count+1)
	}
	placeNeuron(st, k, uid, hotkey, block)
	subnets.RaiseBurn(st, k, block)
	return uid, emitNeuronRegistered(env, netuid, uid, hotkey, coldkey, burn)
}

// recycle destroys rao of TAO from the payer's native balance (rao × 1e9
// wei) and books it with protocol.AddRecycled, which lowers the issuance.
func recycle(st *precompile.State, payer common.Address, rao uint64) error {
	wei := protocol.RaoToWei(rao)
	if bal := st.GetBalance(payer); bal.Lt(wei) {
		return precompile.Revert(protocol.ErrInsufficientBalance, bal.ToBig(), wei.ToBig())
	}
	if err := st.Burn(payer, wei); err != nil {
		return err
	}
	return protocol.AddRecycled(st, rao)
}
