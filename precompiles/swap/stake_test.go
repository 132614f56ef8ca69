package swap

import (
	"math"
	"testing"

	"github.com/taoevm/taoevm/precompiles/shares"
)

// FuzzStakeUnstake composes the two pure packages the way staking does:
// TAO buys alpha that is deposited into a share pool holding other
// nominators' stake; later the same nominator takes out all its alpha and
// sells it. The nominator never ends with more TAO than it put in, and the
// other nominators never lose value.
func FuzzStakeUnstake(f *testing.F) {
	f.Add(uint64(100e9), uint64(100e9), uint64(5e9), uint64(1e9), uint64(0), uint16(1))
	f.Add(uint64(4e6), uint64(4e6), uint64(3e6), uint64(1), uint64(12345), uint16(0))
	f.Add(uint64(math.MaxUint64/4), uint64(1e12), uint64(1e15), uint64(1e18), uint64(1e9), uint16(2))
	f.Fuzz(func(t *testing.T, x, y, others, tao, emission uint64, fee uint16) {
		p := Pool{TAO: max(x, MinimumReserve), Alpha: max(y, MinimumReserve)}
		fr := fuzzFee(fee)
		sp := shares.Pool{}
		if others%(1<<40) != 0 {
			var err error
			if sp, _, err = sp.Deposit(others % (1 << 40)); err != nil {
				t.Fatal(err)
			}
		}
		othersShares := sp.Shares
		othersBefore, _ := sp.ValueOf(othersShares)
		buy, err := p.QuoteBuy(tao, fr)
		if err != nil {
			return
		}
		sp, mine, err := sp.Deposit(buy.Out)
		if err != nil {
			return
		}
		if emission%3 == 0 && !sp.Shares.IsZero() {
			if sp, err = sp.AddValue(emission % (1 << 30)); err != nil {
				return // overflow of the share pool's value: nothing to check
			}
		}
		owned, err := sp.ValueOf(mine)
		if err != nil {
			t.Fatal(err)
		}
		if owned == 0 {
			return
		}
		sp, _, paid, err := sp.WithdrawAmount(owned, mine)
		if err != nil {
			t.Fatalf("withdrawing own value %d: %v", owned, err)
		}
		if othersAfter, _ := sp.ValueOf(othersShares); othersAfter < othersBefore {
			t.Fatalf("other nominators lost value: %d -> %d", othersBefore, othersAfter)
		}
		sell, err := buy.After.QuoteSell(paid, fr)
		if err != nil {
			return
		}
		if emission%3 != 0 && sell.Out > tao {
			t.Fatalf("stake %d TAO, unstake returns %d", tao, sell.Out)
		}
	})
}
