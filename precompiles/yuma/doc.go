// Package yuma implements Yuma consensus, the per-subnet epoch of Bittensor,
// as a pure and deterministic function that is bit-exact with Subtensor's
// sparse production path (pallets/subtensor/src/epoch/run_epoch.rs,
// epoch_mechanism, and epoch/math.rs at opentensor/subtensor 14bc6f9f964b).
// All arithmetic is the fixed-point arithmetic of package fixed (I32F32 for
// almost everything, I64F64 for stake, I96F32 for rao amounts); there is no
// floating point, no map iteration, no clock and no randomness, so the same
// inputs give the same outputs on every architecture.
//
// # The algorithm
//
// Epoch(p, s, emission) takes n uids with their stake, registration blocks,
// last weight update, previous validator permits, stored weight rows and
// stored bond rows, and returns what the chain stores after the epoch plus
// the emission split in rao.
//
//  1. Activity: uid i is inactive when last_update_i + ActivityCutoff < block.
//  2. Stake: stakes below StakeThreshold are zeroed (the subnet owner is
//     exempt), the rest are normalised in I64F64 and truncated to I32F32: S.
//  3. Permits: the previous permits (owner forced on) decide which rows
//     count this epoch; the new permits are the top MaxAllowedValidators
//     non-zero stakes (owner forced on) and decide which bond rows are kept.
//  4. Active stake A: S with inactive and non-permitted uids zeroed, normalised.
//  5. Weights W: rows of permitted validators only, without self-weights
//     (except the owner's), without weights set no later than the target's
//     registration, without targets registered after the validator's pending
//     commit (commit-reveal), each row normalised to sum 1.
//  6. Consensus C_j: the A-weighted median of column j with majority κ
//     (Kappa/65535), computed by Subtensor's deterministic mid-pivot
//     quickselect over the validators with positive active stake.
//  7. Clipping: Wc_ij = min(W_ij, C_j). Validator trust VT_i = Σ_j Wc_ij.
//     Ranks R_j = Σ_i A_i·Wc_ij; incentive I = R normalised.
//  8. Weights for bonds: Wb = W + β(Wc − W) with β = BondsPenalty/65535.
//  9. Bonds, classic: stored bonds (masked for uids registered since the
//     last epoch) are column-normalised; ΔB = column-normalised Wb∘A; the
//     new bonds EB = α·ΔB + (1−α)·B with α = 1 − BondsMovingAverage/10^6,
//     column-normalised; dividends D_i ∝ Σ_j EB_ij·I_j; bonds are stored
//     column-max-upscaled.
//     Bonds, Yuma 3: stored bonds are absolute proportions; EB moves toward
//     Wb itself with rate α, or, with liquid alpha, with a per-pair rate
//     α_ij = clamp(lo + σ·(hi − lo), lo, hi), σ = 1/(1 + e^{(k/−100)(d − 1/2)}),
//     d = w − C_j when buying (w ≥ b) or b − w when selling; dividends
//     D_i ∝ A_i·Σ_j (EB_ij/Σ_k EB_kj)·I_j; bonds are stored as EB·65535.
//  10. Emission: server_i = I_i/Σ(I+D), validator_i = D_i/Σ(I+D) and
//     combined_i = (I_i + D_i)/Σ(I+D), each times the emission and floored;
//     when nobody earned (Σ = 0) validators are paid by active stake (or by
//     stake when no stake is active). Every u16 output is floor(x·65535).
//
// # Implementation
//
// Every matrix is kept in compressed rows, in storage order. The masks and
// the row normalisation run in one pass over the stored weights; clipping,
// validator trust and ranks in a second (which also yields the classic ΔB
// column sums, equal to the ranks when β = 1); the classic bond steps (two
// column normalisations, the EMA, the dividend product and the column-max
// upscale) in three more, with every normalisation applied on the fly using
// the same column sums and divisions the reference performs. The consensus
// writes the validators' rows into a dense table once and runs a
// branch-free version of the quickselect on blocks of columns. Liquid alpha
// is evaluated only where the reference's result uses it (the entries of
// Wb, with α for d = 0 computed once) instead of for all n² pairs. Divisions
// of proportions by a shared sum use a precomputed reciprocal
// (fixed.Divisor), and integer-valued rows (weights, classic bonds) are
// divided as integers, which gives the same quotients. Scratch buffers are
// reused between epochs. The cost is O(nnz + n·m) for nnz weights and m
// validators, against the reference's O(n²) accumulators and n² exp calls.
//
// The exported helpers (WeightedMedian, ColClipSparse, MatEMASparse,
// MatEMAAlphaSparse, IsTopKNonzero, VecU16MaxUpscaleToU16, ...) are plain
// ports of the math.rs functions with the same semantics; the tests check
// Epoch bit for bit against a composition of them on random inputs
// (unsorted rows, duplicates, zero weights, out-of-range uids, owners,
// commit-reveal masks), as well as against the conformance cases in
// testdata/. Benchmarks: go test -run '^$' -bench BenchmarkEpoch -benchmem
// -cpu 1 ./precompiles/yuma (a dense baseline runs beside the sparse Epoch).
//
// # Reference quirks reproduced
//
//   - Divisions truncate toward zero and multiplications floor; safe_div
//     returns 0 on a zero divisor or an overflowing quotient instead of
//     saturating, and normalisations are skipped when the sum is 0.
//   - Plain sums (row sums, normalisation sums, validator trust) wrap like
//     release-mode Rust; column sums and rank sums saturate.
//   - Stake is normalised in I64F64 and then truncated, so Σ S can be below 1
//     (three equal stakes give 0.3333333332 each).
//   - Rows keep storage order (set_weights does not sort) and explicit zero
//     weights; they are dropped only where the reference filters positives:
//     interpolation with 0 < β < 1, the EMA steps and the Yuma 3 dividend
//     product.
//   - Row normalisation truncates, so validator trust can be 65534.
//   - The weighted median is Subtensor's mid-pivot quickselect with its list
//     order, boundary comparisons (strict < on the lower side, ≤ on the upper)
//     and iteration guard; minority = Σstake − κ, not 1 − κ. Validators with
//     zero active stake are left out of the median entirely.
//   - Clipping keeps (j, C_j) only when C_j > 0: a positive weight on a
//     column with zero consensus is dropped, a zero weight is kept.
//   - is_topk_nonzero breaks ties by a stable ascending sort, so the lower
//     uid loses; with n < k every non-zero stake gets a permit; k = 0 gives
//     none (except the owner).
//   - The owner's self-weight survives the diagonal mask, its stake escapes
//     the threshold and it always holds a permit.
//   - The permits used in the epoch are the previous ones; the new ones only
//     decide which bond rows are stored, and every uid without a new permit
//     stores an empty bond row.
//   - Classic bonds are loaded as integers (u16_to_fixed, not /65535) and
//     column-normalised over all rows, and stored column-max-upscaled; the
//     EMA emits positive cells in ascending column order; LiquidAlpha is
//     ignored on the classic path.
//   - Bonds to uids registered at or after last_tempo (Block − Tempo, or
//     LastEpochBlock + 1) are forgotten; weights not newer than the target's
//     registration are masked; a pending commit older than the target's
//     registration masks that weight.
//   - Yuma 3 with liquid alpha: an old bond whose column is absent from the
//     validator's bonds-weight row is dropped instead of decaying (sparse
//     mat_ema_alpha_sparse), and the EMA is clamped to 1 with
//     max(0, α·w) increments. It uses the current epoch's consensus; it is
//     enabled only when some C_j ≠ 0.
//   - Liquid alpha reads w_ij and b_ij through a forward-only cursor that
//     assumes rows sorted by uid: in an unsorted row, an entry whose column
//     is not larger than every earlier column reads as 0 (the first of
//     duplicate columns wins), while the EMA itself uses every entry.
//   - exp is substrate-fixed's 30-term truncating Taylor series with
//     exp(1) = E held in I9F23 and 1/r for negative inputs; exp_safe clamps
//     to [−20, 20].
//   - Dividends in Yuma 3 use checked multiplication (overflow → 0).
//   - Emission is normalised by Σ(I + D); the stored combined emission is
//     normalised separately and is not the sum of the server and validator
//     parts. Rao amounts are floor(x·emission) in I96F32.
//   - A later duplicate of a column overwrites an earlier one where the
//     reference densifies a row (median, interpolation, the Yuma 3 decay),
//     and adds to it where the reference accumulates (EMA, ranks, sums).
//
// An OwnerUID outside [0, n) means the subnet has no owner uid.
//
// Deliberate differences, outside the reference's domain: weight and bond
// entries with uid ≥ n are dropped on load (the reference keeps bond entries
// beyond n, which can only exist after n shrinks); stakes saturate at
// 2^63 − 1 rao and a total of 2^63 rao or more, where the reference's I64F64
// sum would overflow, is scaled down by a power of two before normalising.
package yuma
