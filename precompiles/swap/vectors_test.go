package swap

import (
	"encoding/json"
	"errors"
	"os"
	"testing"
)

// The vectors in testdata/vectors.json come from testdata/refmodel.py, an
// independent model written from the package documentation with Python's
// exact integers and fractions (regenerate with
// `python3 testdata/refmodel.py > testdata/vectors.json`).
type vectorFile struct {
	Quotes []struct {
		TAO    uint64          `json:"tao"`
		Alpha  uint64          `json:"alpha"`
		Dir    string          `json:"dir"`
		In     uint64          `json:"in"`
		Fee    uint64          `json:"fee"`
		Result json.RawMessage `json:"result"`
	} `json:"quotes"`
	Max []struct {
		TAO   uint64 `json:"tao"`
		Alpha uint64 `json:"alpha"`
		Dir   string `json:"dir"`
		Limit uint64 `json:"limit"`
		Fee   uint64 `json:"fee"`
		Max   uint64 `json:"max"`
	} `json:"max"`
	EMA []struct {
		Rate    uint64 `json:"rate"`
		Halving uint64 `json:"halving"`
		Steps   []struct {
			Spot uint64 `json:"spot"`
			Age  uint64 `json:"age"`
			Next uint64 `json:"next"`
		} `json:"steps"`
	} `json:"ema"`
}

var vectorErrors = map[string]error{
	"InsufficientLiquidity": ErrInsufficientLiquidity,
	"InvalidFee":            ErrInvalidFee,
	"ZeroAmount":            ErrZeroAmount,
	"InputTooLarge":         ErrInputTooLarge,
	"Overflow":              ErrOverflow,
	"ZeroOutput":            ErrZeroOutput,
	"ReserveBelowMinimum":   ErrReserveBelowMinimum,
}

func loadVectors(t *testing.T) vectorFile {
	t.Helper()
	data, err := os.ReadFile("testdata/vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	var v vectorFile
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	if len(v.Quotes) == 0 || len(v.Max) == 0 || len(v.EMA) == 0 {
		t.Fatal("empty vector file")
	}
	return v
}

func vectorDir(t *testing.T, s string) Direction {
	switch s {
	case "buy":
		return Buy
	case "sell":
		return Sell
	}
	t.Fatalf("bad direction %q", s)
	return 0
}

func TestVectorsQuote(t *testing.T) {
	v := loadVectors(t)
	for i, c := range v.Quotes {
		p := Pool{TAO: c.TAO, Alpha: c.Alpha}
		q, err := p.Quote(vectorDir(t, c.Dir), c.In, FeeRate(c.Fee))
		var name string
		if json.Unmarshal(c.Result, &name) == nil {
			want, ok := vectorErrors[name]
			if !ok {
				t.Fatalf("vector %d: unknown error %q", i, name)
			}
			if !errors.Is(err, want) {
				t.Errorf("vector %d (%+v): error %v, want %v", i, c, err, want)
			}
			continue
		}
		var want struct {
			Fee        uint64 `json:"fee"`
			Out        uint64 `json:"out"`
			AfterTAO   uint64 `json:"after_tao"`
			AfterAlpha uint64 `json:"after_alpha"`
		}
		if err := json.Unmarshal(c.Result, &want); err != nil {
			t.Fatal(err)
		}
		if err != nil || q.Fee != want.Fee || q.Out != want.Out || q.After != (Pool{want.AfterTAO, want.AfterAlpha}) {
			t.Errorf("vector %d (%+v): got %+v, %v; want %+v", i, c, q, err, want)
		}
	}
}

func TestVectorsMax(t *testing.T) {
	v := loadVectors(t)
	nonzero := 0
	for i, c := range v.Max {
		p := Pool{TAO: c.TAO, Alpha: c.Alpha}
		var got uint64
		var err error
		if vectorDir(t, c.Dir) == Buy {
			got, err = p.MaxBuy(c.Limit, FeeRate(c.Fee))
		} else {
			got, err = p.MaxSell(c.Limit, FeeRate(c.Fee))
		}
		if err != nil || got != c.Max {
			t.Errorf("vector %d (%+v): got %d, %v", i, c, got, err)
		}
		if c.Max != 0 {
			nonzero++
		}
	}
	if nonzero < len(v.Max)/2 {
		t.Errorf("only %d of %d max vectors are non-zero", nonzero, len(v.Max))
	}
}

func TestVectorsMovingPrice(t *testing.T) {
	v := loadVectors(t)
	for i, tr := range v.EMA {
		params := MovingPriceParams{BaseRate: tr.Rate, HalvingBlocks: tr.Halving}
		var prev uint64
		for j, s := range tr.Steps {
			next, err := NextMovingPrice(prev, s.Spot, s.Age, params)
			if err != nil || next != s.Next {
				t.Fatalf("trajectory %d step %d: got %d, %v; want %d", i, j, next, err, s.Next)
			}
			prev = next
		}
	}
}
