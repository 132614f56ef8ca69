package yuma

import (
	"github.com/taoevm/taoevm/precompiles/fixed"
)

// denseEpoch is a straightforward dense implementation of the same epoch
// (n×n matrices, every cell visited, liquid alpha for every cell), written
// as the benchmark baseline. It follows the sparse rules wherever they are
// visible in dense form, so on inputs without sparse-only quirks it gives
// the same consensus, incentive, dividends, trust and emissions.
func denseEpoch(p Params, s State, emission uint64) Result {
	n := len(s.Stake)
	owner := p.OwnerUID
	if owner < 0 || owner >= n {
		owner = -1
	}
	mat := func() [][]fixed.I32F32 {
		m := make([][]fixed.I32F32, n)
		for i := range m {
			m[i] = make([]fixed.I32F32, n)
		}
		return m
	}
	stake := make([]fixed.I32F32, n)
	normalizeStake(s.Stake, p.StakeThreshold, owner, stake)
	permit := make([]bool, n)
	for i := range permit {
		permit[i] = s.ValidatorPermit[i] || i == owner
	}
	newPermit := IsTopKNonzero(stake, int(p.MaxAllowedValidators))
	if owner >= 0 {
		newPermit[owner] = true
	}
	active := make([]fixed.I32F32, n)
	for i := range active {
		if permit[i] && satAddU64(s.LastUpdate[i], p.ActivityCutoff) >= s.Block {
			active[i] = stake[i]
		}
	}
	Normalize(active)

	W := mat()
	for i := 0; i < n; i++ {
		if !permit[i] {
			continue
		}
		for _, e := range s.Weights[i] {
			j := int(e.UID)
			if j >= n || (j == i && i != owner) || s.LastUpdate[i] <= s.RegisteredAt[j] ||
				(s.CommitBlock != nil && s.CommitBlock[i] < s.RegisteredAt[j]) {
				continue
			}
			W[i][j] = fixed.FromU16(e.Value)
		}
		sum := fixed.Sum(W[i])
		if sum > 0 {
			for j := range W[i] {
				W[i][j] = W[i][j].SafeDiv(sum)
			}
		}
	}

	// Consensus: per column, gather the positive-stake validators' scores.
	C := make([]fixed.I32F32, n)
	var use []fixed.I32F32
	for _, a := range active {
		if a > 0 {
			use = append(use, a)
		}
	}
	Normalize(use)
	sum := fixed.Sum(use)
	minority := sum.SatSub(fixed.U16Proportion(p.Kappa))
	idx := make([]int, len(use))
	for i := range idx {
		idx[i] = i
	}
	for j := 0; j < n; j++ {
		score := make([]fixed.I32F32, 0, len(use))
		for i := 0; i < n; i++ {
			if active[i] > 0 {
				score = append(score, W[i][j])
			}
		}
		if len(use) > 0 {
			C[j] = WeightedMedian(use, score, idx, minority, 0, sum)
		}
	}

	Wc := mat()
	trust := make([]fixed.I32F32, n)
	ranks := make([]fixed.I32F32, n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			Wc[i][j] = W[i][j].Min(C[j])
			trust[i] += Wc[i][j]
			ranks[j] = ranks[j].SatAdd(active[i].SatMul(Wc[i][j]))
		}
	}
	Normalize(ranks)
	I := ranks

	beta := fixed.U16Proportion(p.BondsPenalty)
	Wb := mat()
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			Wb[i][j] = W[i][j].SatAdd(beta.SatMul(Wc[i][j].SatSub(W[i][j])))
		}
	}
	lastTempo := satSubU64(s.Block, p.Tempo)
	if s.LastEpochBlock != 0 {
		lastTempo = satAddU64(s.LastEpochBlock, 1)
	}
	B := mat()
	for i := 0; i < n; i++ {
		for _, e := range s.Bonds[i] {
			if j := int(e.UID); j < n && lastTempo > s.RegisteredAt[j] {
				if p.Yuma3 {
					B[i][j] = fixed.U16Proportion(e.Value)
				} else {
					B[i][j] = fixed.FromU16(e.Value)
				}
			}
		}
	}
	colNorm := func(m [][]fixed.I32F32) {
		for j := 0; j < n; j++ {
			var cs fixed.I32F32
			for i := 0; i < n; i++ {
				cs = cs.SatAdd(m[i][j])
			}
			if cs != 0 {
				for i := 0; i < n; i++ {
					m[i][j] = m[i][j].SafeDiv(cs)
				}
			}
		}
	}
	alpha := emaAlpha(p.BondsMovingAverage)
	EB := mat()
	D := make([]fixed.I32F32, n)
	if p.Yuma3 {
		anyC := false
		for _, c := range C {
			anyC = anyC || c != 0
		}
		if p.LiquidAlpha && anyC {
			lo, hi := fixed.U16Proportion(p.AlphaLow), fixed.U16Proportion(p.AlphaHigh)
			k := fixed.FromInt(int64(p.AlphaSigmoidSteepness))
			A := mat()
			for i := 0; i < n; i++ {
				for j := 0; j < n; j++ {
					A[i][j] = AlphaSigmoid(C[j], Wb[i][j], B[i][j], lo, hi, k)
				}
			}
			for i := 0; i < n; i++ {
				for j := 0; j < n; j++ {
					a := A[i][j]
					EB[i][j] = fixed.One.SatSub(a).SatMul(B[i][j]).SatAdd(a.SatMul(Wb[i][j]).Max(0)).Min(fixed.One)
				}
			}
		} else {
			for i := 0; i < n; i++ {
				for j := 0; j < n; j++ {
					EB[i][j] = alpha.SatMul(Wb[i][j]).SatAdd(fixed.One.SatSub(alpha).SatMul(B[i][j]))
				}
			}
		}
		norm := mat()
		for i := range EB {
			copy(norm[i], EB[i])
		}
		colNorm(norm)
		for i := 0; i < n; i++ {
			var tb fixed.I32F32
			for j := 0; j < n; j++ {
				tb += norm[i][j].SatMul(I[j])
			}
			if d, ok := tb.CheckedMul(active[i]); ok {
				D[i] = d
			}
		}
	} else {
		colNorm(B)
		dB := mat()
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				dB[i][j] = Wb[i][j].SatMul(active[i])
			}
		}
		colNorm(dB)
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				EB[i][j] = alpha.SatMul(dB[i][j]).SatAdd(fixed.One.SatSub(alpha).SatMul(B[i][j]))
			}
		}
		colNorm(EB)
		for i := 0; i < n; i++ {
			var acc fixed.I32F32
			for j := 0; j < n; j++ {
				acc = acc.SatAdd(I[j].SatMul(EB[i][j]))
			}
			D[i] = acc
		}
		for j := 0; j < n; j++ {
			var mx fixed.I32F32
			for i := 0; i < n; i++ {
				mx = mx.Max(EB[i][j])
			}
			if mx != 0 {
				for i := 0; i < n; i++ {
					EB[i][j] = EB[i][j].SafeDiv(mx)
				}
			}
		}
	}
	Normalize(D)

	res := Result{
		Consensus: make([]uint16, n), Incentive: make([]uint16, n), Dividends: make([]uint16, n),
		ValidatorTrust: make([]uint16, n), ServerEmission: make([]uint64, n),
		ValidatorEmission: make([]uint64, n), Emission: make([]uint64, n),
		ValidatorPermit: newPermit, Bonds: make([][]Entry, n),
	}
	var esum fixed.I32F32
	for i := 0; i < n; i++ {
		esum += I[i].SatAdd(D[i])
	}
	for i := 0; i < n; i++ {
		res.Consensus[i] = C[i].ToU16Proportion()
		res.Incentive[i] = I[i].ToU16Proportion()
		res.Dividends[i] = D[i].ToU16Proportion()
		res.ValidatorTrust[i] = trust[i].ToU16Proportion()
		if esum == 0 {
			src := active
			if fixed.Sum(active) == 0 {
				src = stake
			}
			res.ValidatorEmission[i] = fixed.MulU64Floor(src[i], emission)
			res.Emission[i] = res.ValidatorEmission[i]
		} else {
			res.ServerEmission[i] = fixed.MulU64Floor(I[i].SafeDiv(esum), emission)
			res.ValidatorEmission[i] = fixed.MulU64Floor(D[i].SafeDiv(esum), emission)
			res.Emission[i] = fixed.MulU64Floor(I[i].SatAdd(D[i]).SafeDiv(esum), emission)
		}
		res.Bonds[i] = []Entry{}
		if newPermit[i] {
			for j, v := range EB[i] {
				if v > 0 {
					res.Bonds[i] = append(res.Bonds[i], Entry{uint16(j), v.ToU16Proportion()})
				}
			}
		}
	}
	return res
}
