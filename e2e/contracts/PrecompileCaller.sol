// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import {IBalanceTransfer} from "taoevm/IBalanceTransfer.sol";

/// @title PrecompileCaller
/// @notice Reaches the balance-transfer precompile at 0x…0800 with every call
/// kind, so the end-to-end suite can check which ones may move funds.
/// Functions named try* never revert themselves: they report the outcome of
/// the inner call (success flag and return or revert data) in their return
/// values and in an Outcome event, so a mined transaction shows it too.
contract PrecompileCaller {
    /// @notice The balance-transfer precompile.
    address public constant BALANCE_TRANSFER = 0x0000000000000000000000000000000000000800;

    /// @notice Emitted by every try* function with the inner call's result.
    event Outcome(string kind, bool ok, bytes data);

    /// @notice Accepts plain TAO so the contract can hold a balance of its own.
    receive() external payable {}

    /// @notice Forwards msg.value to the precompile through its Solidity
    /// interface (a CALL); a revert of the precompile bubbles up unchanged.
    function forward(bytes32 key) external payable {
        IBalanceTransfer(BALANCE_TRANSFER).transfer{value: msg.value}(key);
    }

    /// @notice Sends amount of this contract's own balance to key through a
    /// low-level CALL and reports the result.
    function tryCall(bytes32 key, uint256 amount) public payable returns (bool ok, bytes memory data) {
        (ok, data) = BALANCE_TRANSFER.call{value: amount}(abi.encodeWithSignature("transfer(bytes32)", key));
        emit Outcome("call", ok, data);
    }

    /// @notice DELEGATECALLs the precompile's transfer: if it ran in this
    /// contract's context it could move this contract's balance (msg.value).
    function tryDelegateCall(bytes32 key) external payable returns (bool ok, bytes memory data) {
        (ok, data) = BALANCE_TRANSFER.delegatecall(abi.encodeWithSignature("transfer(bytes32)", key));
        emit Outcome("delegatecall", ok, data);
    }

    /// @notice CALLCODEs the precompile's transfer with amount of this
    /// contract's balance attached.
    function tryCallCode(bytes32 key, uint256 amount) external payable returns (bool ok, bytes memory data) {
        bytes memory input = abi.encodeWithSignature("transfer(bytes32)", key);
        address target = BALANCE_TRANSFER;
        assembly {
            ok := callcode(gas(), target, amount, add(input, 0x20), mload(input), 0, 0)
            data := mload(0x40)
            mstore(data, returndatasize())
            returndatacopy(add(data, 0x20), 0, returndatasize())
            mstore(0x40, add(add(data, 0x20), and(add(returndatasize(), 0x1f), not(0x1f))))
        }
        emit Outcome("callcode", ok, data);
    }

    /// @notice STATICCALLs the precompile's transfer.
    function tryStaticCall(bytes32 key) external payable returns (bool ok, bytes memory data) {
        (ok, data) = BALANCE_TRANSFER.staticcall(abi.encodeWithSignature("transfer(bytes32)", key));
        emit Outcome("staticcall", ok, data);
    }

    /// @notice Makes a value-less CALL to the precompile from inside a
    /// STATICCALL (to this contract's own callZeroValue), which the EVM allows
    /// but which must not be able to change state.
    function tryCallInsideStatic(bytes32 key) external payable returns (bool ok, bytes memory data) {
        (ok, data) = address(this).staticcall(abi.encodeCall(this.callZeroValue, (key)));
        emit Outcome("call-in-static", ok, data);
    }

    /// @notice Calls the precompile's transfer with no value and reverts with
    /// the precompile's revert data if it fails.
    function callZeroValue(bytes32 key) external {
        (bool ok, bytes memory data) = BALANCE_TRANSFER.call(abi.encodeWithSignature("transfer(bytes32)", key));
        if (!ok) {
            assembly {
                revert(add(data, 0x20), mload(data))
            }
        }
    }
}
