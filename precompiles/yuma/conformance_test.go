package yuma

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// caseFile is the conformance case schema of yuma-consensus.md §8.2.
type caseFile struct {
	Case   string `json:"case"`
	Source string `json:"source"`
	Hyper  struct {
		Kappa                 uint16 `json:"kappa_u16"`
		BondsPenalty          uint16 `json:"bonds_penalty_u16"`
		BondsMovingAverage    uint64 `json:"bonds_moving_average"`
		MaxAllowedValidators  uint16 `json:"max_allowed_validators"`
		ActivityCutoff        uint64 `json:"activity_cutoff"`
		Tempo                 uint64 `json:"tempo"`
		Yuma3                 bool   `json:"yuma3"`
		LiquidAlpha           bool   `json:"liquid_alpha"`
		AlphaLow              uint16 `json:"alpha_low_u16"`
		AlphaHigh             uint16 `json:"alpha_high_u16"`
		AlphaSigmoidSteepness int16  `json:"alpha_sigmoid_steepness"`
		StakeThreshold        uint64 `json:"stake_threshold"`
		OwnerUID              *int   `json:"owner_uid"`
		RaoEmission           uint64 `json:"rao_emission"`
	} `json:"hyper"`
	Initial struct {
		N                   int      `json:"n"`
		BlockAtRegistration []uint64 `json:"block_at_registration"`
		LastUpdate          []uint64 `json:"last_update"`
		Stake               []uint64 `json:"stake"`
		ValidatorPermit     []bool   `json:"validator_permit"`
	} `json:"initial_state"`
	Steps []caseStep `json:"steps"`
}

type replaceOp struct {
	UID   int    `json:"uid"`
	Block uint64 `json:"block"`
}

type caseStep struct {
	Block         uint64              `json:"block"`
	Replace       json.RawMessage     `json:"replace"`
	Stake         []uint64            `json:"stake"`
	SetWeights    map[string][][2]int `json:"set_weights"`
	BlockWeights  *uint64             `json:"block_weights"`
	ResetBondsCol *int                `json:"reset_bonds_col"`
	Expect        struct {
		Consensus         []uint16            `json:"consensus_u16"`
		Incentive         []uint16            `json:"incentive_u16"`
		Dividends         []uint16            `json:"dividends_u16"`
		ValidatorTrust    []uint16            `json:"validator_trust_u16"`
		ServerEmission    []uint64            `json:"server_emission"`
		ValidatorEmission []uint64            `json:"validator_emission"`
		Emission          []uint64            `json:"emission"`
		NewPermits        []bool              `json:"new_validator_permits"`
		Bonds             map[string][][2]int `json:"bonds_u16"`
	} `json:"expect"`
	// ExpectUIDs holds values an upstream test asserts for single uids only.
	// Bond rows are compared densely: listed columns must match and every
	// other column must be absent or 0 (as get_bonds reads them).
	ExpectUIDs *struct {
		Dividends      map[string]uint16   `json:"dividends_u16"`
		Incentive      map[string]uint16   `json:"incentive_u16"`
		Consensus      map[string]uint16   `json:"consensus_u16"`
		ValidatorTrust map[string]uint16   `json:"validator_trust_u16"`
		Emission       map[string]uint64   `json:"emission"`
		Bonds          map[string][][2]int `json:"bonds_u16"`
		// BondCells holds single stored bond values: uid → column → u16
		// (an absent entry reads as 0, as get_bonds does).
		BondCells map[string]map[string]int `json:"bond_cells_u16"`
	} `json:"expect_uids"`
	// ExpectRelations holds relations an upstream test asserts between
	// outputs: the listed uids have equal values, all positive.
	ExpectRelations []struct {
		Field         string `json:"field"`
		EqualPositive []int  `json:"equal_positive"`
	} `json:"expect_relations"`
	// ExpectApprox holds values an upstream test asserts with a tolerance:
	// u16_proportion_to_fixed(output) must be within Tolerance of each target.
	ExpectApprox *struct {
		Dividends []float64 `json:"dividends"`
		Incentive []float64 `json:"incentive"`
		Consensus []float64 `json:"consensus"`
		Tolerance float64   `json:"tolerance"`
	} `json:"expect_approx"`
}

func (s *caseStep) replaces() ([]replaceOp, error) {
	if len(s.Replace) == 0 || string(s.Replace) == "null" {
		return nil, nil
	}
	var one replaceOp
	if err := json.Unmarshal(s.Replace, &one); err == nil {
		return []replaceOp{one}, nil
	}
	var many []replaceOp
	err := json.Unmarshal(s.Replace, &many)
	return many, err
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(a, b int) bool {
		x, _ := strconv.Atoi(keys[a])
		y, _ := strconv.Atoi(keys[b])
		return x < y
	})
	return keys
}

func entriesOf(pairs [][2]int) []Entry {
	out := make([]Entry, len(pairs))
	for k, p := range pairs {
		out[k] = Entry{uint16(p[0]), uint16(p[1])}
	}
	return out
}

// runCase applies the §8.2 harness procedure and compares every step
// exactly, returning one message per mismatch.
func runCase(c *caseFile) (mismatches []string, err error) {
	n := c.Initial.N
	h := c.Hyper
	p := Params{
		Kappa: h.Kappa, BondsPenalty: h.BondsPenalty, BondsMovingAverage: h.BondsMovingAverage,
		MaxAllowedValidators: h.MaxAllowedValidators, ActivityCutoff: h.ActivityCutoff,
		Yuma3: h.Yuma3, LiquidAlpha: h.LiquidAlpha, AlphaLow: h.AlphaLow, AlphaHigh: h.AlphaHigh,
		AlphaSigmoidSteepness: h.AlphaSigmoidSteepness, StakeThreshold: h.StakeThreshold,
		OwnerUID: -1, Tempo: h.Tempo,
	}
	if h.OwnerUID != nil {
		p.OwnerUID = *h.OwnerUID
	}
	s := State{
		RegisteredAt:    append([]uint64(nil), c.Initial.BlockAtRegistration...),
		LastUpdate:      append([]uint64(nil), c.Initial.LastUpdate...),
		Stake:           append([]uint64(nil), c.Initial.Stake...),
		ValidatorPermit: append([]bool(nil), c.Initial.ValidatorPermit...),
		Weights:         make([][]Entry, n),
		Bonds:           make([][]Entry, n),
	}
	for si, st := range c.Steps {
		reps, err := st.replaces()
		if err != nil {
			return nil, fmt.Errorf("step %d: bad replace: %w", si, err)
		}
		for _, r := range reps {
			s.RegisteredAt[r.UID] = r.Block
			s.Weights[r.UID] = nil
			s.Bonds[r.UID] = nil
			s.LastUpdate[r.UID] = r.Block
			s.ValidatorPermit[r.UID] = false
			// clear_neuron zeroes the weights others set on the uid (their
			// bonds to it are left alone).
			for i := range s.Weights {
				for k := range s.Weights[i] {
					if int(s.Weights[i][k].UID) == r.UID {
						s.Weights[i][k].Value = 0
					}
				}
			}
		}
		if st.Stake != nil {
			s.Stake = append([]uint64(nil), st.Stake...)
		}
		for _, k := range sortedKeys(st.SetWeights) {
			uid, _ := strconv.Atoi(k)
			s.Weights[uid] = entriesOf(st.SetWeights[k])
			s.LastUpdate[uid] = st.Block
			if st.BlockWeights != nil {
				s.LastUpdate[uid] = *st.BlockWeights
			}
		}
		if st.ResetBondsCol != nil {
			for i, row := range s.Bonds {
				var kept []Entry
				for _, e := range row {
					if int(e.UID) != *st.ResetBondsCol {
						kept = append(kept, e)
					}
				}
				s.Bonds[i] = kept
			}
		}
		s.Block = st.Block
		s.LastEpochBlock = 0
		res, err := Epoch(p, s, h.RaoEmission)
		if err != nil {
			return nil, fmt.Errorf("step %d: %w", si, err)
		}
		e := st.Expect
		check := func(name string, got, want any) {
			if reflect.ValueOf(want).IsNil() {
				return // not asserted in this step
			}
			if !reflect.DeepEqual(got, want) {
				mismatches = append(mismatches, fmt.Sprintf("%s step %d (block %d) %s:\n got  %v\n want %v", c.Case, si, st.Block, name, got, want))
			}
		}
		check("consensus", res.Consensus, e.Consensus)
		check("incentive", res.Incentive, e.Incentive)
		check("dividends", res.Dividends, e.Dividends)
		check("validator_trust", res.ValidatorTrust, e.ValidatorTrust)
		check("server_emission", res.ServerEmission, e.ServerEmission)
		check("validator_emission", res.ValidatorEmission, e.ValidatorEmission)
		check("emission", res.Emission, e.Emission)
		check("new_validator_permits", res.ValidatorPermit, e.NewPermits)
		got := map[string][][2]int{}
		for i, row := range res.Bonds {
			if len(row) == 0 {
				continue
			}
			pairs := make([][2]int, len(row))
			for k, en := range row {
				pairs[k] = [2]int{int(en.UID), int(en.Value)}
			}
			got[strconv.Itoa(i)] = pairs
		}
		if e.Bonds != nil || (e.Consensus != nil && e.Dividends != nil) {
			want := e.Bonds
			if want == nil {
				want = map[string][][2]int{}
			}
			check("bonds", got, want)
		}
		if u := st.ExpectUIDs; u != nil {
			chk16 := func(name string, got []uint16, want map[string]uint16) {
				for _, k := range sortedKeys(want) {
					i, _ := strconv.Atoi(k)
					if got[i] != want[k] {
						mismatches = append(mismatches, fmt.Sprintf("%s step %d (block %d) %s[%d] = %d want %d", c.Case, si, st.Block, name, i, got[i], want[k]))
					}
				}
			}
			chk16("dividends", res.Dividends, u.Dividends)
			chk16("incentive", res.Incentive, u.Incentive)
			chk16("consensus", res.Consensus, u.Consensus)
			chk16("validator_trust", res.ValidatorTrust, u.ValidatorTrust)
			for _, k := range sortedKeys(u.Emission) {
				i, _ := strconv.Atoi(k)
				if res.Emission[i] != u.Emission[k] {
					mismatches = append(mismatches, fmt.Sprintf("%s step %d (block %d) emission[%d] = %d want %d", c.Case, si, st.Block, i, res.Emission[i], u.Emission[k]))
				}
			}
			for _, k := range sortedKeys(u.Bonds) {
				i, _ := strconv.Atoi(k)
				gotRow, wantRow := make([]int, n), make([]int, n)
				for _, e := range res.Bonds[i] {
					gotRow[e.UID] = int(e.Value)
				}
				for _, e := range u.Bonds[k] {
					wantRow[e[0]] = e[1]
				}
				if !reflect.DeepEqual(gotRow, wantRow) {
					mismatches = append(mismatches, fmt.Sprintf("%s step %d (block %d) bonds[%d] = %v want %v", c.Case, si, st.Block, i, gotRow, wantRow))
				}
			}
		}
		if u := st.ExpectUIDs; u != nil {
			for _, k := range sortedKeys(u.BondCells) {
				i, _ := strconv.Atoi(k)
				for _, ck := range sortedKeys(u.BondCells[k]) {
					col, _ := strconv.Atoi(ck)
					got := 0
					for _, e := range res.Bonds[i] {
						if int(e.UID) == col {
							got = int(e.Value)
						}
					}
					if want := u.BondCells[k][ck]; got != want {
						mismatches = append(mismatches, fmt.Sprintf("%s step %d (block %d) bonds[%d][%d] = %d want %d", c.Case, si, st.Block, i, col, got, want))
					}
				}
			}
		}
		for _, rel := range st.ExpectRelations {
			var vals []uint64
			switch rel.Field {
			case "server_emission":
				vals = res.ServerEmission
			case "validator_emission":
				vals = res.ValidatorEmission
			case "emission":
				vals = res.Emission
			default:
				return nil, fmt.Errorf("step %d: unknown relation field %q", si, rel.Field)
			}
			for _, uid := range rel.EqualPositive {
				if vals[uid] == 0 || vals[uid] != vals[rel.EqualPositive[0]] {
					mismatches = append(mismatches, fmt.Sprintf("%s step %d (block %d) %s: uids %v not equal and positive: %v", c.Case, si, st.Block, rel.Field, rel.EqualPositive, vals))
					break
				}
			}
		}
		if a := st.ExpectApprox; a != nil {
			for name, pair := range map[string]struct {
				got  []uint16
				want []float64
			}{"dividends": {res.Dividends, a.Dividends}, "incentive": {res.Incentive, a.Incentive}, "consensus": {res.Consensus, a.Consensus}} {
				if pair.want == nil {
					continue
				}
				if len(pair.want) != len(pair.got) {
					mismatches = append(mismatches, fmt.Sprintf("%s step %d %s: %d values, want %d", c.Case, si, name, len(pair.got), len(pair.want)))
					continue
				}
				for i, w := range pair.want {
					g := float64(U16ProportionToFixed(pair.got[i])) / (1 << 32)
					if math.Abs(g-w) > a.Tolerance+1e-9 {
						mismatches = append(mismatches, fmt.Sprintf("%s step %d (block %d) %s[%d] = %.6f, want %.4f ± %g", c.Case, si, st.Block, name, i, g, w, a.Tolerance))
					}
				}
			}
		}
		s.ValidatorPermit = res.ValidatorPermit
		s.Bonds = res.Bonds
	}
	return mismatches, nil
}

func TestConformanceCases(t *testing.T) {
	files, err := filepath.Glob("testdata/*.json")
	if err != nil {
		t.Fatal(err)
	}
	ran := 0
	for _, f := range files {
		if strings.HasSuffix(f, "math_vectors.json") || strings.Contains(filepath.Base(f), "math_") {
			continue
		}
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var c caseFile
		if err := json.Unmarshal(raw, &c); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if len(c.Steps) == 0 {
			t.Fatalf("%s: no steps", f)
		}
		t.Run(c.Case, func(t *testing.T) {
			bad, err := runCase(&c)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range bad {
				t.Error(m)
			}
		})
		ran++
	}
	if ran < 2 {
		t.Fatalf("only %d conformance cases found", ran)
	}
}

// TestConformanceCasesDetectChange makes sure the harness is not vacuous:
// perturbing the expectation of a shared case must fail.
func TestConformanceCasesDetectChange(t *testing.T) {
	raw, err := os.ReadFile("testdata/test_yuma_3_kappa_moves_first.json")
	if err != nil {
		t.Fatal(err)
	}
	var c caseFile
	if err := json.Unmarshal(raw, &c); err != nil {
		t.Fatal(err)
	}
	c.Steps[3].Expect.Dividends[1]++
	bad, err := runCase(&c)
	if err != nil {
		t.Fatal(err)
	}
	if len(bad) != 1 {
		t.Fatalf("perturbed expectation gave %d mismatches, want 1: %v", len(bad), bad)
	}
}

// TestConformancePartialExpectationsDetectChange does the same for the
// per-uid and tolerance-based expectations of the upstream-derived cases.
func TestConformancePartialExpectationsDetectChange(t *testing.T) {
	load := func(name string) *caseFile {
		raw, err := os.ReadFile("testdata/" + name)
		if err != nil {
			t.Fatal(err)
		}
		var c caseFile
		if err := json.Unmarshal(raw, &c); err != nil {
			t.Fatal(err)
		}
		return &c
	}
	c := load("test_active_stake.json")
	c.Steps[3].ExpectUIDs.Dividends["1"]++
	c.Steps[2].ExpectUIDs.Bonds["1"][0][1]--
	if bad, err := runCase(c); err != nil || len(bad) != 2 {
		t.Fatalf("perturbed per-uid expectations gave %d mismatches (%v), want 2", len(bad), err)
	}
	c = load("test_yuma_3_stable_miner.json")
	c.Steps[2].ExpectApprox.Dividends[1] += 0.002
	if bad, err := runCase(c); err != nil || len(bad) != 1 {
		t.Fatalf("perturbed approximate expectation gave %d mismatches (%v), want 1", len(bad), err)
	}
}
