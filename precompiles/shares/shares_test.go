package shares

import (
	"errors"
	"math"
	"testing"

	"github.com/holiman/uint256"
)

func u(s string) uint256.Int { return *uint256.MustFromDecimal(s) }

func pool(v uint64, s string) Pool { return Pool{Value: v, Shares: u(s)} }

func TestDeposit(t *testing.T) {
	tests := []struct {
		name   string
		p      Pool
		amount uint64
		minted string
		after  Pool
		err    error
	}{
		{"first deposit 1e18 per rao", Pool{}, 100, "100000000000000000000", pool(100, "100000000000000000000"), nil},
		// value per share 1.5: 30 rao buy 20e18 shares exactly.
		{"exact", pool(150, "100000000000000000000"), 30, "20000000000000000000", pool(180, "120000000000000000000"), nil},
		// 1·1e20/150 = 666666666666666666.67 rounds down.
		{"rounds down", pool(150, "100000000000000000000"), 1, "666666666666666666", pool(151, "100666666666666666666"), nil},
		{"too small for a share", pool(1e15, "1"), 1e14, "", Pool{}, ErrZeroShares},
		{"zero", pool(150, "100000000000000000000"), 0, "", Pool{}, ErrZeroAmount},
		{"overflow", pool(math.MaxUint64-1, "1000"), 2, "", Pool{}, ErrOverflow},
		{"max value fits", pool(math.MaxUint64-1, "1000"), 1, "0", Pool{}, ErrZeroShares},
		{"first deposit at max", Pool{}, math.MaxUint64, "18446744073709551615000000000000000000", pool(math.MaxUint64, "18446744073709551615000000000000000000"), nil},
		{"invalid: shares without value", pool(0, "1"), 1, "", Pool{}, ErrInvalidPool},
		{"invalid: value without shares", pool(1, "0"), 1, "", Pool{}, ErrInvalidPool},
		{"invalid: too many shares", pool(1, "1000000000000000001"), 1, "", Pool{}, ErrInvalidPool},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := tt.p
			got, minted, err := tt.p.Deposit(tt.amount)
			if !errors.Is(err, tt.err) {
				t.Fatalf("error %v, want %v", err, tt.err)
			}
			if tt.p != before {
				t.Fatal("receiver modified")
			}
			if err != nil {
				return
			}
			if want := u(tt.minted); minted != want || got != tt.after {
				t.Fatalf("Deposit = %+v, %s; want %+v, %s", got, minted.Dec(), tt.after, tt.minted)
			}
		})
	}
}

func TestWithdraw(t *testing.T) {
	tests := []struct {
		name   string
		p      Pool
		shares string
		paid   uint64
		after  Pool
		err    error
	}{
		{"exact", pool(180, "120000000000000000000"), "20000000000000000000", 30, pool(150, "100000000000000000000"), nil},
		// 1 share of 3e18 worth 3 rao pays ⌊1e-18⌋ = 0: dust goes to the rest.
		{"dust pays zero", pool(3, "3000000000000000000"), "1", 0, pool(3, "2999999999999999999"), nil},
		// 1e18+1 shares of 3e18 worth 3: ⌊1.000…001⌋ = 1.
		{"rounds down", pool(3, "3000000000000000000"), "1000000000000000001", 1, pool(2, "1999999999999999999"), nil},
		{"last shares take everything", pool(151, "100666666666666666666"), "100666666666666666666", 151, Pool{}, nil},
		{"more than outstanding", pool(3, "3000000000000000000"), "3000000000000000001", 0, Pool{}, ErrInsufficientShares},
		{"zero", pool(3, "3000000000000000000"), "0", 0, Pool{}, ErrZeroAmount},
		{"empty pool", Pool{}, "1", 0, Pool{}, ErrInsufficientShares},
		{"invalid", pool(0, "5"), "1", 0, Pool{}, ErrInvalidPool},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, paid, err := tt.p.Withdraw(u(tt.shares))
			if !errors.Is(err, tt.err) {
				t.Fatalf("error %v, want %v", err, tt.err)
			}
			if err == nil && (paid != tt.paid || got != tt.after) {
				t.Fatalf("Withdraw = %+v, %d; want %+v, %d", got, paid, tt.after, tt.paid)
			}
		})
	}
}

func TestSharesForAndWithdrawAmount(t *testing.T) {
	p := pool(150, "100000000000000000000") // 1.5e-18 rao per share
	tests := []struct {
		amount uint64
		shares string
		err    error
	}{
		{1, "666666666666666667", nil}, // ⌈1e20/150⌉
		{30, "20000000000000000000", nil},
		{150, "100000000000000000000", nil},
		{151, "", ErrInsufficientValue},
		{0, "", ErrZeroAmount},
	}
	for _, tt := range tests {
		s, err := p.SharesFor(tt.amount)
		if !errors.Is(err, tt.err) {
			t.Fatalf("SharesFor(%d) error %v, want %v", tt.amount, err, tt.err)
		}
		if err == nil && s != u(tt.shares) {
			t.Errorf("SharesFor(%d) = %s, want %s", tt.amount, s.Dec(), tt.shares)
		}
	}
	// Taking 1 rao burns 666666666666666667 shares worth ⌊1.0000000000000000005⌋ = 1.
	np, burned, paid, err := p.WithdrawAmount(1, u("1000000000000000000"))
	if err != nil || paid != 1 || burned != u("666666666666666667") || np != pool(149, "99333333333333333333") {
		t.Fatalf("WithdrawAmount = %+v, %s, %d, %v", np, burned.Dec(), paid, err)
	}
	if _, _, _, err := p.WithdrawAmount(1, u("666666666666666666")); !errors.Is(err, ErrInsufficientShares) {
		t.Errorf("holder short by one share: %v", err)
	}
	if _, _, _, err := p.WithdrawAmount(200, u("100000000000000000000")); !errors.Is(err, ErrInsufficientValue) {
		t.Errorf("more than the pool: %v", err)
	}
	if _, err := (Pool{}).SharesFor(1); !errors.Is(err, ErrInsufficientValue) {
		t.Errorf("empty pool: %v", err)
	}
	if _, err := pool(1, "0").SharesFor(1); !errors.Is(err, ErrInvalidPool) {
		t.Errorf("invalid pool: %v", err)
	}
}

func TestValueOfAndAddValue(t *testing.T) {
	p, alice, err := Pool{}.Deposit(100)
	if err != nil {
		t.Fatal(err)
	}
	p, bob, err := p.Deposit(50)
	if err != nil || bob != u("50000000000000000000") {
		t.Fatalf("bob: %s %v", bob.Dec(), err)
	}
	// Emission of 30 raises both pro rata: alice 100 → 120, bob 50 → 60.
	if p, err = p.AddValue(30); err != nil {
		t.Fatal(err)
	}
	if v, _ := p.ValueOf(alice); v != 120 {
		t.Errorf("alice = %d, want 120", v)
	}
	if v, _ := p.ValueOf(bob); v != 60 {
		t.Errorf("bob = %d, want 60", v)
	}
	// Carol stakes 12 at 1.2e-18 rao per share: 10e18 shares, worth 12.
	p, carol, err := p.Deposit(12)
	if err != nil || carol != u("10000000000000000000") {
		t.Fatalf("carol: %s %v", carol.Dec(), err)
	}
	if p, err = p.AddValue(1); err != nil {
		t.Fatal(err)
	}
	// 193 over 160e18 shares: alice ⌊120.625⌋, bob ⌊60.3125⌋, carol ⌊12.0625⌋.
	for _, c := range []struct {
		s    uint256.Int
		want uint64
	}{{alice, 120}, {bob, 60}, {carol, 12}, {p.Shares, 193}, {uint256.Int{}, 0}} {
		if v, err := p.ValueOf(c.s); err != nil || v != c.want {
			t.Errorf("ValueOf(%s) = %d, %v; want %d", c.s.Dec(), v, err, c.want)
		}
	}
	over := p.Shares
	over.AddUint64(&over, 1)
	if _, err := p.ValueOf(over); !errors.Is(err, ErrInsufficientShares) {
		t.Errorf("ValueOf above total: %v", err)
	}
	if got, err := p.AddValue(0); err != nil || got != p {
		t.Errorf("AddValue(0) = %+v, %v", got, err)
	}
	if _, err := (Pool{}).AddValue(1); !errors.Is(err, ErrNoShares) {
		t.Errorf("AddValue to an empty pool: %v", err)
	}
	if got, err := (Pool{}).AddValue(0); err != nil || got != (Pool{}) {
		t.Errorf("AddValue(0) to an empty pool: %+v, %v", got, err)
	}
	if _, err := pool(math.MaxUint64, "1").AddValue(1); !errors.Is(err, ErrOverflow) {
		t.Errorf("AddValue overflow: %v", err)
	}
	if _, err := pool(0, "1").ValueOf(uint256.Int{}); !errors.Is(err, ErrInvalidPool) {
		t.Errorf("ValueOf on an invalid pool: %v", err)
	}
	if _, err := pool(0, "1").AddValue(1); !errors.Is(err, ErrInvalidPool) {
		t.Errorf("AddValue on an invalid pool: %v", err)
	}
}
