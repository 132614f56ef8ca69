// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title Compute-heavy benchmark contract
/// @notice Burns gas on arithmetic and keccak256 in a loop, to compare EVM
/// construction paths without touching storage.
contract Bench {
    /// @notice Runs `rounds` iterations of arithmetic and hashing.
    /// @param rounds The number of iterations.
    /// @return acc The final accumulator, so the work cannot be skipped.
    function compute(uint256 rounds) external pure returns (bytes32 acc) {
        uint256 x = 0x9e3779b97f4a7c15;
        for (uint256 i = 0; i < rounds; i++) {
            unchecked {
                x = x * 6364136223846793005 + 1442695040888963407;
            }
            x ^= x >> 17;
            acc = keccak256(abi.encodePacked(acc, x, i));
        }
    }
}

/// @title Minimal token for benchmarks
/// @notice A fixed-supply token with ERC-20's transfer and Transfer event.
contract BenchToken {
    /// @notice Balances by holder.
    mapping(address => uint256) public balanceOf;

    /// @notice Emitted on every transfer.
    /// @param from The sender.
    /// @param to The recipient.
    /// @param value The amount.
    event Transfer(address indexed from, address indexed to, uint256 value);

    /// @notice The sender's balance is lower than the amount.
    error InsufficientBalance();

    /// @notice Mints the whole supply to the deployer.
    /// @param supply The supply.
    constructor(uint256 supply) {
        balanceOf[msg.sender] = supply;
        emit Transfer(address(0), msg.sender, supply);
    }

    /// @notice Moves `value` from the caller to `to`.
    /// @param to The recipient.
    /// @param value The amount.
    /// @return Always true.
    function transfer(address to, uint256 value) external returns (bool) {
        uint256 bal = balanceOf[msg.sender];
        if (bal < value) revert InsufficientBalance();
        unchecked {
            balanceOf[msg.sender] = bal - value;
        }
        balanceOf[to] += value;
        emit Transfer(msg.sender, to, value);
        return true;
    }
}
