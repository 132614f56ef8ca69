// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title Solidity storage layout probe
/// @notice Stores values at Solidity-chosen slots so that tests can check
/// that the precompile storage helpers derive mapping slots the same way.
contract StorageLayout {
    /// @notice Slot 0: a mapping keyed by address.
    mapping(address => uint256) public byAddress;
    /// @notice Slot 1: a mapping keyed by uint256.
    mapping(uint256 => uint256) public byUint;
    /// @notice Slot 2: a mapping keyed by bytes32 of a mapping keyed by uint16.
    mapping(bytes32 => mapping(uint16 => uint256)) public nested;

    /// @notice Stores one value in each mapping.
    /// @param a The address key.
    /// @param u The uint256 key.
    /// @param k The outer bytes32 key of the nested mapping.
    /// @param n The inner uint16 key of the nested mapping.
    /// @param value The value stored in all three places.
    function set(address a, uint256 u, bytes32 k, uint16 n, uint256 value) external {
        byAddress[a] = value;
        byUint[u] = value;
        nested[k][n] = value;
    }
}
