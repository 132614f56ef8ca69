// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title TestToken
/// @notice A plain OpenZeppelin ERC-20 used by the end-to-end suite: the
/// deployer receives the whole initial supply.
contract TestToken is ERC20 {
    constructor(uint256 initialSupply) ERC20("Test TAO Token", "TTT") {
        _mint(msg.sender, initialSupply);
    }
}
