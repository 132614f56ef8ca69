package yuma

import (
	"math"

	"github.com/taoevm/taoevm/precompiles/fixed"
)

// referenceEpoch composes the exported math helpers step by step in the
// order of the reference's epoch_mechanism. It is slow and allocation-heavy
// on purpose: it is the differential oracle for Epoch's fused implementation.
func referenceEpoch(p Params, s State, emission uint64) Result {
	n := len(s.Stake)
	owner := p.OwnerUID
	if owner < 0 || owner >= n {
		owner = -1
	}
	inactive := make([]bool, n)
	for i, lu := range s.LastUpdate {
		inactive[i] = satAddU64(lu, p.ActivityCutoff) < s.Block
	}
	// Stake (I64F64 normalisation; the 2^63 scaling is outside the reference
	// domain, so the oracle reuses normalizeStake only when it is needed).
	stake := make([]fixed.I32F32, n)
	var total uint64
	overflow := false
	for i, v := range s.Stake {
		if i != owner && v < p.StakeThreshold {
			continue
		}
		v = min(v, math.MaxInt64)
		if total+v < total || total+v > math.MaxInt64 {
			overflow = true
		}
		total += v
	}
	if overflow {
		normalizeStake(s.Stake, p.StakeThreshold, owner, stake)
	} else {
		st := make([]fixed.I64F64, n)
		for i, v := range s.Stake {
			if i == owner || v >= p.StakeThreshold {
				st[i] = fixed.I64F64FromU64(v)
			}
		}
		Normalize64(st)
		for i := range st {
			stake[i] = st[i].ToI32F32()
		}
	}

	permits := append([]bool(nil), s.ValidatorPermit...)
	if owner >= 0 {
		permits[owner] = true
	}
	forbid := make([]bool, n)
	for i, v := range permits {
		forbid[i] = !v
	}
	newPermits := IsTopKNonzero(stake, int(p.MaxAllowedValidators))
	if owner >= 0 {
		newPermits[owner] = true
	}
	active := append([]fixed.I32F32(nil), stake...)
	for i := range active {
		if inactive[i] || forbid[i] {
			active[i] = 0
		}
	}
	Normalize(active)

	weights := make(Sparse, n)
	for i, row := range s.Weights {
		weights[i] = []Cell{}
		for _, e := range row {
			if int(e.UID) < n {
				weights[i] = append(weights[i], Cell{e.UID, fixed.FromU16(e.Value)})
			}
		}
	}
	weights = MaskRowsSparse(forbid, weights)
	if owner >= 0 {
		weights = MaskDiagSparseExceptIndex(weights, owner)
	} else {
		weights = MaskDiagSparse(weights)
	}
	weights = VecMaskSparseMatrix(weights, s.LastUpdate, s.RegisteredAt, func(u, r uint64) bool { return u <= r })
	if s.CommitBlock != nil {
		weights = VecMaskSparseMatrix(weights, s.CommitBlock, s.RegisteredAt, func(cb, r uint64) bool { return cb < r })
	}
	RowNormalizeSparse(weights)

	consensus := WeightedMedianColSparse(active, weights, n, fixed.U16Proportion(p.Kappa))
	clipped := ColClipSparse(weights, consensus)
	trust := RowSumSparse(clipped)
	ranks := MatmulSparse(clipped, active, n)
	Normalize(ranks)
	incentive := ranks

	wb := InterpolateSparse(weights, clipped, n, fixed.U16Proportion(p.BondsPenalty))
	lastTempo := satSubU64(s.Block, p.Tempo)
	if s.LastEpochBlock != 0 {
		lastTempo = satAddU64(s.LastEpochBlock, 1)
	}
	loadBonds := func(prop bool) Sparse {
		b := make(Sparse, n)
		for i, row := range s.Bonds {
			b[i] = []Cell{}
			for _, e := range row {
				if int(e.UID) >= n {
					continue
				}
				v := U16ToFixed(e.Value)
				if prop {
					v = v.SafeDiv(fixed.FromU16(65535))
				}
				b[i] = append(b[i], Cell{e.UID, v})
			}
		}
		return ScalarVecMaskSparseMatrix(b, lastTempo, s.RegisteredAt, func(l, r uint64) bool { return l <= r })
	}
	var dividends []fixed.I32F32
	var ema Sparse
	if p.Yuma3 {
		bonds := loadBonds(true)
		anyC := false
		for _, c := range consensus {
			anyC = anyC || c != 0
		}
		if p.LiquidAlpha && anyC {
			alphas := LiquidAlphaSparse(wb, bonds, consensus,
				fixed.U16Proportion(p.AlphaLow), fixed.U16Proportion(p.AlphaHigh), fixed.FromInt(int64(p.AlphaSigmoidSteepness)))
			ema = MatEMAAlphaSparse(wb, bonds, alphas)
		} else {
			ema = MatEMASparse(wb, bonds, emaAlpha(p.BondsMovingAverage))
		}
		norm := cloneSparse(ema)
		ColNormalizeSparse(norm, n)
		tb := RowSumSparse(MatVecMulSparse(norm, incentive))
		dividends = VecMul(tb, active)
		Normalize(dividends)
	} else {
		bonds := loadBonds(false)
		ColNormalizeSparse(bonds, n)
		delta := RowHadamardSparse(wb, active)
		ColNormalizeSparse(delta, n)
		ema = MatEMASparse(delta, bonds, emaAlpha(p.BondsMovingAverage))
		ColNormalizeSparse(ema, n)
		dividends = MatmulTransposeSparse(ema, incentive)
		Normalize(dividends)
		ColMaxUpscaleSparse(ema, n)
	}

	combined := make([]fixed.I32F32, n)
	for i := range combined {
		combined[i] = incentive[i].SatAdd(dividends[i])
	}
	sum := fixed.Sum(combined)
	nse := append([]fixed.I32F32(nil), incentive...)
	nve := append([]fixed.I32F32(nil), dividends...)
	nce := append([]fixed.I32F32(nil), combined...)
	NormalizeUsingSum(nse, sum)
	NormalizeUsingSum(nve, sum)
	Normalize(nce)
	if sum == 0 {
		src := active
		if fixed.Sum(active) == 0 {
			src = stake
		}
		nve = append([]fixed.I32F32(nil), src...)
		nce = append([]fixed.I32F32(nil), src...)
	}
	rao := func(x fixed.I32F32) uint64 {
		return fixed.I96F32FromI32F32(x).SatMul(fixed.I96F32FromU64(emission)).ToU64()
	}
	res := Result{
		Consensus: make([]uint16, n), Incentive: make([]uint16, n), Dividends: make([]uint16, n),
		ValidatorTrust: make([]uint16, n), ServerEmission: make([]uint64, n),
		ValidatorEmission: make([]uint64, n), Emission: make([]uint64, n),
		ValidatorPermit: newPermits, Bonds: make([][]Entry, n),
	}
	for i := 0; i < n; i++ {
		res.Consensus[i] = FixedProportionToU16(consensus[i])
		res.Incentive[i] = FixedProportionToU16(incentive[i])
		res.Dividends[i] = FixedProportionToU16(dividends[i])
		res.ValidatorTrust[i] = FixedProportionToU16(trust[i])
		res.ServerEmission[i] = rao(nse[i])
		res.ValidatorEmission[i] = rao(nve[i])
		res.Emission[i] = rao(nce[i])
		res.Bonds[i] = []Entry{}
		if newPermits[i] && i < len(ema) {
			for _, c := range ema[i] {
				res.Bonds[i] = append(res.Bonds[i], Entry{c.Col, FixedProportionToU16(c.Val)})
			}
		}
	}
	return res
}
