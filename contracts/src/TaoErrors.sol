// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IPrecompile} from "./IPrecompile.sol";

/// @title Errors shared by taoevm's native precompiles
/// @notice Every Bittensor precompile interface of taoevm (ISubnet 0x0803,
/// INeuron 0x0804, IStaking 0x0805, IMetagraph 0x0802, IUidLookup 0x0806,
/// IAlpha 0x0808) inherits these errors, and through them the framework's
/// errors of IPrecompile (UnknownSelector, InvalidCalldata, ValueNotAccepted,
/// StaticCallNotAllowed, DelegateCallNotAllowed, InvalidKey, InternalError),
/// so each interface's ABI decodes any revert the precompiles produce.
/// @dev A precompile never reverts without data: every refusal is one of the
/// custom errors below, one of IPrecompile, or one declared in the
/// precompile's own interface, ABI-encoded as revert data (4-byte error
/// selector plus arguments).
/// Amounts in errors are rao (1 TAO = 1e9 rao; alpha also has 9 decimals)
/// unless an error says wei.
interface ITaoErrors is IPrecompile {
    /// @notice The function exists for Subtensor compatibility but does nothing on taoevm,
    /// so it always reverts.
    /// @dev Used for proof-of-work registration, root-only (sudo) values, which are genesis
    /// parameters on taoevm, and Subtensor features taoevm does not have (proxies, the
    /// activity-cutoff factor). The selector is kept so that contracts written for Subtensor
    /// still compile and fail loudly instead of silently.
    error NotSupported();

    /// @notice An amount does not fit where it must be stored (usually a `uint256` amount
    /// above the `uint64` rao range).
    /// @dev taoevm never saturates silently: Subtensor clamps such amounts to `u64::MAX`,
    /// taoevm reverts.
    /// @param amount The amount as given.
    /// @param max The largest accepted amount.
    error AmountOverflow(uint256 amount, uint256 max);

    /// @notice A numeric argument is outside the range the function accepts (a hyperparameter
    /// bound, a netuid that does not fit in `uint16`, a take above the maximum, ...).
    /// @param value The value as given.
    /// @param min The smallest accepted value.
    /// @param max The largest accepted value.
    error ValueOutOfBounds(uint256 value, uint256 min, uint256 max);

    /// @notice An input is larger than allowed: a string or byte field longer than its limit,
    /// an array longer than the subnet allows, or a swap input above 1000 times the pool's
    /// input-side reserve.
    /// @param size The size given (bytes, array elements, or rao for a swap input).
    /// @param max The largest accepted size.
    error InputTooLarge(uint256 size, uint256 max);

    /// @notice No subnet is registered under this netuid.
    /// @param netuid The subnet id.
    error SubnetNotFound(uint16 netuid);

    /// @notice Only the subnet's owner (its owner coldkey) may call this function.
    /// @dev The root subnet (netuid 0) has no owner, so its owner functions always revert
    /// with this error.
    /// @param netuid The subnet id.
    /// @param caller The caller (`msg.sender`).
    error NotSubnetOwner(uint16 netuid, address caller);

    /// @notice The action is rate-limited and may be repeated from block `nextBlock` on.
    /// @param nextBlock The first block number at which the action is allowed again.
    error RateLimited(uint64 nextBlock);

    /// @notice The caller's native balance does not cover the amount to debit.
    /// @param balance The caller's native balance, in wei.
    /// @param required The amount the function needs to debit, in wei (rao x 1e9).
    error InsufficientBalance(uint256 balance, uint256 required);

    /// @notice The hotkey has never been registered, so it has no owner coldkey.
    /// @param hotkey The hotkey.
    error HotkeyNotFound(bytes32 hotkey);

    /// @notice The hotkey is owned by a different coldkey than the caller.
    /// @dev A hotkey's owner is the coldkey that first registered it (a neuron or a subnet).
    /// @param hotkey The hotkey.
    /// @param caller The caller (`msg.sender`), which is not the hotkey's owner.
    error NotHotkeyOwner(bytes32 hotkey, address caller);

    /// @notice The hotkey does not hold a uid on this subnet.
    /// @param netuid The subnet id.
    /// @param hotkey The hotkey.
    error HotkeyNotRegistered(uint16 netuid, bytes32 hotkey);

    /// @notice The uid is not in use on this subnet (it is not below the subnet's uid count).
    /// @param netuid The subnet id.
    /// @param uid The uid.
    error UnknownUid(uint16 netuid, uint16 uid);

    /// @notice The price is already past the caller's limit, so nothing can be executed.
    /// @dev Staking: the pool's current price is above a buy limit or below a sell limit.
    /// Neuron registration: the current burn cost is above the limit.
    /// @param price The current price (rao per alpha for pools; rao for a registration burn).
    /// @param limit The caller's limit, in the same unit.
    error PriceLimitExceeded(uint256 price, uint256 limit);

    /// @notice Fill-or-kill: the full amount would move the pool's price past the caller's
    /// limit price (`allowPartial` was false).
    /// @param amount The amount requested, in rao of the input side.
    /// @param maxAmount The largest amount executable within the limit price, same unit.
    error SlippageExceeded(uint64 amount, uint64 maxAmount);

    /// @notice The swap would leave a pool reserve below the protocol minimum
    /// (1,000,000 rao by default).
    /// @param reserve The reserve the swap would leave, in rao.
    /// @param minimum The minimum reserve, in rao.
    error ReserveTooLow(uint64 reserve, uint64 minimum);
}
