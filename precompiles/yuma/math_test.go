package yuma

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"reflect"
	"strconv"
	"testing"

	"github.com/taoevm/taoevm/precompiles/fixed"
)

// f32 converts a decimal literal the way the upstream tests build inputs:
// parse as f32, then I32F32::from_num (round to nearest, ties to even).
func f32(t testing.TB, v any) fixed.I32F32 {
	t.Helper()
	var s string
	switch x := v.(type) {
	case json.Number:
		s = x.String()
	case string:
		s = x
	case float64:
		s = strconv.FormatFloat(x, 'g', -1, 64)
	default:
		t.Fatalf("not a number: %T %v", v, v)
	}
	f, err := strconv.ParseFloat(s, 32)
	if err != nil {
		t.Fatal(err)
	}
	return fromFloat(float64(float32(f)))
}

// fromFloat is I32F32::from_num(f64): exact scaling by 2^32, ties to even.
func fromFloat(f float64) fixed.I32F32 {
	x := math.RoundToEven(f * (1 << 32))
	if x >= math.MaxInt64 {
		return fixed.MaxI32F32
	}
	if x <= math.MinInt64 {
		return fixed.MinI32F32
	}
	return fixed.I32F32(int64(x))
}

func toFloat(x fixed.I32F32) float64 { return float64(x) / (1 << 32) }

func f32s(t testing.TB, v any) []fixed.I32F32 {
	t.Helper()
	arr := v.([]any)
	out := make([]fixed.I32F32, len(arr))
	for i, e := range arr {
		out[i] = f32(t, e)
	}
	return out
}

func f32Mat(t testing.TB, v any) [][]fixed.I32F32 {
	t.Helper()
	arr := v.([]any)
	out := make([][]fixed.I32F32, len(arr))
	for i, e := range arr {
		out[i] = f32s(t, e)
	}
	return out
}

// denseToSparse keeps every cell, zeros included (as the upstream tests' vec_to_sparse_mat_fixed does not).
func denseToSparse(m [][]fixed.I32F32, keepZeros bool) Sparse {
	out := make(Sparse, len(m))
	for i, row := range m {
		out[i] = []Cell{}
		for j, v := range row {
			if v != 0 || keepZeros {
				out[i] = append(out[i], Cell{uint16(j), v})
			}
		}
	}
	return out
}

func sparseToDense(m Sparse, cols int) [][]fixed.I32F32 {
	out := make([][]fixed.I32F32, len(m))
	for i, row := range m {
		out[i] = make([]fixed.I32F32, cols)
		for _, c := range row {
			out[i][c.Col] = c.Val
		}
	}
	return out
}

func pairsSparse(t testing.TB, v any) Sparse {
	t.Helper()
	rows := v.([]any)
	out := make(Sparse, len(rows))
	for i, r := range rows {
		out[i] = []Cell{}
		for _, e := range r.([]any) {
			pair := e.([]any)
			col, _ := strconv.Atoi(pair[0].(json.Number).String())
			out[i] = append(out[i], Cell{uint16(col), f32(t, pair[1])})
		}
	}
	return out
}

func intOf(t testing.TB, v any) int64 {
	t.Helper()
	i, err := v.(json.Number).Int64()
	if err != nil {
		t.Fatal(err)
	}
	return i
}

func loadMathVectors(t *testing.T) map[string]any {
	raw, err := os.ReadFile("testdata/math_vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var m map[string]any
	if err := dec.Decode(&m); err != nil {
		t.Fatal(err)
	}
	return m
}

func near(a fixed.I32F32, b float64, tol float64) bool { return math.Abs(toFloat(a)-b) <= tol }

func TestMathVectors(t *testing.T) {
	mv := loadMathVectors(t)
	seen := 0

	for _, c := range mv["weighted_median_col"].([]any) {
		c := c.(map[string]any)
		stake := f32s(t, c["stake"])
		w := f32Mat(t, c["weights"])
		maj := f32(t, c["majority"])
		var want []fixed.I32F32
		for _, b := range c["expect_bits"].([]any) {
			want = append(want, fixed.I32F32(intOf(t, b)))
		}
		for _, keep := range []bool{true, false} {
			got := WeightedMedianColSparse(stake, denseToSparse(w, keep), len(w[0]), maj)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("weighted_median_col(keepZeros=%v) = %v want %v", keep, got, want)
			}
		}
		seen++
	}

	for _, c := range mv["weighted_median_single"].([]any) {
		c := c.(map[string]any)
		stake := f32s(t, c["stake"])
		score := f32s(t, c["score"])
		minority := fixed.One.SatSub(f32(t, c["majority"]))
		if minority.Bits() != 2104534016 {
			t.Fatalf("minority bits %d", minority.Bits())
		}
		idx := make([]int, len(stake))
		for i := range idx {
			idx[i] = i
		}
		got := WeightedMedian(stake, score, idx, minority, 0, fixed.One)
		if want := f32(t, c["expect"]); got != want {
			t.Errorf("weighted_median(%v,%v) = %v want %v", c["stake"], c["score"], toFloat(got), toFloat(want))
		}
		seen++
	}

	{
		c := mv["col_clip_sparse"].(map[string]any)
		var th []fixed.I32F32
		for _, v := range c["threshold"].([]any) {
			th = append(th, fixed.FromInt(intOf(t, v)))
		}
		m := f32Mat(t, c["matrix_rows"])
		got := sparseToDense(ColClipSparse(denseToSparse(m, true), th), 3)
		if want := f32Mat(t, c["expect"]); !reflect.DeepEqual(got, want) {
			t.Errorf("col_clip_sparse = %v want %v", got, want)
		}
		// The entry (0, 4) with threshold 0 is dropped, not kept as 0.
		if r := ColClipSparse(Sparse{{{0, fixed.FromInt(4)}}}, th); len(r[0]) != 0 {
			t.Errorf("clip to 0 kept %v", r)
		}
		seen++
	}

	{
		c := mv["mat_ema_alpha_sparse_drop"].(map[string]any)
		old, nw := pairsSparse(t, c["old"]), pairsSparse(t, c["new"])
		a := f32(t, c["alpha"])
		cols := int(intOf(t, c["cols"]))
		alpha := make([][]fixed.I32F32, len(old))
		for i := range alpha {
			alpha[i] = make([]fixed.I32F32, cols)
			for j := range alpha[i] {
				alpha[i][j] = a
			}
		}
		got := MatEMAAlphaSparse(nw, old, alpha)
		want := pairsSparse(t, c["expect"])
		checkSparseNear(t, "mat_ema_alpha_sparse_drop", got, want, 1e-6)
		seen++
	}
	{
		c := mv["mat_ema_alpha_sparse_varying"].(map[string]any)
		got := MatEMAAlphaSparse(pairsSparse(t, c["new"]), pairsSparse(t, c["old"]), f32Mat(t, c["alpha"]))
		checkSparseNear(t, "mat_ema_alpha_sparse_varying", got, pairsSparse(t, c["expect"]), 1e-6)
		seen++
	}

	for _, c := range mv["is_topk_nonzero"].([]any) {
		c := c.(map[string]any)
		var v []fixed.I32F32
		for _, x := range c["v"].([]any) {
			v = append(v, fixed.FromInt(intOf(t, x)))
		}
		var want []bool
		for _, x := range c["expect"].([]any) {
			want = append(want, x.(bool))
		}
		if got := IsTopKNonzero(v, int(intOf(t, c["k"]))); !reflect.DeepEqual(got, want) {
			t.Errorf("is_topk_nonzero(%v) = %v want %v", c["v"], got, want)
		}
		seen++
	}

	for _, c := range mv["vec_u16_max_upscale_to_u16"].([]any) {
		c := c.(map[string]any)
		var in, want []uint16
		for _, x := range c["in"].([]any) {
			in = append(in, uint16(intOf(t, x)))
		}
		for _, x := range c["out"].([]any) {
			want = append(want, uint16(intOf(t, x)))
		}
		if got := VecU16MaxUpscaleToU16(in); !reflect.DeepEqual(got, want) {
			t.Errorf("vec_u16_max_upscale_to_u16(%v) = %v want %v", in, got, want)
		}
		seen++
	}
	for _, c := range mv["vec_max_upscale_to_u16_f32_inputs"].([]any) {
		c := c.(map[string]any)
		var want []uint16
		for _, x := range c["out"].([]any) {
			want = append(want, uint16(intOf(t, x)))
		}
		if got := VecMaxUpscaleToU16(f32s(t, c["in"])); !reflect.DeepEqual(got, want) {
			t.Errorf("vec_max_upscale_to_u16(%v) = %v want %v", c["in"], got, want)
		}
		seen++
	}

	{
		c := mv["matmul_sparse"].(map[string]any)
		m := denseToSparse(f32Mat(t, c["matrix_rows"]), false)
		got := MatmulSparse(m, f32s(t, c["vector"]), 3)
		if want := f32s(t, c["expect"]); !reflect.DeepEqual(got, want) {
			t.Errorf("matmul_sparse = %v want %v", got, want)
		}
		c = mv["matmul_transpose_sparse"].(map[string]any)
		m = denseToSparse(f32Mat(t, c["matrix_rows"]), false)
		got = MatmulTransposeSparse(m, f32s(t, c["vector"]))
		if want := f32s(t, c["expect"]); !reflect.DeepEqual(got, want) {
			t.Errorf("matmul_transpose_sparse = %v want %v", got, want)
		}
		seen += 2
	}
	{
		c := mv["interpolate"].(map[string]any)
		a, b := f32Mat(t, c["mat1"]), f32Mat(t, c["mat2"])
		got := sparseToDense(InterpolateSparse(denseToSparse(a, true), denseToSparse(b, true), 2, f32(t, c["ratio"])), 2)
		want := f32Mat(t, c["expect"])
		for i := range want {
			for j := range want[i] {
				if !near(got[i][j], toFloat(want[i][j]), 1e-4*math.Max(1, toFloat(want[i][j]))) {
					t.Errorf("interpolate[%d][%d] = %v want %v", i, j, toFloat(got[i][j]), toFloat(want[i][j]))
				}
			}
		}
		seen++
	}
	{
		c := mv["constants_bits"].(map[string]any)
		bma := func(v uint64) fixed.I32F32 { return emaAlpha(v) }
		stake := make([]fixed.I32F32, 3)
		normalizeStake([]uint64{1, 1, 1}, 0, -1, stake)
		vals := map[string]fixed.I32F32{
			"kappa_32767":                  fixed.U16Proportion(32767),
			"bonds_penalty_65535":          fixed.U16Proportion(65535),
			"alpha_from_bma_900000":        bma(900000),
			"alpha_from_bma_975000":        bma(975000),
			"alpha_low_45875":              fixed.U16Proportion(45875),
			"alpha_high_58982":             fixed.U16Proportion(58982),
			"alpha_low_6553":               fixed.U16Proportion(6553),
			"alpha_high_19660":             fixed.U16Proportion(19660),
			"exp_1":                        must(fixed.Exp(fixed.One)),
			"exp_5":                        must(fixed.Exp(fixed.FromInt(5))),
			"exp_minus5":                   must(fixed.Exp(fixed.FromInt(-5))),
			"one_third_from_stake_[1,1,1]": stake[0],
			"half":                         fixed.Half,
		}
		for k, v := range c {
			got, ok := vals[k]
			if !ok {
				t.Errorf("constant %s not checked", k)
				continue
			}
			if got.Bits() != intOf(t, v) {
				t.Errorf("constant %s = %d want %v", k, got.Bits(), v)
			}
			seen++
		}
	}
	{
		c := mv["alpha_sigmoid"].(map[string]any)
		lo := fixed.U16Proportion(uint16(intOf(t, c["alpha_low_u16"])))
		hi := fixed.U16Proportion(uint16(intOf(t, c["alpha_high_u16"])))
		k := fixed.FromInt(intOf(t, c["steepness"]))
		for _, cs := range c["cases"].([]any) {
			cs := cs.(map[string]any)
			got := AlphaSigmoid(f32(t, cs["c"]), f32(t, cs["w"]), f32(t, cs["b"]), lo, hi, k)
			if got.Bits() != intOf(t, cs["expect_bits"]) {
				t.Errorf("alpha_sigmoid%v = %d want %v", cs, got.Bits(), cs["expect_bits"])
			}
			seen++
		}
	}
	if seen < 40 {
		t.Fatalf("only %d math vectors checked", seen)
	}
}

func must(x fixed.I32F32, err error) fixed.I32F32 {
	if err != nil {
		panic(err)
	}
	return x
}

func checkSparseNear(t *testing.T, name string, got, want Sparse, tol float64) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d rows want %d", name, len(got), len(want))
	}
	for i := range want {
		if len(got[i]) != len(want[i]) {
			t.Errorf("%s row %d = %v want %v", name, i, got[i], want[i])
			continue
		}
		for k := range want[i] {
			if got[i][k].Col != want[i][k].Col || !near(got[i][k].Val, toFloat(want[i][k].Val), tol) {
				t.Errorf("%s row %d = %v want %v", name, i, got[i], want[i])
			}
		}
	}
}

// reshape builds the upstream tests' matrices: rows×cols from a flat
// vector, transposed when asked (vec_to_sparse_mat_fixed / vec_to_mat_fixed).
func reshape(t *testing.T, v []fixed.I32F32, rows int, transpose bool) [][]fixed.I32F32 {
	t.Helper()
	if rows == 0 || len(v)%rows != 0 {
		t.Fatalf("cannot reshape %d values to %d rows", len(v), rows)
	}
	cols := len(v) / rows
	if !transpose {
		out := make([][]fixed.I32F32, rows)
		for r := range out {
			out[r] = v[r*cols : (r+1)*cols]
		}
		return out
	}
	out := make([][]fixed.I32F32, cols)
	for c := range out {
		out[c] = make([]fixed.I32F32, rows)
		for r := 0; r < rows; r++ {
			out[c][r] = v[r*cols+c]
		}
	}
	return out
}

func TestUpstreamMathVectors(t *testing.T) {
	raw, err := os.ReadFile("testdata/math_vectors_upstream.json")
	if err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var mv map[string]any
	if err := dec.Decode(&mv); err != nil {
		t.Fatal(err)
	}
	seen := 0
	flag := func(c map[string]any) bool { b, _ := c["transpose"].(bool); return b }
	for _, c := range mv["col_normalize_sparse"].([]any) {
		c := c.(map[string]any)
		rows := int(intOf(t, c["rows"]))
		m := denseToSparse(reshape(t, f32s(t, c["vector"]), rows, flag(c)), false)
		ColNormalizeSparse(m, int(intOf(t, c["columns"])))
		want := reshape(t, f32s(t, c["target"]), rows, flag(c))
		got := sparseToDense(m, len(want[0]))
		tol := toFloat(f32(t, c["tolerance"]))
		for i := range want {
			for j := range want[i] {
				if !near(got[i][j], toFloat(want[i][j]), tol) {
					t.Errorf("%v [%d][%d] = %v want %v", c["test"], i, j, toFloat(got[i][j]), toFloat(want[i][j]))
				}
			}
		}
		seen++
	}
	for _, c := range mv["col_max_upscale"].([]any) {
		c := c.(map[string]any)
		rows := int(intOf(t, c["rows"]))
		dense := reshape(t, f32s(t, c["vector"]), rows, flag(c))
		m := denseToSparse(dense, true)
		ColMaxUpscaleSparse(m, len(dense[0]))
		want := reshape(t, f32s(t, c["target"]), rows, flag(c))
		got := sparseToDense(m, len(want[0]))
		tol := toFloat(f32(t, c["tolerance"]))
		for i := range want {
			for j := range want[i] {
				if !near(got[i][j], toFloat(want[i][j]), tol) {
					t.Errorf("%v [%d][%d] = %v want %v", c["test"], i, j, toFloat(got[i][j]), toFloat(want[i][j]))
				}
			}
		}
		seen++
	}
	for _, c := range mv["row_hadamard_sparse"].([]any) {
		c := c.(map[string]any)
		rows := int(intOf(t, c["rows"]))
		m := denseToSparse(reshape(t, f32s(t, c["matrix"]), rows, false), false)
		got := RowHadamardSparse(m, f32s(t, c["vector"]))
		want := denseToSparse(reshape(t, f32s(t, c["target"]), rows, false), false)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("row_hadamard_sparse = %v want %v", got, want)
		}
		seen++
	}
	for _, c := range mv["is_topk"].([]any) {
		c := c.(map[string]any)
		var want []bool
		for _, x := range c["expect"].([]any) {
			want = append(want, x.(bool))
		}
		if got := IsTopK(f32s(t, c["v"]), int(intOf(t, c["k"]))); !reflect.DeepEqual(got, want) {
			t.Errorf("is_topk = %v want %v", got, want)
		}
		seen++
	}
	for _, c := range mv["check_vec_max_limited"].([]any) {
		c := c.(map[string]any)
		var v []uint16
		for _, x := range c["v"].([]any) {
			v = append(v, uint16(intOf(t, x)))
		}
		if got := CheckVecMaxLimited(v, uint16(intOf(t, c["limit"]))); got != c["expect"].(bool) {
			t.Errorf("check_vec_max_limited(%v, %v) = %v", v, c["limit"], got)
		}
		seen++
	}
	if seen < 7 {
		t.Fatalf("only %d upstream math vectors checked", seen)
	}
}
