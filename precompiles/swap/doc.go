// Package swap is the pure math of a subnet's dynamic-TAO pool: a
// constant-product pool holding a TAO reserve and an alpha reserve. It has
// no state and no I/O; the staking and alpha modules keep the reserves in
// storage and call these functions to quote, limit and apply swaps, and to
// advance the moving (EMA) price.
//
// # Representation
//
// Amounts are uint64 integers in the smallest unit: rao for TAO (1 TAO =
// 1e9 rao) and alpha rao for alpha (1 alpha = 1e9 alpha rao). A Pool is a
// value {TAO, Alpha}; methods return new values and never modify the
// receiver. Prices come in three exact or explicitly rounded forms:
//
//   - limit prices and PriceRao: rao per alpha, i.e. TAO per alpha × 1e9, the
//     unit of addStakeLimit/removeStakeLimit;
//   - Price18: TAO per alpha × 1e18 (uint256), the unit of the alpha
//     precompile's price views;
//   - the moving price: TAO per alpha × 1e18 in a uint64 (it never exceeds
//     1.0 = PriceScale, because the spot sample is capped at 1.0).
//
// Limit checks never use a rounded price: they compare TAO·1e9 with
// limit·Alpha in 128-bit integers (CmpPrice). AlphaToTAO and TAOToAlpha
// convert at the spot price without fee or slippage, rounded down, for views
// and emission; a trade always goes through a Quote. No floating point is
// used anywhere.
//
// # Swaps
//
// A swap takes a gross input Δ, charges fee = ⌈Δ·r/65535⌉ (r = FeeRate,
// default 33), and pays out ⌊R_out·net/(R_in+net)⌋ for net = Δ − fee. The
// whole input, fee included, is added to the input reserve: the fee stays in
// the pool. Quote reports In, Fee, Out and the pool before and after;
// Pool.Apply re-derives a quote and returns the new pool.
//
// Refusals are sentinel errors, never silent clamping: ErrZeroAmount,
// ErrInputTooLarge (Δ > 1000 × the input reserve), ErrOverflow (a reserve
// would pass 2^64−1), ErrZeroOutput (the output rounds to nothing),
// ErrReserveBelowMinimum (the output reserve would fall below 1,000,000),
// ErrInsufficientLiquidity (a reserve is already below that minimum).
//
// # Limit prices
//
// MaxBuy and MaxSell return the largest gross input whose swap succeeds and
// whose exact post-swap price stays on the right side of a limit (at or
// below it for buys, at or above it for sells). A closed-form estimate seeds
// an exact integer search, so the result is maximal: one unit more would
// cross the limit or fail. FillAmount turns (requested, max, allowPartial)
// into the amount to execute or ErrPriceLimit (fill-or-kill), and
// QuoteBuyLimit / QuoteSellLimit combine the steps.
//
// # Rounding and invariants
//
// Every rounding step favours the pool: the fee is rounded up and the output
// down, so for any valid pool and any accepted swap
//
//   - k = TAO·Alpha never decreases;
//   - both reserves stay at or above MinimumReserve;
//   - a round trip (buy then sell the alpha obtained, or sell then buy) never
//     returns more than was put in;
//   - the price moves monotonically with the input, which is what makes the
//     limit search exact.
//
// # Moving price
//
// NextMovingPrice advances the EMA used for the emission split:
// α_eff = BaseRate·age/(age + HalvingBlocks) (3e-6 and 201,600 blocks by
// default) and next = α_eff·min(spot, 1) + (1 − α_eff)·prev, computed as a
// single exact fraction in 256-bit integers and rounded down once.
//
// # Root (netuid 0)
//
// The root network has no pool: TAO is staked 1:1 with no fee, so its price
// is exactly 1 TAO per alpha (1e9 rao per alpha, 1e18 in Price18 units) and
// its moving price is 1.0. Callers handle netuid 0 without this package. The
// natural limit rule for it is: a buy fills entirely if the limit is at least
// 1e9 rao per alpha and not at all otherwise, a sell fills entirely if the
// limit is at most 1e9 and not at all otherwise.
package swap
