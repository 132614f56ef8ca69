// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ITaoErrors} from "./TaoErrors.sol";

/// @dev Address of taoevm's metagraph precompile (Subtensor's MetagraphPrecompile address).
address constant IMETAGRAPH_ADDRESS = 0x0000000000000000000000000000000000000802;

/// @title Metagraph precompile: per-uid views of a subnet
/// @notice Native module at 0x0000000000000000000000000000000000000802, read-only. Function
/// names, parameter types and selectors are Subtensor's; functions marked "taoevm addition"
/// are new.
/// @dev Every function is a view and answers under any call kind. A netuid that is not
/// registered reverts with `SubnetNotFound`; a uid not below the subnet's uid count reverts
/// with `UnknownUid` (Subtensor reverts with an unnamed `InvalidRange`). Values written by
/// Yuma (consensus, incentive, dividends, validator trust, emission, permits, activity) are
/// those of the subnet's last epoch. Sending `msg.value` reverts with `ValueNotAccepted`.
interface IMetagraph is ITaoErrors {
    /// @notice A neuron's axon endpoint.
    /// @param block The block at which it was last served (0 if never).
    /// @param version The axon version.
    /// @param ip The IP address as an integer (IPv4 in the low 32 bits).
    /// @param port The port.
    /// @param ipType 4 or 6 (0 if never served).
    /// @param protocol The protocol identifier.
    struct AxonInfo {
        uint64 block;
        uint32 version;
        uint128 ip;
        uint16 port;
        uint8 ipType;
        uint8 protocol;
    }

    /// @notice A neuron's Prometheus endpoint.
    /// @param block The block at which it was last served (0 if never).
    /// @param version The version.
    /// @param ip The IP address as an integer.
    /// @param port The port.
    /// @param ipType 4 or 6 (0 if never served).
    struct PrometheusInfo {
        uint64 block;
        uint32 version;
        uint128 ip;
        uint16 port;
        uint8 ipType;
    }

    /// @notice Number of uids in use on the subnet.
    /// @param netuid The subnet id.
    /// @return The uid count; valid uids are 0 to count - 1.
    function getUidCount(uint16 netuid) external view returns (uint16);

    /// @notice Total stake of the uid's hotkey across ALL subnets, valued in TAO at spot prices
    /// (as in Subtensor; not the uid's alpha on this subnet, for which use
    /// `IStaking.getTotalAlphaStaked(hotkey, netuid)`).
    /// @param netuid The subnet id.
    /// @param uid The uid.
    /// @return The stake, in rao.
    function getStake(uint16 netuid, uint16 uid) external view returns (uint64);

    /// @notice Rank, no longer computed by Yuma (deprecated in Subtensor as well).
    /// @param netuid The subnet id.
    /// @param uid The uid.
    /// @return Always 0.
    function getRank(uint16 netuid, uint16 uid) external view returns (uint16);

    /// @notice Trust, no longer computed by Yuma (deprecated in Subtensor as well).
    /// @param netuid The subnet id.
    /// @param uid The uid.
    /// @return Always 0.
    function getTrust(uint16 netuid, uint16 uid) external view returns (uint16);

    /// @notice The uid's consensus weight from the last epoch.
    /// @param netuid The subnet id.
    /// @param uid The uid.
    /// @return Consensus, as a fraction of 65535.
    function getConsensus(uint16 netuid, uint16 uid) external view returns (uint16);

    /// @notice The uid's incentive (miner share) from the last epoch.
    /// @param netuid The subnet id.
    /// @param uid The uid.
    /// @return Incentive, as a fraction of 65535.
    function getIncentive(uint16 netuid, uint16 uid) external view returns (uint16);

    /// @notice The uid's dividends (validator share) from the last epoch.
    /// @param netuid The subnet id.
    /// @param uid The uid.
    /// @return Dividends, as a fraction of 65535.
    function getDividends(uint16 netuid, uint16 uid) external view returns (uint16);

    /// @notice The uid's emission from the last epoch.
    /// @param netuid The subnet id.
    /// @param uid The uid.
    /// @return Emission, in alpha rao.
    function getEmission(uint16 netuid, uint16 uid) external view returns (uint64);

    /// @notice The uid's validator trust from the last epoch.
    /// @param netuid The subnet id.
    /// @param uid The uid.
    /// @return Validator trust, as a fraction of 65535.
    function getVtrust(uint16 netuid, uint16 uid) external view returns (uint16);

    /// @notice Whether the uid holds a validator permit.
    /// @param netuid The subnet id.
    /// @param uid The uid.
    /// @return True if it holds a permit.
    function getValidatorStatus(uint16 netuid, uint16 uid) external view returns (bool);

    /// @notice Block of the uid's last weight update.
    /// @param netuid The subnet id.
    /// @param uid The uid.
    /// @return The block number (its registration block if it never set weights).
    function getLastUpdate(uint16 netuid, uint16 uid) external view returns (uint64);

    /// @notice Whether the uid counted as active (updated within the activity cutoff) in the
    /// last epoch.
    /// @param netuid The subnet id.
    /// @param uid The uid.
    /// @return True if active.
    function getIsActive(uint16 netuid, uint16 uid) external view returns (bool);

    /// @notice The uid's axon endpoint.
    /// @param netuid The subnet id.
    /// @param uid The uid.
    /// @return The axon (all zero if the hotkey never served one on this subnet).
    function getAxon(uint16 netuid, uint16 uid) external view returns (AxonInfo memory);

    /// @notice The uid's hotkey.
    /// @param netuid The subnet id.
    /// @param uid The uid.
    /// @return The hotkey (right-aligned address).
    function getHotkey(uint16 netuid, uint16 uid) external view returns (bytes32);

    /// @notice The coldkey owning the uid's hotkey.
    /// @param netuid The subnet id.
    /// @param uid The uid.
    /// @return The coldkey (right-aligned address).
    function getColdkey(uint16 netuid, uint16 uid) external view returns (bytes32);

    // ------------------------------------------------------------------ taoevm additions

    /// @notice The uid's Prometheus endpoint. Taoevm addition.
    /// @param netuid The subnet id.
    /// @param uid The uid.
    /// @return The endpoint (all zero if the hotkey never served one on this subnet).
    function getPrometheus(uint16 netuid, uint16 uid) external view returns (PrometheusInfo memory);

    /// @notice The TLS certificate the uid's hotkey published with `INeuron.serveAxonTls`.
    /// Taoevm addition.
    /// @param netuid The subnet id.
    /// @param uid The uid.
    /// @return The certificate (algorithm byte plus public key), empty if none.
    function getAxonCertificate(uint16 netuid, uint16 uid) external view returns (bytes memory);

    /// @notice Block at which the uid's current hotkey registered. Taoevm addition.
    /// @dev A uid is immune from replacement until `ISubnet.getImmunityPeriod` blocks after it.
    /// @param netuid The subnet id.
    /// @param uid The uid.
    /// @return The registration block.
    function getBlockAtRegistration(uint16 netuid, uint16 uid) external view returns (uint64);
}
