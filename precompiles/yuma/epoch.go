package yuma

import (
	"math"
	"math/bits"
	"slices"
	"sync"

	"github.com/taoevm/taoevm/precompiles/fixed"
)

// csr is a sparse matrix in compressed-row form; row i is
// col[ptr[i]:ptr[i+1]], val[ptr[i]:ptr[i+1]], entries in their original order.
type csr struct {
	ptr []int
	col []uint16
	val []fixed.I32F32
}

func (m *csr) reset(n int) {
	m.ptr = growInts(m.ptr, n+1)
	m.ptr[0] = 0
	m.col = m.col[:0]
	m.val = m.val[:0]
}

func (m *csr) push(c uint16, v fixed.I32F32) {
	m.col = append(m.col, c)
	m.val = append(m.val, v)
}

func (m *csr) row(i int) (lo, hi int) { return m.ptr[i], m.ptr[i+1] }

// copyFrom makes m a copy of a.
func (m *csr) copyFrom(a *csr) {
	m.ptr = append(m.ptr[:0], a.ptr...)
	m.col = append(m.col[:0], a.col...)
	m.val = append(m.val[:0], a.val...)
}

func growInts(s []int, n int) []int {
	if cap(s) < n {
		return make([]int, n)
	}
	return s[:n]
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// workspace holds every scratch buffer of one epoch so repeated epochs do
// not allocate; it never influences results (all buffers are reset).
type workspace struct {
	stake, active, useStake, consensus, ranks, incentive, dividends, trust []fixed.I32F32
	colSum, score, acc, acc2                                               []fixed.I32F32
	forbid, newPermit, inactive                                            []bool
	order                                                                  []int
	w, wc, wi, b, db, eb                                                   csr
	colCnt, tPtr                                                           []int
	tRow                                                                   []int32
	tVal                                                                   []fixed.I32F32
	cur, lower, upper                                                      []int32
	stamp, stamp2, bStamp, bLastStamp, wStamp                              []uint32
	bSeen, bLast, wSeen                                                    []fixed.I32F32
	touched                                                                []uint16
	gen                                                                    uint32
}

var wsPool = sync.Pool{New: func() any { return new(workspace) }}

// nextGen advances the stamp generation, clearing the stamp arrays on wrap.
func (ws *workspace) nextGen() uint32 {
	ws.gen++
	if ws.gen == 0 {
		clear(ws.stamp)
		clear(ws.stamp2)
		clear(ws.bStamp)
		clear(ws.bLastStamp)
		clear(ws.wStamp)
		ws.gen = 1
	}
	return ws.gen
}

// Epoch runs one Yuma consensus epoch over State with the given
// hyperparameters and distributes emission (rao). It reproduces Subtensor's
// sparse production path (epoch_mechanism) bit for bit. The only error is
// ErrLengthMismatch; weight or bond entries with uid ≥ n are dropped.
func Epoch(p Params, s State, emission uint64) (Result, error) {
	n := len(s.Stake)
	if len(s.RegisteredAt) != n || len(s.LastUpdate) != n || len(s.ValidatorPermit) != n ||
		len(s.Weights) != n || len(s.Bonds) != n || (s.CommitBlock != nil && len(s.CommitBlock) != n) {
		return Result{}, ErrLengthMismatch
	}
	ws := wsPool.Get().(*workspace)
	defer wsPool.Put(ws)
	return ws.epoch(&p, &s, emission), nil
}

func (ws *workspace) epoch(p *Params, s *State, emission uint64) Result {
	n := len(s.Stake)
	owner := p.OwnerUID
	if owner < 0 || owner >= n {
		owner = -1
	}

	// Activity.
	ws.inactive = grow(ws.inactive, n)
	for i, lu := range s.LastUpdate {
		ws.inactive[i] = satAddU64(lu, p.ActivityCutoff) < s.Block
	}

	// Stake: threshold filter (owner exempt), I64F64 normalisation, truncation to I32F32.
	ws.stake = grow(ws.stake, n)
	normalizeStake(s.Stake, p.StakeThreshold, owner, ws.stake)
	S := ws.stake

	// Permits: previous (used now) and new (top-k by stake).
	ws.forbid = grow(ws.forbid, n)
	for i, v := range s.ValidatorPermit {
		ws.forbid[i] = !v && i != owner
	}
	ws.newPermit = grow(ws.newPermit, n)
	ws.topKNonzero(S, int(p.MaxAllowedValidators))
	if owner >= 0 {
		ws.newPermit[owner] = true
	}

	// Active stake.
	ws.active = grow(ws.active, n)
	A := ws.active
	for i := range A {
		if !ws.inactive[i] && !ws.forbid[i] {
			A[i] = S[i]
		}
	}
	Normalize(A)

	// Weights: permit rows, diagonal (owner kept), outdated, commit-reveal mask, row normalise.
	ws.loadWeights(s, owner)

	// Consensus.
	kappa := fixed.U16Proportion(p.Kappa)
	ws.consensus = grow(ws.consensus, n)
	C := ws.consensus
	ws.medianCols(A, kappa, C)

	// Clip, validator trust, ranks, incentive.
	ws.trust = grow(ws.trust, n)
	ws.ranks = grow(ws.ranks, n)
	ws.clip(A, C)
	I := ws.ranks
	Normalize(I)

	// Weights for bonds.
	beta := fixed.U16Proportion(p.BondsPenalty)
	wb := &ws.wc
	switch beta {
	case 0:
		wb = &ws.w
	case fixed.One:
	default:
		ws.interpolate(n, beta)
		wb = &ws.wi
	}

	lastTempo := satSubU64(s.Block, p.Tempo)
	if s.LastEpochBlock != 0 {
		lastTempo = satAddU64(s.LastEpochBlock, 1)
	}
	ws.dividends = grow(ws.dividends, n)
	D := ws.dividends
	if p.Yuma3 {
		ws.loadBonds(s, lastTempo, true)
		anyC := false
		for _, c := range C {
			if c != 0 {
				anyC = true
				break
			}
		}
		if p.LiquidAlpha && anyC {
			ws.emaLiquid(wb, C, p)
		} else {
			ws.emaDense(wb, &ws.b, emaAlpha(p.BondsMovingAverage))
		}
		// Dividends: D_i ∝ A_i · Σ_j (EB_ij / Σ_k EB_kj) · I_j.
		ws.colSum = grow(ws.colSum, n)
		colSums(&ws.eb, ws.colSum)
		for i := 0; i < n; i++ {
			lo, hi := ws.eb.row(i)
			var tb fixed.I32F32
			for k := lo; k < hi; k++ {
				j := ws.eb.col[k]
				v := ws.eb.val[k]
				if cs := ws.colSum[j]; cs != 0 {
					v = v.SafeDiv(cs)
				}
				tb += v.MulPos(I[j])
			}
			if d, ok := tb.CheckedMul(A[i]); ok {
				D[i] = d
			}
		}
		Normalize(D)
	} else {
		ws.loadBonds(s, lastTempo, false)
		ws.colSum = grow(ws.colSum, n)
		colNormalize(&ws.b, ws.colSum)
		// ΔB = col-normalise(Wb ∘ A).
		db := &ws.db
		db.reset(n)
		for i := 0; i < n; i++ {
			lo, hi := wb.row(i)
			a := A[i]
			for k := lo; k < hi; k++ {
				db.push(wb.col[k], wb.val[k].MulPos(a))
			}
			db.ptr[i+1] = len(db.col)
		}
		colNormalize(db, ws.colSum)
		ws.emaDense(db, &ws.b, emaAlpha(p.BondsMovingAverage))
		colNormalize(&ws.eb, ws.colSum)
		for i := 0; i < n; i++ {
			lo, hi := ws.eb.row(i)
			var acc fixed.I32F32
			for k := lo; k < hi; k++ {
				acc = acc.SatAdd(I[ws.eb.col[k]].MulPos(ws.eb.val[k]))
			}
			D[i] = acc
		}
		Normalize(D)
		colMaxUpscale(&ws.eb, ws.colSum)
	}

	res := Result{
		Consensus:         make([]uint16, n),
		Incentive:         make([]uint16, n),
		Dividends:         make([]uint16, n),
		ValidatorTrust:    make([]uint16, n),
		ServerEmission:    make([]uint64, n),
		ValidatorEmission: make([]uint64, n),
		Emission:          make([]uint64, n),
		ValidatorPermit:   make([]bool, n),
		Bonds:             make([][]Entry, n),
	}
	copy(res.ValidatorPermit, ws.newPermit)
	ws.emissions(&res, I, D, S, A, emission)
	for i := 0; i < n; i++ {
		res.Consensus[i] = C[i].ToU16Proportion()
		res.Incentive[i] = I[i].ToU16Proportion()
		res.Dividends[i] = D[i].ToU16Proportion()
		res.ValidatorTrust[i] = ws.trust[i].ToU16Proportion()
	}
	// Bonds: the EMA row for uids holding a new permit, empty otherwise.
	total := 0
	for i := 0; i < n; i++ {
		if ws.newPermit[i] {
			lo, hi := ws.eb.row(i)
			total += hi - lo
		}
	}
	flat := make([]Entry, total)
	off := 0
	for i := 0; i < n; i++ {
		if !ws.newPermit[i] {
			res.Bonds[i] = []Entry{}
			continue
		}
		lo, hi := ws.eb.row(i)
		row := flat[off : off+hi-lo : off+hi-lo]
		for k := lo; k < hi; k++ {
			row[k-lo] = Entry{ws.eb.col[k], ws.eb.val[k].ToU16Proportion()}
		}
		res.Bonds[i] = row
		off += hi - lo
	}
	return res
}

func satAddU64(a, b uint64) uint64 {
	s, c := bits.Add64(a, b, 0)
	if c != 0 {
		return math.MaxUint64
	}
	return s
}

func satSubU64(a, b uint64) uint64 {
	if a < b {
		return 0
	}
	return a - b
}

// emaAlpha is 1 − I32F32(I64F64(bma) / 1e6).
func emaAlpha(bma uint64) fixed.I32F32 {
	ma := fixed.I64F64FromU64(bma).SafeDiv(fixed.I64F64FromU64(1_000_000)).ToI32F32()
	return fixed.One.SatSub(ma)
}

// normalizeStake filters stake below threshold (the owner is exempt),
// normalises in I64F64 and truncates to I32F32: out_i = floor(s_i·2^32/Σs).
// Stakes saturate at 2^63−1 as the reference's I64F64 does. A total of 2^63
// rao or more (beyond the reference's domain, where its I64F64 sum would
// overflow; total supply is far below) is scaled down by a power of two first.
func normalizeStake(stake []uint64, threshold uint64, owner int, out []fixed.I32F32) {
	var sumHi, sumLo uint64
	for i, v := range stake {
		if i != owner && v < threshold {
			continue
		}
		v = min(v, math.MaxInt64)
		var c uint64
		sumLo, c = bits.Add64(sumLo, v, 0)
		sumHi += c
	}
	shift := uint(0)
	for sumHi != 0 || sumLo > math.MaxInt64 {
		sumLo = sumLo>>1 | sumHi<<63
		sumHi >>= 1
		shift++
	}
	if sumLo == 0 {
		// Zero total: normalisation is skipped and every filtered stake is 0.
		clear(out)
		return
	}
	// Recompute the total of the shifted stakes so that Σ out ≤ 1.
	var total uint64
	for i, v := range stake {
		if i != owner && v < threshold {
			continue
		}
		total += min(v, math.MaxInt64) >> shift
	}
	for i, v := range stake {
		if (i != owner && v < threshold) || total == 0 {
			out[i] = 0
			continue
		}
		v = min(v, math.MaxInt64) >> shift
		q, _ := bits.Div64(v>>32, v<<32, total)
		out[i] = fixed.I32F32(q)
	}
}

// topKNonzero sets ws.newPermit = is_topk_nonzero(v, k).
func (ws *workspace) topKNonzero(v []fixed.I32F32, k int) {
	n := len(v)
	for i, x := range v {
		ws.newPermit[i] = x != 0
	}
	if n < k {
		return
	}
	ws.order = growInts(ws.order, n)
	for i := range ws.order {
		ws.order[i] = i
	}
	// Stable ascending sort: ties keep index order, so the lower uid loses.
	slices.SortStableFunc(ws.order, func(a, b int) int {
		switch {
		case v[a] < v[b]:
			return -1
		case v[a] > v[b]:
			return 1
		}
		return 0
	})
	for _, i := range ws.order[:n-k] {
		ws.newPermit[i] = false
	}
}

// loadWeights builds ws.w: rows of permitted validators, in storage order,
// without columns ≥ n, self-weights (except the owner's), weights not newer
// than the target's registration, and targets registered after a pending
// commit; then row-normalised.
func (ws *workspace) loadWeights(s *State, owner int) {
	n := len(s.Stake)
	w := &ws.w
	w.reset(n)
	for i := 0; i < n; i++ {
		if !ws.forbid[i] {
			lu := s.LastUpdate[i]
			cb := uint64(math.MaxUint64)
			if s.CommitBlock != nil {
				cb = s.CommitBlock[i]
			}
			start := len(w.col)
			var sum fixed.I32F32
			for _, e := range s.Weights[i] {
				j := int(e.UID)
				if j >= n || (j == i && i != owner) {
					continue
				}
				reg := s.RegisteredAt[j]
				if lu <= reg || cb < reg {
					continue
				}
				v := fixed.FromU16(e.Value)
				sum += v
				w.push(e.UID, v)
			}
			if sum > 0 {
				vals := w.val[start:]
				for k, v := range vals {
					vals[k] = v.SafeDiv(sum)
				}
			}
		}
		w.ptr[i+1] = len(w.col)
	}
}

// loadBonds builds ws.b from the stored bonds: columns ≥ n dropped, bonds to
// uids registered at or after lastTempo dropped; values as integers (classic)
// or u16 proportions (Yuma 3).
func (ws *workspace) loadBonds(s *State, lastTempo uint64, proportion bool) {
	n := len(s.Stake)
	b := &ws.b
	b.reset(n)
	for i := 0; i < n; i++ {
		for _, e := range s.Bonds[i] {
			j := int(e.UID)
			if j >= n || lastTempo <= s.RegisteredAt[j] {
				continue
			}
			if proportion {
				b.push(e.UID, fixed.U16Proportion(e.Value))
			} else {
				b.push(e.UID, fixed.FromU16(e.Value))
			}
		}
		b.ptr[i+1] = len(b.col)
	}
}

// medianCols computes the stake-weighted median of every column of ws.w
// (weighted_median_col_sparse) into out.
func (ws *workspace) medianCols(A []fixed.I32F32, kappa fixed.I32F32, out []fixed.I32F32) {
	n := len(A)
	// Positive-stake validators, renormalised.
	ws.useStake = ws.useStake[:0]
	for _, a := range A {
		if a > 0 {
			ws.useStake = append(ws.useStake, a)
		}
	}
	use := ws.useStake
	m := len(use)
	Normalize(use)
	sum := fixed.Sum(use)
	minority := sum.SatSub(kappa)
	if m == 0 {
		clear(out)
		return
	}
	// Transpose the rows of positive-stake validators into per-column lists
	// (row order preserved, so a later duplicate overwrites an earlier one).
	w := &ws.w
	ws.colCnt = grow(ws.colCnt, n+1)
	cnt := ws.colCnt
	for i := 0; i < n; i++ {
		if A[i] > 0 {
			lo, hi := w.row(i)
			for _, c := range w.col[lo:hi] {
				cnt[c+1]++
			}
		}
	}
	for j := 1; j <= n; j++ {
		cnt[j] += cnt[j-1]
	}
	total := cnt[n]
	ws.tRow = grow(ws.tRow, total)
	ws.tVal = grow(ws.tVal, total)
	ws.tPtr = append(ws.tPtr[:0], cnt...)
	k := int32(0)
	for i := 0; i < n; i++ {
		if A[i] > 0 {
			lo, hi := w.row(i)
			for e := lo; e < hi; e++ {
				c := w.col[e]
				pos := cnt[c]
				cnt[c]++
				ws.tRow[pos] = k
				ws.tVal[pos] = w.val[e]
			}
			k++
		}
	}
	ws.score = grow(ws.score, m)
	ws.cur = growI32(ws.cur, m)
	ws.lower = growI32(ws.lower, m)
	ws.upper = growI32(ws.upper, m)
	score := ws.score
	for j := 0; j < n; j++ {
		lo, hi := ws.tPtr[j], ws.tPtr[j+1]
		if lo == hi {
			out[j] = 0 // every score is 0, so the median is 0
			continue
		}
		for e := lo; e < hi; e++ {
			score[ws.tRow[e]] = ws.tVal[e]
		}
		out[j] = ws.weightedMedian(use, score, minority, sum)
		for e := lo; e < hi; e++ {
			score[ws.tRow[e]] = 0
		}
	}
}

func growI32(s []int32, n int) []int32 {
	if cap(s) < n {
		return make([]int32, n)
	}
	return s[:n]
}

// weightedMedian is WeightedMedian over the partition [0, len(stake)) with
// lo = 0, hi = sum, using the workspace's buffers. Partitions are stable
// subsequences of the initial ascending index list, as in the reference.
func (ws *workspace) weightedMedian(stake, score []fixed.I32F32, minority, hi fixed.I32F32) fixed.I32F32 {
	m := len(stake)
	cur := ws.cur[:m]
	for i := range cur {
		cur[i] = int32(i)
	}
	lower, upper := ws.lower, ws.upper
	var lo fixed.I32F32
	for iter := 0; ; {
		c := len(cur)
		if c == 0 {
			return 0
		}
		if c == 1 {
			return score[cur[0]]
		}
		pivot := score[cur[c/2]]
		var loStake, hiStake fixed.I32F32
		nl, nu := 0, 0
		for _, idx := range cur {
			sc := score[idx]
			if sc < pivot {
				loStake = loStake.SatAdd(stake[idx])
				lower[nl] = idx
				nl++
			} else if sc > pivot {
				hiStake = hiStake.SatAdd(stake[idx])
				upper[nu] = idx
				nu++
			}
		}
		switch {
		case minority < lo.SatAdd(loStake) && nl > 0:
			hi = lo.SatAdd(loStake)
			cur, lower = lower[:nl], cur[:cap(cur)]
		case hi.SatSub(hiStake) <= minority && nu > 0:
			lo = hi.SatSub(hiStake)
			cur, upper = upper[:nu], cur[:cap(cur)]
		default:
			return pivot
		}
		iter++
		if iter > m {
			return 0
		}
	}
}

// clip builds ws.wc = col_clip_sparse(ws.w, C), validator trust (row sums)
// and ranks R_j = Σ_i A_i·Wc_ij.
func (ws *workspace) clip(A, C []fixed.I32F32) {
	n := len(A)
	w, wc := &ws.w, &ws.wc
	wc.reset(n)
	R := ws.ranks
	for i := 0; i < n; i++ {
		lo, hi := w.row(i)
		a := A[i]
		var t fixed.I32F32
		for k := lo; k < hi; k++ {
			j := w.col[k]
			v := w.val[k]
			if th := C[j]; th < v {
				if th <= 0 {
					continue
				}
				v = th
			}
			wc.push(j, v)
			t += v
			R[j] = R[j].SatAdd(a.MulPos(v))
		}
		ws.trust[i] = t
		wc.ptr[i+1] = len(wc.col)
	}
}

// interpolate builds ws.wi = interpolate_sparse(W, Wc, n, beta) for 0 < beta < 1.
func (ws *workspace) interpolate(n int, beta fixed.I32F32) {
	w, wc, out := &ws.w, &ws.wc, &ws.wi
	out.reset(n)
	ws.acc = grow(ws.acc, n)
	ws.acc2 = grow(ws.acc2, n)
	ws.stamp = growU32(ws.stamp, n)
	for i := 0; i < n; i++ {
		lo, hi := w.row(i)
		if lo < hi {
			g := ws.nextGen()
			ws.touched = ws.touched[:0]
			for k := lo; k < hi; k++ {
				j := w.col[k]
				if ws.stamp[j] != g {
					ws.stamp[j] = g
					ws.acc2[j] = 0
					ws.touched = append(ws.touched, j)
				}
				ws.acc[j] = w.val[k]
			}
			clo, chi := wc.row(i)
			for k := clo; k < chi; k++ {
				ws.acc2[wc.col[k]] = wc.val[k] // Wc's columns are a subset of W's
			}
			ws.sortTouched(n, g)
			for _, j := range ws.touched {
				v1, v2 := ws.acc[j], ws.acc2[j]
				v := v1.SatAdd(beta.SatMul(v2.SatSub(v1)))
				if v > 0 {
					out.push(j, v)
				}
			}
		}
		out.ptr[i+1] = len(out.col)
	}
}

func growU32(s []uint32, n int) []uint32 {
	if cap(s) < n {
		ns := make([]uint32, n)
		return ns
	}
	return s[:n]
}

// sortTouched orders ws.touched ascending: a scan of the stamp array for
// dense rows, a sort for sparse ones.
func (ws *workspace) sortTouched(n int, g uint32) {
	t := ws.touched
	if len(t) > 1 && len(t)*16 >= n {
		t = t[:0]
		for j := 0; j < n; j++ {
			if ws.stamp[j] == g {
				t = append(t, uint16(j))
			}
		}
		ws.touched = t
		return
	}
	slices.Sort(t)
}

// colSums computes saturating column sums of m into sum.
func colSums(m *csr, sum []fixed.I32F32) {
	clear(sum)
	for k, j := range m.col {
		sum[j] = sum[j].SatAdd(m.val[k])
	}
}

// colNormalize is inplace_col_normalize_sparse on m (sum is scratch of width n).
func colNormalize(m *csr, sum []fixed.I32F32) {
	colSums(m, sum)
	for k, j := range m.col {
		if s := sum[j]; s != 0 {
			m.val[k] = m.val[k].SafeDiv(s)
		}
	}
}

// colMaxUpscale is inplace_col_max_upscale_sparse on m (mx is scratch of width n).
func colMaxUpscale(m *csr, mx []fixed.I32F32) {
	clear(mx)
	for k, j := range m.col {
		if mx[j] < m.val[k] {
			mx[j] = m.val[k]
		}
	}
	for k, j := range m.col {
		if x := mx[j]; x != 0 {
			m.val[k] = m.val[k].SafeDiv(x)
		}
	}
}

// emaDense builds ws.eb = mat_ema_sparse(newM, old, alpha): per row
// alpha·new + (1−alpha)·old accumulated with saturating adds, positive cells
// emitted in ascending column order.
func (ws *workspace) emaDense(newM, old *csr, alpha fixed.I32F32) {
	n := len(newM.ptr) - 1
	oneMinus := fixed.One.SatSub(alpha)
	eb := &ws.eb
	eb.reset(n)
	ws.acc = grow(ws.acc, n)
	ws.stamp = growU32(ws.stamp, n)
	acc := ws.acc
	for i := 0; i < n; i++ {
		lo, hi := newM.row(i)
		olo, ohi := old.row(i)
		if lo < hi || olo < ohi {
			g := ws.nextGen()
			ws.touched = ws.touched[:0]
			for k := lo; k < hi; k++ {
				j := newM.col[k]
				if ws.stamp[j] != g {
					ws.stamp[j] = g
					acc[j] = 0
					ws.touched = append(ws.touched, j)
				}
				acc[j] = acc[j].SatAdd(alpha.MulPos(newM.val[k]))
			}
			for k := olo; k < ohi; k++ {
				j := old.col[k]
				if ws.stamp[j] != g {
					ws.stamp[j] = g
					acc[j] = 0
					ws.touched = append(ws.touched, j)
				}
				acc[j] = acc[j].SatAdd(oneMinus.MulPos(old.val[k]))
			}
			ws.sortTouched(n, g)
			for _, j := range ws.touched {
				if v := acc[j]; v > 0 {
					eb.push(j, v)
				}
			}
		}
		eb.ptr[i+1] = len(eb.col)
	}
}

// emaLiquid builds ws.eb = mat_ema_alpha_sparse(Wb, B, α) with the
// liquid-alpha matrix α_ij = alpha_sigmoid(C_j, w_ij, b_ij) evaluated only
// where it is used (the entries of Wb). w_ij and b_ij are what the
// reference's forward cursor sees: the entry of column j that is larger
// than every earlier column of its row, else 0.
func (ws *workspace) emaLiquid(wb *csr, C []fixed.I32F32, p *Params) {
	n := len(C)
	lo16, hi16 := fixed.U16Proportion(p.AlphaLow), fixed.U16Proportion(p.AlphaHigh)
	slope := fixed.FromInt(int64(p.AlphaSigmoidSteepness)).SatDiv(fixed.FromInt(-100))
	alphaZero := alphaFromDiff(0, lo16, hi16, slope)
	alphaOne := alphaFromDiff(fixed.One, lo16, hi16, slope)
	b := &ws.b
	eb := &ws.eb
	eb.reset(n)
	ws.bStamp = growU32(ws.bStamp, n)
	ws.bLastStamp = growU32(ws.bLastStamp, n)
	ws.wStamp = growU32(ws.wStamp, n)
	ws.bSeen = growF(ws.bSeen, n)
	ws.bLast = growF(ws.bLast, n)
	ws.wSeen = growF(ws.wSeen, n)
	for i := 0; i < n; i++ {
		lo, hi := wb.row(i)
		if lo < hi {
			g := ws.nextGen()
			blo, bhi := b.row(i)
			pm := -1
			for k := blo; k < bhi; k++ {
				j := b.col[k]
				if int(j) > pm {
					pm = int(j)
					ws.bSeen[j] = b.val[k]
					ws.bStamp[j] = g
				}
				ws.bLast[j] = b.val[k]
				ws.bLastStamp[j] = g
			}
			pm = -1
			for k := lo; k < hi; k++ {
				if j := wb.col[k]; int(j) > pm {
					pm = int(j)
					ws.wSeen[j] = wb.val[k]
					ws.wStamp[j] = g
				}
			}
			for k := lo; k < hi; k++ {
				j := wb.col[k]
				var w, bv fixed.I32F32
				if ws.wStamp[j] == g {
					w = ws.wSeen[j]
				}
				if ws.bStamp[j] == g {
					bv = ws.bSeen[j]
				}
				var a fixed.I32F32
				switch d := combinedDiff(C[j], w, bv); d {
				case 0:
					a = alphaZero
				case fixed.One:
					a = alphaOne
				default:
					a = alphaFromDiff(d, lo16, hi16, slope)
				}
				var dec fixed.I32F32
				if ws.bLastStamp[j] == g {
					dec = fixed.One.SatSub(a).SatMul(ws.bLast[j])
				}
				v := dec.SatAdd(a.SatMul(wb.val[k]).Max(0)).Min(fixed.One)
				if v > 0 {
					eb.push(j, v)
				}
			}
		}
		eb.ptr[i+1] = len(eb.col)
	}
}

func growF(s []fixed.I32F32, n int) []fixed.I32F32 {
	if cap(s) < n {
		return make([]fixed.I32F32, n)
	}
	return s[:n]
}

// emissions fills the rao vectors of res from incentive I and dividends D.
func (ws *workspace) emissions(res *Result, I, D, S, A []fixed.I32F32, emission uint64) {
	n := len(I)
	var sum fixed.I32F32
	for i := 0; i < n; i++ {
		sum += I[i].SatAdd(D[i])
	}
	if sum == 0 {
		fallback := A
		if fixed.Sum(A) == 0 {
			fallback = S
		}
		for i := 0; i < n; i++ {
			res.ServerEmission[i] = fixed.MulU64Floor(I[i], emission)
			res.ValidatorEmission[i] = fixed.MulU64Floor(fallback[i], emission)
			res.Emission[i] = res.ValidatorEmission[i]
		}
		return
	}
	for i := 0; i < n; i++ {
		res.ServerEmission[i] = fixed.MulU64Floor(I[i].SafeDiv(sum), emission)
		res.ValidatorEmission[i] = fixed.MulU64Floor(D[i].SafeDiv(sum), emission)
		res.Emission[i] = fixed.MulU64Floor(I[i].SatAdd(D[i]).SafeDiv(sum), emission)
	}
}
