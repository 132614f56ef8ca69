package shares

import (
	"encoding/binary"
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/holiman/uint256"
)

// runOps interprets ops as a sequence of deposits, withdrawals, partial
// withdrawals and emissions by four holders and checks the pool's
// invariants after each step.
func runOps(t *testing.T, ops []byte) {
	t.Helper()
	var p Pool
	var held [4]uint256.Int
	for len(ops) >= 9 {
		op, who := ops[0]%4, int(ops[0]/4)%len(held)
		raw := binary.LittleEndian.Uint64(ops[1:9])
		amount := raw >> (ops[0] % 64) // all magnitudes
		ops = ops[9:]
		before := p
		values := holderValues(t, p, held)
		switch op {
		case 0: // deposit, and check that an immediate exit never gains
			np, minted, err := p.Deposit(amount)
			if err != nil {
				if !errors.Is(err, ErrZeroAmount) && !errors.Is(err, ErrZeroShares) && !errors.Is(err, ErrOverflow) {
					t.Fatalf("Deposit(%d): %v", amount, err)
				}
				continue
			}
			if _, back, err := np.Withdraw(minted); err != nil || back > amount {
				t.Fatalf("deposit %d then withdraw returns %d, %v", amount, back, err)
			}
			p = np
			held[who].Add(&held[who], &minted)
		case 1: // withdraw a fraction of the holder's shares
			if held[who].IsZero() {
				continue
			}
			var s uint256.Int
			s.SetUint64(raw | 1)
			s.Mod(&s, &held[who])
			if s.IsZero() {
				s = held[who]
			}
			np, paid, err := p.Withdraw(s)
			if err != nil {
				t.Fatalf("Withdraw: %v", err)
			}
			if paid > values[who] {
				t.Fatalf("paid %d for part of a stake worth %d", paid, values[who])
			}
			p = np
			held[who].Sub(&held[who], &s)
		case 2: // take an amount out
			if values[who] == 0 {
				continue
			}
			want := 1 + amount%values[who]
			np, burned, paid, err := p.WithdrawAmount(want, held[who])
			if err != nil {
				t.Fatalf("WithdrawAmount(%d) of %d: %v", want, values[who], err)
			}
			if paid < want || paid > values[who] {
				t.Fatalf("asked %d of %d, paid %d", want, values[who], paid)
			}
			p = np
			held[who].Sub(&held[who], &burned)
		case 3: // emission
			np, err := p.AddValue(amount)
			if err != nil {
				if !errors.Is(err, ErrNoShares) && !errors.Is(err, ErrOverflow) {
					t.Fatalf("AddValue(%d): %v", amount, err)
				}
				continue
			}
			for i, v := range holderValues(t, np, held) {
				if v < values[i] {
					t.Fatalf("emission lowered holder %d from %d to %d", i, values[i], v)
				}
			}
			p = np
		}
		checkPool(t, before, p, held)
	}
}

func holderValues(t *testing.T, p Pool, held [4]uint256.Int) [4]uint64 {
	t.Helper()
	var out [4]uint64
	for i := range held {
		v, err := p.ValueOf(held[i])
		if err != nil {
			t.Fatalf("ValueOf holder %d: %v", i, err)
		}
		out[i] = v
	}
	return out
}

// checkPool verifies the pool after one step from before: it is valid, the
// holders' shares add up to the total, their values add up to Value minus
// less than one unit per holder, and the value per share did not fall.
func checkPool(t *testing.T, before, p Pool, held [4]uint256.Int) {
	t.Helper()
	if err := p.Validate(); err != nil {
		t.Fatalf("invalid pool %+v", p)
	}
	var sum uint256.Int
	var total, holders uint64
	for i, v := range holderValues(t, p, held) {
		sum.Add(&sum, &held[i])
		total += v
		if !held[i].IsZero() {
			holders++
		}
	}
	if sum != p.Shares {
		t.Fatalf("holders own %s shares, pool says %s", sum.Dec(), p.Shares.Dec())
	}
	if total > p.Value || p.Value-total > holders {
		t.Fatalf("holders' values sum to %d of %d (%d holders)", total, p.Value, holders)
	}
	if before.Value != 0 && p.Value != 0 {
		// p.Value/p.Shares ≥ before.Value/before.Shares
		var l, r, t1 uint256.Int
		l.SetUint64(p.Value)
		l.Mul(&l, &before.Shares)
		t1.SetUint64(before.Value)
		r.Mul(&t1, &p.Shares)
		if l.Lt(&r) {
			t.Fatalf("value per share fell: %+v -> %+v", before, p)
		}
	}
}

func FuzzSharePool(f *testing.F) {
	seq := func(steps ...[2]uint64) []byte {
		var b []byte
		for _, s := range steps {
			b = append(b, byte(s[0]))
			b = binary.LittleEndian.AppendUint64(b, s[1])
		}
		return b
	}
	f.Add(seq([2]uint64{0, 100}, [2]uint64{4, 50}, [2]uint64{3, 30}, [2]uint64{8, 12}, [2]uint64{1, 7}, [2]uint64{6, 5}))
	f.Add(seq([2]uint64{0, 1}, [2]uint64{3, 1 << 50}, [2]uint64{4, 1e15}, [2]uint64{5, 3}, [2]uint64{2, 9}))
	f.Add(seq([2]uint64{0, ^uint64(0)}, [2]uint64{4, 1}, [2]uint64{3, 1}, [2]uint64{1, 1}))
	f.Fuzz(func(t *testing.T, ops []byte) { runOps(t, ops) })
}

// TestSharePoolRandom runs long pseudo-random operation sequences through
// the same checks as FuzzSharePool.
func TestSharePoolRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 300; i++ {
		ops := make([]byte, 9*200)
		for j := range ops {
			ops[j] = byte(rng.Uint32())
		}
		runOps(t, ops)
	}
}
