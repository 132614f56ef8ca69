// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {TaoERC20} from "./TaoERC20.sol";
import {WrappedTAO} from "./WrappedTAO.sol";
import {IStaking, ISTAKING_ADDRESS} from "../IStaking.sol";
import {IAlpha, IALPHA_ADDRESS} from "../IAlpha.sol";
import {ISubnet, ISUBNET_ADDRESS} from "../ISubnet.sol";

/// @title Liquid-staking vault over one (hotkey, subnet) stake position
/// @notice An ERC-4626 vault whose asset is Wrapped TAO and whose holdings are alpha staked
/// through the staking precompile (0x0805) on one validator hotkey of one subnet. Vault shares
/// are a liquid, transferable claim on that stake: validator dividends compound into the
/// position (share-pool stake), so each share is worth more alpha over time.
/// @dev Example code for taoevm; review before use.
///
/// Accounting is in alpha: a depositor receives shares for the alpha its own deposit actually
/// bought (`shares = alphaBought * (supply + 1e9) / (alphaHeld + 1)`, a virtual offset against
/// share-inflation attacks), and a redeemer sells its pro-rata alpha in the pool. Each user
/// therefore bears the price impact of its own trade and cannot move it onto other holders.
/// `totalAssets` and `convertTo*` value the alpha at the spot price; the `preview*` functions
/// simulate the swap and are exact within the same block.
///
/// Slippage. Every pool trade is fill-or-kill with a limit price `maxSlippageBps` away from the
/// spot price before the trade (`addStakeLimit` / `removeStakeLimit`), which caps the vault's
/// own price impact. Against price movement before the call (e.g. a sandwich), use the
/// ERC-5143 overloads with `minShares` / `maxAssets` / `maxShares` / `minAssets` bounds.
///
/// Units: WTAO amounts (assets) are wei; the precompiles take rao (1 rao = 1e9 wei). Sub-rao
/// remainders of deposits stay in the vault as idle TAO, as does the surplus of exact-output
/// withdrawals; idle TAO is paid out pro rata on `redeem`.
///
/// Dissolution. If the subnet is dissolved, its stake becomes claimable TAO: anyone may call
/// `claimDissolved`, after which `redeem` pays the TAO out pro rata; deposits stop.
contract StakingVault is TaoERC20 {
    IStaking private constant STAKING = IStaking(ISTAKING_ADDRESS);
    IAlpha private constant ALPHA = IAlpha(IALPHA_ADDRESS);
    ISubnet private constant SUBNET = ISubnet(ISUBNET_ADDRESS);

    uint256 private constant WEI_PER_RAO = 1e9;
    uint256 private constant VIRTUAL_SHARES = 1e9;
    uint256 private constant BPS = 10_000;
    /// @notice Largest slippage bound the manager may set (10%).
    uint16 public constant MAX_SLIPPAGE_BPS = 1_000;

    /// @notice The vault's asset (Wrapped TAO).
    WrappedTAO public immutable wtao;
    /// @notice The validator hotkey the vault stakes to.
    bytes32 public immutable hotkey;
    /// @notice The subnet the vault stakes on.
    uint16 public immutable netuid;
    /// @notice The subnet generation the vault was created for; if the netuid is dissolved and
    /// registered again, deposits stop.
    uint64 public immutable generation;
    /// @notice The account allowed to change `maxSlippageBps` and to hand over that role.
    address public manager;
    /// @notice Price bound of every pool trade, in basis points from the pre-trade spot price.
    uint16 public maxSlippageBps;

    /// @notice ERC-4626: `sender` deposited `assets` for `owner`, who received `shares`.
    /// @param sender The caller.
    /// @param owner The receiver of the shares.
    /// @param assets The WTAO deposited, in wei.
    /// @param shares The shares minted.
    event Deposit(address indexed sender, address indexed owner, uint256 assets, uint256 shares);

    /// @notice ERC-4626: `sender` burned `owner`'s `shares` and sent `assets` to `receiver`.
    /// @param sender The caller.
    /// @param receiver The receiver of the WTAO.
    /// @param owner The owner of the shares.
    /// @param assets The WTAO paid, in wei.
    /// @param shares The shares burned.
    event Withdraw(
        address indexed sender, address indexed receiver, address indexed owner, uint256 assets, uint256 shares
    );

    /// @notice The slippage bound changed.
    /// @param bps The new bound, in basis points.
    event MaxSlippageSet(uint16 bps);

    /// @notice The manager role changed hands.
    /// @param previous The previous manager.
    /// @param next The new manager.
    event ManagerChanged(address indexed previous, address indexed next);

    /// @notice Stake of a dissolved generation was claimed into the vault as idle TAO.
    /// @param tao The TAO claimed, in rao.
    event DissolvedClaimed(uint256 tao);

    /// @notice Only the manager may call this function.
    error NotManager();
    /// @notice The slippage bound is above `MAX_SLIPPAGE_BPS`.
    /// @param bps The bound given.
    error SlippageTooHigh(uint16 bps);
    /// @notice An amount of zero (or below one rao) was given.
    error ZeroAmount();
    /// @notice The subnet generation the vault stakes on was dissolved; only `redeem` works.
    error SubnetDissolved();
    /// @notice The caller's ERC-5143 bound was not met.
    /// @param actual The amount the call would produce or consume.
    /// @param bound The caller's bound.
    error BoundNotMet(uint256 actual, uint256 bound);
    /// @notice A pool sale returned less TAO than the exact-output quote promised.
    /// @param received The TAO received, in rao.
    /// @param needed The TAO needed, in rao.
    error SaleShortfall(uint256 received, uint256 needed);
    /// @notice Native TAO arrived from an account other than WTAO.
    error UnexpectedSender();

    /// @param asset_ The Wrapped TAO contract.
    /// @param hotkey_ The validator hotkey to stake to (right-aligned address).
    /// @param netuid_ The subnet to stake on.
    /// @param maxSlippageBps_ The initial slippage bound, in basis points (at most 1000).
    /// @param name_ The share token's name.
    /// @param symbol_ The share token's symbol.
    constructor(
        WrappedTAO asset_,
        bytes32 hotkey_,
        uint16 netuid_,
        uint16 maxSlippageBps_,
        string memory name_,
        string memory symbol_
    ) TaoERC20(name_, symbol_) {
        if (maxSlippageBps_ > MAX_SLIPPAGE_BPS) revert SlippageTooHigh(maxSlippageBps_);
        wtao = asset_;
        hotkey = hotkey_;
        netuid = netuid_;
        generation = netuid_ == 0 ? 0 : SUBNET.getNetworkGeneration(netuid_);
        manager = msg.sender;
        maxSlippageBps = maxSlippageBps_;
        emit ManagerChanged(address(0), msg.sender);
        emit MaxSlippageSet(maxSlippageBps_);
    }

    /// @notice Accepts native TAO only from WTAO (when the vault unwraps).
    receive() external payable {
        if (msg.sender != address(wtao)) revert UnexpectedSender();
    }

    // ------------------------------------------------------------------ administration

    /// @notice Sets the slippage bound of the vault's pool trades (manager only).
    /// @param bps The bound, in basis points (at most 1000).
    function setMaxSlippageBps(uint16 bps) external {
        if (msg.sender != manager) revert NotManager();
        if (bps > MAX_SLIPPAGE_BPS) revert SlippageTooHigh(bps);
        maxSlippageBps = bps;
        emit MaxSlippageSet(bps);
    }

    /// @notice Hands the manager role to `next` (manager only; zero renounces it).
    /// @param next The new manager.
    function setManager(address next) external {
        if (msg.sender != manager) revert NotManager();
        emit ManagerChanged(manager, next);
        manager = next;
    }

    /// @notice Claims the vault's stake of its dissolved subnet generation as idle TAO, which
    /// `redeem` then pays out pro rata. Anyone may call it.
    /// @return tao The TAO claimed, in rao.
    function claimDissolved() external returns (uint256 tao) {
        tao = STAKING.claimDissolvedStake(hotkey, netuid, generation);
        emit DissolvedClaimed(tao);
    }

    // ------------------------------------------------------------------ ERC-4626 views

    /// @notice The vault's asset.
    /// @return The Wrapped TAO address.
    function asset() external view returns (address) {
        return address(wtao);
    }

    /// @notice The vault's holdings valued in WTAO: the alpha position at the spot price plus
    /// idle TAO.
    /// @return The value, in wei.
    function totalAssets() public view returns (uint256) {
        return _stakedAlpha() * _spotPriceRao() + address(this).balance;
    }

    /// @notice Shares `assets` would buy at the spot price, without slippage or fees.
    /// @param assets The WTAO amount, in wei.
    /// @return The shares.
    function convertToShares(uint256 assets) public view returns (uint256) {
        uint256 price = _spotPriceRao();
        if (price == 0) return 0;
        return _sharesForAlpha(assets / price, totalSupply, _stakedAlpha());
    }

    /// @notice WTAO value of `shares` at the spot price, without slippage or fees.
    /// @param shares The shares.
    /// @return The value, in wei.
    function convertToAssets(uint256 shares) public view returns (uint256) {
        uint256 supply = totalSupply;
        uint256 idle = supply == 0 ? 0 : address(this).balance * shares / supply;
        return _alphaForShares(shares, supply, _stakedAlpha()) * _spotPriceRao() + idle;
    }

    /// @notice Largest deposit accepted for `receiver`.
    /// @return Unlimited while the subnet generation lives, 0 after its dissolution.
    function maxDeposit(address) external view returns (uint256) {
        return _dissolved() ? 0 : type(uint256).max;
    }

    /// @notice Largest mint accepted for `receiver`.
    /// @return Unlimited while the subnet generation lives, 0 after its dissolution.
    function maxMint(address) external view returns (uint256) {
        return _dissolved() ? 0 : type(uint256).max;
    }

    /// @notice Largest `withdraw` for `owner`, conservatively: what selling the alpha of all
    /// but one of its shares would pay now (idle TAO is paid by `redeem` only).
    /// @param owner The share owner.
    /// @return The WTAO amount, in wei.
    function maxWithdraw(address owner) external view returns (uint256) {
        uint256 shares = balanceOf[owner];
        if (_dissolved() || shares <= 1) return 0;
        uint256 alpha = _alphaForShares(shares - 1, totalSupply, _stakedAlpha());
        return alpha == 0 ? 0 : ALPHA.simSwapAlphaForTao(netuid, _u64(alpha)) * WEI_PER_RAO;
    }

    /// @notice Largest `redeem` for `owner`: all its shares.
    /// @param owner The share owner.
    /// @return The shares.
    function maxRedeem(address owner) external view returns (uint256) {
        return balanceOf[owner];
    }

    /// @notice Shares `deposit(assets)` would mint in the current state (simulated swap).
    /// @param assets The WTAO amount, in wei.
    /// @return The shares (one alpha rao below the quote, for share-pool rounding).
    function previewDeposit(uint256 assets) public view returns (uint256) {
        uint256 rao = assets / WEI_PER_RAO;
        if (rao == 0) return 0;
        uint256 alpha = ALPHA.simSwapTaoForAlpha(netuid, _u64(rao));
        return alpha == 0 ? 0 : _sharesForAlpha(alpha - 1, totalSupply, _stakedAlpha());
    }

    /// @notice WTAO `mint(shares)` would take in the current state (exact-output quote).
    /// @param shares The shares.
    /// @return The WTAO amount, in wei.
    function previewMint(uint256 shares) public view returns (uint256) {
        return _taoForMint(shares) * WEI_PER_RAO;
    }

    /// @notice Shares `withdraw(assets)` would burn in the current state (exact-output quote).
    /// @param assets The WTAO amount, in wei.
    /// @return The shares.
    function previewWithdraw(uint256 assets) public view returns (uint256) {
        (, uint256 shares) = _quoteWithdraw(assets);
        return shares;
    }

    /// @notice WTAO `redeem(shares)` would pay in the current state (simulated swap).
    /// @param shares The shares.
    /// @return The WTAO amount, in wei.
    function previewRedeem(uint256 shares) public view returns (uint256) {
        uint256 supply = totalSupply;
        if (supply == 0 || shares == 0) return 0;
        uint256 alpha = _alphaToRedeem(shares, supply, _stakedAlpha());
        uint256 tao = alpha == 0 ? 0 : ALPHA.simSwapAlphaForTao(netuid, _u64(alpha));
        return tao * WEI_PER_RAO + address(this).balance * shares / supply;
    }

    // ------------------------------------------------------------------ ERC-4626 actions

    /// @notice Deposits `assets` WTAO, stakes it and mints shares to `receiver`.
    /// @param assets The WTAO amount, in wei (the caller must have approved the vault).
    /// @param receiver The receiver of the shares.
    /// @return shares The shares minted.
    function deposit(uint256 assets, address receiver) public returns (uint256 shares) {
        shares = _deposit(assets, receiver);
    }

    /// @notice ERC-5143: `deposit` that reverts if fewer than `minShares` shares are minted.
    /// @param assets The WTAO amount, in wei.
    /// @param receiver The receiver of the shares.
    /// @param minShares The fewest shares the caller accepts.
    /// @return shares The shares minted.
    function deposit(uint256 assets, address receiver, uint256 minShares) external returns (uint256 shares) {
        shares = _deposit(assets, receiver);
        if (shares < minShares) revert BoundNotMet(shares, minShares);
    }

    /// @notice Mints exactly `shares` shares to `receiver`, taking the WTAO the pool needs.
    /// @param shares The shares to mint.
    /// @param receiver The receiver of the shares.
    /// @return assets The WTAO taken, in wei.
    function mint(uint256 shares, address receiver) public returns (uint256 assets) {
        assets = _mint4626(shares, receiver);
    }

    /// @notice ERC-5143: `mint` that reverts if more than `maxAssets` WTAO would be taken.
    /// @param shares The shares to mint.
    /// @param receiver The receiver of the shares.
    /// @param maxAssets The most WTAO the caller accepts to pay, in wei.
    /// @return assets The WTAO taken, in wei.
    function mint(uint256 shares, address receiver, uint256 maxAssets) external returns (uint256 assets) {
        assets = _mint4626(shares, receiver);
        if (assets > maxAssets) revert BoundNotMet(assets, maxAssets);
    }

    /// @notice Burns `owner`'s shares to pay exactly `assets` WTAO to `receiver`.
    /// @dev Sells the alpha an exact-output quote says is needed; any surplus stays in the
    /// vault as idle TAO. Not available after dissolution (use `redeem`).
    /// @param assets The WTAO to pay, in wei.
    /// @param receiver The receiver of the WTAO.
    /// @param owner The owner of the shares (the caller, or it must have approved the caller).
    /// @return shares The shares burned.
    function withdraw(uint256 assets, address receiver, address owner) public returns (uint256 shares) {
        shares = _withdraw(assets, receiver, owner);
    }

    /// @notice ERC-5143: `withdraw` that reverts if more than `maxShares` shares would be burned.
    /// @param assets The WTAO to pay, in wei.
    /// @param receiver The receiver of the WTAO.
    /// @param owner The owner of the shares.
    /// @param maxShares The most shares the caller accepts to burn.
    /// @return shares The shares burned.
    function withdraw(uint256 assets, address receiver, address owner, uint256 maxShares)
        external
        returns (uint256 shares)
    {
        shares = _withdraw(assets, receiver, owner);
        if (shares > maxShares) revert BoundNotMet(shares, maxShares);
    }

    /// @notice Burns `shares` of `owner`, sells their alpha and pays the TAO (plus their share
    /// of idle TAO) as WTAO to `receiver`.
    /// @param shares The shares to burn.
    /// @param receiver The receiver of the WTAO.
    /// @param owner The owner of the shares (the caller, or it must have approved the caller).
    /// @return assets The WTAO paid, in wei.
    function redeem(uint256 shares, address receiver, address owner) public returns (uint256 assets) {
        assets = _redeem(shares, receiver, owner);
    }

    /// @notice ERC-5143: `redeem` that reverts if less than `minAssets` WTAO would be paid.
    /// @param shares The shares to burn.
    /// @param receiver The receiver of the WTAO.
    /// @param owner The owner of the shares.
    /// @param minAssets The least WTAO the caller accepts, in wei.
    /// @return assets The WTAO paid, in wei.
    function redeem(uint256 shares, address receiver, address owner, uint256 minAssets)
        external
        returns (uint256 assets)
    {
        assets = _redeem(shares, receiver, owner);
        if (assets < minAssets) revert BoundNotMet(assets, minAssets);
    }

    // ------------------------------------------------------------------ internals

    function _deposit(uint256 assets, address receiver) internal returns (uint256 shares) {
        if (_dissolved()) revert SubnetDissolved();
        uint256 rao = assets / WEI_PER_RAO;
        if (rao == 0) revert ZeroAmount();
        uint256 supply = totalSupply;
        uint256 alphaBefore = _stakedAlpha();
        _pullAndUnwrap(assets);
        uint256 bought = _buy(rao);
        shares = _sharesForAlpha(bought, supply, alphaBefore);
        if (shares == 0) revert ZeroAmount();
        _mint(receiver, shares);
        emit Deposit(msg.sender, receiver, assets, shares);
    }

    function _mint4626(uint256 shares, address receiver) internal returns (uint256 assets) {
        if (_dissolved()) revert SubnetDissolved();
        if (shares == 0) revert ZeroAmount();
        uint256 rao = _taoForMint(shares);
        assets = rao * WEI_PER_RAO;
        _pullAndUnwrap(assets);
        _buy(rao);
        _mint(receiver, shares);
        emit Deposit(msg.sender, receiver, assets, shares);
    }

    function _withdraw(uint256 assets, address receiver, address owner) internal returns (uint256 shares) {
        if (_dissolved()) revert SubnetDissolved();
        uint256 alpha;
        (alpha, shares) = _quoteWithdraw(assets);
        if (shares == 0) revert ZeroAmount();
        if (msg.sender != owner) _spendAllowance(owner, msg.sender, shares);
        _burn(owner, shares);
        uint256 neededRao = (assets + WEI_PER_RAO - 1) / WEI_PER_RAO;
        uint256 received = _sell(alpha);
        if (received < neededRao) revert SaleShortfall(received, neededRao);
        _wrapAndPay(receiver, assets);
        emit Withdraw(msg.sender, receiver, owner, assets, shares);
    }

    function _redeem(uint256 shares, address receiver, address owner) internal returns (uint256 assets) {
        if (shares == 0) revert ZeroAmount();
        if (msg.sender != owner) _spendAllowance(owner, msg.sender, shares);
        uint256 supply = totalSupply;
        uint256 alpha = _alphaToRedeem(shares, supply, _stakedAlpha());
        uint256 idleShare = address(this).balance * shares / supply;
        _burn(owner, shares);
        uint256 tao = alpha == 0 ? 0 : _sell(alpha);
        assets = tao * WEI_PER_RAO + idleShare;
        if (assets == 0) revert ZeroAmount();
        _wrapAndPay(receiver, assets);
        emit Withdraw(msg.sender, receiver, owner, assets, shares);
    }

    /// Stakes `rao` TAO of the vault's native balance, fill-or-kill within the slippage bound,
    /// and returns the alpha the position gained.
    function _buy(uint256 rao) internal returns (uint256 bought) {
        uint256 before = _stakedAlpha();
        uint256 limit = _spotPriceRao() * (BPS + maxSlippageBps);
        limit = (limit + BPS - 1) / BPS;
        STAKING.addStakeLimit(hotkey, rao, limit, false, netuid);
        bought = _stakedAlpha() - before;
    }

    /// Unstakes `alpha`, fill-or-kill within the slippage bound, and returns the TAO received
    /// (rao), measured on the vault's native balance.
    function _sell(uint256 alpha) internal returns (uint256 rao) {
        uint256 before = address(this).balance;
        uint256 limit = _spotPriceRao() * (BPS - maxSlippageBps) / BPS;
        STAKING.removeStakeLimit(hotkey, alpha, limit, false, netuid);
        rao = (address(this).balance - before) / WEI_PER_RAO;
    }

    function _pullAndUnwrap(uint256 assets) internal {
        wtao.transferFrom(msg.sender, address(this), assets);
        wtao.withdraw(assets);
    }

    function _wrapAndPay(address receiver, uint256 assets) internal {
        wtao.deposit{value: assets}();
        wtao.transfer(receiver, assets);
    }

    /// TAO (rao) that buys at least the alpha backing `shares` (plus one alpha rao of margin
    /// for share-pool rounding).
    function _taoForMint(uint256 shares) internal view returns (uint256) {
        uint256 alpha = _ceilDiv(shares * (_stakedAlpha() + 1), totalSupply + VIRTUAL_SHARES) + 1;
        return ALPHA.simSwapTaoForExactAlpha(netuid, _u64(alpha));
    }

    /// Alpha to sell and shares to burn for an exact WTAO payout.
    function _quoteWithdraw(uint256 assets) internal view returns (uint256 alpha, uint256 shares) {
        uint256 neededRao = (assets + WEI_PER_RAO - 1) / WEI_PER_RAO;
        if (neededRao == 0) return (0, 0);
        alpha = ALPHA.simSwapAlphaForExactTao(netuid, _u64(neededRao));
        shares = _ceilDiv(alpha * (totalSupply + VIRTUAL_SHARES), _stakedAlpha() + 1);
    }

    function _sharesForAlpha(uint256 alpha, uint256 supply, uint256 held) internal pure returns (uint256) {
        return alpha * (supply + VIRTUAL_SHARES) / (held + 1);
    }

    function _alphaForShares(uint256 shares, uint256 supply, uint256 held) internal pure returns (uint256) {
        return shares * (held + 1) / (supply + VIRTUAL_SHARES);
    }

    /// Alpha a redemption sells: the pro-rata amount, or everything for the last shares.
    function _alphaToRedeem(uint256 shares, uint256 supply, uint256 held) internal pure returns (uint256) {
        return shares == supply ? held : _alphaForShares(shares, supply, held);
    }

    function _stakedAlpha() internal view returns (uint256) {
        if (_dissolved()) return 0;
        return STAKING.getStake(hotkey, bytes32(uint256(uint160(address(this)))), netuid);
    }

    function _spotPriceRao() internal view returns (uint256) {
        return ALPHA.getAlphaPriceRao(netuid);
    }

    function _dissolved() internal view returns (bool) {
        return netuid != 0 && SUBNET.getNetworkGeneration(netuid) != generation;
    }

    function _ceilDiv(uint256 a, uint256 b) internal pure returns (uint256) {
        return a == 0 ? 0 : (a - 1) / b + 1;
    }

    function _u64(uint256 x) internal pure returns (uint64) {
        if (x > type(uint64).max) revert BoundNotMet(x, type(uint64).max);
        return uint64(x);
    }
}
