package neurons

import (
	"errors"

	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/protocol"
)

// Sentinels of the custom errors INeuron declares itself; the shared ones
// (SubnetNotFound, HotkeyNotRegistered, UnknownUid, RateLimited, ...) are
// protocol's. Handlers return them through precompile.Revert with the
// error's arguments.
var (
	// ErrHotkeyAlreadyRegistered: the hotkey holds a uid on the subnet
	// (HotkeyAlreadyRegistered(uint16 netuid, bytes32 hotkey, uint16 uid)).
	ErrHotkeyAlreadyRegistered = errors.New("neurons: hotkey already registered")
	// ErrNoNeuronAvailable: the subnet is full and no uid can be replaced
	// (NoNeuronAvailable(uint16 netuid)).
	ErrNoNeuronAvailable = errors.New("neurons: no uid can be replaced")
	// ErrDuplicateUids: a uid appears twice in a weights call
	// (DuplicateUids(uint16 uid)).
	ErrDuplicateUids = errors.New("neurons: duplicate uids")
	// ErrWeightVecLengthMismatch: uids and values differ in length
	// (WeightVecLengthMismatch(uint256 uids, uint256 values)).
	ErrWeightVecLengthMismatch = errors.New("neurons: uid and weight vectors differ in length")
	// ErrTooFewWeights: fewer weights than min(MinAllowedWeights, uid count)
	// (TooFewWeights(uint256 count, uint256 min)).
	ErrTooFewWeights = errors.New("neurons: too few weights")
	// ErrNoValidatorPermit: weights other than a single self-weight without a
	// validator permit (NoValidatorPermit(uint16 netuid, bytes32 hotkey)).
	ErrNoValidatorPermit = errors.New("neurons: no validator permit")
	// ErrIncorrectVersionKey: the version key is below the subnet's
	// (IncorrectVersionKey(uint64 given, uint64 required)).
	ErrIncorrectVersionKey = errors.New("neurons: incorrect weights version key")
	// ErrCommitRevealDisabled: commit or reveal while commit-reveal is off
	// (CommitRevealDisabled(uint16 netuid)).
	ErrCommitRevealDisabled = errors.New("neurons: commit-reveal is disabled")
	// ErrCommitRevealEnabled: setWeights while commit-reveal is on
	// (CommitRevealEnabled(uint16 netuid)).
	ErrCommitRevealEnabled = errors.New("neurons: commit-reveal is enabled")
	// ErrNoPendingCommit: the hotkey has no pending commit
	// (NoPendingCommit(uint16 netuid, bytes32 hotkey)).
	ErrNoPendingCommit = errors.New("neurons: no pending commit")
	// ErrInvalidReveal: the revealed values match no commit
	// (InvalidReveal(bytes32 commitHash)).
	ErrInvalidReveal = errors.New("neurons: reveal matches no commit")
	// ErrRevealTooEarly: the matching commit's reveal epoch has not begun
	// (RevealTooEarly(uint64 epoch, uint64 revealEpoch)).
	ErrRevealTooEarly = errors.New("neurons: reveal too early")
	// ErrRevealTooLate: the matching commit's reveal epoch is over
	// (RevealTooLate(uint64 epoch, uint64 revealEpoch)).
	ErrRevealTooLate = errors.New("neurons: reveal too late")
	// ErrTooManyPendingCommits: the hotkey has the maximum of pending commits
	// (TooManyPendingCommits(uint256 max)).
	ErrTooManyPendingCommits = errors.New("neurons: too many pending commits")
	// ErrInvalidIPType: the IP type is not 4 or 6 (InvalidIpType(uint8)).
	ErrInvalidIPType = errors.New("neurons: invalid ip type")
	// ErrInvalidIPAddress: the address is not valid for its type
	// (InvalidIpAddress(uint128 ip, uint8 ipType)).
	ErrInvalidIPAddress = errors.New("neurons: invalid ip address")
)

// errorMappings maps the module's and the shared sentinels to INeuron's
// custom errors.
func errorMappings() []precompile.ErrorMapping {
	return append(protocol.ErrorMappings(),
		precompile.ErrorMapping{Err: ErrHotkeyAlreadyRegistered, Name: "HotkeyAlreadyRegistered"},
		precompile.ErrorMapping{Err: ErrNoNeuronAvailable, Name: "NoNeuronAvailable"},
		precompile.ErrorMapping{Err: ErrDuplicateUids, Name: "DuplicateUids"},
		precompile.ErrorMapping{Err: ErrWeightVecLengthMismatch, Name: "WeightVecLengthMismatch"},
		precompile.ErrorMapping{Err: ErrTooFewWeights, Name: "TooFewWeights"},
		precompile.ErrorMapping{Err: ErrNoValidatorPermit, Name: "NoValidatorPermit"},
		precompile.ErrorMapping{Err: ErrIncorrectVersionKey, Name: "IncorrectVersionKey"},
		precompile.ErrorMapping{Err: ErrCommitRevealDisabled, Name: "CommitRevealDisabled"},
		precompile.ErrorMapping{Err: ErrCommitRevealEnabled, Name: "CommitRevealEnabled"},
		precompile.ErrorMapping{Err: ErrNoPendingCommit, Name: "NoPendingCommit"},
		precompile.ErrorMapping{Err: ErrInvalidReveal, Name: "InvalidReveal"},
		precompile.ErrorMapping{Err: ErrRevealTooEarly, Name: "RevealTooEarly"},
		precompile.ErrorMapping{Err: ErrRevealTooLate, Name: "RevealTooLate"},
		precompile.ErrorMapping{Err: ErrTooManyPendingCommits, Name: "TooManyPendingCommits"},
		precompile.ErrorMapping{Err: ErrInvalidIPType, Name: "InvalidIpType"},
		precompile.ErrorMapping{Err: ErrInvalidIPAddress, Name: "InvalidIpAddress"},
	)
}
