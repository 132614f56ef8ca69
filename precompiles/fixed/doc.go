// Package fixed implements the binary fixed-point numbers Subtensor's Yuma
// consensus and coinbase use (the substrate-fixed v0.6.0 crate), bit for bit.
//
// Every type stores its raw two's-complement bits; a value v is represented
// by the integer round(v·2^F) where F is the number of fractional bits:
//
//	I32F32  int64, 32 fractional bits (almost all of Yuma)
//	I64F64  128-bit signed, 64 fractional bits (stake normalisation, EMA rate)
//	I96F32  128-bit signed, 32 fractional bits (proportion × rao amounts)
//	U64F64  128-bit unsigned, 64 fractional bits
//	U96F32  128-bit unsigned, 32 fractional bits
//
// The arithmetic rules reproduced exactly:
//
//   - Add and Sum wrap on overflow (a release-mode Rust `+`); SatAdd/SatSub clamp.
//   - Multiplication forms the full double-width product and shifts it right
//     arithmetically by F bits, so it rounds toward −∞. SatMul clamps to the
//     type's MIN/MAX by the sign of the operands on overflow; CheckedMul reports it.
//   - Division computes trunc((a << F) / b), rounding toward zero. CheckedDiv
//     fails on a zero divisor or when the quotient does not fit; SafeDiv
//     (the reference's safe_div = checked_div().unwrap_or_default()) returns 0
//     in both cases, it does not saturate. SatDiv saturates (divisor ≠ 0).
//   - Conversions from integers are exact and saturate; conversions between
//     fixed types drop extra fractional bits (floor) and saturate; conversions
//     to integers floor and clamp into the target range.
//   - Round rounds to nearest with ties away from zero.
//   - Exp is substrate-fixed's transcendental::exp for I32F32 (the Taylor
//     series with 30 terms, truncating each step, and the special cases
//     exp(0) = 1 and exp(1) = E with E held in I9F23), and ExpSafe is
//     Subtensor's exp_safe (input clamped to [−20, 20]).
//
// For hot loops, MulFast and Divisor.Quo are inlinable fast paths of SatMul
// and SafeDiv (non-negative operands, proportions divided by a shared
// positive divisor through a precomputed reciprocal); they report when the
// caller must fall back to the general operation, so results never differ.
//
// The package has no floating point, no state and no allocation on the hot
// paths (I32F32 is a plain int64).
package fixed
