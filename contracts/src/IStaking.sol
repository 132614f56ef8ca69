// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ITaoErrors} from "./TaoErrors.sol";

/// @dev Address of taoevm's staking precompile (Subtensor's StakingPrecompileV2 address).
address constant ISTAKING_ADDRESS = 0x0000000000000000000000000000000000000805;

/// @title Staking precompile (Subtensor's StakingV2 surface): stake TAO into subnet pools
/// @notice Native module at 0x0000000000000000000000000000000000000805. Function names,
/// parameter types and selectors are Subtensor's StakingV2, so contracts written for it run
/// unchanged; functions marked "taoevm addition" are new.
/// @dev Model. Each subnet has a constant-product pool (TAO reserve, alpha reserve). Staking
/// on subnet `netuid` through hotkey `hotkey` swaps TAO for alpha in that pool and credits the
/// alpha to a share pool per (hotkey, netuid), so later emission raises every nominator's
/// value pro rata. Unstaking swaps alpha back. The swap fee is 33/65535 of the input and stays
/// in the pool; no reserve may fall below 1,000,000 rao (`ReserveTooLow`); an input above 1000
/// times the input-side reserve is refused (`InputTooLarge`). The root subnet (netuid 0) has
/// no pool: TAO is staked 1:1 with no fee.
///
/// Units. TAO amounts are rao and alpha amounts are alpha rao (both 9 decimals). Prices and
/// limit prices are rao per 1 alpha (1e9 = 1 TAO per alpha). Staking debits the caller's
/// native balance by `taoRao x 1e9` wei (`InsufficientBalance`); unstaking credits it the same
/// way. Amount arguments are `uint256` as in Subtensor but must fit in `uint64`
/// (`AmountOverflow`: taoevm never saturates), and netuids must fit in `uint16`
/// (`ValueOutOfBounds`).
///
/// Keys. The caller (`msg.sender`) is the coldkey. A `bytes32` key is an EVM address
/// right-aligned in 32 bytes (`InvalidKey` otherwise). Staking needs a hotkey that has been
/// registered (`HotkeyNotFound`) on an existing subnet (`SubnetNotFound`).
///
/// Calls. No function here takes `msg.value` (`ValueNotAccepted`): Subtensor marks its
/// state-changing functions `payable` but ignores the value; taoevm declares them nonpayable.
/// State-changing functions revert with `StaticCallNotAllowed` in a static context and
/// `DelegateCallNotAllowed` under DELEGATECALL/CALLCODE, so a contract cannot act on its
/// caller's stake. The staking rate limiter Subtensor removed in 2026 does not exist here.
///
/// Limits. The minimum stake is `getMinStake()` (2,000,000 rao by default): a stake below it
/// reverts with `BelowMinimumStake`, and so does an unstake that pays out less unless it
/// empties the position. A coldkey holds at most `MaxStakePositions` non-empty
/// (hotkey, netuid) positions (genesis parameter, default 128; `TooManyStakePositions`), which
/// bounds the work of the coldkey-wide views.
interface IStaking is ITaoErrors {
    // ------------------------------------------------------------------ events

    /// @notice TAO was staked into a (hotkey, netuid) position.
    /// @param netuid The subnet id.
    /// @param hotkey The hotkey staked to.
    /// @param coldkey The staker (the caller).
    /// @param tao The TAO debited, fee included, in rao.
    /// @param alpha The alpha credited to the position, in alpha rao (equal to `tao` on root).
    /// @param fee The swap fee, in rao (0 on root).
    event StakeAdded(
        uint16 indexed netuid, bytes32 indexed hotkey, address indexed coldkey, uint64 tao, uint64 alpha, uint64 fee
    );

    /// @notice Alpha was unstaked from a (hotkey, netuid) position and paid out as TAO.
    /// @dev Also emitted when a nominator's position falls below the nominator minimum after
    /// an unstake and is removed whole.
    /// @param netuid The subnet id.
    /// @param hotkey The hotkey unstaked from.
    /// @param coldkey The staker.
    /// @param alpha The alpha removed from the position, fee included, in alpha rao.
    /// @param tao The TAO credited to the staker's native balance, in rao.
    /// @param fee The swap fee, in alpha rao (0 on root).
    event StakeRemoved(
        uint16 indexed netuid, bytes32 indexed hotkey, address indexed coldkey, uint64 alpha, uint64 tao, uint64 fee
    );

    /// @notice A coldkey moved stake between two of its positions (`moveStake`).
    /// @param coldkey The staker.
    /// @param originHotkey The hotkey moved from.
    /// @param destinationHotkey The hotkey moved to.
    /// @param originNetuid The subnet moved from.
    /// @param destinationNetuid The subnet moved to.
    /// @param alphaIn The alpha removed from the origin position, in origin alpha rao.
    /// @param alphaOut The alpha credited to the destination position, in destination alpha rao.
    /// @param tao The TAO that passed between the pools, in rao (0 within one subnet).
    event StakeMoved(
        address indexed coldkey,
        bytes32 indexed originHotkey,
        bytes32 indexed destinationHotkey,
        uint16 originNetuid,
        uint16 destinationNetuid,
        uint64 alphaIn,
        uint64 alphaOut,
        uint64 tao
    );

    /// @notice Stake on one hotkey passed from one coldkey to another (`transferStake`,
    /// `transferStakeFrom`).
    /// @param from The coldkey the stake was taken from.
    /// @param to The coldkey that received it.
    /// @param hotkey The hotkey of both positions.
    /// @param originNetuid The subnet of the stake taken.
    /// @param destinationNetuid The subnet of the stake received.
    /// @param alphaIn The alpha taken from `from`, in origin alpha rao.
    /// @param alphaOut The alpha credited to `to`, in destination alpha rao.
    /// @param spender The caller: `from` for `transferStake`, the approved spender for
    /// `transferStakeFrom`.
    event StakeTransferred(
        address indexed from,
        address indexed to,
        bytes32 indexed hotkey,
        uint16 originNetuid,
        uint16 destinationNetuid,
        uint64 alphaIn,
        uint64 alphaOut,
        address spender
    );

    /// @notice A subnet pool swapped (for any stake, unstake, move or transfer that goes
    /// through a pool; not on root).
    /// @param netuid The subnet id.
    /// @param coldkey The coldkey on whose behalf the swap ran.
    /// @param taoForAlpha True for TAO in and alpha out (staking), false for the reverse.
    /// @param amountIn The input, fee included, in rao of the input side.
    /// @param amountOut The output, in rao of the output side.
    /// @param fee The fee kept in the pool, in rao of the input side.
    /// @param taoReserve The pool's TAO reserve after the swap, in rao.
    /// @param alphaReserve The pool's alpha reserve after the swap, in alpha rao.
    event Swap(
        uint16 indexed netuid,
        address indexed coldkey,
        bool taoForAlpha,
        uint64 amountIn,
        uint64 amountOut,
        uint64 fee,
        uint64 taoReserve,
        uint64 alphaReserve
    );

    /// @notice A hotkey's validator take changed.
    /// @param hotkey The hotkey.
    /// @param owner The hotkey's owner coldkey (the caller).
    /// @param oldTake The previous take, as a fraction of 65535.
    /// @param newTake The new take, as a fraction of 65535.
    event TakeChanged(bytes32 indexed hotkey, address indexed owner, uint16 oldTake, uint16 newTake);

    /// @notice An allowance to move the owner's stake of a subnet was set or changed.
    /// @dev Emitted by `approve`, `increaseAllowance`, `decreaseAllowance`, and by
    /// `transferStakeFrom` with the remaining allowance (unless it is unlimited).
    /// @param owner The coldkey whose stake may be moved.
    /// @param spender The address allowed to move it.
    /// @param netuid The subnet the allowance applies to.
    /// @param amount The allowance now in force, in alpha rao (`type(uint256).max` = unlimited).
    event Approval(address indexed owner, address indexed spender, uint16 indexed netuid, uint256 amount);

    /// @notice Alpha was burned from a position (`burnAlpha`).
    /// @param netuid The subnet id.
    /// @param hotkey The hotkey of the position.
    /// @param coldkey The staker.
    /// @param alpha The alpha destroyed, in alpha rao.
    event AlphaBurned(uint16 indexed netuid, bytes32 indexed hotkey, address indexed coldkey, uint64 alpha);

    /// @notice Stake of a dissolved subnet generation was claimed as TAO.
    /// @param netuid The subnet id the stake was on.
    /// @param hotkey The hotkey of the position.
    /// @param coldkey The staker (the caller), whose native balance was credited.
    /// @param generation The dissolved generation of the netuid.
    /// @param alpha The position's alpha at dissolution, in alpha rao.
    /// @param tao The TAO paid, in rao.
    event DissolvedStakeClaimed(
        uint16 indexed netuid,
        bytes32 indexed hotkey,
        address indexed coldkey,
        uint64 generation,
        uint64 alpha,
        uint64 tao
    );

    // ------------------------------------------------------------------ errors

    /// @notice A stake, or an unstake that leaves a remainder, is below the minimum stake.
    /// @param amount The TAO amount staked or paid out, in rao.
    /// @param minimum The minimum, in rao.
    error BelowMinimumStake(uint64 amount, uint64 minimum);

    /// @notice The position holds less alpha than the amount to unstake, move, transfer or burn.
    /// @param available The position's alpha, in alpha rao.
    /// @param required The amount requested, in alpha rao.
    error InsufficientStake(uint64 available, uint64 required);

    /// @notice `transferStakeFrom` or `decreaseAllowance` asked for more than the allowance.
    /// @param allowance The allowance in force, in alpha rao.
    /// @param required The amount requested, in alpha rao.
    error InsufficientAllowance(uint256 allowance, uint256 required);

    /// @notice The subnet's owner has disabled stake transfers between coldkeys.
    /// @param netuid The subnet id.
    error TransfersDisabled(uint16 netuid);

    /// @notice `increaseTake` with a take not above the current one, or `decreaseTake` with a
    /// take not below it.
    /// @param current The current take.
    /// @param requested The take requested.
    error InvalidTake(uint16 current, uint16 requested);

    /// @notice A move or transfer whose origin and destination are the same position.
    error SameStakePosition();

    /// @notice The caller would hold more non-empty positions than allowed.
    /// @param max The maximum number of positions per coldkey.
    error TooManyStakePositions(uint256 max);

    /// @notice There is nothing to claim for this position and generation (the generation was
    /// not dissolved, the position was empty, or it was claimed already).
    /// @param netuid The subnet id.
    /// @param generation The generation named.
    error NothingToClaim(uint16 netuid, uint64 generation);

    // ------------------------------------------------------------------ staking

    /// @notice Stakes `amount` rao of TAO from the caller's native balance on `hotkey` in
    /// subnet `netuid`, buying alpha at any price.
    /// @dev Debits `amount x 1e9` wei; emits `Swap` (not on root) and `StakeAdded`.
    /// Deviations: nonpayable (Subtensor: payable, value ignored); Subtensor returns nothing,
    /// the returned amount is a taoevm addition.
    /// @param hotkey The hotkey to stake to.
    /// @param amount The TAO to stake, in rao (fee included).
    /// @param netuid The subnet id.
    /// @return alpha The alpha credited to the position, in alpha rao.
    function addStake(bytes32 hotkey, uint256 amount, uint256 netuid) external returns (uint256 alpha);

    /// @notice Unstakes `amount` alpha from the caller's position on (`hotkey`, `netuid`),
    /// selling it at any price, and credits the TAO to the caller's native balance.
    /// @dev `InsufficientStake` if the position is smaller. Emits `Swap` (not on root) and
    /// `StakeRemoved`. Deviations: nonpayable; returns the TAO paid.
    /// @param hotkey The hotkey of the position.
    /// @param amount The alpha to unstake, in alpha rao.
    /// @param netuid The subnet id.
    /// @return tao The TAO credited, in rao.
    function removeStake(bytes32 hotkey, uint256 amount, uint256 netuid) external returns (uint256 tao);

    /// @notice Unstakes the caller's whole position on (`hotkey`, `netuid`) at any price.
    /// @dev Emits `Swap` (not on root) and `StakeRemoved`. Deviations: nonpayable; returns the
    /// TAO paid.
    /// @param hotkey The hotkey of the position.
    /// @param netuid The subnet id.
    /// @return tao The TAO credited, in rao.
    function removeStakeFull(bytes32 hotkey, uint256 netuid) external returns (uint256 tao);

    /// @notice Unstakes the caller's whole position, fill-or-kill, at no less than
    /// `limitPrice` rao per alpha.
    /// @dev `PriceLimitExceeded` if the current price is already below the limit;
    /// `SlippageExceeded` if selling everything would push the price below it.
    /// Deviations: nonpayable; returns the TAO paid.
    /// @param hotkey The hotkey of the position.
    /// @param netuid The subnet id.
    /// @param limitPrice The lowest acceptable price, in rao per alpha (must fit in `uint64`).
    /// @return tao The TAO credited, in rao.
    function removeStakeFullLimit(bytes32 hotkey, uint256 netuid, uint256 limitPrice) external returns (uint256 tao);

    /// @notice Moves `amount` alpha of the caller's stake from (`originHotkey`,
    /// `originNetuid`) to (`destinationHotkey`, `destinationNetuid`).
    /// @dev Within one subnet the shares move directly, with no swap and no fee. Across subnets
    /// the alpha is sold in the origin pool and the TAO bought into the destination pool; only
    /// one leg pays the fee (the destination leg when the origin is root). The TAO that passes
    /// between the pools must be at least the minimum stake (`BelowMinimumStake`). Reverts
    /// with `SameStakePosition` if origin and destination coincide. Emits `Swap` for each pool
    /// leg and `StakeMoved`. Deviations: nonpayable; returns the alpha credited.
    /// @param originHotkey The hotkey to move from.
    /// @param destinationHotkey The hotkey to move to.
    /// @param originNetuid The subnet to move from.
    /// @param destinationNetuid The subnet to move to.
    /// @param amount The alpha to move, in origin alpha rao.
    /// @return alpha The alpha credited to the destination position, in destination alpha rao.
    function moveStake(
        bytes32 originHotkey,
        bytes32 destinationHotkey,
        uint256 originNetuid,
        uint256 destinationNetuid,
        uint256 amount
    ) external returns (uint256 alpha);

    /// @notice Transfers `amount` alpha of the caller's stake on `hotkey` to another coldkey,
    /// optionally into another subnet.
    /// @dev Both subnets must allow transfers (`TransfersDisabled`). Within one subnet shares
    /// move directly, with no fee; across subnets the stake goes through both pools as in
    /// `moveStake`. `SameStakePosition` if the destination coldkey is the caller and the
    /// subnets are equal. Emits `StakeTransferred` (and `Swap` per pool leg).
    /// Deviations: nonpayable; returns the alpha credited.
    /// @param destinationColdkey The receiving coldkey (right-aligned address).
    /// @param hotkey The hotkey of both positions.
    /// @param originNetuid The subnet of the stake to transfer.
    /// @param destinationNetuid The subnet the receiver's stake is on.
    /// @param amount The alpha to transfer, in origin alpha rao.
    /// @return alpha The alpha credited to the receiver, in destination alpha rao.
    function transferStake(
        bytes32 destinationColdkey,
        bytes32 hotkey,
        uint256 originNetuid,
        uint256 destinationNetuid,
        uint256 amount
    ) external returns (uint256 alpha);

    /// @notice Destroys `amount` alpha of the caller's position on (`hotkey`, `netuid`).
    /// @dev The alpha leaves circulation: the subnet's outstanding alpha (`IAlpha.getAlphaOutPool`)
    /// falls by `amount`; the pool and its price are untouched. `NotSupported` on root
    /// (netuid 0), whose stake is TAO. Emits `AlphaBurned`. Deviation: nonpayable (Subtensor:
    /// payable, value ignored).
    /// @param hotkey The hotkey of the position.
    /// @param amount The alpha to burn, in alpha rao.
    /// @param netuid The subnet id.
    function burnAlpha(bytes32 hotkey, uint256 amount, uint256 netuid) external;

    /// @notice Stakes up to `amount` rao of TAO, buying only while the pool price stays at or
    /// below `limitPrice` rao per alpha.
    /// @dev `PriceLimitExceeded` if the current price is already above the limit. If the whole
    /// amount would push the price past the limit: with `allowPartial` the largest amount
    /// that stays within it is staked (and only that is debited), otherwise the call reverts
    /// with `SlippageExceeded`. On root the price is 1e9 (1 TAO per alpha). Emits `Swap` and
    /// `StakeAdded`. Deviations: nonpayable (Subtensor: payable, value ignored); returns the
    /// amounts.
    /// @param hotkey The hotkey to stake to.
    /// @param amount The most TAO to stake, in rao (fee included).
    /// @param limitPrice The highest acceptable price, in rao per alpha.
    /// @param allowPartial True to stake what fits within the limit, false for fill-or-kill.
    /// @param netuid The subnet id.
    /// @return tao The TAO debited, in rao.
    /// @return alpha The alpha credited to the position, in alpha rao.
    function addStakeLimit(bytes32 hotkey, uint256 amount, uint256 limitPrice, bool allowPartial, uint256 netuid)
        external
        returns (uint256 tao, uint256 alpha);

    /// @notice Unstakes up to `amount` alpha, selling only while the pool price stays at or
    /// above `limitPrice` rao per alpha.
    /// @dev `PriceLimitExceeded` if the current price is already below the limit. If the whole
    /// amount would push the price past the limit: with `allowPartial` the largest amount
    /// that stays within it is sold (the rest stays staked), otherwise `SlippageExceeded`.
    /// Emits `Swap` and `StakeRemoved`. Deviations: nonpayable; returns the amounts.
    /// @param hotkey The hotkey of the position.
    /// @param amount The most alpha to unstake, in alpha rao.
    /// @param limitPrice The lowest acceptable price, in rao per alpha.
    /// @param allowPartial True to sell what fits within the limit, false for fill-or-kill.
    /// @param netuid The subnet id.
    /// @return alpha The alpha removed from the position, in alpha rao.
    /// @return tao The TAO credited, in rao.
    function removeStakeLimit(bytes32 hotkey, uint256 amount, uint256 limitPrice, bool allowPartial, uint256 netuid)
        external
        returns (uint256 alpha, uint256 tao);

    // ------------------------------------------------------------------ views

    /// @notice TAO value of all of a coldkey's stake.
    /// @dev Per position: the TAO a full unstake would pay out (price impact counted) plus its
    /// swap fee valued at the spot price; root stake at 1:1.
    /// @param coldkey The coldkey.
    /// @return The total, in rao.
    function getTotalColdkeyStake(bytes32 coldkey) external view returns (uint256);

    /// @notice TAO value of all stake on a hotkey: the sum over subnets of its share pool's
    /// alpha times the spot price; root stake at 1:1.
    /// @param hotkey The hotkey.
    /// @return The total, in rao.
    function getTotalHotkeyStake(bytes32 hotkey) external view returns (uint256);

    /// @notice Alpha of one position.
    /// @param hotkey The hotkey.
    /// @param coldkey The coldkey.
    /// @param netuid The subnet id.
    /// @return The position's alpha (its shares valued at the share pool's current value), in
    /// alpha rao (TAO rao on root).
    function getStake(bytes32 hotkey, bytes32 coldkey, uint256 netuid) external view returns (uint256);

    /// @notice Despite its (Subtensor) name, the coldkeys that stake to `hotkey` on `netuid`.
    /// @dev Returns at most the first 256 coldkeys in storage order; page through all of them
    /// with `getNominators`.
    /// @param hotkey The hotkey.
    /// @param netuid The subnet id.
    /// @return The staking coldkeys (right-aligned addresses).
    function getAlphaStakedValidators(bytes32 hotkey, uint256 netuid) external view returns (bytes32[] memory);

    /// @notice Total alpha in the share pool of (`hotkey`, `netuid`), all stakers included.
    /// @param hotkey The hotkey.
    /// @param netuid The subnet id.
    /// @return The alpha, in alpha rao.
    function getTotalAlphaStaked(bytes32 hotkey, uint256 netuid) external view returns (uint256);

    /// @notice Nominator minimum: after an unstake, a non-owner position worth less than this
    /// is unstaked whole.
    /// @return The minimum, in rao (genesis parameter, default 0).
    function getNominatorMinRequiredStake() external view returns (uint256);

    /// @notice Subtensor adds a staking proxy here; taoevm has no proxies, so this always
    /// reverts with `NotSupported`. Use `approve` / `transferStakeFrom` or a contract instead.
    /// @dev Deviation: nonpayable (Subtensor: payable).
    /// @param delegate Ignored.
    function addProxy(bytes32 delegate) external;

    /// @notice Subtensor removes a staking proxy here; always reverts with `NotSupported`.
    /// @dev Deviation: nonpayable (Subtensor: payable).
    /// @param delegate Ignored.
    function removeProxy(bytes32 delegate) external;

    /// @notice TAO value of a coldkey's stake on one subnet, valued as in `getTotalColdkeyStake`.
    /// @param coldkey The coldkey.
    /// @param netuid The subnet id.
    /// @return The total, in rao.
    function getTotalColdkeyStakeOnSubnet(bytes32 coldkey, uint256 netuid) external view returns (uint256);

    // ------------------------------------------------------------------ allowances

    /// @notice Allows `spender` to transfer up to `amount` alpha of the caller's stake on
    /// subnet `netuid` with `transferStakeFrom`. An amount of 0 removes the allowance.
    /// @dev Allowances are per (owner, spender, netuid) for any hotkey, and lapse when the
    /// netuid is registered again after a dissolution. `type(uint256).max` is unlimited and is
    /// never decreased. Emits `Approval`.
    /// @param spender The address allowed to transfer.
    /// @param netuid The subnet id.
    /// @param amount The allowance, in alpha rao.
    function approve(address spender, uint256 netuid, uint256 amount) external;

    /// @notice The allowance `source` gave `spender` on subnet `netuid`.
    /// @param source The owner of the stake.
    /// @param spender The spender.
    /// @param netuid The subnet id.
    /// @return The allowance, in alpha rao.
    function allowance(address source, address spender, uint256 netuid) external view returns (uint256);

    /// @notice Raises the allowance of `spender` on subnet `netuid` by `amount`.
    /// @dev Reverts with `AmountOverflow` instead of wrapping past `type(uint256).max`.
    /// Emits `Approval`.
    /// @param spender The spender.
    /// @param netuid The subnet id.
    /// @param amount The increase, in alpha rao.
    function increaseAllowance(address spender, uint256 netuid, uint256 amount) external;

    /// @notice Lowers the allowance of `spender` on subnet `netuid` by `amount`.
    /// @dev `InsufficientAllowance` if the allowance is smaller. Emits `Approval`.
    /// @param spender The spender.
    /// @param netuid The subnet id.
    /// @param amount The decrease, in alpha rao.
    function decreaseAllowance(address spender, uint256 netuid, uint256 amount) external;

    /// @notice Transfers `amount` alpha of `source`'s stake on `hotkey` to `destination`,
    /// spending the caller's allowance on `originNetuid`.
    /// @dev Consumes the allowance (`source`, `msg.sender`, `originNetuid`)
    /// (`InsufficientAllowance`), then acts exactly as `source` calling `transferStake` with
    /// `destination` as receiving coldkey. Emits `Approval` (remaining allowance, unless
    /// unlimited) and `StakeTransferred`.
    /// @param source The coldkey whose stake is transferred.
    /// @param destination The receiving coldkey.
    /// @param hotkey The hotkey of both positions.
    /// @param originNetuid The subnet of the stake to transfer (and of the allowance).
    /// @param destinationNetuid The subnet the receiver's stake is on.
    /// @param amount The alpha to transfer, in origin alpha rao.
    function transferStakeFrom(
        address source,
        address destination,
        bytes32 hotkey,
        uint256 originNetuid,
        uint256 destinationNetuid,
        uint256 amount
    ) external;

    // ------------------------------------------------------------------ taoevm additions

    /// @notice Raises the validator take of a hotkey the caller owns. Taoevm addition;
    /// Subtensor offers it as the extrinsic `increase_take`.
    /// @dev `HotkeyNotFound` / `NotHotkeyOwner`; `take` must be above the current take
    /// (`InvalidTake`) and at most the maximum, 11796 = 18% (`ValueOutOfBounds`); at least
    /// 216,000 blocks must have passed since the hotkey's last take change (`RateLimited`).
    /// Emits `TakeChanged`.
    /// @param hotkey The hotkey.
    /// @param take The new take, as a fraction of 65535.
    function increaseTake(bytes32 hotkey, uint16 take) external;

    /// @notice Lowers the validator take of a hotkey the caller owns. Taoevm addition;
    /// Subtensor offers it as the extrinsic `decrease_take`.
    /// @dev `HotkeyNotFound` / `NotHotkeyOwner`; `take` must be below the current take
    /// (`InvalidTake`). Not rate-limited, but it restarts the wait for the next increase.
    /// Emits `TakeChanged`.
    /// @param hotkey The hotkey.
    /// @param take The new take, as a fraction of 65535.
    function decreaseTake(bytes32 hotkey, uint16 take) external;

    /// @notice A hotkey's validator take. Taoevm addition.
    /// @param hotkey The hotkey.
    /// @return The take, as a fraction of 65535 (default and maximum 11796 = 18%).
    function getDelegateTake(bytes32 hotkey) external view returns (uint16);

    /// @notice The coldkey that owns a hotkey. Taoevm addition.
    /// @param hotkey The hotkey.
    /// @return The owner coldkey, or the zero address if the hotkey was never registered.
    function getHotkeyOwner(bytes32 hotkey) external view returns (address);

    /// @notice The minimum stake. Taoevm addition.
    /// @return The minimum, in rao (genesis parameter, default 2,000,000 = 0.002 TAO).
    function getMinStake() external view returns (uint256);

    /// @notice A page of the coldkeys that stake to `hotkey` on `netuid`. Taoevm addition.
    /// @dev Storage order is stable between state changes; `limit` may be at most 256
    /// (`ValueOutOfBounds`).
    /// @param hotkey The hotkey.
    /// @param netuid The subnet id.
    /// @param offset Index of the first coldkey to return.
    /// @param limit Maximum number of coldkeys to return.
    /// @return coldkeys The coldkeys (right-aligned addresses).
    /// @return total The total number of coldkeys staking to the hotkey on the subnet.
    function getNominators(bytes32 hotkey, uint256 netuid, uint256 offset, uint256 limit)
        external
        view
        returns (bytes32[] memory coldkeys, uint256 total);

    /// @notice Claims, as TAO, the caller's stake on (`hotkey`, `netuid`) from a dissolved
    /// generation of the netuid. Taoevm addition.
    /// @dev When a subnet is dissolved (`ISubnet.NetworkDissolved`), each position of that
    /// generation becomes claimable at the recorded TAO-per-alpha rate; the pool's own alpha
    /// counts as the subnet owner's, on the owner hotkey. The claim credits the caller's
    /// native balance (`rao x 1e9` wei). `NothingToClaim` if there is nothing (left).
    /// Emits `DissolvedStakeClaimed`.
    /// @param hotkey The hotkey of the position.
    /// @param netuid The subnet id the position was on.
    /// @param generation The dissolved generation (`ISubnet.getNetworkGeneration` at the time).
    /// @return tao The TAO credited, in rao.
    function claimDissolvedStake(bytes32 hotkey, uint256 netuid, uint256 generation) external returns (uint256 tao);

    /// @notice TAO claimable by `coldkey` for its position on (`hotkey`, `netuid`) of a
    /// dissolved generation. Taoevm addition.
    /// @param hotkey The hotkey of the position.
    /// @param coldkey The coldkey of the position.
    /// @param netuid The subnet id.
    /// @param generation The dissolved generation.
    /// @return The claimable TAO, in rao (0 if none or already claimed).
    function getClaimableDissolvedStake(bytes32 hotkey, bytes32 coldkey, uint256 netuid, uint256 generation)
        external
        view
        returns (uint256);
}
