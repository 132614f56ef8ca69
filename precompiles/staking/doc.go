// Package staking is Subtensor's StakingV2 precompile at
// 0x0000000000000000000000000000000000000805 (contracts/src/IStaking.sol):
// staking TAO into subnet pools, stake share pools per (hotkey, subnet),
// moves and transfers, allowances, validator take, and claims of the stake
// of dissolved subnets.
//
// # Model
//
// Staking on subnet netuid through hotkey swaps TAO for alpha in the
// subnet's pool (package pools: the TAO becomes native balance of the
// pools' account 0x…0808, the alpha leaves the pool as outstanding alpha)
// and deposits the alpha into the share pool of (hotkey, netuid
// generation) (package shares). A coldkey's stake is its shares: emission
// credited to the hotkey (Distribute) raises every nominator's value with
// no per-nominator work. Unstaking withdraws shares and sells the alpha
// back. Root (netuid 0) has no pool: TAO is staked 1:1 without fee and
// kept by the same account (pools' root entry counts it).
//
// The coldkey is msg.sender. Amounts are uint64 rao (alpha rao); the
// caller's native balance is debited and credited amount × 1e9 wei. Every
// method is nonpayable (ValueNotAccepted from the framework), amounts that
// do not fit in uint64 revert (AmountOverflow), netuids that do not fit in
// uint16 revert (ValueOutOfBounds).
//
// # Rules
//
//   - Staking needs an existing subnet (SubnetNotFound) and a hotkey with an
//     owner (HotkeyNotFound): a hotkey registered as a neuron or a subnet
//     owner hotkey anywhere, as in Subtensor (not necessarily on the subnet
//     staked to).
//   - A stake below protocol.MinStake (2,000,000 rao by default) reverts
//     (BelowMinimumStake), also when a limit order's partial fill is below
//     it; an unstake that leaves a non-zero remainder must pay out at
//     least MinStake; a cross-subnet move or transfer must pass at least
//     MinStake of TAO between the pools; a move or transfer within a
//     subnet must be worth MinStake at the spot price.
//   - Limit orders (addStakeLimit, removeStakeLimit, removeStakeFullLimit)
//     take a price in rao per alpha and are fill-or-kill (SlippageExceeded)
//     or allow-partial; a price already past the limit is
//     PriceLimitExceeded. The search is exact (package swap).
//   - moveStake across subnets sells in the origin pool and buys in the
//     destination pool with only one leg paying the fee: the origin leg,
//     or the destination leg when the origin is root. Within one subnet the
//     alpha moves between share pools without a swap; transferStake within
//     one subnet hands the shares themselves to the receiver. Transfers
//     need TransfersEnabled on both subnets (TransfersDisabled); the zero
//     address is no receiving coldkey (InvalidKey).
//   - burnAlpha destroys alpha of a position: the subnet's outstanding
//     alpha and issuance fall, the pool is untouched (NotSupported on
//     root).
//   - Allowances are per (owner, spender, netuid generation), so they lapse
//     when the netuid is registered again; type(uint256).max is unlimited.
//   - Take: default and maximum protocol.MaxTake (11796/65535 = 18%);
//     increaseTake only by the hotkey's owner, strictly up, at most the
//     maximum, and protocol.TakeRateLimit (216,000) blocks after the last
//     change (a hotkey that never changed its take may increase at once);
//     decreaseTake strictly down, not rate-limited, restarts the wait.
//   - A coldkey holds at most MaxPositions positions (protocol's
//     MaxStakePositions, hard-capped at MaxPositionsCap = 256 because the
//     coldkey views are priced for it): TooManyStakePositions, also for the
//     receiver of a transfer. Positions of a dissolved generation stay in
//     the list until claimed.
//   - Dissolved subnets: pools.Dissolve fixes a TAO-per-alpha rate per
//     (netuid, generation); claimDissolvedStake pays a position of that
//     generation at the rate and clears it, and the owner coldkey claiming
//     on the generation's owner hotkey also receives the pool's own alpha
//     (pools.ClaimOwnerShare). Nothing is iterated at dissolution.
//
// # Storage layout
//
// In the account of Address, namespace "staking" (see state.go):
//
//	hotkeyPool[k][hotkey]          value u64 ‖ nominator count u64 ‖ shares u128
//	stake[k][hotkey][coldkey]      shares u128 ‖ position index+1 u64 ‖ nominator index+1 u64
//	nominators[k][hotkey] + i      coldkey
//	positions[coldkey]             count; + 1 + i: hotkey ‖ netuid u16 ‖ generation u64
//	hotkeyNets[hotkey] + w         bitmap of netuids with a possibly non-empty share pool
//	take[hotkey]                   set ‖ take u16 ‖ … ‖ last change block u64
//	allowance[owner][spender][k]   uint256
//
// with k = protocol.NetKey (netuid, generation). Every list is bounded or
// paged, and removal swaps the last entry in, so every method's work is
// bounded by its input or a protocol constant.
//
// # Events
//
// Swap (per pool leg, not on root; the reserves after the swap),
// StakeAdded, StakeRemoved, StakeMoved, StakeTransferred, Approval,
// AlphaBurned, TakeChanged, DissolvedStakeClaimed, with the indexed keys
// of the interface.
//
// # For other modules
//
// StakeOf, HotkeyAlpha, Shares, LoadHotkeyPool, Positions, Nominators,
// Take, TotalHotkeyStake (the metagraph's getStake), TotalColdkeyStake,
// UnstakeValue, ClaimableOf; Credit (stake owned by one coldkey, e.g. a
// validator's take or a miner's incentive) and Distribute (emission to a
// hotkey's nominators pro rata). The emission module books the alpha in
// the pool's outstanding total (pools.AddAlphaOut) before crediting it.
//
// # Deviations from Subtensor
//
//   - Methods are nonpayable and return the amounts executed; every state
//     change emits an event and every refusal is a named error.
//   - Amounts never saturate (AmountOverflow).
//   - The minimum stake is checked on the gross TAO amount (Subtensor adds
//     the fee on the minimum).
//   - getNominatorMinRequiredStake is 0 and no nominator is force-unstaked
//     (there is no such genesis parameter yet; Subtensor's default is 0).
//   - No proxies (addProxy/removeProxy revert NotSupported), no childkeys,
//     no stake locks, no staking rate limit; swap fees stay in the pool.
//   - getAlphaStakedValidators returns the first 256 coldkeys;
//     getNominators pages through all of them.
//   - getTotalColdkeyStake also counts the claimable TAO of positions of
//     dissolved generations.
package staking
