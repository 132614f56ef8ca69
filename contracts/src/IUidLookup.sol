// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ITaoErrors} from "./TaoErrors.sol";

/// @dev Address of taoevm's uid lookup precompile (Subtensor's UidLookupPrecompile address).
address constant IUIDLOOKUP_ADDRESS = 0x0000000000000000000000000000000000000806;

/// @title Uid lookup precompile: find the uids of an EVM address on a subnet
/// @notice Native module at 0x0000000000000000000000000000000000000806, read-only. Function
/// name, parameter types and selector are Subtensor's.
/// @dev On Subtensor an EVM address must first be associated with a uid by a signed extrinsic,
/// and the association stays with the uid even after it changes hands (Subtensor issue
/// #1769). On taoevm every hotkey is an EVM address, so the association is the hotkey itself:
/// the address matches the uid it holds as hotkey, and a replaced uid no longer matches.
/// The view answers under any call kind; `SubnetNotFound` for an unregistered netuid;
/// sending `msg.value` reverts with `ValueNotAccepted`.
interface IUidLookup is ITaoErrors {
    /// @notice One match of `uidLookup`.
    /// @param uid The uid.
    /// @param blockAssociated The block at which the address became associated with the uid
    /// (on taoevm: the hotkey's registration block).
    struct LookupItem {
        uint16 uid;
        uint64 blockAssociated;
    }

    /// @notice The uids on `netuid` associated with `evmAddress`, oldest association first.
    /// @dev At most `limit` matches are returned, and the limit applies after filtering
    /// (Subtensor applies it before filtering, so it can miss matches). A hotkey holds at most
    /// one uid per subnet, so the result has at most one element; `limit` 0 returns none.
    /// @param netuid The subnet id.
    /// @param evmAddress The address to look up.
    /// @param limit The maximum number of matches to return.
    /// @return The matches.
    function uidLookup(uint16 netuid, address evmAddress, uint16 limit) external view returns (LookupItem[] memory);
}
