// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IBalanceTransfer, BALANCE_TRANSFER_ADDRESS} from "../IBalanceTransfer.sol";

/// @title Test harness that reaches a precompile through every call kind
/// @notice Used by the Go tests of the precompile framework. Each raw*
/// function returns the success flag and the return or revert data unchanged.
contract PrecompileCaller {
    /// @notice Calls the balance transfer precompile through its Solidity
    /// interface (a high-level call, which checks that the target has code).
    /// @param key The destination key.
    function transferVia(bytes32 key) external payable {
        IBalanceTransfer(BALANCE_TRANSFER_ADDRESS).transfer{value: msg.value}(key);
    }

    /// @notice CALL with value.
    /// @param target The called address.
    /// @param data The calldata.
    /// @param value The value forwarded, taken from this contract's balance.
    /// @return ok Whether the call succeeded.
    /// @return ret The return data or revert data.
    function rawCall(address target, bytes calldata data, uint256 value)
        external
        payable
        returns (bool ok, bytes memory ret)
    {
        (ok, ret) = target.call{value: value}(data);
    }

    /// @notice STATICCALL.
    /// @param target The called address.
    /// @param data The calldata.
    /// @return ok Whether the call succeeded.
    /// @return ret The return data or revert data.
    function rawStaticCall(address target, bytes calldata data) external view returns (bool ok, bytes memory ret) {
        (ok, ret) = target.staticcall(data);
    }

    /// @notice DELEGATECALL.
    /// @param target The called address.
    /// @param data The calldata.
    /// @return ok Whether the call succeeded.
    /// @return ret The return data or revert data.
    function rawDelegateCall(address target, bytes calldata data) external payable returns (bool ok, bytes memory ret) {
        (ok, ret) = target.delegatecall(data);
    }

    /// @notice CALLCODE with value.
    /// @param target The called address.
    /// @param data The calldata.
    /// @param value The value passed with the call.
    /// @return ok Whether the call succeeded.
    /// @return ret The return data or revert data.
    function rawCallCode(address target, bytes calldata data, uint256 value)
        external
        payable
        returns (bool ok, bytes memory ret)
    {
        bytes memory input = data;
        assembly {
            ok := callcode(gas(), target, value, add(input, 0x20), mload(input), 0, 0)
            ret := mload(0x40)
            mstore(ret, returndatasize())
            returndatacopy(add(ret, 0x20), 0, returndatasize())
            mstore(0x40, add(add(ret, 0x20), and(add(returndatasize(), 0x1f), not(0x1f))))
        }
    }

    /// @notice A CALL made inside a STATICCALL: this contract STATICCALLs
    /// itself and the inner frame CALLs the target with zero value.
    /// @param target The called address.
    /// @param data The calldata.
    /// @return ok Whether the inner call succeeded.
    /// @return ret The return data or revert data of the inner call.
    function callInsideStatic(address target, bytes calldata data) external view returns (bool ok, bytes memory ret) {
        (bool outer, bytes memory out) = address(this).staticcall(abi.encodeCall(this.rawCall, (target, data, 0)));
        require(outer, "outer staticcall failed");
        (ok, ret) = abi.decode(out, (bool, bytes));
    }

    /// @notice Measures the gas a CALL to the target costs the caller,
    /// including the access cost of the target address.
    /// @param target The called address.
    /// @param data The calldata.
    /// @param value The value forwarded.
    /// @return used The gas consumed by the CALL instruction and the callee.
    /// @return ok Whether the call succeeded.
    function measureCall(address target, bytes calldata data, uint256 value)
        external
        payable
        returns (uint256 used, bool ok)
    {
        bytes memory input = data;
        assembly {
            let before := gas()
            ok := call(gas(), target, value, add(input, 0x20), mload(input), 0, 0)
            used := sub(before, gas())
        }
    }

    /// @notice Accepts plain value transfers.
    receive() external payable {}
}
