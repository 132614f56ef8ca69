package yuma

import (
	"math"
	"sort"

	"github.com/taoevm/taoevm/precompiles/fixed"
)

// The helpers in this file reproduce Subtensor's epoch/math.rs functions with
// the same semantics (argument order, rounding, which entries are kept or
// dropped, behaviour on ragged input). They favour clarity over speed; Epoch
// uses fused, allocation-free versions of the same rules.

// Cell is one entry of a sparse fixed-point matrix row: column and value.
type Cell struct {
	Col uint16
	Val fixed.I32F32
}

// Sparse is a sparse matrix: one row per uid, entries in the order given
// (storage order; not necessarily sorted, duplicates allowed).
type Sparse [][]Cell

func cloneSparse(m Sparse) Sparse {
	out := make(Sparse, len(m))
	for i, r := range m {
		out[i] = append([]Cell(nil), r...)
	}
	return out
}

// FixedProportionToU16 is fixed_proportion_to_u16: floor(x·65535) clamped into [0, 65535].
func FixedProportionToU16(x fixed.I32F32) uint16 { return x.ToU16Proportion() }

// U16ProportionToFixed is u16_proportion_to_fixed: trunc(u·2^32/65535).
func U16ProportionToFixed(u uint16) fixed.I32F32 { return fixed.U16Proportion(u) }

// U16ToFixed is u16_to_fixed: the integer u as I32F32 (not divided by 65535).
func U16ToFixed(u uint16) fixed.I32F32 { return fixed.FromU16(u) }

// Normalize divides x in place by its (wrapping) sum with SafeDiv; a zero sum
// leaves x unchanged (inplace_normalize).
func Normalize(x []fixed.I32F32) { NormalizeUsingSum(x, fixed.Sum(x)) }

// NormalizeUsingSum divides x in place by sum; sum == 0 leaves x unchanged
// (inplace_normalize_using_sum).
func NormalizeUsingSum(x []fixed.I32F32, sum fixed.I32F32) {
	if sum == 0 {
		return
	}
	for i, v := range x {
		x[i] = v.SafeDiv(sum)
	}
}

// Normalize64 is inplace_normalize_64 on I64F64 values.
func Normalize64(x []fixed.I64F64) {
	var s fixed.I64F64
	for _, v := range x {
		s = s.Add(v)
	}
	if s.IsZero() {
		return
	}
	for i, v := range x {
		x[i] = v.SafeDiv(s)
	}
}

// IsTopK is is_topk: true for the k largest values; ties are broken by a
// stable ascending sort, so among equal values the lower index loses.
// When len(v) < k every entry is true.
func IsTopK(v []fixed.I32F32, k int) []bool {
	out := make([]bool, len(v))
	for i := range out {
		out[i] = true
	}
	topK(v, k, out)
	return out
}

// IsTopKNonzero is is_topk_nonzero: like IsTopK but zero values are never
// selected (k = 0 selects nothing).
func IsTopKNonzero(v []fixed.I32F32, k int) []bool {
	out := make([]bool, len(v))
	for i, x := range v {
		out[i] = x != 0
	}
	topK(v, k, out)
	return out
}

func topK(v []fixed.I32F32, k int, out []bool) {
	n := len(v)
	if n < k {
		return
	}
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return v[idx[a]] < v[idx[b]] })
	for _, i := range idx[:n-k] {
		out[i] = false
	}
}

// VecMaxUpscaleToU16 is vec_max_upscale_to_u16: scales x so that its maximum
// becomes 65535, rounding ties away from zero. A zero maximum gives
// floor(x·65535); above 32768 the factor 65535/max is computed first.
func VecMaxUpscaleToU16(x []fixed.I32F32) []uint16 {
	out := make([]uint16, len(x))
	if len(x) == 0 {
		return out
	}
	u16max := fixed.FromU16(math.MaxUint16)
	m := x[0]
	for _, v := range x[1:] {
		m = m.Max(v)
	}
	switch {
	case m == 0:
		for i, v := range x {
			out[i] = v.SatMul(u16max).ToU16()
		}
	case m > fixed.FromInt(32768):
		f := u16max.SafeDiv(m)
		for i, v := range x {
			out[i] = v.SatMul(f).Round().ToU16()
		}
	default:
		for i, v := range x {
			out[i] = v.SatMul(u16max).SafeDiv(m).Round().ToU16()
		}
	}
	return out
}

// VecU16MaxUpscaleToU16 is vec_u16_max_upscale_to_u16, the transformation
// set_weights applies before storing a weight row.
func VecU16MaxUpscaleToU16(v []uint16) []uint16 {
	x := make([]fixed.I32F32, len(v))
	for i, u := range v {
		x[i] = fixed.FromU16(u)
	}
	return VecMaxUpscaleToU16(x)
}

// CheckVecMaxLimited is check_vec_max_limited: whether the normalised
// maximum of v is at most limit/65535.
func CheckVecMaxLimited(v []uint16, limit uint16) bool {
	x := make([]fixed.I32F32, len(v))
	for i, u := range v {
		x[i] = fixed.FromU16(u)
	}
	Normalize(x)
	if len(x) == 0 {
		return true
	}
	m := x[0]
	for _, e := range x[1:] {
		m = m.Max(e)
	}
	return m <= fixed.U16Proportion(limit)
}

// RowNormalizeSparse is inplace_row_normalize_sparse: rows whose (wrapping)
// sum is positive are divided by it.
func RowNormalizeSparse(m Sparse) {
	for _, row := range m {
		var s fixed.I32F32
		for _, c := range row {
			s += c.Val
		}
		if s > 0 {
			for k := range row {
				row[k].Val = row[k].Val.SafeDiv(s)
			}
		}
	}
}

// ColNormalizeSparse is inplace_col_normalize_sparse: saturating column sums
// over columns [0, columns); entries of columns with a non-zero sum are divided.
func ColNormalizeSparse(m Sparse, columns int) {
	sum := make([]fixed.I32F32, columns)
	for _, row := range m {
		for _, c := range row {
			if int(c.Col) < columns {
				sum[c.Col] = sum[c.Col].SatAdd(c.Val)
			}
		}
	}
	for _, row := range m {
		for k, c := range row {
			if int(c.Col) < columns && sum[c.Col] != 0 {
				row[k].Val = c.Val.SafeDiv(sum[c.Col])
			}
		}
	}
}

// ColMaxUpscaleSparse is inplace_col_max_upscale_sparse: entries are divided
// by their column's maximum (starting from 0) when it is non-zero.
func ColMaxUpscaleSparse(m Sparse, columns int) {
	mx := make([]fixed.I32F32, columns)
	for _, row := range m {
		for _, c := range row {
			if int(c.Col) < columns && mx[c.Col] < c.Val {
				mx[c.Col] = c.Val
			}
		}
	}
	for _, row := range m {
		for k, c := range row {
			if int(c.Col) < columns && mx[c.Col] != 0 {
				row[k].Val = c.Val.SafeDiv(mx[c.Col])
			}
		}
	}
}

// MaskRowsSparse is mask_rows_sparse: rows with mask[i] (or beyond the mask) become empty.
func MaskRowsSparse(mask []bool, m Sparse) Sparse {
	out := make(Sparse, len(m))
	for i, row := range m {
		if i < len(mask) && !mask[i] {
			out[i] = append([]Cell(nil), row...)
		} else {
			out[i] = []Cell{}
		}
	}
	return out
}

// MaskDiagSparse is mask_diag_sparse: drops every (i, i) entry.
func MaskDiagSparse(m Sparse) Sparse { return MaskDiagSparseExceptIndex(m, -1) }

// MaskDiagSparseExceptIndex is mask_diag_sparse_except_index: drops (i, i)
// entries except (k, k).
func MaskDiagSparseExceptIndex(m Sparse, k int) Sparse {
	out := make(Sparse, len(m))
	for i, row := range m {
		r := []Cell{}
		for _, c := range row {
			if int(c.Col) != i || i == k {
				r = append(r, c)
			}
		}
		out[i] = r
	}
	return out
}

// VecMaskSparseMatrix is vec_mask_sparse_matrix: drops (i, j) when f(a[i], b[j]);
// a missing a[i] or b[j] reads as 0.
func VecMaskSparseMatrix(m Sparse, a, b []uint64, f func(uint64, uint64) bool) Sparse {
	out := make(Sparse, len(m))
	for i, row := range m {
		var av uint64
		if i < len(a) {
			av = a[i]
		}
		r := []Cell{}
		for _, c := range row {
			var bv uint64
			if int(c.Col) < len(b) {
				bv = b[c.Col]
			}
			if !f(av, bv) {
				r = append(r, c)
			}
		}
		out[i] = r
	}
	return out
}

// ScalarVecMaskSparseMatrix is scalar_vec_mask_sparse_matrix: drops (i, j)
// when f(s, b[j]); a missing b[j] reads as 0.
func ScalarVecMaskSparseMatrix(m Sparse, s uint64, b []uint64, f func(uint64, uint64) bool) Sparse {
	out := make(Sparse, len(m))
	for i, row := range m {
		r := []Cell{}
		for _, c := range row {
			var bv uint64
			if int(c.Col) < len(b) {
				bv = b[c.Col]
			}
			if !f(s, bv) {
				r = append(r, c)
			}
		}
		out[i] = r
	}
	return out
}

// WeightedMedian is weighted_median: the deterministic mid-pivot quickselect
// over the index list partition (order matters), returning the stake-weighted
// median score for the minority boundary, with [lo, hi] the stake segment
// covered by partition.
func WeightedMedian(stake, score []fixed.I32F32, partition []int, minority, lo, hi fixed.I32F32) fixed.I32F32 {
	if len(stake) != len(score) {
		return 0
	}
	get := func(s []fixed.I32F32, i int) fixed.I32F32 {
		if i >= 0 && i < len(s) {
			return s[i]
		}
		return 0
	}
	cur := append([]int(nil), partition...)
	limit := len(partition)
	for iter := 0; ; {
		n := len(cur)
		if n == 0 {
			return 0
		}
		if n == 1 {
			return get(score, cur[0])
		}
		pivot := get(score, cur[n/2])
		var loStake, hiStake fixed.I32F32
		var lower, upper []int
		for _, idx := range cur {
			s := get(score, idx)
			if s == pivot {
				continue
			}
			if s < pivot {
				loStake = loStake.SatAdd(get(stake, idx))
				lower = append(lower, idx)
			} else {
				hiStake = hiStake.SatAdd(get(stake, idx))
				upper = append(upper, idx)
			}
		}
		switch {
		case minority < lo.SatAdd(loStake) && len(lower) > 0:
			cur = lower
			hi = lo.SatAdd(loStake)
		case hi.SatSub(hiStake) <= minority && len(upper) > 0:
			cur = upper
			lo = hi.SatSub(hiStake)
		default:
			return pivot
		}
		iter++
		if iter > limit {
			return 0
		}
	}
}

// WeightedMedianColSparse is weighted_median_col_sparse: per column, the
// median of the weights of validators with positive stake (stake renormalised
// over them), minority = Σstake − majority; absent entries score 0 and a
// duplicate entry in a row overwrites the earlier one.
func WeightedMedianColSparse(stake []fixed.I32F32, score Sparse, columns int, majority fixed.I32F32) []fixed.I32F32 {
	var use []fixed.I32F32
	for _, s := range stake {
		if s > 0 {
			use = append(use, s)
		}
	}
	Normalize(use)
	sum := fixed.Sum(use)
	minority := sum.SatSub(majority)
	idx := make([]int, len(use))
	for i := range idx {
		idx[i] = i
	}
	table := make([][]fixed.I32F32, columns)
	for c := range table {
		table[c] = make([]fixed.I32F32, len(use))
	}
	k := 0
	for i := 0; i < len(stake) && i < len(score); i++ {
		if stake[i] > 0 {
			for _, c := range score[i] {
				if int(c.Col) < columns {
					table[c.Col][k] = c.Val
				}
			}
			k++
		}
	}
	out := make([]fixed.I32F32, columns)
	for c := range out {
		out[c] = WeightedMedian(use, table[c], idx, minority, 0, sum)
	}
	return out
}

// ColClipSparse is col_clip_sparse: an entry above its column threshold is
// replaced by the threshold when that is positive and dropped otherwise;
// entries at or below it (zeros included) are kept.
func ColClipSparse(m Sparse, threshold []fixed.I32F32) Sparse {
	out := make(Sparse, len(m))
	for i, row := range m {
		r := []Cell{}
		for _, c := range row {
			var th fixed.I32F32
			if int(c.Col) < len(threshold) {
				th = threshold[c.Col]
			}
			if th < c.Val {
				if th > 0 {
					r = append(r, Cell{c.Col, th})
				}
			} else {
				r = append(r, c)
			}
		}
		out[i] = r
	}
	return out
}

// RowSumSparse is row_sum_sparse (wrapping sums).
func RowSumSparse(m Sparse) []fixed.I32F32 {
	out := make([]fixed.I32F32, len(m))
	for i, row := range m {
		for _, c := range row {
			out[i] += c.Val
		}
	}
	return out
}

// MatmulSparse is matmul_sparse: r_j = Σ_i v_i·m_ij (saturating, rows in order).
func MatmulSparse(m Sparse, v []fixed.I32F32, columns int) []fixed.I32F32 {
	out := make([]fixed.I32F32, columns)
	for i, row := range m {
		var s fixed.I32F32
		if i < len(v) {
			s = v[i]
		}
		for _, c := range row {
			if int(c.Col) < columns {
				out[c.Col] = out[c.Col].SatAdd(s.SatMul(c.Val))
			}
		}
	}
	return out
}

// MatmulTransposeSparse is matmul_transpose_sparse: d_i = Σ_j v_j·m_ij (saturating).
func MatmulTransposeSparse(m Sparse, v []fixed.I32F32) []fixed.I32F32 {
	out := make([]fixed.I32F32, len(m))
	for i, row := range m {
		var acc fixed.I32F32
		for _, c := range row {
			var x fixed.I32F32
			if int(c.Col) < len(v) {
				x = v[c.Col]
			}
			acc = acc.SatAdd(x.SatMul(c.Val))
		}
		out[i] = acc
	}
	return out
}

// RowHadamardSparse is row_hadamard_sparse: m_ij·v_i (rows beyond v are dropped).
func RowHadamardSparse(m Sparse, v []fixed.I32F32) Sparse {
	out := make(Sparse, 0, len(m))
	for i, row := range m {
		if i >= len(v) {
			break
		}
		r := make([]Cell, len(row))
		for k, c := range row {
			r[k] = Cell{c.Col, c.Val.SatMul(v[i])}
		}
		out = append(out, r)
	}
	return out
}

// MatVecMulSparse is mat_vec_mul_sparse: m_ij·v_j, dropping zero products
// and entries whose column is outside v.
func MatVecMulSparse(m Sparse, v []fixed.I32F32) Sparse {
	out := make(Sparse, len(m))
	for i, row := range m {
		r := []Cell{}
		for _, c := range row {
			if int(c.Col) < len(v) {
				if p := c.Val.SatMul(v[c.Col]); p != 0 {
					r = append(r, Cell{c.Col, p})
				}
			}
		}
		out[i] = r
	}
	return out
}

// VecMul is vec_mul: element-wise checked products, 0 on overflow, length min(len(a), len(b)).
func VecMul(a, b []fixed.I32F32) []fixed.I32F32 {
	n := min(len(a), len(b))
	out := make([]fixed.I32F32, n)
	for i := range out {
		if p, ok := a[i].CheckedMul(b[i]); ok {
			out[i] = p
		}
	}
	return out
}

// InterpolateSparse is interpolate_sparse: ratio 0 returns a copy of a, ratio
// 1 a copy of b; otherwise rows are densified (a later duplicate overwrites)
// and a + ratio·(b − a) is kept where positive, in ascending column order.
func InterpolateSparse(a, b Sparse, columns int, ratio fixed.I32F32) Sparse {
	if ratio == 0 {
		return cloneSparse(a)
	}
	if ratio == fixed.One {
		return cloneSparse(b)
	}
	if len(a) != len(b) {
		return cloneSparse(b)
	}
	out := make(Sparse, len(a))
	r1 := make([]fixed.I32F32, columns)
	r2 := make([]fixed.I32F32, columns)
	for i := range a {
		clear(r1)
		clear(r2)
		for _, c := range a[i] {
			if int(c.Col) < columns {
				r1[c.Col] = c.Val
			}
		}
		for _, c := range b[i] {
			if int(c.Col) < columns {
				r2[c.Col] = c.Val
			}
		}
		r := []Cell{}
		for j := 0; j < columns; j++ {
			v := r1[j].SatAdd(ratio.SatMul(r2[j].SatSub(r1[j])))
			if v > 0 {
				r = append(r, Cell{uint16(j), v})
			}
		}
		out[i] = r
	}
	return out
}

// MatEMASparse is mat_ema_sparse: per row a dense accumulator of width
// len(newM) (the matrix is assumed square) receives alpha·new then
// (1−alpha)·old (saturating adds); positive cells are emitted in ascending
// column order.
func MatEMASparse(newM, old Sparse, alpha fixed.I32F32) Sparse {
	n := len(newM)
	if n == 0 {
		return Sparse{}
	}
	oneMinus := fixed.One.SatSub(alpha)
	out := make(Sparse, n)
	acc := make([]fixed.I32F32, n)
	for i, row := range newM {
		clear(acc)
		for _, c := range row {
			if int(c.Col) < n {
				acc[c.Col] = acc[c.Col].SatAdd(alpha.SatMul(c.Val))
			}
		}
		if i < len(old) {
			for _, c := range old[i] {
				if int(c.Col) < n {
					acc[c.Col] = acc[c.Col].SatAdd(oneMinus.SatMul(c.Val))
				}
			}
		}
		r := []Cell{}
		for j, v := range acc {
			if v > 0 {
				r = append(r, Cell{uint16(j), v})
			}
		}
		out[i] = r
	}
	return out
}

// MatEMAAlphaSparse is mat_ema_alpha_sparse: per row, decayed_j = (1−α_ij)·old_ij
// (a later duplicate overwrites); then for each entry of the new row, in
// order, min(1, decayed_j + max(0, α_ij·new_ij)) is emitted when positive. An
// old bond whose column is absent from the new row is dropped. Mismatched
// row counts return a copy of newM.
func MatEMAAlphaSparse(newM, old Sparse, alpha [][]fixed.I32F32) Sparse {
	if len(newM) != len(old) || len(newM) != len(alpha) {
		return cloneSparse(newM)
	}
	out := make(Sparse, len(newM))
	for i, row := range newM {
		ar := alpha[i]
		dec := make([]fixed.I32F32, len(ar))
		for _, c := range old[i] {
			if int(c.Col) < len(ar) {
				dec[c.Col] = fixed.One.SatSub(ar[c.Col]).SatMul(c.Val)
			}
		}
		r := []Cell{}
		for _, c := range row {
			if int(c.Col) < len(ar) {
				inc := ar[c.Col].SatMul(c.Val).Max(0)
				v := dec[c.Col].SatAdd(inc).Min(fixed.One)
				if v > 0 {
					r = append(r, Cell{c.Col, v})
				}
			}
		}
		out[i] = r
	}
	return out
}

// AlphaSigmoid is alpha_sigmoid, the liquid-alpha rate of one (validator,
// miner) pair: d = clamp(w−c, 0, 1) when w ≥ b ("buying") else
// clamp(b−w, 0, 1) ("selling"); sigmoid = 1/(1 + exp_safe((k/−100)·(d − 0.5)));
// alpha = clamp(lo + sigmoid·(hi − lo), lo, hi).
func AlphaSigmoid(consensus, weight, bond, lo, hi, steepness fixed.I32F32) fixed.I32F32 {
	return alphaFromDiff(combinedDiff(consensus, weight, bond), lo, hi, steepness.SatDiv(fixed.FromInt(-100)))
}

func combinedDiff(c, w, b fixed.I32F32) fixed.I32F32 {
	if w >= b {
		return w.SatSub(c).Clamp(0, fixed.One)
	}
	return b.SatSub(w).Clamp(0, fixed.One)
}

// alphaFromDiff evaluates the sigmoid for a combined diff d, with slope = k/−100.
func alphaFromDiff(d, lo, hi, slope fixed.I32F32) fixed.I32F32 {
	e := fixed.ExpSafe(slope.SatMul(d.SatSub(fixed.Half)))
	sig := fixed.One.SatDiv(fixed.One.SatAdd(e))
	return lo.SatAdd(sig.SatMul(hi.SatSub(lo))).Clamp(lo, hi)
}

// LiquidAlphaSparse is compute_liquid_alpha_values_sparse: the dense n×n
// matrix of AlphaSigmoid(C_j, w_ij, b_ij) where w_ij and b_ij are read with
// a forward-only cursor over each row (correct only for rows sorted by
// column: an entry is seen only if its column exceeds every earlier column
// in its row, otherwise it reads as 0).
func LiquidAlphaSparse(w, b Sparse, consensus []fixed.I32F32, lo, hi, steepness fixed.I32F32) [][]fixed.I32F32 {
	if len(w) != len(b) {
		return nil
	}
	out := make([][]fixed.I32F32, len(w))
	for i := range w {
		row := make([]fixed.I32F32, len(consensus))
		wi, bi := 0, 0
		for j, c := range consensus {
			var wv, bv fixed.I32F32
			for wi < len(w[i]) && int(w[i][wi].Col) < j {
				wi++
			}
			if wi < len(w[i]) && int(w[i][wi].Col) == j {
				wv = w[i][wi].Val
			}
			for bi < len(b[i]) && int(b[i][bi].Col) < j {
				bi++
			}
			if bi < len(b[i]) && int(b[i][bi].Col) == j {
				bv = b[i][bi].Val
			}
			row[j] = AlphaSigmoid(c, wv, bv, lo, hi, steepness)
		}
		out[i] = row
	}
	return out
}
