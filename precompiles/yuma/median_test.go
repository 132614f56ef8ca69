package yuma

import (
	"math/rand"
	"testing"

	"github.com/taoevm/taoevm/precompiles/fixed"
)

// checkMedianPaths compares the workspace's branch-free and list-based
// quickselects with the exported reference port on one column.
func checkMedianPaths(t *testing.T, stake, score []fixed.I32F32, majority fixed.I32F32) {
	t.Helper()
	use := append([]fixed.I32F32(nil), stake...)
	Normalize(use)
	sum := fixed.Sum(use)
	minority := sum.SatSub(majority)
	idx := make([]int, len(use))
	for i := range idx {
		idx[i] = i
	}
	want := WeightedMedian(use, score, idx, minority, 0, sum)
	ws := new(workspace)
	m := len(use)
	ws.cur, ws.lower, ws.upper = make([]int32, m), make([]int32, m), make([]int32, m)
	ws.pLower, ws.pUpper, ws.pSpare = make([]scorePair, m), make([]scorePair, m), make([]scorePair, m)
	if got := ws.weightedMedian(use, score, minority, sum); got != want {
		t.Fatalf("list median = %d want %d (stake %v score %v minority %d)", got, want, use, score, minority)
	}
	if got := ws.medianFast(use, score, minority, sum); got != want {
		t.Fatalf("branch-free median = %d want %d (stake %v score %v minority %d)", got, want, use, score, minority)
	}
}

// genColumn draws positive stakes and scores in [0, 1] with many ties and
// exact-boundary stakes.
func genColumn(src *byteSource) ([]fixed.I32F32, []fixed.I32F32, fixed.I32F32) {
	m := 1 + src.intn(40)
	stake := make([]fixed.I32F32, m)
	score := make([]fixed.I32F32, m)
	for i := range stake {
		switch src.u8() % 3 {
		case 0:
			stake[i] = fixed.One / 4
		case 1:
			stake[i] = fixed.I32F32(1 + src.intn(1000))
		default:
			stake[i] = fixed.I32F32(1+int64(src.u16())) << 16
		}
		switch src.u8() % 4 {
		case 0:
			score[i] = 0
		case 1:
			score[i] = fixed.One
		case 2:
			score[i] = fixed.I32F32(src.u8()%4) << 30
		default:
			score[i] = fixed.I32F32(src.u64() % (1<<32 + 1))
		}
	}
	majority := []fixed.I32F32{fixed.U16Proportion(32767), fixed.Half, fixed.One, 0, fixed.U16Proportion(src.u16())}[src.u8()%5]
	return stake, score, majority
}

func TestWeightedMedianPaths(t *testing.T) {
	r := rand.New(rand.NewSource(9))
	for i := 0; i < 20000; i++ {
		b := make([]byte, 512)
		r.Read(b)
		stake, score, maj := genColumn(&byteSource{b})
		checkMedianPaths(t, stake, score, maj)
	}
}

func FuzzWeightedMedian(f *testing.F) {
	f.Add([]byte{3, 0, 0, 1, 1, 2, 2, 3, 3})
	f.Add([]byte{40, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
	f.Fuzz(func(t *testing.T, data []byte) {
		stake, score, maj := genColumn(&byteSource{data})
		checkMedianPaths(t, stake, score, maj)
	})
}
