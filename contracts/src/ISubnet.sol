// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ITaoErrors} from "./TaoErrors.sol";

/// @dev Address of taoevm's subnet precompile (Subtensor's SubnetPrecompile address).
address constant ISUBNET_ADDRESS = 0x0000000000000000000000000000000000000803;

/// @title Subnet precompile: register subnets, read and set their hyperparameters
/// @notice Native module at 0x0000000000000000000000000000000000000803. Function names,
/// parameter types and selectors are Subtensor's, so contracts written for Subtensor's
/// subnet precompile run unchanged; functions marked "taoevm addition" are new.
/// @dev Conventions of every taoevm precompile:
/// - Amounts are rao (`uint64`, 1 TAO = 1e9 rao). Native balances are wei (1 TAO = 1e18 wei);
///   a function that charges TAO debits the caller's native balance by `rao x 1e9` wei.
/// - A `bytes32` hotkey is an EVM address right-aligned in 32 bytes (top 12 bytes zero, else
///   `InvalidKey`). The caller (`msg.sender`) is the coldkey.
/// - No function here takes `msg.value`; sending value reverts with `ValueNotAccepted`.
///   Subtensor marks its state-changing functions `payable` but ignores the value (which then
///   stays stranded on the precompile account); taoevm declares them nonpayable.
/// - State-changing functions revert with `StaticCallNotAllowed` in a static context and with
///   `DelegateCallNotAllowed` under DELEGATECALL/CALLCODE. Views answer under any call kind.
/// - Per-subnet views revert with `SubnetNotFound` for a netuid that is not registered.
/// - Owner setters: only the subnet owner coldkey may call them (`NotSubnetOwner`), each
///   hyperparameter may be changed at most once per `OwnerHyperparamRateLimit` tempos
///   (genesis parameter, default 2; else `RateLimited`), and out-of-range values revert with
///   `ValueOutOfBounds`. Every successful setter emits `HyperparameterSet` and changes what
///   the matching getter returns and what the chain does with it.
/// - Setters of proof-of-work registration values and of root-only values (taoevm has no root
///   account; protocol-level values are genesis parameters) keep Subtensor's selectors and
///   always revert with `NotSupported`.
interface ISubnet is ITaoErrors {
    /// @notice A subnet's identity, as stored by `registerNetwork` and `setSubnetIdentity`.
    /// @dev Byte limits: subnetName 256, githubRepo 1024, subnetContact 1024, subnetUrl 1024,
    /// discord 256, description 1024, additional 1024, logoUrl 1024.
    struct SubnetIdentity {
        string subnetName;
        string githubRepo;
        string subnetContact;
        string subnetUrl;
        string discord;
        string description;
        string additional;
        string logoUrl;
    }

    // ------------------------------------------------------------------ events

    /// @notice A subnet was registered and its pool seeded.
    /// @dev The owner hotkey takes uid 0; this event records that registration (no
    /// `INeuron.NeuronRegistered` is logged for it). The lock is debited from the owner's native balance: `poolSeed` rao (the
    /// minimum lock) seeds the pool with that much TAO and as much alpha (price 1.0); the rest,
    /// `lock - poolSeed`, is escrowed and refunded to the owner when the subnet is dissolved.
    /// Emission and staking start at registration.
    /// @param netuid The new subnet's id (possibly a reused netuid, see `NetworkDissolved`).
    /// @param owner The owner coldkey (the caller of `registerNetwork`).
    /// @param ownerHotkey The owner hotkey.
    /// @param generation The netuid's registration counter; storage of earlier generations of
    /// the same netuid is not visible to this one.
    /// @param lock The lock cost paid, in rao.
    /// @param poolSeed The part of the lock that seeded the pool, in rao (TAO and alpha each).
    event NetworkRegistered(
        uint16 indexed netuid,
        address indexed owner,
        bytes32 indexed ownerHotkey,
        uint64 generation,
        uint64 lock,
        uint64 poolSeed
    );

    /// @notice A subnet was dissolved to make room for a new registration at the subnet cap.
    /// @dev The dissolved subnet is the non-immune one with the lowest moving price. Its
    /// pool's TAO becomes claimable by alpha holders at `taoPerAlpha` (see
    /// `IStaking.claimDissolvedStake`), the protocol's pool alpha counting as the owner's; the
    /// escrow is refunded to the owner's native balance. The netuid is reused by the
    /// registration that caused the dissolution, with clean state.
    /// @param netuid The dissolved subnet's id.
    /// @param owner The dissolved subnet's owner coldkey.
    /// @param generation The generation that was dissolved (claims name this generation).
    /// @param poolTao The pool's TAO reserve at dissolution, in rao.
    /// @param taoPerAlpha Claimable TAO per alpha, scaled by 1e18 (the scale of
    /// `IAlpha.getAlphaPrice`): a stake of `a` alpha rao is worth `a * taoPerAlpha / 1e18` rao.
    /// @param escrowRefund The escrowed lock refunded to the owner, in rao.
    event NetworkDissolved(
        uint16 indexed netuid,
        address indexed owner,
        uint64 generation,
        uint64 poolTao,
        uint256 taoPerAlpha,
        uint64 escrowRefund
    );

    /// @notice A subnet's identity was set (at registration with identity, or by the owner).
    /// @param netuid The subnet id.
    /// @param identity The identity now stored.
    event IdentitySet(uint16 indexed netuid, SubnetIdentity identity);

    /// @notice A hyperparameter of a subnet was changed by its owner.
    /// @dev `key` is the hyperparameter's name as a left-aligned ASCII `bytes32`, the getter's
    /// name without "get" (for example "ImmunityPeriod", "CommitRevealWeightsEnabled",
    /// "MaxBurn", "TransfersEnabled"), except `setAlphaValues`, which emits two events with
    /// keys "AlphaLow" and "AlphaHigh". Booleans are 0 or 1.
    /// @param netuid The subnet id.
    /// @param key The hyperparameter's name.
    /// @param value The new value.
    event HyperparameterSet(uint16 indexed netuid, bytes32 indexed key, uint256 value);

    /// @notice The subnet's owner hotkey was changed.
    /// @param netuid The subnet id.
    /// @param oldHotkey The previous owner hotkey.
    /// @param newHotkey The new owner hotkey.
    event SubnetOwnerHotkeySet(uint16 indexed netuid, bytes32 indexed oldHotkey, bytes32 indexed newHotkey);

    /// @notice Ownership of a subnet (its owner coldkey) was transferred.
    /// @param netuid The subnet id.
    /// @param previousOwner The previous owner coldkey.
    /// @param newOwner The new owner coldkey.
    event SubnetOwnershipTransferred(uint16 indexed netuid, address indexed previousOwner, address indexed newOwner);

    // ------------------------------------------------------------------ errors

    /// @notice The subnet cap is reached and no subnet can be dissolved (all are immune).
    /// @param limit The subnet cap (genesis parameter, default 128, up to 1024).
    error SubnetLimitReached(uint16 limit);

    // ------------------------------------------------------------------ registration

    /// @notice Registers a new subnet owned by the caller, with `hotkey` as owner hotkey.
    /// @dev Debits the current lock cost (`getNetworkLockCost`, rao) x 1e9 wei from the caller's
    /// native balance; see `NetworkRegistered` for how it is split. Registrations are
    /// rate-limited chain-wide (`RateLimited`). At the subnet cap the non-immune subnet with
    /// the lowest moving price is dissolved first and its netuid reused (`NetworkDissolved`);
    /// if none can be dissolved, `SubnetLimitReached`. Reverts with `NotHotkeyOwner` if the
    /// hotkey belongs to another coldkey, `InsufficientBalance`, `InvalidKey`.
    /// Deviations: Subtensor marks this `payable` (it ignores the value); taoevm is nonpayable.
    /// Subtensor returns nothing; the returned netuid is a taoevm addition (callers that
    /// expect no return data are unaffected).
    /// @param hotkey The owner hotkey (right-aligned EVM address).
    /// @return netuid The registered subnet's id.
    function registerNetwork(bytes32 hotkey) external returns (uint16 netuid);

    /// @notice Registers a new subnet with an identity (without a logo URL).
    /// @dev As `registerNetwork(bytes32)`, and stores the identity with an empty `logoUrl`
    /// (emits `IdentitySet`). Fields longer than their limit revert with `InputTooLarge`.
    /// Deviation: nonpayable (Subtensor: payable, value ignored); returns the netuid.
    /// @param hotkey The owner hotkey.
    /// @param subnetName The subnet's name (at most 256 bytes).
    /// @param githubRepo The source repository URL (at most 1024 bytes).
    /// @param subnetContact A contact address (at most 1024 bytes).
    /// @param subnetUrl The subnet's website (at most 1024 bytes).
    /// @param discord A Discord handle or invite (at most 256 bytes).
    /// @param description A description (at most 1024 bytes).
    /// @param additional Additional information (at most 1024 bytes).
    /// @return netuid The registered subnet's id.
    function registerNetwork(
        bytes32 hotkey,
        string calldata subnetName,
        string calldata githubRepo,
        string calldata subnetContact,
        string calldata subnetUrl,
        string calldata discord,
        string calldata description,
        string calldata additional
    ) external returns (uint16 netuid);

    /// @notice Registers a new subnet with a full identity, including a logo URL.
    /// @dev As `registerNetwork(bytes32)`, and stores the identity (emits `IdentitySet`).
    /// The argument order is the one Subtensor's runtime decodes (`additional` before
    /// `logoUrl`); Subtensor's shipped `.sol` file lists them the other way round, which
    /// silently swaps the two fields there. Deviation: nonpayable; returns the netuid.
    /// @param hotkey The owner hotkey.
    /// @param subnetName The subnet's name (at most 256 bytes).
    /// @param githubRepo The source repository URL (at most 1024 bytes).
    /// @param subnetContact A contact address (at most 1024 bytes).
    /// @param subnetUrl The subnet's website (at most 1024 bytes).
    /// @param discord A Discord handle or invite (at most 256 bytes).
    /// @param description A description (at most 1024 bytes).
    /// @param additional Additional information (at most 1024 bytes).
    /// @param logoUrl The logo's URL (at most 1024 bytes).
    /// @return netuid The registered subnet's id.
    function registerNetwork(
        bytes32 hotkey,
        string calldata subnetName,
        string calldata githubRepo,
        string calldata subnetContact,
        string calldata subnetUrl,
        string calldata discord,
        string calldata description,
        string calldata additional,
        string calldata logoUrl
    ) external returns (uint16 netuid);

    /// @notice Block at which the subnet's current generation was registered.
    /// @param netuid The subnet id.
    /// @return The registration block number.
    function getNetworkRegistrationBlock(uint16 netuid) external view returns (uint64);

    /// @notice Current lock cost of registering a subnet, in rao. Taoevm addition.
    /// @dev Dutch auction: `max(minLock, lastLock * 2 - (lastLock / interval) * (now - lastLockBlock))`
    /// (the multiplier is 1 before the first registration), so the cost doubles on each
    /// registration and decays linearly over the lock reduction interval; minimum 100 TAO by
    /// default. Subtensor exposes this only as a runtime API.
    /// @return The lock `registerNetwork` would charge in this block, in rao.
    function getNetworkLockCost() external view returns (uint64);

    /// @notice Number of registered subnets, the root subnet excluded. Taoevm addition.
    /// @return The count of non-root subnets.
    function getTotalNetworks() external view returns (uint16);

    /// @notice The subnet cap: at most this many non-root subnets exist. Taoevm addition.
    /// @return The cap (genesis parameter, default 128, up to 1024).
    function getSubnetLimit() external view returns (uint16);

    /// @notice Blocks during which a newly registered subnet cannot be dissolved. Taoevm addition.
    /// @return The network immunity period, in blocks (genesis parameter).
    function getNetworkImmunityPeriod() external view returns (uint64);

    /// @notice Registration counter of a netuid, starting at 1 and raised each time the netuid
    /// is registered again after a dissolution. Taoevm addition.
    /// @dev Claims of dissolved stake (`IStaking.claimDissolvedStake`) name a generation.
    /// Returns 0 for a netuid that was never registered (does not revert).
    /// @param netuid The subnet id.
    /// @return The current generation of the netuid.
    function getNetworkGeneration(uint16 netuid) external view returns (uint64);

    // ------------------------------------------------------------------ owner, identity

    /// @notice The subnet's owner coldkey. Taoevm addition.
    /// @param netuid The subnet id.
    /// @return The owner coldkey (zero for the root subnet).
    function getSubnetOwner(uint16 netuid) external view returns (address);

    /// @notice The subnet's owner hotkey. Taoevm addition.
    /// @dev The owner hotkey is never pruned from the subnet.
    /// @param netuid The subnet id.
    /// @return The owner hotkey (right-aligned address; zero for the root subnet).
    function getSubnetOwnerHotkey(uint16 netuid) external view returns (bytes32);

    /// @notice Sets the subnet's owner hotkey (owner only). Taoevm addition; Subtensor offers
    /// it as the extrinsic `sudo_set_sn_owner_hotkey`.
    /// @dev The hotkey must be unowned or owned by the caller (`NotHotkeyOwner`); an unowned
    /// hotkey becomes the caller's. At most once per 50,400 blocks (`RateLimited`).
    /// Emits `SubnetOwnerHotkeySet`.
    /// @param netuid The subnet id.
    /// @param hotkey The new owner hotkey.
    function setSubnetOwnerHotkey(uint16 netuid, bytes32 hotkey) external;

    /// @notice Transfers ownership of the subnet (its owner coldkey) to `newOwner` (owner only).
    /// Taoevm addition.
    /// @dev From then on the new owner holds the owner role: the owner functions, the owner cut
    /// (staked on the owner hotkey for the owner coldkey) and the escrow refund at
    /// dissolution. The owner hotkey is unchanged; the new owner may set one of its own with
    /// `setSubnetOwnerHotkey`. A zero `newOwner` reverts with `InvalidKey(0)`. The transfer is
    /// immediate; contracts wanting a two-step handover build it on top (see the
    /// SubnetManager example). Emits `SubnetOwnershipTransferred`.
    /// @param netuid The subnet id.
    /// @param newOwner The new owner coldkey.
    function transferSubnetOwnership(uint16 netuid, address newOwner) external;

    /// @notice The subnet's identity. Taoevm addition.
    /// @param netuid The subnet id.
    /// @return identity The stored identity (empty strings if none was set).
    function getSubnetIdentity(uint16 netuid) external view returns (SubnetIdentity memory identity);

    /// @notice Sets the subnet's identity (owner only). Taoevm addition; Subtensor offers it as
    /// the extrinsic `set_subnet_identity`.
    /// @dev Same fields, order and byte limits as the 9-argument `registerNetwork`
    /// (`InputTooLarge`). Not rate-limited. Emits `IdentitySet`.
    /// @param netuid The subnet id.
    /// @param subnetName The subnet's name (at most 256 bytes).
    /// @param githubRepo The source repository URL (at most 1024 bytes).
    /// @param subnetContact A contact address (at most 1024 bytes).
    /// @param subnetUrl The subnet's website (at most 1024 bytes).
    /// @param discord A Discord handle or invite (at most 256 bytes).
    /// @param description A description (at most 1024 bytes).
    /// @param additional Additional information (at most 1024 bytes).
    /// @param logoUrl The logo's URL (at most 1024 bytes).
    function setSubnetIdentity(
        uint16 netuid,
        string calldata subnetName,
        string calldata githubRepo,
        string calldata subnetContact,
        string calldata subnetUrl,
        string calldata discord,
        string calldata description,
        string calldata additional,
        string calldata logoUrl
    ) external;

    // ------------------------------------------------------------------ hyperparameters

    /// @notice Minimum number of blocks between two `serveAxon`/`servePrometheus` calls of a hotkey.
    /// @param netuid The subnet id.
    /// @return The serving rate limit, in blocks (default 50).
    function getServingRateLimit(uint16 netuid) external view returns (uint64);

    /// @notice Sets the serving rate limit (owner only).
    /// @dev Deviation: nonpayable (Subtensor: payable, value ignored).
    /// @param netuid The subnet id.
    /// @param servingRateLimit The new limit, in blocks.
    function setServingRateLimit(uint16 netuid, uint64 servingRateLimit) external;

    /// @notice Minimum proof-of-work difficulty. Proof-of-work registration does not exist on
    /// taoevm (nor on Subtensor since 2026-03).
    /// @param netuid The subnet id.
    /// @return Always the reference default, 10,000,000.
    function getMinDifficulty(uint16 netuid) external view returns (uint64);

    /// @notice Proof-of-work setter kept for compatibility; always reverts with `NotSupported`.
    /// @dev Deviation: nonpayable (Subtensor: payable).
    /// @param netuid The subnet id.
    /// @param minDifficulty Ignored.
    function setMinDifficulty(uint16 netuid, uint64 minDifficulty) external;

    /// @notice Maximum proof-of-work difficulty. Proof-of-work registration does not exist on taoevm.
    /// @param netuid The subnet id.
    /// @return Always the reference default, u64::MAX / 4 = 4,611,686,018,427,387,903.
    function getMaxDifficulty(uint16 netuid) external view returns (uint64);

    /// @notice Proof-of-work setter kept for compatibility; always reverts with `NotSupported`.
    /// @dev Deviation: nonpayable (Subtensor: payable).
    /// @param netuid The subnet id.
    /// @param maxDifficulty Ignored.
    function setMaxDifficulty(uint16 netuid, uint64 maxDifficulty) external;

    /// @notice The weights version key: `setWeights`/`revealWeights` must pass a version key at
    /// least this large.
    /// @param netuid The subnet id.
    /// @return The required minimum version key (default 0).
    function getWeightsVersionKey(uint16 netuid) external view returns (uint64);

    /// @notice Sets the weights version key (owner only).
    /// @dev Deviation: nonpayable (Subtensor: payable, value ignored).
    /// @param netuid The subnet id.
    /// @param weightsVersionKey The new minimum version key.
    function setWeightsVersionKey(uint16 netuid, uint64 weightsVersionKey) external;

    /// @notice Minimum number of blocks between two weight submissions (set, commit) of a hotkey.
    /// @param netuid The subnet id.
    /// @return The weights rate limit, in blocks (genesis parameter, default 100).
    function getWeightsSetRateLimit(uint16 netuid) external view returns (uint64);

    /// @notice Root-only in Subtensor (its EVM setter is a silent no-op); always reverts with
    /// `NotSupported`: the weights rate limit is a genesis parameter on taoevm.
    /// @dev Deviation: nonpayable (Subtensor: payable).
    /// @param netuid The subnet id.
    /// @param weightsSetRateLimit Ignored.
    function setWeightsSetRateLimit(uint16 netuid, uint64 weightsSetRateLimit) external;

    /// @notice Adjustment alpha of Subtensor's interval-based registration cost adjustment,
    /// which taoevm does not use (its burn cost rises by `getBurnIncreaseMult` on each
    /// registration and decays with `getBurnHalfLife`).
    /// @param netuid The subnet id.
    /// @return Always 0.
    function getAdjustmentAlpha(uint16 netuid) external view returns (uint64);

    /// @notice Kept for compatibility; always reverts with `NotSupported` (the value it sets has
    /// no effect in taoevm's registration cost model).
    /// @dev Deviation: nonpayable (Subtensor: payable, value ignored).
    /// @param netuid The subnet id.
    /// @param adjustmentAlpha Ignored.
    function setAdjustmentAlpha(uint16 netuid, uint64 adjustmentAlpha) external;

    /// @notice Maximum weight limit. The check is disabled, as in Subtensor.
    /// @param netuid The subnet id.
    /// @return Always 65535.
    function getMaxWeightLimit(uint16 netuid) external view returns (uint16);

    /// @notice Blocks after registration during which a neuron cannot be replaced.
    /// @param netuid The subnet id.
    /// @return The immunity period, in blocks (default 5000 for new subnets).
    function getImmunityPeriod(uint16 netuid) external view returns (uint16);

    /// @notice Sets the neuron immunity period (owner only).
    /// @dev Deviation: nonpayable (Subtensor: payable, value ignored).
    /// @param netuid The subnet id.
    /// @param immunityPeriod The new period, in blocks.
    function setImmunityPeriod(uint16 netuid, uint16 immunityPeriod) external;

    /// @notice Minimum number of weights a `setWeights`/`revealWeights` call must carry
    /// (capped at the subnet's uid count).
    /// @param netuid The subnet id.
    /// @return The minimum (default 1 for new subnets).
    function getMinAllowedWeights(uint16 netuid) external view returns (uint16);

    /// @notice Sets the minimum number of weights (owner only).
    /// @dev At most `getMaxAllowedUids(netuid)` (`ValueOutOfBounds`). Deviation: nonpayable.
    /// @param netuid The subnet id.
    /// @param minAllowedWeights The new minimum.
    function setMinAllowedWeights(uint16 netuid, uint16 minAllowedWeights) external;

    /// @notice Kappa, the consensus majority threshold of Yuma, as a fraction of 65535.
    /// @param netuid The subnet id.
    /// @return Kappa (genesis parameter, default 32767, about 0.5).
    function getKappa(uint16 netuid) external view returns (uint16);

    /// @notice Root-only in Subtensor; always reverts with `NotSupported` (kappa is a genesis
    /// parameter on taoevm).
    /// @dev Deviation: nonpayable (Subtensor: payable).
    /// @param netuid The subnet id.
    /// @param kappa Ignored.
    function setKappa(uint16 netuid, uint16 kappa) external;

    /// @notice Rho, the steepness of the original sigmoid consensus (not used by current Yuma).
    /// @param netuid The subnet id.
    /// @return Rho (default 10).
    function getRho(uint16 netuid) external view returns (uint16);

    /// @notice Steepness of the liquid-alpha sigmoid, an `int16` returned as its two's
    /// complement `uint16` (as Subtensor does).
    /// @param netuid The subnet id.
    /// @return The steepness bits (default 1000).
    function getAlphaSigmoidSteepness(uint16 netuid) external view returns (uint16);

    /// @notice Sets rho (owner only).
    /// @dev Deviation: nonpayable (Subtensor: payable, value ignored).
    /// @param netuid The subnet id.
    /// @param rho The new rho.
    function setRho(uint16 netuid, uint16 rho) external;

    /// @notice Sets the liquid-alpha sigmoid steepness (owner only).
    /// @dev The value is read as an `int16` (two's complement), as in Subtensor's runtime
    /// (Subtensor's `.sol` declares `int16`, which has a different, unroutable selector).
    /// Deviation: nonpayable.
    /// @param netuid The subnet id.
    /// @param steepness The steepness as `int16` bits.
    function setAlphaSigmoidSteepness(uint16 netuid, uint16 steepness) external;

    /// @notice Blocks without a weight update after which a validator counts as inactive.
    /// @param netuid The subnet id.
    /// @return The activity cutoff, in blocks (default 5000).
    function getActivityCutoff(uint16 netuid) external view returns (uint16);

    /// @notice Sets the activity cutoff (owner only).
    /// @dev At least 360 blocks (`ValueOutOfBounds`). Deviation: nonpayable.
    /// @param netuid The subnet id.
    /// @param activityCutoff The new cutoff, in blocks.
    function setActivityCutoff(uint16 netuid, uint16 activityCutoff) external;

    /// @notice Subtensor's activity cutoff expressed in thousandths of a tempo. Taoevm keeps the
    /// cutoff in blocks; this view derives the factor from it.
    /// @param netuid The subnet id.
    /// @return `getActivityCutoff(netuid) * 1000 / tempo`, rounded down.
    function getActivityCutoffFactor(uint16 netuid) external view returns (uint32);

    /// @notice Kept for compatibility; always reverts with `NotSupported` (set the cutoff in
    /// blocks with `setActivityCutoff`).
    /// @dev Deviation: nonpayable (Subtensor: payable).
    /// @param netuid The subnet id.
    /// @param activityCutoffFactor Ignored.
    function setActivityCutoffFactor(uint16 netuid, uint32 activityCutoffFactor) external;

    /// @notice Whether neurons may register on the subnet.
    /// @param netuid The subnet id.
    /// @return Always true (root-only in Subtensor; there is no root account on taoevm).
    function getNetworkRegistrationAllowed(uint16 netuid) external view returns (bool);

    /// @notice Root-only in Subtensor; always reverts with `NotSupported`.
    /// @dev Deviation: nonpayable (Subtensor: payable).
    /// @param netuid The subnet id.
    /// @param registrationAllowed Ignored.
    function setNetworkRegistrationAllowed(uint16 netuid, bool registrationAllowed) external;

    /// @notice Whether proof-of-work registration is allowed.
    /// @param netuid The subnet id.
    /// @return Always false: proof-of-work registration does not exist on taoevm.
    function getNetworkPowRegistrationAllowed(uint16 netuid) external view returns (bool);

    /// @notice Proof-of-work setter kept for compatibility; always reverts with `NotSupported`.
    /// @dev Deviation: nonpayable (Subtensor: payable).
    /// @param netuid The subnet id.
    /// @param registrationAllowed Ignored.
    function setNetworkPowRegistrationAllowed(uint16 netuid, bool registrationAllowed) external;

    /// @notice Lower bound of the neuron registration burn cost.
    /// @param netuid The subnet id.
    /// @return The minimum burn, in rao (default 500,000 = 0.0005 TAO).
    function getMinBurn(uint16 netuid) external view returns (uint64);

    /// @notice Sets the lower bound of the burn cost (owner only).
    /// @dev Must be below 1 TAO (1e9 rao) and at most `getMaxBurn` (`ValueOutOfBounds`); the
    /// current burn is clamped into the new bounds. Subtensor's EVM setter is a silent no-op
    /// (its extrinsic works); taoevm's setter works. Deviation: nonpayable.
    /// @param netuid The subnet id.
    /// @param minBurn The new minimum, in rao.
    function setMinBurn(uint16 netuid, uint64 minBurn) external;

    /// @notice Upper bound of the neuron registration burn cost.
    /// @param netuid The subnet id.
    /// @return The maximum burn, in rao (default 100 TAO).
    function getMaxBurn(uint16 netuid) external view returns (uint64);

    /// @notice Sets the upper bound of the burn cost (owner only).
    /// @dev Must be above 0.1 TAO (1e8 rao) and at least `getMinBurn` (`ValueOutOfBounds`);
    /// the current burn is clamped into the new bounds. Subtensor's EVM setter is a silent
    /// no-op; taoevm's setter works. Deviation: nonpayable.
    /// @param netuid The subnet id.
    /// @param maxBurn The new maximum, in rao.
    function setMaxBurn(uint16 netuid, uint64 maxBurn) external;

    /// @notice Current proof-of-work difficulty. Proof-of-work registration does not exist on taoevm.
    /// @param netuid The subnet id.
    /// @return Always the reference default, 10,000,000.
    function getDifficulty(uint16 netuid) external view returns (uint64);

    /// @notice Proof-of-work setter kept for compatibility; always reverts with `NotSupported`.
    /// @dev Deviation: nonpayable (Subtensor: payable).
    /// @param netuid The subnet id.
    /// @param difficulty Ignored.
    function setDifficulty(uint16 netuid, uint64 difficulty) external;

    /// @notice Bonds moving average, in millionths (the EMA retention of bonds when liquid
    /// alpha is off).
    /// @param netuid The subnet id.
    /// @return The moving average (default 900,000, i.e. 0.9).
    function getBondsMovingAverage(uint16 netuid) external view returns (uint64);

    /// @notice Sets the bonds moving average (owner only).
    /// @dev At most 975,000 for the owner, as in Subtensor (`ValueOutOfBounds`).
    /// Deviation: nonpayable.
    /// @param netuid The subnet id.
    /// @param bondsMovingAverage The new value, in millionths.
    function setBondsMovingAverage(uint16 netuid, uint64 bondsMovingAverage) external;

    /// @notice Whether weights must be committed and revealed (`commitWeights` /
    /// `revealWeights`) instead of set directly.
    /// @param netuid The subnet id.
    /// @return True if commit-reveal is on (default true).
    function getCommitRevealWeightsEnabled(uint16 netuid) external view returns (bool);

    /// @notice Turns commit-reveal on or off (owner only).
    /// @dev Deviation: nonpayable (Subtensor: payable, value ignored).
    /// @param netuid The subnet id.
    /// @param enabled The new setting.
    function setCommitRevealWeightsEnabled(uint16 netuid, bool enabled) external;

    /// @notice Whether liquid alpha (per-bond EMA rates, Yuma 3 only) is on.
    /// @param netuid The subnet id.
    /// @return True if liquid alpha is on (default false).
    function getLiquidAlphaEnabled(uint16 netuid) external view returns (bool);

    /// @notice Turns liquid alpha on or off (owner only).
    /// @dev Deviation: nonpayable (Subtensor: payable, value ignored).
    /// @param netuid The subnet id.
    /// @param enabled The new setting.
    function setLiquidAlphaEnabled(uint16 netuid, bool enabled) external;

    /// @notice Whether the subnet uses Yuma 3 bonds.
    /// @param netuid The subnet id.
    /// @return True if Yuma 3 is on (default true for new subnets).
    function getYuma3Enabled(uint16 netuid) external view returns (bool);

    /// @notice Whether commitment-triggered bond resets are on.
    /// @param netuid The subnet id.
    /// @return True if bond resets are on (default false).
    function getBondsResetEnabled(uint16 netuid) external view returns (bool);

    /// @notice Turns Yuma 3 on or off (owner only).
    /// @dev Deviation: nonpayable (Subtensor: payable, value ignored).
    /// @param netuid The subnet id.
    /// @param enabled The new setting.
    function setYuma3Enabled(uint16 netuid, bool enabled) external;

    /// @notice Turns bond resets on or off (owner only).
    /// @dev Deviation: nonpayable (Subtensor: payable, value ignored).
    /// @param netuid The subnet id.
    /// @param enabled The new setting.
    function setBondsResetEnabled(uint16 netuid, bool enabled) external;

    /// @notice Liquid-alpha bounds, as fractions of 65535.
    /// @param netuid The subnet id.
    /// @return alphaLow The lower bound (default 45875, about 0.7).
    /// @return alphaHigh The upper bound (default 58982, about 0.9).
    function getAlphaValues(uint16 netuid) external view returns (uint16 alphaLow, uint16 alphaHigh);

    /// @notice Sets the liquid-alpha bounds (owner only).
    /// @dev Requires `1638 <= alphaLow <= alphaHigh` (`ValueOutOfBounds`). Emits two
    /// `HyperparameterSet` events ("AlphaLow", "AlphaHigh"). Deviation: nonpayable.
    /// @param netuid The subnet id.
    /// @param alphaLow The new lower bound.
    /// @param alphaHigh The new upper bound.
    function setAlphaValues(uint16 netuid, uint16 alphaLow, uint16 alphaHigh) external;

    /// @notice Reveal period of commit-reveal, in epochs: a commit made in epoch `e` is revealed
    /// in epoch `e + period` (Subtensor's `RevealPeriodEpochs`).
    /// @param netuid The subnet id.
    /// @return The reveal period, in epochs (default 1).
    function getCommitRevealWeightsInterval(uint16 netuid) external view returns (uint64);

    /// @notice Sets the reveal period (owner only).
    /// @dev In [1, 100] epochs (`ValueOutOfBounds`). Deviation: nonpayable.
    /// @param netuid The subnet id.
    /// @param interval The new reveal period, in epochs.
    function setCommitRevealWeightsInterval(uint16 netuid, uint64 interval) external;

    /// @notice Allows or forbids transferring stake of this subnet to another coldkey
    /// (`IStaking.transferStake`, `transferStakeFrom`) (owner only).
    /// @dev The `HyperparameterSet` key is "TransfersEnabled". Deviation: nonpayable.
    /// @param netuid The subnet id.
    /// @param toggle True to allow transfers.
    function toggleTransfers(uint16 netuid, bool toggle) external;

    // ------------------------------------------------------------------ taoevm additions

    /// @notice Whether stake of this subnet may be transferred to another coldkey. Taoevm
    /// addition (the getter of `toggleTransfers`).
    /// @param netuid The subnet id.
    /// @return True if transfers are allowed (default true).
    function getTransfersEnabled(uint16 netuid) external view returns (bool);

    /// @notice Epoch length: Yuma runs on the subnet when
    /// `(block + netuid + 1) % (tempo + 1) == 0`. Taoevm addition.
    /// @param netuid The subnet id.
    /// @return The tempo, in blocks (genesis parameter, default 360).
    function getTempo(uint16 netuid) external view returns (uint16);

    /// @notice Maximum number of uids on the subnet. Taoevm addition.
    /// @param netuid The subnet id.
    /// @return The maximum (default 256).
    function getMaxAllowedUids(uint16 netuid) external view returns (uint16);

    /// @notice Sets the maximum number of uids (owner only). Taoevm addition; Subtensor offers
    /// it as the extrinsic `sudo_set_max_allowed_uids`.
    /// @dev In [64, 4096] (the upper bound is a genesis parameter) and at least the current
    /// uid count (`ValueOutOfBounds`).
    /// @param netuid The subnet id.
    /// @param maxAllowedUids The new maximum.
    function setMaxAllowedUids(uint16 netuid, uint16 maxAllowedUids) external;

    /// @notice Maximum number of validator permits on the subnet (root-only in Subtensor, so
    /// there is no setter). Taoevm addition.
    /// @param netuid The subnet id.
    /// @return The maximum (genesis parameter, default 64).
    function getMaxAllowedValidators(uint16 netuid) external view returns (uint16);

    /// @notice Bonds penalty, as a fraction of 65535: how much weight clipping hits bonds.
    /// Taoevm addition.
    /// @param netuid The subnet id.
    /// @return The bonds penalty (default 65535).
    function getBondsPenalty(uint16 netuid) external view returns (uint16);

    /// @notice Sets the bonds penalty (owner only). Taoevm addition; Subtensor offers it as the
    /// extrinsic `sudo_set_bonds_penalty`.
    /// @param netuid The subnet id.
    /// @param bondsPenalty The new penalty, as a fraction of 65535.
    function setBondsPenalty(uint16 netuid, uint16 bondsPenalty) external;

    /// @notice Current neuron registration burn cost (what `INeuron.burnedRegister` charges in
    /// this block). Taoevm addition.
    /// @param netuid The subnet id.
    /// @return The burn cost, in rao (a new subnet starts at 1 TAO).
    function getBurn(uint16 netuid) external view returns (uint64);

    /// @notice Half-life of the burn cost's decay. Taoevm addition.
    /// @dev Every block the burn is multiplied by 2^(-1/halfLife), then clamped to
    /// [`getMinBurn`, `getMaxBurn`].
    /// @param netuid The subnet id.
    /// @return The half-life, in blocks (default 360).
    function getBurnHalfLife(uint16 netuid) external view returns (uint16);

    /// @notice Sets the burn cost's half-life (owner only). Taoevm addition; Subtensor offers
    /// it as an extrinsic.
    /// @dev In [1, 36100] blocks (`ValueOutOfBounds`).
    /// @param netuid The subnet id.
    /// @param halfLife The new half-life, in blocks.
    function setBurnHalfLife(uint16 netuid, uint16 halfLife) external;

    /// @notice Factor by which the burn cost rises after each registration, scaled by 1e9.
    /// Taoevm addition.
    /// @param netuid The subnet id.
    /// @return The multiplier x 1e9 (default 1,260,000,000, i.e. x1.26).
    function getBurnIncreaseMult(uint16 netuid) external view returns (uint64);

    /// @notice Sets the burn increase multiplier (owner only). Taoevm addition; Subtensor offers
    /// it as an extrinsic.
    /// @dev At least 1e9, i.e. x1.0 (`ValueOutOfBounds`).
    /// @param netuid The subnet id.
    /// @param mult The new multiplier x 1e9.
    function setBurnIncreaseMult(uint16 netuid, uint64 mult) external;
}
