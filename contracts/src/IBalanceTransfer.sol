// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IPrecompile} from "./IPrecompile.sol";

/// @dev The address of the balance transfer precompile (Subtensor's address).
address constant BALANCE_TRANSFER_ADDRESS = 0x0000000000000000000000000000000000000800;

/// @title Balance transfer precompile
/// @notice Sends native TAO to a 32-byte key, at the same address and with
/// the same selector as Subtensor's balance transfer precompile, so that
/// contracts written for Subtensor run unchanged.
/// @dev A key is an EVM address right-aligned in 32 bytes: its top 12 bytes
/// must be zero. Amounts are wei (1 TAO = 1e18 wei) and are moved exactly,
/// without rounding to rao.
interface IBalanceTransfer is IPrecompile {
    /// @notice Emitted for every successful transfer, including transfers of zero.
    /// @param from The account that called the precompile (msg.sender).
    /// @param to The destination address decoded from the key.
    /// @param value The amount moved, in wei.
    event Transfer(address indexed from, address indexed to, uint256 value);

    /// @notice The destination is a native precompile account
    /// (0x0000000000000000000000000000000000000800 to ...08ff), whose
    /// balance is protocol-held TAO.
    /// @param to The rejected destination.
    error InvalidDestination(address to);

    /// @notice Moves msg.value from the caller to the address in `data`.
    /// @dev The value reaches the precompile with the call and is passed on
    /// to the destination, so the caller's balance is debited by exactly
    /// msg.value. Reverts with StaticCallNotAllowed inside a static context
    /// and with DelegateCallNotAllowed through DELEGATECALL or CALLCODE.
    /// Reverts with InvalidKey if the top 12 bytes of `data` are not zero.
    /// @param data The destination: an EVM address right-aligned in 32 bytes.
    function transfer(bytes32 data) external payable;
}
