package neurons

import (
	"encoding/binary"
	"math"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/subnets"
	"github.com/taoevm/taoevm/precompiles/yuma"
)

// EpochIndex is the epoch index of block on subnet netuid with the given
// tempo: floor((block + netuid + 1) / (tempo + 1)). Yuma runs on the subnet
// in the blocks where the index changes.
func EpochIndex(block uint64, netuid uint16, tempo uint16) uint64 {
	// block + netuid + 1 cannot overflow for any real block number; saturate
	// for the impossible case rather than wrap.
	n := block + uint64(netuid) + 1
	if n < block {
		n = math.MaxUint64
	}
	return n / (uint64(tempo) + 1)
}

// CommitHash is the hash a validator commits:
// keccak256(abi.encode(hotkey, netuid, uids, values, salt, versionKey)) with
// the Solidity types (bytes32, uint16, uint16[], uint16[], uint16[], uint64).
func CommitHash(hotkey common.Address, netuid uint16, uids, values, salt []uint16, versionKey uint64) common.Hash {
	words := 6 + 3 + len(uids) + len(values) + len(salt)
	buf := make([]byte, 32*words)
	put := func(i int, v uint64) { binary.BigEndian.PutUint64(buf[32*i+24:], v) }
	copy(buf[12:32], hotkey[:])
	put(1, uint64(netuid))
	off := 6
	arrays := [3][]uint16{uids, values, salt}
	for a, arr := range arrays {
		put(2+a, uint64(32*off))
		put(off, uint64(len(arr)))
		for i, v := range arr {
			put(off+1+i, uint64(v))
		}
		off += 1 + len(arr)
	}
	put(5, versionKey)
	return crypto.Keccak256Hash(buf)
}

// MaxWeightLimit is the largest normalised weight (of 65535) a non-self
// weight row may carry. Subtensor has no setter for it and it is always
// 65535, which disables the check; taoevm keeps the constant.
const MaxWeightLimit = math.MaxUint16

// weightsCheck is what validating a weights submission needs to know.
type weightsCheck struct {
	netuid     uint16
	hotkey     common.Address
	uid        uint16 // the validator's uid
	uidCount   uint16
	minWeights uint16
	permit     bool
	versionKey uint64 // the subnet's weights version key
}

// isSelfWeight reports whether the submission is a single weight on the
// validator's own uid, which needs no permit and passes the minimum.
func isSelfWeight(uid uint16, uids []uint16) bool {
	return len(uids) == 1 && uids[0] == uid
}

// checkWeights applies Subtensor's set_weights checks in its order, after
// the lengths, the uid count bound and registration (checked by the caller):
// version key, permit, duplicates, existing uids, minimum count, and the
// max weight limit on the max-upscaled row, which it returns.
func checkWeights(c weightsCheck, uids, values []uint16, versionKey uint64) ([]uint16, error) {
	if versionKey < c.versionKey {
		return nil, precompile.Revert(ErrIncorrectVersionKey, versionKey, c.versionKey)
	}
	self := isSelfWeight(c.uid, uids)
	if !self && !c.permit {
		return nil, precompile.Revert(ErrNoValidatorPermit, c.netuid, precompile.AddressKey(c.hotkey))
	}
	var seen [protocol.MaxUidsLimit / 64]uint64
	for _, u := range uids {
		if u >= protocol.MaxUidsLimit {
			continue // unknown: reported below, after all duplicates
		}
		if seen[u/64]&(1<<(u%64)) != 0 {
			return nil, precompile.Revert(ErrDuplicateUids, u)
		}
		seen[u/64] |= 1 << (u % 64)
	}
	for _, u := range uids {
		if u >= c.uidCount {
			return nil, precompile.Revert(protocol.ErrUnknownUid, c.netuid, u)
		}
	}
	if !self {
		need := min(c.minWeights, c.uidCount)
		if len(uids) < int(need) {
			return nil, precompile.Revert(ErrTooFewWeights, protocol.Big(uint64(len(uids))), protocol.Big(uint64(need)))
		}
	}
	up := yuma.VecU16MaxUpscaleToU16(values)
	if !self && MaxWeightLimit != math.MaxUint16 && !yuma.CheckVecMaxLimited(up, MaxWeightLimit) {
		return nil, precompile.Revert(protocol.ErrValueOutOfBounds, protocol.Big(math.MaxUint16), protocol.Big(0), protocol.Big(MaxWeightLimit))
	}
	return up, nil
}

// weightsArgs are the arguments of setWeights.
type weightsArgs struct {
	Netuid     uint16
	Dests      []uint16
	Weights    []uint16
	VersionKey uint64
}

// commitArgs are the arguments of commitWeights.
type commitArgs struct {
	Netuid     uint16
	CommitHash [32]byte
}

// revealArgs are the arguments of revealWeights.
type revealArgs struct {
	Netuid     uint16
	Uids       []uint16
	Values     []uint16
	Salt       []uint16
	VersionKey uint64
}

// validator resolves the caller as a registered hotkey of the subnet.
func validator(r precompile.StateReader, env precompile.Env, netuid uint16) (protocol.NetKey, common.Address, uint16, error) {
	k, err := subnets.Key(r, netuid)
	if err != nil {
		return k, common.Address{}, 0, err
	}
	hotkey := env.Caller()
	uid, ok := UidOf(r, k, hotkey)
	if !ok {
		return k, hotkey, 0, precompile.Revert(protocol.ErrHotkeyNotRegistered, netuid, precompile.AddressKey(hotkey))
	}
	return k, hotkey, uid, nil
}

// rateLimit returns RateLimited(next) unless the uid's last update is at
// least the weights rate limit behind block (a last update of 0 never
// limits, as in Subtensor).
func rateLimit(r precompile.StateReader, k protocol.NetKey, last, block uint64) error {
	limit := subnets.WeightsSetRateLimit(r, k)
	if last == 0 || block-last >= limit || block < last {
		return nil
	}
	return precompile.Revert(protocol.ErrRateLimited, last+limit)
}

// applyWeights validates and stores a row for the uid of hotkey and logs
// WeightsSet; the caller has checked registration and, for setWeights, the
// rate limit.
func applyWeights(env precompile.Env, k protocol.NetKey, hotkey common.Address, uid uint16, uids, values []uint16, versionKey uint64) error {
	st := env.State()
	if len(uids) != len(values) {
		return precompile.Revert(ErrWeightVecLengthMismatch, protocol.Big(uint64(len(uids))), protocol.Big(uint64(len(values))))
	}
	count := subnets.UidCount(st, k)
	if len(uids) > int(count) {
		return precompile.Revert(protocol.ErrInputTooLarge, protocol.Big(uint64(len(uids))), protocol.Big(uint64(count)))
	}
	up, err := checkWeights(weightsCheck{
		netuid:     k.Netuid,
		hotkey:     hotkey,
		uid:        uid,
		uidCount:   count,
		minWeights: subnets.MinAllowedWeights(st, k),
		permit:     ValidatorPermit(st, k, uid),
		versionKey: subnets.WeightsVersionKey(st, k),
	}, uids, values, versionKey)
	if err != nil {
		return err
	}
	row := make([]yuma.Entry, len(uids))
	for i, u := range uids {
		row[i] = yuma.Entry{UID: u, Value: up[i]}
	}
	StoreWeights(st, k, uid, row)
	SetLastUpdate(st, k, uid, env.BlockNumber())
	return emitWeightsSet(env, k.Netuid, hotkey, uid, versionKey, uids, up)
}

// setWeights stores the caller's weights directly (commit-reveal off).
func setWeights(env precompile.Env, a weightsArgs) (precompile.None, error) {
	st := env.State()
	k, hotkey, uid, err := validator(st, env, a.Netuid)
	if err != nil {
		return precompile.None{}, err
	}
	if subnets.CommitRevealEnabled(st, k) {
		return precompile.None{}, precompile.Revert(ErrCommitRevealEnabled, a.Netuid)
	}
	if len(a.Dests) != len(a.Weights) {
		return precompile.None{}, precompile.Revert(ErrWeightVecLengthMismatch, protocol.Big(uint64(len(a.Dests))), protocol.Big(uint64(len(a.Weights))))
	}
	if err := rateLimit(st, k, LastUpdate(st, k, uid), env.BlockNumber()); err != nil {
		return precompile.None{}, err
	}
	return precompile.None{}, applyWeights(env, k, hotkey, uid, a.Dests, a.Weights, a.VersionKey)
}

// commitWeights stores a weights hash to reveal in a later epoch.
func commitWeights(env precompile.Env, a commitArgs) (precompile.None, error) {
	st := env.State()
	k, hotkey, uid, err := validator(st, env, a.Netuid)
	if err != nil {
		return precompile.None{}, err
	}
	if !subnets.CommitRevealEnabled(st, k) {
		return precompile.None{}, precompile.Revert(ErrCommitRevealDisabled, a.Netuid)
	}
	block := env.BlockNumber()
	if err := rateLimit(st, k, LastUpdate(st, k, uid), block); err != nil {
		return precompile.None{}, err
	}
	epoch := EpochIndex(block, a.Netuid, subnets.Tempo(st, k))
	limit := min(int(protocol.MaxPendingCommits.Get(st)), MaxPendingCommits)
	free, live := -1, 0
	for i := 0; i < MaxPendingCommits; i++ {
		c, ok := loadCommitMeta(st, k, hotkey, i)
		if ok && c.RevealEpoch >= epoch {
			live++
			continue
		}
		if free < 0 {
			free = i // empty, or expired: reused
		}
	}
	if live >= limit || free < 0 {
		return precompile.None{}, precompile.Revert(ErrTooManyPendingCommits, protocol.Big(uint64(limit)))
	}
	period := subnets.RevealPeriod(st, k)
	reveal := epoch + period
	if reveal < epoch {
		reveal = math.MaxUint64
	}
	c := Commit{Hash: common.Hash(a.CommitHash), Block: block, Epoch: epoch, RevealEpoch: reveal}
	storeCommit(st, k, hotkey, free, c)
	SetLastUpdate(st, k, uid, block)
	return precompile.None{}, emitWeightsCommitted(env, a.Netuid, hotkey, c)
}

// revealWeights matches revealed values to a pending commit and stores them.
func revealWeights(env precompile.Env, a revealArgs) (precompile.None, error) {
	st := env.State()
	k, hotkey, uid, err := validator(st, env, a.Netuid)
	if err != nil {
		return precompile.None{}, err
	}
	if !subnets.CommitRevealEnabled(st, k) {
		return precompile.None{}, precompile.Revert(ErrCommitRevealDisabled, a.Netuid)
	}
	epoch := EpochIndex(env.BlockNumber(), a.Netuid, subnets.Tempo(st, k))
	hash := CommitHash(hotkey, a.Netuid, a.Uids, a.Values, a.Salt, a.VersionKey)
	stored, live := 0, 0
	match, early := -1, -1
	var matchC, earlyC, lateC Commit
	late := false
	for i := 0; i < MaxPendingCommits; i++ {
		c, ok := loadCommitMeta(st, k, hotkey, i)
		if !ok {
			continue
		}
		stored++
		if c.RevealEpoch >= epoch {
			live++
		}
		if loadCommitHash(st, k, hotkey, i) != hash {
			continue
		}
		switch {
		case c.RevealEpoch == epoch:
			if match < 0 || c.Block < matchC.Block {
				match, matchC = i, c
			}
		case c.RevealEpoch > epoch:
			if early < 0 || c.RevealEpoch < earlyC.RevealEpoch {
				early, earlyC = i, c
			}
		default:
			if !late || c.RevealEpoch > lateC.RevealEpoch {
				late, lateC = true, c
			}
		}
	}
	switch {
	case match >= 0:
	case early >= 0:
		return precompile.None{}, precompile.Revert(ErrRevealTooEarly, epoch, earlyC.RevealEpoch)
	case late:
		return precompile.None{}, precompile.Revert(ErrRevealTooLate, epoch, lateC.RevealEpoch)
	case stored == 0 || live == 0:
		return precompile.None{}, precompile.Revert(ErrNoPendingCommit, a.Netuid, precompile.AddressKey(hotkey))
	default:
		return precompile.None{}, precompile.Revert(ErrInvalidReveal, [32]byte(hash))
	}
	clearCommit(st, k, hotkey, match)
	if err := emitWeightsRevealed(env, a.Netuid, hotkey, hash, a.VersionKey); err != nil {
		return precompile.None{}, err
	}
	return precompile.None{}, applyWeights(env, k, hotkey, uid, a.Uids, a.Values, a.VersionKey)
}

// epochArgs are the arguments of getEpochIndex.
type epochArgs struct {
	Netuid uint16
}

func getEpochIndex(env precompile.Env, a epochArgs) (uint64, error) {
	st := env.State()
	k, err := subnets.Key(st, a.Netuid)
	if err != nil {
		return 0, err
	}
	return EpochIndex(env.BlockNumber(), a.Netuid, subnets.Tempo(st, k)), nil
}

// commitsArgs are the arguments of getWeightCommits.
type commitsArgs struct {
	Netuid uint16
	Hotkey [32]byte
}

// WeightCommitView is INeuron.WeightCommit.
type WeightCommitView struct {
	CommitHash  [32]byte // the committed hash (Commit.Hash)
	CommitBlock uint64   // block of the commit
	CommitEpoch uint64   // epoch index of the commit
	RevealEpoch uint64   // epoch index in which it may be revealed
}

func getWeightCommits(env precompile.Env, a commitsArgs) ([]WeightCommitView, error) {
	st := env.State()
	hotkey, err := precompile.KeyAddress(a.Hotkey)
	if err != nil {
		return nil, err
	}
	k, err := subnets.Key(st, a.Netuid)
	if err != nil {
		return nil, err
	}
	epoch := EpochIndex(env.BlockNumber(), a.Netuid, subnets.Tempo(st, k))
	cs := PendingCommits(st, k, hotkey, epoch)
	out := make([]WeightCommitView, len(cs))
	for i, c := range cs {
		out[i] = WeightCommitView{CommitHash: c.Hash, CommitBlock: c.Block, CommitEpoch: c.Epoch, RevealEpoch: c.RevealEpoch}
	}
	return out, nil
}

// getWeightsArgs are the arguments of getWeights.
type getWeightsArgs struct {
	Netuid uint16
	Uid    uint16 //nolint:revive // the ABI name uid
}

// getWeightsResult is the result of getWeights.
type getWeightsResult struct {
	Uids    []uint16
	Weights []uint16
}

func getWeights(env precompile.Env, a getWeightsArgs) (getWeightsResult, error) {
	st := env.State()
	k, err := subnets.Key(st, a.Netuid)
	if err != nil {
		return getWeightsResult{}, err
	}
	if a.Uid >= subnets.UidCount(st, k) {
		return getWeightsResult{}, precompile.Revert(protocol.ErrUnknownUid, a.Netuid, a.Uid)
	}
	row := LoadWeights(st, k, a.Uid)
	res := getWeightsResult{Uids: make([]uint16, len(row)), Weights: make([]uint16, len(row))}
	for i, e := range row {
		res.Uids[i], res.Weights[i] = e.UID, e.Value
	}
	return res, nil
}
