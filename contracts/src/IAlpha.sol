// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ITaoErrors} from "./TaoErrors.sol";

/// @dev Address of taoevm's alpha (pool views) precompile (Subtensor's AlphaPrecompile address).
address constant IALPHA_ADDRESS = 0x0000000000000000000000000000000000000808;

/// @title Alpha precompile: subnet pool prices, reserves, emissions and simulated swaps
/// @notice Native module at 0x0000000000000000000000000000000000000808, read-only. Function
/// names, parameter types and selectors are Subtensor's; functions marked "taoevm addition"
/// are new.
/// @dev Each subnet has a constant-product pool (TAO reserve, alpha reserve) with a fee of
/// 33/65535 of the input, kept in the pool; trades happen through the staking precompile
/// (0x0805). The root subnet (netuid 0) has no pool: its price is 1 TAO per alpha. Reserves
/// and amounts are rao (TAO) or alpha rao (9 decimals each). Prices from `getAlphaPrice`,
/// `getMovingAlphaPrice` and `getSumAlphaPrice` are TAO per alpha scaled by 1e18 (Subtensor's
/// convention); limit prices in this interface and in IStaking are rao per alpha (1e9 = 1 TAO
/// per alpha). Every function is a view and answers under any call kind; an unregistered
/// netuid reverts with `SubnetNotFound`; sending `msg.value` reverts with `ValueNotAccepted`.
interface IAlpha is ITaoErrors {
    /// @notice Spot price of the subnet's alpha: TAO reserve / alpha reserve.
    /// @param netuid The subnet id.
    /// @return The price in TAO per alpha, x 1e18 (1e18 on root).
    function getAlphaPrice(uint16 netuid) external view returns (uint256);

    /// @notice Moving (EMA) price used to split emission across subnets.
    /// @dev Updated every block: `p = a * min(spot, 1) + (1 - a) * p`, with
    /// `a = 3e-6 * b / (b + halvingBlocks)` and `b` the blocks since registration; starts at 0.
    /// @param netuid The subnet id.
    /// @return The moving price in TAO per alpha, x 1e18 (1e18 on root).
    function getMovingAlphaPrice(uint16 netuid) external view returns (uint256);

    /// @notice TAO reserve of the subnet's pool.
    /// @param netuid The subnet id.
    /// @return The reserve, in rao (on root: the TAO staked on root).
    function getTaoInPool(uint16 netuid) external view returns (uint64);

    /// @notice Alpha reserve of the subnet's pool.
    /// @param netuid The subnet id.
    /// @return The reserve, in alpha rao.
    function getAlphaInPool(uint16 netuid) external view returns (uint64);

    /// @notice Alpha outside the pool (staked, pending or claimable).
    /// @param netuid The subnet id.
    /// @return The outstanding alpha, in alpha rao.
    function getAlphaOutPool(uint16 netuid) external view returns (uint64);

    /// @notice Alpha issued on the subnet: `getAlphaInPool + getAlphaOutPool`.
    /// @param netuid The subnet id.
    /// @return The issuance, in alpha rao.
    function getAlphaIssuance(uint16 netuid) external view returns (uint64);

    /// @notice The weight of root stake in validator stake (`tao_weight`).
    /// @return The weight as a raw fraction of 2^64 - 1 (divide by 2^64 - 1); default 0.18.
    function getTaoWeight() external view returns (uint256);

    /// @notice Childkey burn fraction. Taoevm has no childkeys.
    /// @return Always 0 (a raw fraction of 2^64 - 1 in Subtensor).
    function getCKBurn() external view returns (uint256);

    /// @notice Alpha that staking `tao` rao would buy now, fee included (the pool is not changed).
    /// @dev `InputTooLarge` above 1000 times the TAO reserve; `ReserveTooLow` if the alpha
    /// reserve would fall below the minimum. 1:1 on root.
    /// @param netuid The subnet id.
    /// @param tao The TAO input, in rao.
    /// @return The alpha that would be received, in alpha rao.
    function simSwapTaoForAlpha(uint16 netuid, uint64 tao) external view returns (uint256);

    /// @notice TAO that unstaking `alpha` would pay now, fee included (the pool is not changed).
    /// @dev `InputTooLarge` above 1000 times the alpha reserve; `ReserveTooLow` if the TAO
    /// reserve would fall below the minimum. 1:1 on root.
    /// @param netuid The subnet id.
    /// @param alpha The alpha input, in alpha rao.
    /// @return The TAO that would be received, in rao.
    function simSwapAlphaForTao(uint16 netuid, uint64 alpha) external view returns (uint256);

    /// @notice The subnet's mechanism.
    /// @param netuid The subnet id.
    /// @return 0 for the stable root subnet (price fixed at 1), 1 for dynamic (pool) subnets.
    function getSubnetMechanism(uint16 netuid) external view returns (uint16);

    /// @notice The root subnet's netuid.
    /// @return Always 0.
    function getRootNetuid() external view returns (uint16);

    /// @notice Warm-up constant of the moving price (see `getMovingAlphaPrice`).
    /// @param netuid The subnet id.
    /// @return The halving blocks (genesis parameter, default 201,600).
    function getEMAPriceHalvingBlocks(uint16 netuid) external view returns (uint64);

    /// @notice Cumulative TAO traded through the subnet's pool (both directions).
    /// @param netuid The subnet id.
    /// @return The volume, in rao.
    function getSubnetVolume(uint16 netuid) external view returns (uint256);

    /// @notice TAO injected into the subnet's pool in the last block.
    /// @param netuid The subnet id.
    /// @return The injection, in rao.
    function getTaoInEmission(uint16 netuid) external view returns (uint256);

    /// @notice Alpha injected into the subnet's pool in the last block.
    /// @param netuid The subnet id.
    /// @return The injection, in alpha rao.
    function getAlphaInEmission(uint16 netuid) external view returns (uint256);

    /// @notice Alpha emitted outside the pool (owner, miners, validators) in the last block.
    /// @param netuid The subnet id.
    /// @return The emission, in alpha rao.
    function getAlphaOutEmission(uint16 netuid) external view returns (uint256);

    /// @notice Sum of the spot prices of the non-root subnets, as in Subtensor: subnets whose
    /// price is 1 TAO per alpha or more are left out of the sum.
    /// @return The sum in TAO per alpha, x 1e18.
    function getSumAlphaPrice() external view returns (uint256);

    // ------------------------------------------------------------------ taoevm additions

    /// @notice Largest TAO input that `IStaking.addStakeLimit` can stake now without the price
    /// rising above `limitPrice`. Taoevm addition.
    /// @dev Fee included; 0 if the price is already above the limit; capped by the 1000x input
    /// rule and the minimum reserve. On root: `type(uint64).max` if `limitPrice >= 1e9`, else 0.
    /// @param netuid The subnet id.
    /// @param limitPrice The highest acceptable price, in rao per alpha.
    /// @return The largest TAO input, in rao.
    function getMaxAmountAdd(uint16 netuid, uint64 limitPrice) external view returns (uint64);

    /// @notice Largest alpha input that `IStaking.removeStakeLimit` can sell now without the
    /// price falling below `limitPrice`. Taoevm addition.
    /// @dev Fee included; 0 if the price is already below the limit; capped by the 1000x input
    /// rule and the minimum reserve. On root: `type(uint64).max` if `limitPrice <= 1e9`, else 0.
    /// @param netuid The subnet id.
    /// @param limitPrice The lowest acceptable price, in rao per alpha.
    /// @return The largest alpha input, in alpha rao.
    function getMaxAmountRemove(uint16 netuid, uint64 limitPrice) external view returns (uint64);

    /// @notice Smallest TAO input that buys at least `alpha` alpha now, fee included (the pool
    /// is not changed): the exact-output counterpart of `simSwapTaoForAlpha`. Taoevm addition.
    /// @dev Staking the returned amount with `IStaking.addStake` in the same state credits at
    /// least `alpha`. `ReserveTooLow` if taking `alpha` out would leave the alpha reserve below
    /// the minimum; `InputTooLarge` if the input would exceed 1000 times the TAO reserve.
    /// 1:1 on root.
    /// @param netuid The subnet id.
    /// @param alpha The alpha wanted, in alpha rao.
    /// @return The TAO input needed, in rao.
    function simSwapTaoForExactAlpha(uint16 netuid, uint64 alpha) external view returns (uint256);

    /// @notice Smallest alpha input that sells for at least `tao` TAO now, fee included (the
    /// pool is not changed): the exact-output counterpart of `simSwapAlphaForTao`. Taoevm
    /// addition.
    /// @dev `ReserveTooLow` if paying `tao` would leave the TAO reserve below the minimum;
    /// `InputTooLarge` if the input would exceed 1000 times the alpha reserve. 1:1 on root.
    /// @param netuid The subnet id.
    /// @param tao The TAO wanted, in rao.
    /// @return The alpha input needed, in alpha rao.
    function simSwapAlphaForExactTao(uint16 netuid, uint64 tao) external view returns (uint256);

    /// @notice The pool's swap fee rate. Taoevm addition.
    /// @param netuid The subnet id.
    /// @return The fee as a fraction of 65535 of the input (genesis parameter, default 33; 0 on root).
    function getFeeRate(uint16 netuid) external view returns (uint16);

    /// @notice The spot price in rao per alpha, the unit of limit prices. Taoevm addition.
    /// @param netuid The subnet id.
    /// @return The price, in rao per alpha, rounded down (1e9 on root).
    /// @dev Reverts with AmountOverflow(price, 2^64-1) when the price does not fit in a uint64,
    ///      rather than saturating.
    function getAlphaPriceRao(uint16 netuid) external view returns (uint64);
}
