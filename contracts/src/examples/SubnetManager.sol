// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ISubnet, ISUBNET_ADDRESS} from "../ISubnet.sol";
import {IStaking, ISTAKING_ADDRESS} from "../IStaking.sol";

/// @title A contract that owns and manages one subnet
/// @notice Registers a subnet with itself as owner coldkey, then lets an admin (an EOA, a
/// multisig or a DAO) configure its hyperparameters and identity, rotate the owner hotkey,
/// manage the owner cut it earns, and hand the subnet over to a new owner in two steps.
/// @dev Example code for taoevm; review before use. The contract pays the lock from its own
/// native balance: fund it with the call to `register` or by plain transfers. The subnet's
/// owner cut accrues as alpha stake of this contract on the owner hotkey; the escrowed part of
/// the lock comes back to this contract's balance if the subnet is ever dissolved.
contract SubnetManager {
    ISubnet private constant SUBNET = ISubnet(ISUBNET_ADDRESS);
    IStaking private constant STAKING = IStaking(ISTAKING_ADDRESS);

    /// @notice The owner-settable hyperparameters, as one record.
    /// @dev Units and bounds are those of the matching ISubnet setters.
    struct Hyperparameters {
        uint64 servingRateLimit;
        uint64 weightsVersionKey;
        uint16 immunityPeriod;
        uint16 minAllowedWeights;
        uint16 rho;
        uint16 alphaSigmoidSteepness;
        uint16 activityCutoff;
        uint64 minBurn;
        uint64 maxBurn;
        uint64 bondsMovingAverage;
        bool commitRevealWeightsEnabled;
        uint64 commitRevealWeightsInterval;
        bool liquidAlphaEnabled;
        uint16 alphaLow;
        uint16 alphaHigh;
        bool yuma3Enabled;
        bool bondsResetEnabled;
        bool transfersEnabled;
        uint16 maxAllowedUids;
        uint16 bondsPenalty;
        uint16 burnHalfLife;
        uint64 burnIncreaseMult;
    }

    /// @notice The account that manages the subnet through this contract.
    address public admin;
    /// @notice The account `admin` has offered the admin role to.
    address public pendingAdmin;
    /// @notice The managed subnet (0 until `register`).
    uint16 public netuid;
    /// @notice The managed subnet's generation (`ISubnet.getNetworkGeneration`) at registration.
    uint64 public generation;
    /// @notice The account `admin` has offered the subnet's ownership to.
    address public pendingSubnetOwner;

    /// @notice The admin offered its role to `next`.
    /// @param next The proposed admin (zero cancels the offer).
    event AdminTransferStarted(address indexed next);
    /// @notice The admin role changed hands.
    /// @param previous The previous admin.
    /// @param next The new admin.
    event AdminTransferred(address indexed previous, address indexed next);
    /// @notice The contract registered its subnet.
    /// @param netuid The subnet id.
    /// @param lock The lock paid, in rao.
    event SubnetRegistered(uint16 indexed netuid, uint64 lock);
    /// @notice The admin offered the subnet's ownership to `newOwner`.
    /// @param newOwner The proposed owner (zero cancels the offer).
    event HandOverStarted(address indexed newOwner);
    /// @notice The subnet's ownership passed to `newOwner`; the contract no longer manages it.
    /// @param newOwner The new owner coldkey.
    event HandedOver(address indexed newOwner);
    /// @notice Native TAO was sent out of the contract.
    /// @param to The receiver.
    /// @param amount The amount, in wei.
    event Withdrawn(address indexed to, uint256 amount);

    /// @notice Only the admin may call this function.
    error NotAdmin();
    /// @notice Only the pending admin may accept the admin role.
    error NotPendingAdmin();
    /// @notice Only the pending subnet owner may accept the subnet.
    error NotPendingSubnetOwner();
    /// @notice The contract already manages a live subnet.
    /// @param netuid The subnet id.
    error AlreadyRegistered(uint16 netuid);
    /// @notice The contract manages no (live) subnet.
    error NotRegistered();
    /// @notice The current lock cost is above the admin's limit.
    /// @param lock The current lock cost, in rao.
    /// @param maxLock The limit, in rao.
    error LockTooHigh(uint64 lock, uint64 maxLock);
    /// @notice `callSubnet` may not call this function (ownership moves only through the
    /// two-step hand-over).
    /// @param selector The refused selector.
    error ForbiddenSelector(bytes4 selector);
    /// @notice A call to the subnet precompile or a native transfer failed.
    /// @param reason The revert data (an ISubnet custom error for precompile calls).
    error CallFailed(bytes reason);

    modifier onlyAdmin() {
        if (msg.sender != admin) revert NotAdmin();
        _;
    }

    modifier onlyLive() {
        if (!managesSubnet()) revert NotRegistered();
        _;
    }

    /// @param admin_ The first admin.
    constructor(address admin_) {
        admin = admin_;
        emit AdminTransferred(address(0), admin_);
    }

    /// @notice Accepts native TAO (funding for the lock).
    receive() external payable {}

    // ------------------------------------------------------------------ registration

    /// @notice Whether the contract owns a live subnet (registered, not dissolved, not handed over).
    /// @return True if it does.
    function managesSubnet() public view returns (bool) {
        return netuid != 0 && SUBNET.getNetworkGeneration(netuid) == generation
            && SUBNET.getSubnetOwner(netuid) == address(this);
    }

    /// @notice Registers a subnet owned by this contract (admin only), paying the current lock
    /// cost from the contract's balance (value sent with the call is added to it first).
    /// @dev Reverts with `LockTooHigh` if the Dutch-auction lock cost is above `maxLock`, so a
    /// registration never pays more than the admin agreed to. The owner hotkey must be unowned
    /// or owned by this contract.
    /// @param hotkey The owner hotkey (right-aligned address).
    /// @param maxLock The highest lock the admin accepts, in rao.
    /// @param identity The subnet's identity.
    /// @return The new subnet's id.
    function register(bytes32 hotkey, uint64 maxLock, ISubnet.SubnetIdentity memory identity)
        external
        payable
        onlyAdmin
        returns (uint16)
    {
        if (managesSubnet()) revert AlreadyRegistered(netuid);
        uint64 lock = SUBNET.getNetworkLockCost();
        if (lock > maxLock) revert LockTooHigh(lock, maxLock);
        uint16 id = SUBNET.registerNetwork(
            hotkey,
            identity.subnetName,
            identity.githubRepo,
            identity.subnetContact,
            identity.subnetUrl,
            identity.discord,
            identity.description,
            identity.additional,
            identity.logoUrl
        );
        netuid = id;
        generation = SUBNET.getNetworkGeneration(id);
        pendingSubnetOwner = address(0);
        emit SubnetRegistered(id, lock);
        return id;
    }

    // ------------------------------------------------------------------ configuration

    /// @notice The subnet's current owner-settable hyperparameters.
    /// @return h The values the getters return.
    function hyperparameters() public view returns (Hyperparameters memory h) {
        uint16 id = netuid;
        h.servingRateLimit = SUBNET.getServingRateLimit(id);
        h.weightsVersionKey = SUBNET.getWeightsVersionKey(id);
        h.immunityPeriod = SUBNET.getImmunityPeriod(id);
        h.minAllowedWeights = SUBNET.getMinAllowedWeights(id);
        h.rho = SUBNET.getRho(id);
        h.alphaSigmoidSteepness = SUBNET.getAlphaSigmoidSteepness(id);
        h.activityCutoff = SUBNET.getActivityCutoff(id);
        h.minBurn = SUBNET.getMinBurn(id);
        h.maxBurn = SUBNET.getMaxBurn(id);
        h.bondsMovingAverage = SUBNET.getBondsMovingAverage(id);
        h.commitRevealWeightsEnabled = SUBNET.getCommitRevealWeightsEnabled(id);
        h.commitRevealWeightsInterval = SUBNET.getCommitRevealWeightsInterval(id);
        h.liquidAlphaEnabled = SUBNET.getLiquidAlphaEnabled(id);
        (h.alphaLow, h.alphaHigh) = SUBNET.getAlphaValues(id);
        h.yuma3Enabled = SUBNET.getYuma3Enabled(id);
        h.bondsResetEnabled = SUBNET.getBondsResetEnabled(id);
        h.transfersEnabled = SUBNET.getTransfersEnabled(id);
        h.maxAllowedUids = SUBNET.getMaxAllowedUids(id);
        h.bondsPenalty = SUBNET.getBondsPenalty(id);
        h.burnHalfLife = SUBNET.getBurnHalfLife(id);
        h.burnIncreaseMult = SUBNET.getBurnIncreaseMult(id);
    }

    /// @notice Applies a full set of hyperparameters (admin only), calling only the setters
    /// whose value differs from the current one.
    /// @dev Owner setters are rate-limited per hyperparameter, so skipping unchanged values
    /// lets the admin re-submit a whole record. Burn bounds are applied in the order that
    /// keeps `minBurn <= maxBurn` at every step.
    /// @param want The values to apply.
    function configure(Hyperparameters calldata want) external onlyAdmin onlyLive {
        Hyperparameters memory have = hyperparameters();
        uint16 id = netuid;
        if (want.servingRateLimit != have.servingRateLimit) SUBNET.setServingRateLimit(id, want.servingRateLimit);
        if (want.weightsVersionKey != have.weightsVersionKey) SUBNET.setWeightsVersionKey(id, want.weightsVersionKey);
        if (want.immunityPeriod != have.immunityPeriod) SUBNET.setImmunityPeriod(id, want.immunityPeriod);
        if (want.maxAllowedUids != have.maxAllowedUids) SUBNET.setMaxAllowedUids(id, want.maxAllowedUids);
        if (want.minAllowedWeights != have.minAllowedWeights) SUBNET.setMinAllowedWeights(id, want.minAllowedWeights);
        if (want.rho != have.rho) SUBNET.setRho(id, want.rho);
        if (want.alphaSigmoidSteepness != have.alphaSigmoidSteepness) {
            SUBNET.setAlphaSigmoidSteepness(id, want.alphaSigmoidSteepness);
        }
        if (want.activityCutoff != have.activityCutoff) SUBNET.setActivityCutoff(id, want.activityCutoff);
        if (want.minBurn > have.maxBurn) {
            if (want.maxBurn != have.maxBurn) SUBNET.setMaxBurn(id, want.maxBurn);
            if (want.minBurn != have.minBurn) SUBNET.setMinBurn(id, want.minBurn);
        } else {
            if (want.minBurn != have.minBurn) SUBNET.setMinBurn(id, want.minBurn);
            if (want.maxBurn != have.maxBurn) SUBNET.setMaxBurn(id, want.maxBurn);
        }
        if (want.bondsMovingAverage != have.bondsMovingAverage) {
            SUBNET.setBondsMovingAverage(id, want.bondsMovingAverage);
        }
        if (want.commitRevealWeightsEnabled != have.commitRevealWeightsEnabled) {
            SUBNET.setCommitRevealWeightsEnabled(id, want.commitRevealWeightsEnabled);
        }
        if (want.commitRevealWeightsInterval != have.commitRevealWeightsInterval) {
            SUBNET.setCommitRevealWeightsInterval(id, want.commitRevealWeightsInterval);
        }
        if (want.liquidAlphaEnabled != have.liquidAlphaEnabled) {
            SUBNET.setLiquidAlphaEnabled(id, want.liquidAlphaEnabled);
        }
        if (want.alphaLow != have.alphaLow || want.alphaHigh != have.alphaHigh) {
            SUBNET.setAlphaValues(id, want.alphaLow, want.alphaHigh);
        }
        if (want.yuma3Enabled != have.yuma3Enabled) SUBNET.setYuma3Enabled(id, want.yuma3Enabled);
        if (want.bondsResetEnabled != have.bondsResetEnabled) SUBNET.setBondsResetEnabled(id, want.bondsResetEnabled);
        if (want.transfersEnabled != have.transfersEnabled) SUBNET.toggleTransfers(id, want.transfersEnabled);
        if (want.bondsPenalty != have.bondsPenalty) SUBNET.setBondsPenalty(id, want.bondsPenalty);
        if (want.burnHalfLife != have.burnHalfLife) SUBNET.setBurnHalfLife(id, want.burnHalfLife);
        if (want.burnIncreaseMult != have.burnIncreaseMult) SUBNET.setBurnIncreaseMult(id, want.burnIncreaseMult);
    }

    /// @notice Sets the subnet's identity (admin only).
    /// @param identity The new identity.
    function setIdentity(ISubnet.SubnetIdentity memory identity) external onlyAdmin onlyLive {
        SUBNET.setSubnetIdentity(
            netuid,
            identity.subnetName,
            identity.githubRepo,
            identity.subnetContact,
            identity.subnetUrl,
            identity.discord,
            identity.description,
            identity.additional,
            identity.logoUrl
        );
    }

    /// @notice Calls any other function of the subnet precompile as the subnet owner (admin
    /// only), e.g. a setter added after this contract was deployed.
    /// @dev `transferSubnetOwnership` is refused: ownership moves only through the two-step
    /// hand-over. A precompile revert is re-raised as `CallFailed` with its error data.
    /// @param data The calldata (selector and arguments).
    /// @return The precompile's return data.
    function callSubnet(bytes calldata data) external onlyAdmin onlyLive returns (bytes memory) {
        if (data.length >= 4 && bytes4(data[:4]) == ISubnet.transferSubnetOwnership.selector) {
            revert ForbiddenSelector(ISubnet.transferSubnetOwnership.selector);
        }
        (bool ok, bytes memory ret) = ISUBNET_ADDRESS.call(data);
        if (!ok) revert CallFailed(ret);
        return ret;
    }

    // ------------------------------------------------------------------ owner rotation

    /// @notice Rotates the subnet's owner hotkey (admin only).
    /// @dev The hotkey must be unowned or owned by this contract; rate-limited by the subnet
    /// precompile.
    /// @param hotkey The new owner hotkey (right-aligned address).
    function rotateOwnerHotkey(bytes32 hotkey) external onlyAdmin onlyLive {
        SUBNET.setSubnetOwnerHotkey(netuid, hotkey);
    }

    /// @notice Offers the subnet's ownership to `newOwner` (admin only); it passes when
    /// `newOwner` calls `acceptSubnet`. Zero cancels the offer.
    /// @param newOwner The proposed owner coldkey.
    function offerSubnet(address newOwner) external onlyAdmin onlyLive {
        pendingSubnetOwner = newOwner;
        emit HandOverStarted(newOwner);
    }

    /// @notice Accepts the offered subnet: the subnet's owner coldkey becomes the caller.
    function acceptSubnet() external onlyLive {
        if (msg.sender != pendingSubnetOwner || msg.sender == address(0)) revert NotPendingSubnetOwner();
        pendingSubnetOwner = address(0);
        SUBNET.transferSubnetOwnership(netuid, msg.sender);
        emit HandedOver(msg.sender);
    }

    /// @notice Offers the admin role to `next` (admin only); it passes when `next` calls
    /// `acceptAdmin`. Zero cancels the offer.
    /// @param next The proposed admin.
    function transferAdmin(address next) external onlyAdmin {
        pendingAdmin = next;
        emit AdminTransferStarted(next);
    }

    /// @notice Accepts the admin role.
    function acceptAdmin() external {
        if (msg.sender != pendingAdmin || msg.sender == address(0)) revert NotPendingAdmin();
        emit AdminTransferred(admin, msg.sender);
        admin = msg.sender;
        pendingAdmin = address(0);
    }

    // ------------------------------------------------------------------ funds

    /// @notice Alpha this contract holds on `hotkey` in the subnet (the owner cut accrues on
    /// the owner hotkey).
    /// @param hotkey The hotkey.
    /// @return The alpha, in alpha rao.
    function stakedAlpha(bytes32 hotkey) external view returns (uint256) {
        return STAKING.getStake(hotkey, bytes32(uint256(uint160(address(this)))), netuid);
    }

    /// @notice Sells up to `alpha` of the contract's stake on `hotkey` for TAO, at no less than
    /// `minPrice` rao per alpha (admin only). The TAO stays in the contract.
    /// @param hotkey The hotkey of the position.
    /// @param alpha The most alpha to sell, in alpha rao.
    /// @param minPrice The lowest acceptable price, in rao per alpha.
    /// @param allowPartial True to sell what fits within `minPrice`, false for fill-or-kill.
    /// @return sold The alpha sold, in alpha rao.
    /// @return tao The TAO received, in rao.
    function sellStake(bytes32 hotkey, uint256 alpha, uint256 minPrice, bool allowPartial)
        external
        onlyAdmin
        returns (uint256 sold, uint256 tao)
    {
        (sold, tao) = STAKING.removeStakeLimit(hotkey, alpha, minPrice, allowPartial, netuid);
    }

    /// @notice Claims the contract's stake on `hotkey` from the dissolved generation it managed
    /// (anyone may call; the TAO goes to this contract).
    /// @param hotkey The hotkey of the position (usually the owner hotkey).
    /// @return The TAO claimed, in rao.
    function claimDissolved(bytes32 hotkey) external returns (uint256) {
        return STAKING.claimDissolvedStake(hotkey, netuid, generation);
    }

    /// @notice Sends `amount` wei of the contract's native TAO to `to` (admin only).
    /// @param to The receiver.
    /// @param amount The amount, in wei.
    function withdraw(address payable to, uint256 amount) external onlyAdmin {
        (bool ok, bytes memory ret) = to.call{value: amount}("");
        if (!ok) revert CallFailed(ret);
        emit Withdrawn(to, amount);
    }
}
