// Package pools holds each subnet's dynamic-TAO pool: its state (TAO
// reserve, alpha reserve, alpha outstanding, volume, last emission,
// dissolution record), the operations the other native modules call, and
// Subtensor's alpha precompile at 0x0000000000000000000000000000000000000808
// (contracts/src/IAlpha.sol), which is read-only.
//
// The pool math is package swap's (constant product, fee 33/65535 of the
// input kept in the pool, minimum reserve 1,000,000, inputs above 1000× the
// input reserve refused, exact limit-price searches). This package keeps
// the reserves in storage and maps the math's sentinels to the named errors
// of ITaoErrors (InputTooLarge, ReserveTooLow, PriceLimitExceeded,
// SlippageExceeded, ValueOutOfBounds, AmountOverflow).
//
// # Operations for other modules
//
//   - Seed: a new subnet generation's pool (registration: min lock TAO and
//     as much alpha, price 1.0).
//   - SwapTaoForAlpha / SwapAlphaForTao: storage-only swaps with an optional
//     Limit (price in rao per alpha, allow-partial or fill-or-kill); on root
//     (netuid 0) 1:1 without fee. moveStake chains them (its destination
//     leg with SwapTaoForAlphaFeeless: one fee per move); the TAO stays in
//     this account. PlanSell tells how much a limited sell executes, so a
//     stake can be debited by exactly that much first.
//   - BuyAlpha / SellAlpha: the same plus the native TAO (payer → Address,
//     Address → recipient, rao × 1e9 wei).
//   - Inject, AddAlphaOut, SubAlphaOut, SetLastEmission, UpdateMovingPrice:
//     emission and burnAlpha bookkeeping.
//   - Dissolve fixes a dissolved generation's TAO-per-alpha rate
//     ⌊poolTAO·1e18/issuance⌋, the pool's alpha reserve counting as the
//     owner's; Claim and ClaimOwnerShare pay claims at that rate from this
//     account and refuse claims beyond the issuance at dissolution.
//
// # Block hook
//
// MovingPriceHook (listed in registry.BlockHooks) runs at the start of every
// block, before its transactions, and advances each registered subnet's
// moving price by one step of the reference's EMA (UpdateMovingPrices):
// next = α·min(spot, 1) + (1 − α)·prev with α = BaseRate·age/(age + h),
// base rate 3e-6 and warm-up h = 201,600 blocks by default (genesis
// parameters MovingBaseRate, MovingHalvingBlocks), age = blocks since the
// registration of the subnet's current generation (emission starts at
// registration). It visits netuids 1..TotalNetworks in order, so its work
// is bounded by the subnet cap (≤ 1024) and iterates no map; measured
// about 0.13 ms per block at 128 subnets and 1.5–2 ms at 1024 (in-memory state,
// `go test -run '^$' -bench MovingPriceHook ./precompiles/pools/`). The
// subnets module's dissolution picks the lowest moving price.
//
// # Storage
//
// In the account of Address, namespace "pools", every key carries the
// subnet generation (protocol.NetKey): see state.go. The moving price is in
// protocol's net rows so the subnets module's dissolution scan reads two
// subnets per storage word.
//
// # Views
//
// Every IAlpha view: prices ×1e18 (getAlphaPrice, getMovingAlphaPrice,
// getSumAlphaPrice), the price in rao per alpha, reserves, alpha in/out and
// issuance, volume, the last block's emission, simulated swaps both ways
// and their exact-output counterparts, the limit searches of
// addStakeLimit/removeStakeLimit, the fee rate, tao weight (a fraction of
// 2^64−1), CK burn (0: no childkeys). A netuid without a subnet reverts with
// SubnetNotFound; getAlphaPriceRao reverts
// AmountOverflow(exact price, 2^64−1) for a price that does not fit its
// uint64 (never saturates). Gas is a cold read per word touched (getSumAlphaPrice is
// priced for the hard cap of 1024 subnets).
//
// Deviations from Subtensor: the exact-output simulations, getMaxAmount*,
// getFeeRate and getAlphaPriceRao are additions; simulations of zero (or of
// an output rounding to zero) return 0; the moving price starts at 0.
package pools
