package yuma

import (
	"math"
	"math/bits"
	"slices"

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

// alloc resets m for n rows and sizes col/val to hold nnz entries; callers
// write entries by index and call trim with the count written.
func (m *csr) alloc(n, nnz int) {
	m.reset(n)
	if cap(m.col) < nnz {
		m.col = make([]uint16, nnz)
	}
	if cap(m.val) < nnz {
		m.val = make([]fixed.I32F32, nnz)
	}
	m.col = m.col[:nnz]
	m.val = m.val[:nnz]
}

func (m *csr) trim(nnz int) {
	m.col = m.col[:nnz]
	m.val = m.val[:nnz]
}

func (m *csr) row(i int) (lo, hi int) { return m.ptr[i], m.ptr[i+1] }

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
	forbid, newPermit, inactive, keep, bRaw                                []bool
	order                                                                  []int
	w, wc, wi, b, eb                                                       csr
	colCnt, tPtr                                                           []int
	tRow                                                                   []int32
	tVal                                                                   []fixed.I32F32
	cur, lower, upper                                                      []int32
	stamp, bStamp, bLastStamp, wStamp                                      []uint32
	bSeen, bLast, wSeen                                                    []fixed.I32F32
	touched                                                                []uint16
	table                                                                  []fixed.I32F32
	divs                                                                   []fixed.Divisor
	colSum2                                                                []fixed.I32F32
	colInt                                                                 []uint64
	dSum                                                                   []fixed.I32F32
	pLower, pUpper, pSpare                                                 []scorePair
	gen                                                                    uint32
	// wBits is the OR of every value in ws.w; values below 2^40 let the
	// median use plain adds and a branch-free partition.
	wBits fixed.I32F32
}

// wsCache keeps up to two workspaces between epochs. Unlike a sync.Pool it
// is not emptied by the garbage collector, so the large scratch buffers of a
// 4096-uid subnet are allocated once, not after every collection.
var wsCache = make(chan *workspace, 2)

func getWorkspace() *workspace {
	select {
	case ws := <-wsCache:
		return ws
	default:
		return new(workspace)
	}
}

func putWorkspace(ws *workspace) {
	select {
	case wsCache <- ws:
	default:
	}
}

// nextGen advances the stamp generation, clearing the stamp arrays on wrap.
func (ws *workspace) nextGen() uint32 {
	ws.gen++
	if ws.gen == 0 {
		clear(ws.stamp)
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
// ErrLengthMismatch; weight or bond entries with uid ≥ n are dropped. Epoch
// does not modify its input and is safe for concurrent use.
func Epoch(p Params, s State, emission uint64) (Result, error) {
	n := len(s.Stake)
	if len(s.RegisteredAt) != n || len(s.LastUpdate) != n || len(s.ValidatorPermit) != n ||
		len(s.Weights) != n || len(s.Bonds) != n || (s.CommitBlock != nil && len(s.CommitBlock) != n) {
		return Result{}, ErrLengthMismatch
	}
	ws := getWorkspace()
	defer putWorkspace(ws)
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
	beta := fixed.U16Proportion(p.BondsPenalty)
	// The classic ΔB column sums Σ_i Wb_ij·A_i are the ranks when Wb = Wc and
	// the pre-clip ranks when Wb = W: collect them in the same pass.
	ws.dSum = grow(ws.dSum, n)
	ws.clip(A, C, !p.Yuma3 && beta == 0)
	if !p.Yuma3 && beta == fixed.One {
		copy(ws.dSum, ws.ranks)
	}
	I := ws.ranks
	Normalize(I)

	// Weights for bonds.
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
		ws.loadBonds(s, lastTempo)
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
		divs := ws.colDivisors(n)
		for i := 0; i < n; i++ {
			lo, hi := ws.eb.row(i)
			var tb fixed.I32F32
			for k := lo; k < hi; k++ {
				j := ws.eb.col[k]
				v := ws.eb.val[k]
				if ws.colSum[j] != 0 {
					if q, ok := divs[j].Quo(v); ok {
						v = q
					} else {
						v = divs[j].SafeDiv(v)
					}
				}
				x, ok := fixed.MulFast(v, I[j])
				if !ok {
					x = v.SatMul(I[j])
				}
				tb += x
			}
			if d, ok := tb.CheckedMul(A[i]); ok {
				D[i] = d
			}
		}
		Normalize(D)
	} else {
		ws.classicBonds(s, lastTempo, wb, A, I, D, emaAlpha(p.BondsMovingAverage), beta != 0 && beta != fixed.One)
		Normalize(D)
	}

	// The output vectors share two backing arrays; each slice is capped so
	// that appending to one cannot overwrite another.
	u16s := make([]uint16, 4*n)
	u64s := make([]uint64, 3*n)
	res := Result{
		Consensus:         u16s[0:n:n],
		Incentive:         u16s[n : 2*n : 2*n],
		Dividends:         u16s[2*n : 3*n : 3*n],
		ValidatorTrust:    u16s[3*n : 4*n : 4*n],
		ServerEmission:    u64s[0:n:n],
		ValidatorEmission: u64s[n : 2*n : 2*n],
		Emission:          u64s[2*n : 3*n : 3*n],
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
		if p.Yuma3 {
			for k := lo; k < hi; k++ {
				row[k-lo] = Entry{ws.eb.col[k], toU16(ws.eb.val[k])}
			}
		} else {
			// Classic bonds are stored column-max-upscaled (the divisors
			// by the column maxima are in ws.divs[:n], 1 for a zero max).
			upscaleRow(row, ws.eb.col[lo:hi], ws.eb.val[lo:hi], ws.divs[:n])
		}
		res.Bonds[i] = row
		off += hi - lo
	}
	return res
}

// upscaleRow writes one classic bond row, each value divided by its
// column's maximum (up) and converted to u16, into dst.
func upscaleRow(dst []Entry, cols []uint16, vals []fixed.I32F32, up []fixed.Divisor) {
	vals = vals[:len(cols)]
	dst = dst[:len(cols)]
	for k, j := range cols {
		v := vals[k]
		d := up[j]
		if q, ok := d.Quo(v); ok {
			v = q
		} else {
			v = d.SafeDiv(v)
		}
		dst[k] = Entry{j, toU16(v)}
	}
}

// toU16 is fixed_proportion_to_u16 with an inlinable path for values in [0, 2^40).
func toU16(x fixed.I32F32) uint16 {
	if uint64(x) < 1<<40 {
		return uint16(min((uint64(x)*65535)>>32, 65535))
	}
	return x.ToU16Proportion()
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
	total := 0
	for i, row := range s.Weights {
		if !ws.forbid[i] {
			total += len(row)
		}
	}
	w.alloc(n, total)
	cols, vals := w.col, w.val
	p := 0
	var bitsOr fixed.I32F32
	for i := 0; i < n; i++ {
		if !ws.forbid[i] {
			lu := s.LastUpdate[i]
			cb := uint64(math.MaxUint64)
			if s.CommitBlock != nil {
				cb = s.CommitBlock[i]
			}
			// Keep a weight to j when reg_j < lu and reg_j ≤ cb, i.e. reg_j < lim.
			lim := lu
			if cb < math.MaxUint64 {
				lim = min(lu, cb+1)
			}
			self := i
			if i == owner {
				self = -1
			}
			start := p
			c, sum := filterRow(s.Weights[i], s.RegisteredAt, self, lim, cols[p:], vals[p:])
			p += c
			if sum > 0 && sum < 1<<63-1<<32 && p-start < 1<<15 {
				// sum = S·2^32 for the integer S = Σu without wrapping, and
				// (u·2^32)/(S·2^32) = u/S exactly: divide the raw integers.
				bitsOr |= divideInts(vals[start:p], fixed.NewDivisor(sum>>32))
			} else if sum > 0 {
				for k := start; k < p; k++ {
					vals[k] = vals[k].SafeDiv(sum)
					bitsOr |= vals[k]
				}
			} else {
				for k := start; k < p; k++ {
					bitsOr |= vals[k]
				}
			}
		}
		w.ptr[i+1] = p
	}
	w.trim(p)
	ws.wBits = bitsOr
}

// divideInts replaces each integer-valued u·2^32 in vals by u/S for the
// divisor q of the integer S, and returns the OR of the results.
func divideInts(vals []fixed.I32F32, q fixed.Divisor) fixed.I32F32 {
	var or fixed.I32F32
	for k, x := range vals {
		v, ok := q.Quo(x >> 32)
		if !ok {
			v = q.SafeDiv(x >> 32)
		}
		vals[k] = v
		or |= v
	}
	return or
}

// filterRow copies the weights of one stored row that survive the masks
// (column < len(reg), not self, reg_j < lim) to cols/vals as I32F32 integers
// and returns their count and wrapping sum.
func filterRow(row []Entry, reg []uint64, self int, lim uint64, cols []uint16, vals []fixed.I32F32) (int, fixed.I32F32) {
	cols = cols[:len(row)]
	vals = vals[:len(row)]
	n := len(reg)
	p := 0
	var sum fixed.I32F32
	for _, e := range row {
		j := int(e.UID)
		if j >= n || j == self || reg[j] >= lim {
			continue
		}
		v := fixed.FromU16(e.Value)
		sum += v
		cols[p] = e.UID
		vals[p] = v
		p++
	}
	return p, sum
}

// loadBonds builds ws.b from the stored bonds for Yuma 3: columns ≥ n
// dropped, bonds to uids registered at or after lastTempo dropped, values as
// u16 proportions. (The classic path reads the stored bonds in place.)
func (ws *workspace) loadBonds(s *State, lastTempo uint64) {
	n := len(s.Stake)
	b := &ws.b
	total := 0
	for _, row := range s.Bonds {
		total += len(row)
	}
	b.alloc(n, total)
	p := 0
	for i := 0; i < n; i++ {
		for _, e := range s.Bonds[i] {
			j := int(e.UID)
			if j >= n || lastTempo <= s.RegisteredAt[j] {
				continue
			}
			b.col[p] = e.UID
			b.val[p] = fixed.U16Proportion(e.Value)
			p++
		}
		b.ptr[i+1] = p
	}
	b.trim(p)
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
	if ws.wBits>>40 == 0 && m*n <= medianTableLimit {
		ws.medianColsTable(A, use, minority, sum, out)
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

// medianTableLimit is the largest dense score table (cells) medianCols
// builds; larger inputs use per-column lists. A variable so tests can force
// either path.
var medianTableLimit = 1 << 22

// medianBlock is the number of columns gathered at once from the score table.
const medianBlock = 8

// medianColsTable is medianCols for bounded scores and a table of at most
// 2^22 cells: the positive-stake rows are written densely (row-major, a later
// duplicate overwrites), then columns are gathered in blocks and solved with
// the branch-free quickselect.
func (ws *workspace) medianColsTable(A, use []fixed.I32F32, minority, sum fixed.I32F32, out []fixed.I32F32) {
	n, m := len(A), len(use)
	w := &ws.w
	ws.table = growF(ws.table, m*n)
	ws.colCnt = grow(ws.colCnt, n)
	cnt := ws.colCnt
	k := 0
	for i := 0; i < n; i++ {
		if A[i] > 0 {
			row := ws.table[k*n : (k+1)*n]
			clear(row)
			lo, hi := w.row(i)
			for e := lo; e < hi; e++ {
				c := w.col[e]
				row[c] = w.val[e]
				cnt[c]++
			}
			k++
		}
	}
	ws.score = growF(ws.score, medianBlock*m)
	ws.pLower = growPairs(ws.pLower, m)
	ws.pUpper = growPairs(ws.pUpper, m)
	ws.pSpare = growPairs(ws.pSpare, m)
	table, score := ws.table, ws.score
	for c0 := 0; c0 < n; c0 += medianBlock {
		cb := min(medianBlock, n-c0)
		if cb == medianBlock {
			gatherBlock(score, table[c0:], n, m)
		} else {
			for k := 0; k < m; k++ {
				for b, v := range table[k*n+c0 : k*n+c0+cb] {
					score[b*m+k] = v
				}
			}
		}
		for b := 0; b < cb; b++ {
			if cnt[c0+b] == 0 {
				out[c0+b] = 0
				continue
			}
			out[c0+b] = ws.medianFast(use, score[b*m:(b+1)*m], minority, sum)
		}
	}
}

// gatherBlock transposes medianBlock columns of the row-major m×n table
// (starting at table[0]) into score: score[b*m+k] = table[k*n+b].
// It is written out for medianBlock = 8, which the declaration below checks
// at compile time.
func gatherBlock(score, table []fixed.I32F32, n, m int) {
	score = score[:medianBlock*m]
	for k := 0; k < m; k++ {
		src := table[k*n : k*n+medianBlock]
		score[k] = src[0]
		score[m+k] = src[1]
		score[2*m+k] = src[2]
		score[3*m+k] = src[3]
		score[4*m+k] = src[4]
		score[5*m+k] = src[5]
		score[6*m+k] = src[6]
		score[7*m+k] = src[7]
	}
}

// gatherBlock is unrolled for eight columns: this fails to compile otherwise.
var _ = [1]struct{}{}[medianBlock-8]

// scorePair is one validator's score and stake inside the quickselect.
type scorePair struct{ score, stake int64 }

// medianFast is weightedMedian for scores in [0, 2^40] and stakes summing to
// at most 1, where every saturating add or subtraction of the reference is
// exact. It moves (score, stake) pairs instead of indices: a stable
// partition keeps them in the reference's list order, so the pivot
// cur[len/2] is the same element; the partition itself is branch-free.
func (ws *workspace) medianFast(stake, score []fixed.I32F32, minority32, hi32 fixed.I32F32) fixed.I32F32 {
	m := len(stake)
	if m == 1 {
		return score[0]
	}
	score = score[:m]
	lower, upper, spare := ws.pLower[:m], ws.pUpper[:m], ws.pSpare[:m]
	minority, hi := int64(minority32), int64(hi32)
	var lo int64
	// First pass over the full partition [0, m). The upper side is only
	// split when the lower side does not already decide (the reference's
	// first test), which gives the same result with fewer passes.
	pivot := int64(score[m/2])
	var cur []scorePair
	if nl, loStake := firstBelow(score, stake[:m], lower, pivot); minority < lo+loStake && nl > 0 {
		hi = lo + loStake
		cur, lower = lower[:nl], spare
	} else if nu, hiStake := firstAbove(score, stake[:m], upper, pivot); hi-hiStake <= minority && nu > 0 {
		lo = hi - hiStake
		cur, upper = upper[:nu], spare
	} else {
		return fixed.I32F32(pivot)
	}
	for iter := 1; ; {
		c := len(cur)
		if c == 1 {
			return fixed.I32F32(cur[0].score)
		}
		pivot = cur[c/2].score
		if nl, loStake := splitBelow(cur, lower, pivot); minority < lo+loStake && nl > 0 {
			hi = lo + loStake
			cur, lower = lower[:nl], cur[:cap(cur)]
		} else if nu, hiStake := splitAbove(cur, upper, pivot); hi-hiStake <= minority && nu > 0 {
			lo = hi - hiStake
			cur, upper = upper[:nu], cur[:cap(cur)]
		} else {
			return fixed.I32F32(pivot)
		}
		iter++
		if iter > m {
			return 0
		}
	}
}

// firstBelow splits the validators (score, stake) with score < pivot into
// lower, keeping their order, and sums their stake; a branch-free pass in a
// small function, so that the loop variables stay in registers.
//
//go:noinline
func firstBelow(score, stake []fixed.I32F32, lower []scorePair, pivot int64) (nl int, loStake int64) {
	stake = stake[:len(score)]
	lower = lower[:len(score)]
	for k, sc := range score {
		p := scorePair{int64(sc), int64(stake[k])}
		m := (p.score - pivot) >> 63 // −1 when score < pivot
		loStake += p.stake & m
		lower[nl] = p
		nl -= int(m)
	}
	return nl, loStake
}

// firstAbove is firstBelow for score > pivot.
//
//go:noinline
func firstAbove(score, stake []fixed.I32F32, upper []scorePair, pivot int64) (nu int, hiStake int64) {
	stake = stake[:len(score)]
	upper = upper[:len(score)]
	for k, sc := range score {
		p := scorePair{int64(sc), int64(stake[k])}
		m := (pivot - p.score) >> 63 // −1 when score > pivot
		hiStake += p.stake & m
		upper[nu] = p
		nu -= int(m)
	}
	return nu, hiStake
}

// splitBelow is firstBelow for a partition already held as pairs.
//
//go:noinline
func splitBelow(cur, out []scorePair, pivot int64) (n int, stake int64) {
	out = out[:len(cur)]
	for _, p := range cur {
		m := (p.score - pivot) >> 63
		stake += p.stake & m
		out[n] = p
		n -= int(m)
	}
	return n, stake
}

// splitAbove is splitBelow for score > pivot.
//
//go:noinline
func splitAbove(cur, out []scorePair, pivot int64) (n int, stake int64) {
	out = out[:len(cur)]
	for _, p := range cur {
		m := (pivot - p.score) >> 63
		stake += p.stake & m
		out[n] = p
		n -= int(m)
	}
	return n, stake
}

func growPairs(s []scorePair, n int) []scorePair {
	if cap(s) < n {
		return make([]scorePair, n)
	}
	return s[:n]
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
func (ws *workspace) clip(A, C []fixed.I32F32, prerank bool) {
	n := len(A)
	w, wc := &ws.w, &ws.wc
	wc.alloc(n, len(w.col))
	R := ws.ranks
	p := 0
	for i := 0; i < n; i++ {
		lo, hi := w.row(i)
		var t fixed.I32F32
		if lo < hi {
			a := A[i]
			if prerank && a != 0 {
				addProducts(ws.dSum, w.col[lo:hi], w.val[lo:hi], a)
			}
			var c int
			c, t = clipRow(w.col[lo:hi], w.val[lo:hi], C, wc.col[p:], wc.val[p:], R, a)
			p += c
		}
		ws.trust[i] = t
		wc.ptr[i+1] = p
	}
	wc.trim(p)
}

// clipRow clips one weight row at the consensus C (dropping positive
// weights on columns with C_j ≤ 0), writes the kept entries to oc/ov, adds
// a·Wc_ij to R[j] when a ≠ 0, and returns the count kept and the row sum.
func clipRow(cols []uint16, vals []fixed.I32F32, C []fixed.I32F32, oc []uint16, ov []fixed.I32F32, R []fixed.I32F32, a fixed.I32F32) (int, fixed.I32F32) {
	vals = vals[:len(cols)]
	oc = oc[:len(cols)]
	ov = ov[:len(cols)]
	p := 0
	var t fixed.I32F32
	for k, j := range cols {
		v := vals[k]
		if th := C[j]; th < v {
			if th <= 0 {
				continue
			}
			v = th
		}
		oc[p] = j
		ov[p] = v
		p++
		t += v
	}
	if a != 0 {
		for k := range p {
			j, v := oc[k], ov[k]
			r, ok := fixed.MulFast(a, v)
			if !ok {
				r = a.SatMul(v)
			}
			R[j] = R[j].SatAdd(r)
		}
	}
	return p, t
}

// interpolate builds ws.wi = interpolate_sparse(W, Wc, n, beta) for 0 < beta < 1.
// Only positive results are kept, so cells absent from both rows (which
// interpolate to 0) never need visiting.
func (ws *workspace) interpolate(n int, beta fixed.I32F32) {
	w, wc, out := &ws.w, &ws.wc, &ws.wi
	out.alloc(n, len(w.col))
	ws.acc = growF(ws.acc, n)
	ws.acc2 = growF(ws.acc2, n)
	ws.stamp = growU32(ws.stamp, n)
	acc, acc2 := ws.acc, ws.acc2
	p := 0
	for i := 0; i < n; i++ {
		lo, hi := w.row(i)
		if lo < hi {
			dense := (hi-lo)*16 >= n
			var g uint32
			if dense {
				clear(acc)
				clear(acc2)
			} else {
				g = ws.nextGen()
				ws.touched = ws.touched[:0]
			}
			for k := lo; k < hi; k++ {
				j := w.col[k]
				if !dense && ws.stamp[j] != g {
					ws.stamp[j] = g
					acc2[j] = 0
					ws.touched = append(ws.touched, j)
				}
				acc[j] = w.val[k]
			}
			clo, chi := wc.row(i)
			for k := clo; k < chi; k++ {
				acc2[wc.col[k]] = wc.val[k] // Wc's columns are a subset of W's
			}
			emit := func(j uint16) {
				v1, v2 := acc[j], acc2[j]
				if v := v1.SatAdd(beta.SatMul(v2.SatSub(v1))); v > 0 {
					out.col[p] = j
					out.val[p] = v
					p++
				}
			}
			if dense {
				for j := 0; j < n; j++ {
					if acc[j] != 0 || acc2[j] != 0 {
						emit(uint16(j))
					}
				}
			} else {
				slices.Sort(ws.touched)
				for _, j := range ws.touched {
					emit(j)
				}
			}
		}
		out.ptr[i+1] = p
	}
	out.trim(p)
}

func growU32(s []uint32, n int) []uint32 {
	if cap(s) < n {
		ns := make([]uint32, n)
		return ns
	}
	return s[:n]
}

// one divides by 1 exactly: the divisor for a zero sum, whose column the
// reference leaves unchanged (x / 1 = x for every x).
var one = fixed.NewDivisor(fixed.One)

func divisorOrOne(s fixed.I32F32) fixed.Divisor {
	if s == 0 {
		return one
	}
	return fixed.NewDivisor(s)
}

// colSums computes saturating column sums of m into sum.
func colSums(m *csr, sum []fixed.I32F32) {
	clear(sum)
	for k, j := range m.col {
		sum[j] = sum[j].SatAdd(m.val[k])
	}
}

// colDivisors prepares a divisor per column from ws.colSum (zero sums give
// a zero Divisor; callers leave those columns unchanged).
func (ws *workspace) colDivisors(n int) []fixed.Divisor {
	if cap(ws.divs) < n {
		ws.divs = make([]fixed.Divisor, n)
	}
	ws.divs = ws.divs[:n]
	for j, v := range ws.colSum[:n] {
		ws.divs[j] = fixed.NewDivisor(v)
	}
	return ws.divs
}

// classicBonds runs the classic bond steps fused into three passes over the
// stored bonds and Wb: B (stored bonds, masked, loaded as integers) is
// column-normalised, ΔB = column-normalised Wb∘A, EB = α·ΔB + (1−α)·B
// (mat_ema_sparse), EB is column-normalised, D_i = Σ_j I_j·EB_ij, and EB is
// column-max-upscaled on the rows that will be stored. Every value is the
// one the reference computes step by step: the normalisations happen on the
// fly with the same column sums and the same divisions. The stored bonds are
// read in place (no copy into ws.b).
func (ws *workspace) classicBonds(s *State, lastTempo uint64, wb *csr, A, I, D []fixed.I32F32, alpha fixed.I32F32, needDSum bool) {
	n := len(A)
	// keep[j]: bonds to column j survive (j not registered at or after lastTempo).
	ws.keep = growBool(ws.keep, n)
	keep := ws.keep
	for j := range keep {
		keep[j] = lastTempo > s.RegisteredAt[j]
	}
	// Integer column sums of B. B's entries are u16_to_fixed(u) = u·2^32 ≥ 0,
	// so the reference's saturating column sum is min(Σu·2^32, MAX): exactly
	// Σu·2^32 when Σu < 2^31, MAX otherwise.
	ws.colInt = grow(ws.colInt, n)
	bInt := ws.colInt
	total := 0
	for _, row := range s.Bonds {
		total += len(row)
		for _, e := range row {
			if j := int(e.UID); j < n && keep[j] {
				bInt[j] += uint64(e.Value)
			}
		}
	}
	// Column sums of ΔB = Wb∘A were taken by clip unless Wb is interpolated.
	dSum := ws.dSum
	if needDSum {
		clear(dSum)
		for i := 0; i < n; i++ {
			lo, hi := wb.row(i)
			if lo < hi {
				addProducts(dSum, wb.col[lo:hi], wb.val[lo:hi], A[i])
			}
		}
	}
	if cap(ws.divs) < 2*n {
		ws.divs = make([]fixed.Divisor, 2*n)
	}
	bDiv, dDiv := ws.divs[:n], ws.divs[n:2*n]
	ws.bRaw = growBool(ws.bRaw, n)
	bRaw := ws.bRaw
	// A zero column sum leaves its column unchanged: division by 1.
	for j := 0; j < n; j++ {
		switch {
		case bInt[j] == 0:
			bDiv[j] = one
		case bInt[j] < 1<<31:
			bDiv[j] = fixed.NewDivisor(fixed.I32F32(bInt[j])) // (u·2^32)/(S·2^32) = u/S
		default:
			bDiv[j] = fixed.NewDivisor(fixed.MaxI32F32) // saturated sum: divide the raw value
			bRaw[j] = true
		}
		dDiv[j] = divisorOrOne(dSum[j])
	}

	// EMA with on-the-fly normalisation; positive cells in ascending order.
	oneMinus := fixed.One.SatSub(alpha)
	eb := &ws.eb
	eb.alloc(n, len(wb.col)+total)
	ws.acc = growF(ws.acc, n)
	ws.stamp = growU32(ws.stamp, n)
	acc := ws.acc
	ws.colSum2 = grow(ws.colSum2, n)
	eSum := ws.colSum2
	p := 0
	for i := 0; i < n; i++ {
		lo, hi := wb.row(i)
		brow := s.Bonds[i]
		cnt := hi - lo + len(brow)
		if cnt == 0 {
			eb.ptr[i+1] = p
			continue
		}
		a := A[i]
		if cnt*16 >= n {
			clear(acc)
			addDelta(acc, wb.col[lo:hi], wb.val[lo:hi], dDiv, a, alpha)
			addOld(acc, brow, keep, bDiv, bRaw, oneMinus)
			// Emit positive cells; the column sums of EB accumulate in row
			// order, as the reference's separate pass adds them.
			p += emitDense(eb.col[p:], eb.val[p:], acc, eSum)
			eb.ptr[i+1] = p
			continue
		}
		g := ws.nextGen()
		ws.touched = ws.touched[:0]
		for k := lo; k < hi; k++ {
			j := wb.col[k]
			if ws.stamp[j] != g {
				ws.stamp[j] = g
				acc[j] = 0
				ws.touched = append(ws.touched, j)
			}
		}
		for _, e := range brow {
			j := e.UID
			if int(j) < n && keep[j] && ws.stamp[j] != g {
				ws.stamp[j] = g
				acc[j] = 0
				ws.touched = append(ws.touched, j)
			}
		}
		addDelta(acc, wb.col[lo:hi], wb.val[lo:hi], dDiv, a, alpha)
		addOld(acc, brow, keep, bDiv, bRaw, oneMinus)
		slices.Sort(ws.touched)
		for _, j := range ws.touched {
			if v := acc[j]; v > 0 {
				eb.col[p] = j
				eb.val[p] = v
				eSum[j] = eSum[j].SatAdd(v)
				p++
			}
		}
		eb.ptr[i+1] = p
	}
	eb.trim(p)
	for j := 0; j < n; j++ {
		dDiv[j] = divisorOrOne(eSum[j])
	}
	// Normalise EB, dividends, column maxima.
	mx := ws.colSum2
	clear(mx)
	for i := 0; i < n; i++ {
		lo, hi := eb.row(i)
		if lo < hi {
			D[i] = normRow(eb.col[lo:hi], eb.val[lo:hi], dDiv, I, mx)
		}
	}
	// The column-max upscaling of the stored rows happens on output.
	for j := 0; j < n; j++ {
		bDiv[j] = divisorOrOne(mx[j])
	}
}

// addProducts adds Wb_ij·a to sum[j] for one row (the ΔB column sums).
func addProducts(sum []fixed.I32F32, cols []uint16, vals []fixed.I32F32, a fixed.I32F32) {
	vals = vals[:len(cols)]
	for k, j := range cols {
		d, ok := fixed.MulFast(vals[k], a)
		if !ok {
			d = vals[k].SatMul(a)
		}
		sum[j] = sum[j].SatAdd(d)
	}
}

// addDelta adds α·(Wb_ij·a / ΣΔB_j) to acc[j] for one row.
func addDelta(acc []fixed.I32F32, cols []uint16, vals []fixed.I32F32, div []fixed.Divisor, a, alpha fixed.I32F32) {
	vals = vals[:len(cols)]
	for k, j := range cols {
		v := vals[k]
		d, ok := fixed.MulFast(v, a)
		if !ok {
			d = v.SatMul(a)
		}
		dv := div[j]
		if q, ok := dv.Quo(d); ok {
			d = q
		} else {
			d = dv.SafeDiv(d)
		}
		e, ok := fixed.MulFast(alpha, d)
		if !ok {
			e = alpha.SatMul(d)
		}
		acc[j] = acc[j].SatAdd(e)
	}
}

// addOld adds (1−α)·(B_ij / ΣB_j) to acc[j] for one stored bond row,
// skipping columns ≥ len(keep) and masked columns.
func addOld(acc []fixed.I32F32, row []Entry, keep []bool, div []fixed.Divisor, raw []bool, oneMinus fixed.I32F32) {
	n := len(keep)
	div = div[:n]
	raw = raw[:n]
	acc = acc[:n]
	for _, e := range row {
		j := int(e.UID)
		if j >= n || !keep[j] {
			continue
		}
		u := fixed.I32F32(e.Value)
		var bv fixed.I32F32
		if q, ok := div[j].Quo(u); ok && !raw[j] {
			bv = q
		} else {
			bv = oldSlow(div[j], u, raw[j])
		}
		x, ok := fixed.MulFast(oneMinus, bv)
		if !ok {
			x = oneMinus.SatMul(bv)
		}
		acc[j] = acc[j].SatAdd(x)
	}
}

// oldSlow is the rare path of addOld: u/S by SafeDiv, or, for a column
// whose sum saturated, u·2^32 divided by the saturated sum.
func oldSlow(d fixed.Divisor, u fixed.I32F32, raw bool) fixed.I32F32 {
	if raw {
		return d.SafeDiv(u << 32)
	}
	return d.SafeDiv(u)
}

// emitDense writes the positive cells of acc in ascending column order to
// cols/vals, adds them to sum, and returns how many it wrote.
func emitDense(cols []uint16, vals []fixed.I32F32, acc, sum []fixed.I32F32) int {
	sum = sum[:len(acc)]
	p := 0
	for j, v := range acc {
		if v > 0 {
			cols[p] = uint16(j)
			vals[p] = v
			sum[j] = sum[j].SatAdd(v)
			p++
		}
	}
	return p
}

// normRow column-normalises one EB row in place, updates the column maxima
// and returns the row's dividend Σ_j I_j·EB_ij.
func normRow(cols []uint16, vals []fixed.I32F32, div []fixed.Divisor, I, mx []fixed.I32F32) fixed.I32F32 {
	vals = vals[:len(cols)]
	var d fixed.I32F32
	for k, j := range cols {
		v := vals[k]
		dv := div[j]
		if q, ok := dv.Quo(v); ok {
			v = q
		} else {
			v = dv.SafeDiv(v)
		}
		vals[k] = v
		x, ok := fixed.MulFast(I[j], v)
		if !ok {
			x = I[j].SatMul(v)
		}
		d = d.SatAdd(x)
		if mx[j] < v {
			mx[j] = v
		}
	}
	return d
}

func growBool(s []bool, n int) []bool {
	if cap(s) < n {
		return make([]bool, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// emaDense builds ws.eb = mat_ema_sparse(newM, old, alpha): per row
// alpha·new + (1−alpha)·old accumulated with saturating adds, positive cells
// emitted in ascending column order (cells absent from both rows stay 0 and
// are never emitted, so sparse rows only visit their own columns).
func (ws *workspace) emaDense(newM, old *csr, alpha fixed.I32F32) {
	n := len(newM.ptr) - 1
	oneMinus := fixed.One.SatSub(alpha)
	eb := &ws.eb
	eb.alloc(n, len(newM.col)+len(old.col))
	ws.acc = growF(ws.acc, n)
	ws.stamp = growU32(ws.stamp, n)
	acc := ws.acc
	p := 0
	for i := 0; i < n; i++ {
		lo, hi := newM.row(i)
		olo, ohi := old.row(i)
		if cnt := hi - lo + ohi - olo; cnt > 0 {
			if cnt*16 >= n {
				clear(acc)
				for k := lo; k < hi; k++ {
					j := newM.col[k]
					acc[j] = acc[j].SatAdd(alpha.MulPos(newM.val[k]))
				}
				for k := olo; k < ohi; k++ {
					j := old.col[k]
					acc[j] = acc[j].SatAdd(oneMinus.MulPos(old.val[k]))
				}
				for j, v := range acc {
					if v > 0 {
						eb.col[p] = uint16(j)
						eb.val[p] = v
						p++
					}
				}
			} else {
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
				slices.Sort(ws.touched)
				for _, j := range ws.touched {
					if v := acc[j]; v > 0 {
						eb.col[p] = j
						eb.val[p] = v
						p++
					}
				}
			}
		}
		eb.ptr[i+1] = p
	}
	eb.trim(p)
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
	eb.alloc(n, len(wb.col))
	out := 0
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
				// combinedDiff, written out: buying (w ≥ b) measures w − c,
				// selling b − w, each clamped into [0, 1].
				var d fixed.I32F32
				if w >= bv {
					d = w.SatSub(C[j])
				} else {
					d = bv.SatSub(w)
				}
				d = d.Min(fixed.One).Max(0)
				var a fixed.I32F32
				switch d {
				case 0:
					a = alphaZero
				case fixed.One:
					a = alphaOne
				default:
					a = alphaFromDiff(d, lo16, hi16, slope)
				}
				var dec fixed.I32F32
				if ws.bLastStamp[j] == g {
					om := fixed.One.SatSub(a)
					var ok bool
					if dec, ok = fixed.MulFast(om, ws.bLast[j]); !ok {
						dec = om.SatMul(ws.bLast[j])
					}
				}
				inc, ok := fixed.MulFast(a, wb.val[k])
				if !ok {
					inc = a.SatMul(wb.val[k])
				}
				v := dec.SatAdd(inc.Max(0)).Min(fixed.One)
				if v > 0 {
					eb.col[out] = j
					eb.val[out] = v
					out++
				}
			}
		}
		eb.ptr[i+1] = out
	}
	eb.trim(out)
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
