// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IPrecompile} from "../IPrecompile.sol";

/// @title Probe precompile interface for the framework's tests
/// @notice The Go tests of package precompile install a precompile with this
/// interface at a test address to exercise dispatch, call kinds, gas, value
/// rules, reverts, events and storage. It exists on no chain.
interface IProbe is IPrecompile {
    /// @notice Emitted by poke.
    /// @param caller msg.sender.
    /// @param who The address whose value was set.
    /// @param value The new value.
    event Poked(address indexed caller, address indexed who, uint256 value);

    /// @notice poke was given a value above the maximum.
    /// @param value The value given.
    /// @param max The maximum.
    error TooLarge(uint256 value, uint256 max);

    /// @notice Reports how the call reached the precompile.
    /// @return kind 0 call, 1 static, 2 delegate (precompile.CallKind).
    /// @return caller msg.sender as the precompile saw it.
    /// @return value msg.value as the precompile saw it.
    function whoami() external view returns (uint8 kind, address caller, uint256 value);

    /// @notice Stores a value for an address and emits Poked.
    /// @param who The address.
    /// @param value The value, at most 1000.
    function poke(address who, uint256 value) external;

    /// @notice Accepts value and returns the precompile's balance.
    /// @return balance The precompile's balance after the deposit.
    function deposit() external payable returns (uint256 balance);

    /// @notice Sums its input; gas is charged per element.
    /// @param xs The numbers.
    /// @return The sum.
    function sum(uint256[] calldata xs) external view returns (uint256);

    /// @notice Returns the value stored by poke.
    /// @param who The address.
    /// @return The value.
    function peek(address who) external view returns (uint256);

    /// @notice A view whose handler tries to write state (it must fail).
    function badView() external view;
}
