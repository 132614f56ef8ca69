// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title Errors shared by every taoevm precompile
/// @notice Every native precompile of taoevm reverts with one of these errors
/// when a call cannot be dispatched, in addition to its own errors. The
/// revert data is the ABI encoding of the error, and unused gas is returned
/// to the caller.
interface IPrecompile {
    /// @notice The calldata does not start with the selector of a function
    /// of this precompile (or is shorter than four bytes).
    /// @param selector The first four bytes of the calldata, zero-padded.
    error UnknownSelector(bytes4 selector);

    /// @notice The arguments after the selector are not a valid ABI encoding
    /// of the function's parameters.
    error InvalidCalldata();

    /// @notice A non-zero msg.value was sent to a function that is not payable.
    error ValueNotAccepted();

    /// @notice A state-changing function was called inside a static context
    /// (STATICCALL, or any call nested in one).
    error StaticCallNotAllowed();

    /// @notice A state-changing function was reached through DELEGATECALL or
    /// CALLCODE. A precompile never acts on behalf of a contract's caller.
    error DelegateCallNotAllowed();

    /// @notice A 32-byte key (hotkey, coldkey or destination) has non-zero
    /// bytes in its top 12 bytes. Keys are EVM addresses right-aligned in 32
    /// bytes, so that two keys never name the same account.
    /// @param key The rejected key.
    error InvalidKey(bytes32 key);

    /// @notice The precompile failed for a reason that is not part of its
    /// interface. This indicates a bug in the node and should be reported.
    error InternalError();
}
