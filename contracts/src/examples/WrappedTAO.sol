// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {TaoERC20} from "./TaoERC20.sol";

/// @title Wrapped TAO (WTAO)
/// @notice An ERC-20 backed 1:1 by native TAO (18 decimals, 1 WTAO = 1 TAO = 1e18 wei), in the
/// style of WETH: `deposit` wraps, `withdraw` unwraps. It is the asset of the StakingVault
/// example, since ERC-4626 vaults need an ERC-20 asset.
contract WrappedTAO is TaoERC20 {
    /// @notice `account` wrapped `value` wei of TAO.
    /// @param account The depositor.
    /// @param value The amount, in wei.
    event Deposit(address indexed account, uint256 value);

    /// @notice `account` unwrapped `value` wei of TAO.
    /// @param account The withdrawer.
    /// @param value The amount, in wei.
    event Withdrawal(address indexed account, uint256 value);

    /// @notice Sending native TAO back to the caller failed.
    /// @param to The receiver.
    /// @param value The amount, in wei.
    error NativeTransferFailed(address to, uint256 value);

    constructor() TaoERC20("Wrapped TAO", "WTAO") {}

    /// @notice Wraps the TAO sent with the call (plain transfers to this contract wrap too).
    receive() external payable {
        deposit();
    }

    /// @notice Wraps `msg.value` wei of TAO into as many WTAO for the caller.
    function deposit() public payable {
        _mint(msg.sender, msg.value);
        emit Deposit(msg.sender, msg.value);
    }

    /// @notice Burns `value` WTAO of the caller and sends it as much native TAO.
    /// @param value The amount, in wei.
    function withdraw(uint256 value) external {
        _burn(msg.sender, value);
        emit Withdrawal(msg.sender, value);
        (bool ok,) = msg.sender.call{value: value}("");
        if (!ok) revert NativeTransferFailed(msg.sender, value);
    }
}
