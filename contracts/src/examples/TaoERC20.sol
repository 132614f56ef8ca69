// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title Minimal ERC-20 base of the taoevm examples
/// @notice A small, self-contained ERC-20 (18 decimals) that the example contracts inherit, so
/// they build without external libraries. Projects that already use OpenZeppelin can swap it
/// for OpenZeppelin's ERC20.
abstract contract TaoERC20 {
    /// @notice The token's name.
    string public name;
    /// @notice The token's symbol.
    string public symbol;
    /// @notice Total number of tokens in existence.
    uint256 public totalSupply;
    /// @notice Token balance of each account.
    mapping(address => uint256) public balanceOf;
    /// @notice Remaining amount a spender may move from an owner's balance.
    mapping(address => mapping(address => uint256)) public allowance;

    /// @notice Tokens moved from `from` to `to` (zero `from` for mints, zero `to` for burns).
    /// @param from The sender.
    /// @param to The receiver.
    /// @param value The amount.
    event Transfer(address indexed from, address indexed to, uint256 value);

    /// @notice `owner` allowed `spender` to move `value` of its tokens.
    /// @param owner The token owner.
    /// @param spender The spender.
    /// @param value The allowance.
    event Approval(address indexed owner, address indexed spender, uint256 value);

    /// @notice The account's balance is smaller than the amount.
    /// @param account The account.
    /// @param balance Its balance.
    /// @param needed The amount.
    error ERC20InsufficientBalance(address account, uint256 balance, uint256 needed);

    /// @notice The spender's allowance is smaller than the amount.
    /// @param spender The spender.
    /// @param allowance The allowance.
    /// @param needed The amount.
    error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed);

    /// @notice Transfers to or from the zero address are not allowed.
    error ERC20ZeroAddress();

    /// @param name_ The token's name.
    /// @param symbol_ The token's symbol.
    constructor(string memory name_, string memory symbol_) {
        name = name_;
        symbol = symbol_;
    }

    /// @notice Number of decimals of the token.
    /// @return Always 18.
    function decimals() public pure virtual returns (uint8) {
        return 18;
    }

    /// @notice Moves `value` tokens from the caller to `to`.
    /// @param to The receiver.
    /// @param value The amount.
    /// @return Always true (failures revert).
    function transfer(address to, uint256 value) public virtual returns (bool) {
        _transfer(msg.sender, to, value);
        return true;
    }

    /// @notice Allows `spender` to move up to `value` of the caller's tokens.
    /// @param spender The spender.
    /// @param value The allowance (`type(uint256).max` is unlimited).
    /// @return Always true.
    function approve(address spender, uint256 value) public virtual returns (bool) {
        if (spender == address(0)) revert ERC20ZeroAddress();
        allowance[msg.sender][spender] = value;
        emit Approval(msg.sender, spender, value);
        return true;
    }

    /// @notice Moves `value` tokens from `from` to `to`, spending the caller's allowance.
    /// @param from The owner of the tokens.
    /// @param to The receiver.
    /// @param value The amount.
    /// @return Always true (failures revert).
    function transferFrom(address from, address to, uint256 value) public virtual returns (bool) {
        _spendAllowance(from, msg.sender, value);
        _transfer(from, to, value);
        return true;
    }

    function _spendAllowance(address owner, address spender, uint256 value) internal {
        uint256 current = allowance[owner][spender];
        if (current != type(uint256).max) {
            if (current < value) revert ERC20InsufficientAllowance(spender, current, value);
            unchecked {
                allowance[owner][spender] = current - value;
            }
        }
    }

    function _transfer(address from, address to, uint256 value) internal {
        if (from == address(0) || to == address(0)) revert ERC20ZeroAddress();
        uint256 balance = balanceOf[from];
        if (balance < value) revert ERC20InsufficientBalance(from, balance, value);
        unchecked {
            balanceOf[from] = balance - value;
        }
        balanceOf[to] += value;
        emit Transfer(from, to, value);
    }

    function _mint(address to, uint256 value) internal {
        if (to == address(0)) revert ERC20ZeroAddress();
        totalSupply += value;
        balanceOf[to] += value;
        emit Transfer(address(0), to, value);
    }

    function _burn(address from, uint256 value) internal {
        uint256 balance = balanceOf[from];
        if (balance < value) revert ERC20InsufficientBalance(from, balance, value);
        unchecked {
            balanceOf[from] = balance - value;
            totalSupply -= value;
        }
        emit Transfer(from, address(0), value);
    }
}
