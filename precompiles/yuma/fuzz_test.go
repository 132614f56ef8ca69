package yuma

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/rand"
	"reflect"
	"slices"
	"testing"
)

// byteSource turns fuzz bytes into choices; exhausted input reads as zeros.
type byteSource struct {
	b []byte
}

func (s *byteSource) u8() uint8 {
	if len(s.b) == 0 {
		return 0
	}
	v := s.b[0]
	s.b = s.b[1:]
	return v
}

func (s *byteSource) u16() uint16 { return uint16(s.u8()) | uint16(s.u8())<<8 }

func (s *byteSource) u64() uint64 {
	var buf [8]byte
	for i := range buf {
		buf[i] = s.u8()
	}
	return binary.LittleEndian.Uint64(buf[:])
}

func (s *byteSource) intn(n int) int {
	if n <= 0 {
		return 0
	}
	return int(s.u16()) % n
}

// weightValue favours the values where the rules have edges.
func (s *byteSource) weightValue() uint16 {
	switch s.u8() % 5 {
	case 0:
		return 0
	case 1:
		return 65535
	case 2:
		return uint16(s.u8())
	default:
		return s.u16()
	}
}

func (s *byteSource) stakeValue() uint64 {
	switch s.u8() % 8 {
	case 0:
		return 0
	case 1:
		return uint64(s.u8())
	case 2:
		return math.MaxUint64 - uint64(s.u8())
	case 3:
		return 1_000_000_000 * uint64(s.u8())
	default:
		return s.u64() >> (s.u8() % 64)
	}
}

// genInput builds an epoch input of up to maxN uids: rows may be unsorted,
// hold duplicates, zero weights and uids ≥ n.
func genInput(src *byteSource, maxN int) (Params, State, uint64) {
	return genInputRows(src, maxN, false)
}

// genInputRows is genInput with, when sparseRows is set, at most 8 entries
// per row, so that large subnets exercise the sparse-row code paths.
func genInputRows(src *byteSource, maxN int, sparseRows bool) (Params, State, uint64) {
	n := src.intn(maxN + 1)
	p := Params{
		Kappa:                 []uint16{32767, 0, 65535, src.u16()}[src.u8()%4],
		BondsPenalty:          []uint16{65535, 0, src.u16(), 32768}[src.u8()%4],
		BondsMovingAverage:    []uint64{900000, 975000, 0, 1_000_000, uint64(src.u16()) * 32}[src.u8()%5],
		MaxAllowedValidators:  uint16(src.intn(n + 2)),
		ActivityCutoff:        uint64(src.u8()) * 4,
		Yuma3:                 src.u8()%2 == 0,
		LiquidAlpha:           src.u8()%3 != 0,
		AlphaLow:              []uint16{45875, 6553, src.u16()}[src.u8()%3],
		AlphaHigh:             []uint16{58982, 19660, src.u16()}[src.u8()%3],
		AlphaSigmoidSteepness: []int16{1000, int16(src.u16()), 0, -1000}[src.u8()%4],
		StakeThreshold:        []uint64{0, 0, uint64(src.u8()), 1_000_000_000}[src.u8()%4],
		OwnerUID:              -1,
		Tempo:                 uint64(src.u8()%20) + 1,
	}
	if src.u8()%3 == 0 {
		p.OwnerUID = src.intn(n+3) - 1
	}
	s := State{
		Block:           uint64(src.u8()) + 50,
		RegisteredAt:    make([]uint64, n),
		LastUpdate:      make([]uint64, n),
		Stake:           make([]uint64, n),
		ValidatorPermit: make([]bool, n),
		Weights:         make([][]Entry, n),
		Bonds:           make([][]Entry, n),
	}
	if src.u8()%3 == 0 {
		s.LastEpochBlock = s.Block - uint64(src.u8()%40)
	}
	cr := src.u8()%3 == 0
	if cr {
		s.CommitBlock = make([]uint64, n)
	}
	for i := 0; i < n; i++ {
		s.RegisteredAt[i] = uint64(src.u8() % 64)
		s.LastUpdate[i] = uint64(src.u8()) / 2
		s.Stake[i] = src.stakeValue()
		s.ValidatorPermit[i] = src.u8()%4 != 0
		if cr {
			s.CommitBlock[i] = []uint64{math.MaxUint64, uint64(src.u8() % 64)}[src.u8()%2]
		}
		rows := [2][][]Entry{s.Weights, s.Bonds}
		for r := range rows {
			if src.u8()%5 == 0 {
				continue // nil row
			}
			k := src.intn(2*n + 2)
			if sparseRows {
				k = src.intn(9)
			}
			row := make([]Entry, 0, k)
			sorted := src.u8()%2 == 0
			for e := 0; e < k; e++ {
				uid := uint16(src.intn(n + 2))
				if sorted {
					uid = uint16(e)
				}
				row = append(row, Entry{uid, src.weightValue()})
			}
			rows[r][i] = row
		}
	}
	emission := []uint64{1_000_000_000, src.u64(), 0, math.MaxUint64}[src.u8()%4]
	return p, s, emission
}

// checkInvariants verifies the properties every epoch must have.
func checkInvariants(p Params, s State, emission uint64, r Result) error {
	n := len(s.Stake)
	for name, l := range map[string]int{
		"consensus": len(r.Consensus), "incentive": len(r.Incentive), "dividends": len(r.Dividends),
		"validator_trust": len(r.ValidatorTrust), "server_emission": len(r.ServerEmission),
		"validator_emission": len(r.ValidatorEmission), "emission": len(r.Emission),
		"permits": len(r.ValidatorPermit), "bonds": len(r.Bonds),
	} {
		if l != n {
			return fmt.Errorf("%s has length %d, want %d", name, l, n)
		}
	}
	var paid, combined uint64
	for i := 0; i < n; i++ {
		for _, v := range []uint64{r.ServerEmission[i], r.ValidatorEmission[i]} {
			if v > emission-paid || paid+v < paid {
				return fmt.Errorf("server+validator emission exceeds %d", emission)
			}
			paid += v
		}
		if r.Emission[i] > emission-combined {
			return fmt.Errorf("combined emission exceeds %d", emission)
		}
		combined += r.Emission[i]
	}
	permits := 0
	for _, v := range r.ValidatorPermit {
		if v {
			permits++
		}
	}
	limit := int(p.MaxAllowedValidators)
	if p.OwnerUID >= 0 && p.OwnerUID < n {
		limit++
		if !r.ValidatorPermit[p.OwnerUID] {
			return errors.New("owner lost its permit")
		}
	}
	if permits > limit {
		return fmt.Errorf("%d permits, limit %d", permits, limit)
	}
	for i, row := range r.Bonds {
		if !r.ValidatorPermit[i] && len(row) != 0 {
			return fmt.Errorf("uid %d has bonds without a permit", i)
		}
		for _, e := range row {
			if int(e.UID) >= n {
				return fmt.Errorf("bond to uid %d ≥ n", e.UID)
			}
		}
	}
	return nil
}

func cloneState(s State) State {
	c := s
	c.Weights = slices.Clone(s.Weights)
	for i, r := range s.Weights {
		c.Weights[i] = slices.Clone(r)
	}
	c.Bonds = slices.Clone(s.Bonds)
	for i, r := range s.Bonds {
		c.Bonds[i] = slices.Clone(r)
	}
	c.Stake = slices.Clone(s.Stake)
	c.RegisteredAt = slices.Clone(s.RegisteredAt)
	c.LastUpdate = slices.Clone(s.LastUpdate)
	c.ValidatorPermit = slices.Clone(s.ValidatorPermit)
	c.CommitBlock = slices.Clone(s.CommitBlock)
	return c
}

// checkEpoch runs Epoch twice and the reference composition once and
// compares all three, plus the invariants.
func checkEpoch(t *testing.T, p Params, s State, emission uint64) {
	t.Helper()
	orig := cloneState(s)
	got, err := Epoch(p, s, emission)
	if err != nil {
		t.Fatalf("Epoch: %v", err)
	}
	if !reflect.DeepEqual(s, orig) {
		t.Fatal("Epoch modified its input")
	}
	again, _ := Epoch(p, s, emission)
	if !reflect.DeepEqual(got, again) {
		t.Fatal("Epoch is not deterministic")
	}
	if err := checkInvariants(p, s, emission, got); err != nil {
		t.Fatalf("invariant: %v\nparams %+v\nstate %+v", err, p, s)
	}
	want := referenceEpoch(p, s, emission)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Epoch differs from the reference composition\nparams %+v\nstate %+v\n got %+v\nwant %+v", p, s, got, want)
	}
}

func FuzzEpoch(f *testing.F) {
	r := rand.New(rand.NewSource(42))
	for i := 0; i < 24; i++ {
		b := make([]byte, 64+r.Intn(600))
		r.Read(b)
		f.Add(b)
	}
	f.Add([]byte{})
	f.Add([]byte{5, 0, 0, 0, 0, 0, 0, 0, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		p, s, e := genInput(&byteSource{data}, 12)
		checkEpoch(t, p, s, e)
	})
}

// TestEpochDifferential compares Epoch with the reference composition on
// many random inputs, including multi-epoch chains where bonds are carried.
func TestEpochDifferential(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	iters := 3000
	if testing.Short() {
		iters = 300
	}
	for i := 0; i < iters; i++ {
		if i%2 == 1 {
			medianTableLimit = 0 // exercise the per-column-list median path too
		}
		b := make([]byte, 4096)
		r.Read(b)
		p, s, e := genInput(&byteSource{b}, 24)
		checkEpoch(t, p, s, e)
		// Carry the outputs a few epochs forward.
		for k := 0; k < 3 && len(s.Stake) > 0; k++ {
			res, _ := Epoch(p, s, e)
			s.ValidatorPermit = res.ValidatorPermit
			s.Bonds = res.Bonds
			s.Block += p.Tempo + 1
			checkEpoch(t, p, s, e)
		}
		medianTableLimit = 1 << 22
	}
}

// TestEpochDifferentialSparseRows does the same on subnets of up to 300
// uids with short rows (the sorted-touched-list paths of the EMA and the
// interpolation).
func TestEpochDifferentialSparseRows(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	iters := 400
	if testing.Short() {
		iters = 40
	}
	for i := 0; i < iters; i++ {
		b := make([]byte, 32768)
		r.Read(b)
		p, s, e := genInputRows(&byteSource{b}, 300, true)
		checkEpoch(t, p, s, e)
		for k := 0; k < 2 && len(s.Stake) > 0; k++ {
			res, _ := Epoch(p, s, e)
			s.ValidatorPermit = res.ValidatorPermit
			s.Bonds = res.Bonds
			s.Block += p.Tempo + 1
			checkEpoch(t, p, s, e)
		}
	}
}

// TestEpochConcurrent runs epochs of different sizes in parallel (the
// scratch workspaces are shared through a cache) and compares each result
// with a sequential run.
func TestEpochConcurrent(t *testing.T) {
	type job struct {
		p    Params
		s    State
		e    uint64
		want Result
	}
	r := rand.New(rand.NewSource(4))
	var jobs []job
	for i := 0; i < 16; i++ {
		b := make([]byte, 8192)
		r.Read(b)
		p, s, e := genInput(&byteSource{b}, 40)
		want, err := Epoch(p, s, e)
		if err != nil {
			t.Fatal(err)
		}
		jobs = append(jobs, job{p, s, e, want})
	}
	errs := make(chan error, len(jobs)*4)
	done := make(chan struct{})
	for w := 0; w < 4; w++ {
		go func() {
			defer func() { done <- struct{}{} }()
			for _, j := range jobs {
				got, err := Epoch(j.p, j.s, j.e)
				if err != nil || !reflect.DeepEqual(got, j.want) {
					errs <- fmt.Errorf("concurrent epoch differs (err %v)", err)
					return
				}
			}
		}()
	}
	for w := 0; w < 4; w++ {
		<-done
	}
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestEpochLengthMismatch(t *testing.T) {
	base := func() State {
		return State{
			RegisteredAt: make([]uint64, 2), LastUpdate: make([]uint64, 2), Stake: make([]uint64, 2),
			ValidatorPermit: make([]bool, 2), Weights: make([][]Entry, 2), Bonds: make([][]Entry, 2),
		}
	}
	mutations := map[string]func(*State){
		"registered":  func(s *State) { s.RegisteredAt = s.RegisteredAt[:1] },
		"last_update": func(s *State) { s.LastUpdate = nil },
		"permit":      func(s *State) { s.ValidatorPermit = make([]bool, 3) },
		"weights":     func(s *State) { s.Weights = s.Weights[:1] },
		"bonds":       func(s *State) { s.Bonds = nil },
		"commit":      func(s *State) { s.CommitBlock = make([]uint64, 1) },
	}
	for name, m := range mutations {
		s := base()
		m(&s)
		if _, err := Epoch(Params{OwnerUID: -1}, s, 1); !errors.Is(err, ErrLengthMismatch) {
			t.Errorf("%s: err = %v, want ErrLengthMismatch", name, err)
		}
	}
	if _, err := Epoch(Params{OwnerUID: -1}, base(), 1); err != nil {
		t.Errorf("valid state: %v", err)
	}
	res, err := Epoch(Params{OwnerUID: -1}, State{}, 1)
	if err != nil || len(res.Consensus) != 0 {
		t.Errorf("empty subnet: %v %v", res, err)
	}
}
