// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ITaoErrors} from "./TaoErrors.sol";

/// @dev Address of taoevm's neuron precompile (Subtensor's NeuronPrecompile address).
address constant INEURON_ADDRESS = 0x0000000000000000000000000000000000000804;

/// @title Neuron precompile: register neurons, serve endpoints, set weights
/// @notice Native module at 0x0000000000000000000000000000000000000804. Function names,
/// parameter types and selectors are Subtensor's, so contracts written for Subtensor's
/// neuron precompile run unchanged; functions marked "taoevm addition" are new.
/// @dev Roles: registration is paid by the caller as coldkey (`burnedRegister`,
/// `registerLimit`); weights and serving act for the caller as hotkey, i.e. the hotkey is
/// `bytes32(uint256(uint160(msg.sender)))`. An EVM account can therefore be a neuron hotkey
/// and a coldkey at once.
/// Conventions of every taoevm precompile: amounts are rao (1 TAO = 1e9 rao) and a charge
/// debits the caller's native balance by `rao x 1e9` wei; `bytes32` keys have their top 12
/// bytes zero (else `InvalidKey`); no function takes `msg.value` (`ValueNotAccepted`;
/// Subtensor marks these functions `payable` but ignores the value, taoevm declares them
/// nonpayable); state-changing functions revert with `StaticCallNotAllowed` in a static
/// context and `DelegateCallNotAllowed` under DELEGATECALL/CALLCODE; functions taking a netuid
/// revert with `SubnetNotFound` for an unregistered netuid.
///
/// Epochs: the epoch index of block `b` on subnet `netuid` is
/// `floor((b + netuid + 1) / (tempo + 1))`; Yuma runs when `(b + netuid + 1) % (tempo + 1) == 0`.
///
/// Commit-reveal (on by default): a validator commits
/// `keccak256(abi.encode(hotkey, netuid, uids, values, salt, versionKey))` with the Solidity
/// types `(bytes32, uint16, uint16[], uint16[], uint16[], uint64)` in epoch `e`, and reveals the
/// same values while the epoch index is exactly `e + getCommitRevealWeightsInterval(netuid)`
/// (default 1). A commit not revealed by then expires. At most 10 commits per hotkey and
/// subnet are pending at a time.
interface INeuron is ITaoErrors {
    /// @notice A pending weight commit of a hotkey.
    /// @param commitHash The committed hash.
    /// @param commitBlock The block of the commit.
    /// @param commitEpoch The epoch index of the commit.
    /// @param revealEpoch The only epoch index in which it can be revealed.
    struct WeightCommit {
        bytes32 commitHash;
        uint64 commitBlock;
        uint64 commitEpoch;
        uint64 revealEpoch;
    }

    // ------------------------------------------------------------------ events

    /// @notice A hotkey was registered on a subnet and holds `uid`.
    /// @dev Not logged for the owner hotkey taking uid 0 when a subnet is registered;
    /// `ISubnet.NetworkRegistered` (logged by 0x0803) records that one.
    /// @param netuid The subnet id.
    /// @param uid The uid the hotkey now holds.
    /// @param hotkey The registered hotkey.
    /// @param coldkey The coldkey that paid and owns the hotkey.
    /// @param burn The registration cost paid and recycled, in rao.
    event NeuronRegistered(
        uint16 indexed netuid, uint16 uid, bytes32 indexed hotkey, address indexed coldkey, uint64 burn
    );

    /// @notice A full subnet's neuron was replaced to make room for a registration; a
    /// `NeuronRegistered` for the same uid follows.
    /// @param netuid The subnet id.
    /// @param uid The uid that changed hands.
    /// @param oldHotkey The hotkey that lost the uid.
    /// @param newHotkey The hotkey that takes the uid.
    event NeuronReplaced(uint16 indexed netuid, uint16 indexed uid, bytes32 indexed oldHotkey, bytes32 newHotkey);

    /// @notice A hotkey served (or updated) its axon endpoint on a subnet.
    /// @param netuid The subnet id.
    /// @param hotkey The hotkey (the caller).
    /// @param version The axon version.
    /// @param ip The IP address as an integer (IPv4 in the low 32 bits).
    /// @param port The port.
    /// @param ipType 4 or 6.
    /// @param protocol The protocol identifier.
    /// @param placeholder1 Reserved, stored as given.
    /// @param placeholder2 Reserved, stored as given.
    /// @param certificate The TLS certificate given to `serveAxonTls`; empty for `serveAxon`.
    event AxonServed(
        uint16 indexed netuid,
        bytes32 indexed hotkey,
        uint32 version,
        uint128 ip,
        uint16 port,
        uint8 ipType,
        uint8 protocol,
        uint8 placeholder1,
        uint8 placeholder2,
        bytes certificate
    );

    /// @notice A hotkey served (or updated) its Prometheus endpoint on a subnet.
    /// @param netuid The subnet id.
    /// @param hotkey The hotkey (the caller).
    /// @param version The version.
    /// @param ip The IP address as an integer.
    /// @param port The port.
    /// @param ipType 4 or 6.
    event PrometheusServed(
        uint16 indexed netuid, bytes32 indexed hotkey, uint32 version, uint128 ip, uint16 port, uint8 ipType
    );

    /// @notice A hotkey's weights were stored (by `setWeights`, or by a successful `revealWeights`).
    /// @dev The weights are the stored values, after max-upscaling (the largest becomes 65535).
    /// @param netuid The subnet id.
    /// @param hotkey The validator hotkey.
    /// @param uid The validator's uid.
    /// @param versionKey The version key passed.
    /// @param uids The destination uids, in the order given.
    /// @param weights The stored weights, one per uid.
    event WeightsSet(
        uint16 indexed netuid,
        bytes32 indexed hotkey,
        uint16 indexed uid,
        uint64 versionKey,
        uint16[] uids,
        uint16[] weights
    );

    /// @notice A hotkey committed a weights hash.
    /// @param netuid The subnet id.
    /// @param hotkey The validator hotkey.
    /// @param commitHash The committed hash.
    /// @param commitEpoch The epoch index of the commit.
    /// @param revealEpoch The only epoch index in which it can be revealed.
    event WeightsCommitted(
        uint16 indexed netuid, bytes32 indexed hotkey, bytes32 indexed commitHash, uint64 commitEpoch, uint64 revealEpoch
    );

    /// @notice A hotkey revealed a commit; a `WeightsSet` with the revealed weights follows.
    /// @param netuid The subnet id.
    /// @param hotkey The validator hotkey.
    /// @param commitHash The hash that was revealed (and removed from the pending commits).
    /// @param versionKey The version key revealed.
    event WeightsRevealed(uint16 indexed netuid, bytes32 indexed hotkey, bytes32 indexed commitHash, uint64 versionKey);

    // ------------------------------------------------------------------ errors

    /// @notice The hotkey already holds a uid on this subnet.
    /// @param netuid The subnet id.
    /// @param hotkey The hotkey.
    /// @param uid The uid it holds.
    error HotkeyAlreadyRegistered(uint16 netuid, bytes32 hotkey, uint16 uid);

    /// @notice The subnet is full and every uid is immune or the owner hotkey's, so none can be
    /// replaced.
    /// @param netuid The subnet id.
    error NoNeuronAvailable(uint16 netuid);

    /// @notice A uid appears more than once in a weights call.
    /// @param uid The repeated uid.
    error DuplicateUids(uint16 uid);

    /// @notice The uid and value arrays of a weights call have different lengths.
    /// @param uids The length of the uid array.
    /// @param values The length of the value array.
    error WeightVecLengthMismatch(uint256 uids, uint256 values);

    /// @notice A weights call carries fewer weights than `min(MinAllowedWeights, uid count)`.
    /// @param count The number of weights given.
    /// @param min The required minimum.
    error TooFewWeights(uint256 count, uint256 min);

    /// @notice Only hotkeys holding a validator permit may set weights on other uids (a
    /// hotkey without one may only set a single weight on its own uid).
    /// @param netuid The subnet id.
    /// @param hotkey The hotkey.
    error NoValidatorPermit(uint16 netuid, bytes32 hotkey);

    /// @notice The version key passed is below the subnet's weights version key.
    /// @param given The version key passed.
    /// @param required The subnet's weights version key.
    error IncorrectVersionKey(uint64 given, uint64 required);

    /// @notice `commitWeights`/`revealWeights` was called while commit-reveal is off.
    /// @param netuid The subnet id.
    error CommitRevealDisabled(uint16 netuid);

    /// @notice `setWeights` was called while commit-reveal is on; commit and reveal instead.
    /// @param netuid The subnet id.
    error CommitRevealEnabled(uint16 netuid);

    /// @notice The hotkey has no pending commit on this subnet.
    /// @param netuid The subnet id.
    /// @param hotkey The hotkey.
    error NoPendingCommit(uint16 netuid, bytes32 hotkey);

    /// @notice The revealed values hash to no pending commit of the hotkey.
    /// @param commitHash The hash computed from the revealed values.
    error InvalidReveal(bytes32 commitHash);

    /// @notice The matching commit cannot be revealed yet.
    /// @param epoch The current epoch index.
    /// @param revealEpoch The epoch index in which the commit can be revealed.
    error RevealTooEarly(uint64 epoch, uint64 revealEpoch);

    /// @notice The matching commit has expired: its reveal epoch is over.
    /// @param epoch The current epoch index.
    /// @param revealEpoch The epoch index in which the commit could have been revealed.
    error RevealTooLate(uint64 epoch, uint64 revealEpoch);

    /// @notice The hotkey already has the maximum number of pending commits on this subnet.
    /// @param max The maximum (10).
    error TooManyPendingCommits(uint256 max);

    /// @notice The IP type is neither 4 nor 6.
    /// @param ipType The IP type given.
    error InvalidIpType(uint8 ipType);

    /// @notice The IP address is not valid for its type (zero, all-ones for IPv4, or above 32
    /// bits for IPv4).
    /// @param ip The address given.
    /// @param ipType The IP type given.
    error InvalidIpAddress(uint128 ip, uint8 ipType);

    // ------------------------------------------------------------------ weights

    /// @notice Sets the caller's weights on a subnet directly (only while commit-reveal is off).
    /// @dev The caller is the hotkey, which must hold a uid (`HotkeyNotRegistered`). Rules:
    /// commit-reveal off (`CommitRevealEnabled`); equal lengths (`WeightVecLengthMismatch`);
    /// `versionKey >= getWeightsVersionKey` (`IncorrectVersionKey`); at least
    /// `getWeightsSetRateLimit` blocks since the hotkey's last update (`RateLimited`); unique
    /// uids (`DuplicateUids`), each below the uid count (`UnknownUid`), at most the uid count
    /// (`InputTooLarge`); at least `min(MinAllowedWeights, uid count)` entries unless it is a
    /// single self-weight (`TooFewWeights`); a validator permit unless it is a single
    /// self-weight (`NoValidatorPermit`). Weights are max-upscaled to u16 (the largest becomes
    /// 65535) and stored. Emits `WeightsSet`. Deviation: nonpayable (Subtensor: payable, value
    /// ignored).
    /// @param netuid The subnet id.
    /// @param dests The destination uids.
    /// @param weights The weights, one per destination uid (relative; only ratios matter).
    /// @param versionKey The caller's version key.
    function setWeights(uint16 netuid, uint16[] calldata dests, uint16[] calldata weights, uint64 versionKey)
        external;

    /// @notice Commits a hash of weights to reveal later (only while commit-reveal is on).
    /// @dev The caller is the hotkey, which must hold a uid (`HotkeyNotRegistered`). See the
    /// interface notes for the hash and reveal window. Expired commits are dropped first; then
    /// at most 10 may be pending (`TooManyPendingCommits`). Commits share the weights rate
    /// limit with `setWeights` (`RateLimited`). Reverts with `CommitRevealDisabled` when off.
    /// Emits `WeightsCommitted`. Deviation: nonpayable (Subtensor: payable, value ignored).
    /// @param netuid The subnet id.
    /// @param commitHash `keccak256(abi.encode(hotkey, netuid, uids, values, salt, versionKey))`.
    function commitWeights(uint16 netuid, bytes32 commitHash) external;

    /// @notice Reveals committed weights and stores them.
    /// @dev Recomputes the hash with the caller as hotkey. Reverts with `NoPendingCommit` if
    /// the hotkey has none, `InvalidReveal` if no pending commit matches, `RevealTooEarly` /
    /// `RevealTooLate` outside the matching commit's reveal epoch, `CommitRevealDisabled` when
    /// off; then applies the checks of `setWeights` other than its rate limit and
    /// commit-reveal switch. Removes the commit; emits `WeightsRevealed` then `WeightsSet`.
    /// Deviation: nonpayable (Subtensor: payable, value ignored).
    /// @param netuid The subnet id.
    /// @param uids The destination uids, as committed.
    /// @param values The weights, as committed.
    /// @param salt The salt, as committed.
    /// @param versionKey The version key, as committed.
    function revealWeights(
        uint16 netuid,
        uint16[] calldata uids,
        uint16[] calldata values,
        uint16[] calldata salt,
        uint64 versionKey
    ) external;

    // ------------------------------------------------------------------ registration

    /// @notice Registers `hotkey` on a subnet, paying the current burn cost from the caller's
    /// native balance.
    /// @dev The caller is the coldkey; a new hotkey becomes the caller's, one owned by another
    /// coldkey reverts with `NotHotkeyOwner`. Debits `getBurn(netuid)` rao x 1e9 wei
    /// (`InsufficientBalance`), which is recycled: it is destroyed and lowers total issuance.
    /// The burn then rises by `getBurnIncreaseMult` (it decays every block with
    /// `getBurnHalfLife`, within [min burn, max burn]). If the subnet is full, the non-immune
    /// uid with the lowest emission is replaced (ties: older registration, then lower uid;
    /// the owner hotkey is never replaced; `NoNeuronAvailable` if none), emitting
    /// `NeuronReplaced`. Reverts with `HotkeyAlreadyRegistered` if the hotkey holds a uid on
    /// the subnet, `NotSupported` on the root subnet (netuid 0, whose members are chosen by
    /// root stake). Emits `NeuronRegistered`.
    /// Deviations: nonpayable (Subtensor: payable, value ignored); Subtensor returns nothing,
    /// the returned uid is a taoevm addition.
    /// @param netuid The subnet id.
    /// @param hotkey The hotkey to register (right-aligned address).
    /// @return uid The uid the hotkey now holds.
    function burnedRegister(uint16 netuid, bytes32 hotkey) external returns (uint16 uid);

    /// @notice As `burnedRegister`, but reverts with `PriceLimitExceeded` if the current burn
    /// cost is above `limitPrice`.
    /// @dev Subtensor implements this function in its runtime but omits it from its `.sol`
    /// and `.abi` files. Deviations: nonpayable; returns the uid.
    /// @param netuid The subnet id.
    /// @param hotkey The hotkey to register.
    /// @param limitPrice The highest burn cost the caller accepts, in rao.
    /// @return uid The uid the hotkey now holds.
    function registerLimit(uint16 netuid, bytes32 hotkey, uint64 limitPrice) external returns (uint16 uid);

    // ------------------------------------------------------------------ serving

    /// @notice Publishes the caller's axon endpoint on a subnet.
    /// @dev The caller is the hotkey, which must hold a uid (`HotkeyNotRegistered`). `ipType`
    /// must be 4 or 6 (`InvalidIpType`); the address must be valid for it (`InvalidIpAddress`).
    /// At most once per `getServingRateLimit` blocks per hotkey and subnet (`RateLimited`).
    /// Clears a stored certificate. Emits `AxonServed`. Deviation: nonpayable (Subtensor:
    /// payable, value ignored).
    /// @param netuid The subnet id.
    /// @param version The axon version.
    /// @param ip The IP address as an integer (IPv4 in the low 32 bits).
    /// @param port The port.
    /// @param ipType 4 or 6.
    /// @param protocol The protocol identifier.
    /// @param placeholder1 Reserved, stored as given.
    /// @param placeholder2 Reserved, stored as given.
    function serveAxon(
        uint16 netuid,
        uint32 version,
        uint128 ip,
        uint16 port,
        uint8 ipType,
        uint8 protocol,
        uint8 placeholder1,
        uint8 placeholder2
    ) external;

    /// @notice Publishes the caller's axon endpoint with a TLS certificate.
    /// @dev As `serveAxon`, and stores the certificate: at most 65 bytes, the first byte the
    /// algorithm and the rest the public key, as in Subtensor (`InputTooLarge`). Emits
    /// `AxonServed`. Deviation: nonpayable (Subtensor: payable, value ignored).
    /// @param netuid The subnet id.
    /// @param version The axon version.
    /// @param ip The IP address as an integer.
    /// @param port The port.
    /// @param ipType 4 or 6.
    /// @param protocol The protocol identifier.
    /// @param placeholder1 Reserved, stored as given.
    /// @param placeholder2 Reserved, stored as given.
    /// @param certificate The certificate (algorithm byte plus public key).
    function serveAxonTls(
        uint16 netuid,
        uint32 version,
        uint128 ip,
        uint16 port,
        uint8 ipType,
        uint8 protocol,
        uint8 placeholder1,
        uint8 placeholder2,
        bytes calldata certificate
    ) external;

    /// @notice Publishes the caller's Prometheus endpoint on a subnet.
    /// @dev Same checks as `serveAxon`, with its own rate limit window. Emits
    /// `PrometheusServed`. Deviation: nonpayable (Subtensor: payable, value ignored).
    /// @param netuid The subnet id.
    /// @param version The version.
    /// @param ip The IP address as an integer.
    /// @param port The port.
    /// @param ipType 4 or 6.
    function servePrometheus(uint16 netuid, uint32 version, uint128 ip, uint16 port, uint8 ipType) external;

    // ------------------------------------------------------------------ taoevm additions (views)

    /// @notice The epoch index of the current block on a subnet. Taoevm addition.
    /// @param netuid The subnet id.
    /// @return `floor((block.number + netuid + 1) / (tempo + 1))`.
    function getEpochIndex(uint16 netuid) external view returns (uint64);

    /// @notice A hotkey's pending (not expired, not revealed) weight commits on a subnet, oldest
    /// first. Taoevm addition.
    /// @param netuid The subnet id.
    /// @param hotkey The validator hotkey.
    /// @return commits At most 10 pending commits.
    function getWeightCommits(uint16 netuid, bytes32 hotkey) external view returns (WeightCommit[] memory commits);

    /// @notice The weights a uid has stored on a subnet. Taoevm addition.
    /// @param netuid The subnet id.
    /// @param uid The validator's uid (`UnknownUid` if not in use).
    /// @return uids The destination uids, in the order they were set.
    /// @return weights The stored (max-upscaled) weights, one per destination uid.
    function getWeights(uint16 netuid, uint16 uid) external view returns (uint16[] memory uids, uint16[] memory weights);
}
