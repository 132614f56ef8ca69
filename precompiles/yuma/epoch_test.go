package yuma

import (
	"math"
	"testing"
)

// twoValidators is a subnet with validators 0 and 1 (both permitted,
// active) and miners 2 and 3, all registered at block 1.
func twoValidators() (Params, State) {
	p := Params{
		Kappa: 32767, BondsPenalty: 65535, BondsMovingAverage: 900_000, MaxAllowedValidators: 2,
		ActivityCutoff: 5000, AlphaLow: 45875, AlphaHigh: 58982, AlphaSigmoidSteepness: 1000,
		OwnerUID: -1, Tempo: 10,
	}
	s := State{
		Block:           20,
		RegisteredAt:    []uint64{1, 1, 1, 1},
		LastUpdate:      []uint64{19, 19, 1, 1},
		Stake:           []uint64{600, 400, 0, 0},
		ValidatorPermit: []bool{true, true, false, false},
		Weights: [][]Entry{
			{{2, 65535}, {3, 65535}},
			{{2, 65535}, {3, 65535}},
			nil, nil,
		},
		Bonds: make([][]Entry, 4),
	}
	return p, s
}

func mustEpoch(t *testing.T, p Params, s State) Result {
	t.Helper()
	r, err := Epoch(p, s, 1_000_000_000)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestEpochRules(t *testing.T) {
	cases := []struct {
		name   string
		mutate func(*Params, *State)
		check  func(*testing.T, Result)
	}{
		{"baseline: both miners earn half", func(*Params, *State) {}, func(t *testing.T, r Result) {
			if r.Incentive[2] != r.Incentive[3] || r.Incentive[2] < 32767 {
				t.Errorf("incentive %v", r.Incentive)
			}
			if r.ServerEmission[2]+r.ServerEmission[3] > 500_000_000 || r.ServerEmission[2] < 249_999_999 {
				t.Errorf("server emission %v", r.ServerEmission)
			}
		}},
		{"commit older than the target's registration masks the weight", func(_ *Params, s *State) {
			s.RegisteredAt[3] = 15
			s.CommitBlock = []uint64{14, math.MaxUint64, math.MaxUint64, math.MaxUint64}
		}, func(t *testing.T, r Result) {
			// Only validator 1 (40% of stake, below κ) still weights uid 3.
			if r.Consensus[3] != 0 || r.Incentive[3] != 0 {
				t.Errorf("uid 3 consensus %d incentive %d, want 0", r.Consensus[3], r.Incentive[3])
			}
			if r.Incentive[2] != 65535 {
				t.Errorf("uid 2 incentive %d", r.Incentive[2])
			}
		}},
		{"commit at the registration block does not mask", func(_ *Params, s *State) {
			s.RegisteredAt[3] = 15
			s.CommitBlock = []uint64{15, 15, math.MaxUint64, math.MaxUint64}
		}, func(t *testing.T, r Result) {
			if r.Incentive[3] != r.Incentive[2] {
				t.Errorf("incentive %v", r.Incentive)
			}
		}},
		{"weights not newer than the target's registration are outdated", func(_ *Params, s *State) {
			s.RegisteredAt[2] = 19
		}, func(t *testing.T, r Result) {
			if r.Incentive[2] != 0 || r.Incentive[3] != 65535 {
				t.Errorf("incentive %v", r.Incentive)
			}
		}},
		{"the majority's outdated weights leave no consensus", func(_ *Params, s *State) {
			s.LastUpdate[0] = 1 // not newer than every target's registration
			s.Weights[1] = []Entry{{3, 65535}}
		}, func(t *testing.T, r Result) {
			// Validator 1 alone holds 40% < κ: every consensus is 0.
			for i, v := range r.Consensus {
				if v != 0 || r.Incentive[i] != 0 {
					t.Errorf("consensus %v incentive %v", r.Consensus, r.Incentive)
					break
				}
			}
		}},
		{"an old update within the cutoff stays active", func(_ *Params, s *State) {
			s.LastUpdate[0] = 2
			s.Weights[0] = []Entry{{2, 65535}}
			s.Weights[1] = []Entry{{3, 65535}}
		}, func(t *testing.T, r Result) {
			// 2 + 5000 ≥ 20: still active, so uid 0 (60%) decides.
			if r.Incentive[2] != 65535 {
				t.Errorf("incentive %v", r.Incentive)
			}
		}},
		{"activity cutoff passed", func(p *Params, s *State) {
			p.ActivityCutoff = 10
			s.LastUpdate[0] = 5
			s.Weights[0] = []Entry{{2, 65535}}
			s.Weights[1] = []Entry{{3, 65535}}
		}, func(t *testing.T, r Result) {
			// 5 + 10 < 20: uid 0 is inactive, uid 1 alone decides.
			if r.Incentive[3] != 65535 || r.Incentive[2] != 0 {
				t.Errorf("incentive %v", r.Incentive)
			}
			if r.Dividends[0] != 0 {
				t.Errorf("inactive validator earned dividends %d", r.Dividends[0])
			}
		}},
		{"self-weight is masked, except the owner's", func(p *Params, s *State) {
			s.Weights[0] = []Entry{{0, 65535}}
			s.Weights[1] = []Entry{{1, 65535}}
		}, func(t *testing.T, r Result) {
			for i, v := range r.Incentive {
				if v != 0 {
					t.Errorf("incentive[%d] = %d", i, v)
				}
			}
			// Nobody earned: validators are paid by active stake, servers nothing.
			if r.ValidatorEmission[0] != 599_999_999 && r.ValidatorEmission[0] != 600_000_000 {
				t.Errorf("validator emission %v", r.ValidatorEmission)
			}
		}},
		{"owner keeps its self-weight, permit and stake below the threshold", func(p *Params, s *State) {
			p.OwnerUID = 3
			p.StakeThreshold = 500
			s.Stake[3] = 1
			s.LastUpdate[3] = 19
			s.Weights[3] = []Entry{{3, 65535}}
			s.Weights[0] = []Entry{{3, 65535}}
		}, func(t *testing.T, r Result) {
			if !r.ValidatorPermit[3] {
				t.Error("owner has no permit")
			}
			if r.ValidatorPermit[1] {
				t.Error("stake below the threshold kept a permit")
			}
			if r.Incentive[3] == 0 {
				t.Errorf("owner self-weight dropped: %v", r.Incentive)
			}
		}},
		{"permit ties: the lower uid loses", func(p *Params, s *State) {
			p.MaxAllowedValidators = 1
			s.Stake = []uint64{500, 500, 0, 0}
		}, func(t *testing.T, r Result) {
			if r.ValidatorPermit[0] || !r.ValidatorPermit[1] {
				t.Errorf("permits %v", r.ValidatorPermit)
			}
			if len(r.Bonds[0]) != 0 || len(r.Bonds[1]) == 0 {
				t.Errorf("bond rows follow the new permits: %v", r.Bonds)
			}
		}},
		{"bonds to uids registered since the last epoch are forgotten", func(p *Params, s *State) {
			s.LastEpochBlock = 9 // last_tempo = 10
			s.RegisteredAt[3] = 10
			s.Bonds[0] = []Entry{{2, 65535}, {3, 65535}}
			s.Bonds[1] = []Entry{{2, 65535}, {3, 65535}}
			s.Weights[0] = []Entry{{2, 65535}}
			s.Weights[1] = []Entry{{2, 65535}}
		}, func(t *testing.T, r Result) {
			for i := 0; i < 2; i++ {
				for _, e := range r.Bonds[i] {
					if e.UID == 3 {
						t.Errorf("bond %d→3 survived: %v", i, r.Bonds[i])
					}
				}
			}
		}},
		{"uids beyond n are dropped", func(_ *Params, s *State) {
			s.Weights[0] = append(s.Weights[0], Entry{9, 65535})
			s.Bonds[0] = []Entry{{7, 65535}}
		}, func(t *testing.T, r Result) {
			if r.Incentive[2] != r.Incentive[3] || r.Incentive[2] < 32767 {
				t.Errorf("incentive %v", r.Incentive)
			}
			for _, e := range r.Bonds[0] {
				if e.UID >= 4 {
					t.Errorf("bond to uid %d", e.UID)
				}
			}
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, s := twoValidators()
			c.mutate(&p, &s)
			c.check(t, mustEpoch(t, p, s))
		})
	}
}
