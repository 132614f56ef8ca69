package staking_test

import (
	"math"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/holiman/uint256"
)

// blockTxs is the number of transactions per benchmark op (one EVM, as a
// block runs them).
const blockTxs = 100

type benchKind int

const (
	kindTransfer benchKind = iota // plain native transfer (baseline)
	kindStakeRoot
	kindStakeSubnet
	kindUnstakeSubnet
)

var benchKinds = []struct {
	name string
	kind benchKind
}{
	{"transfer", kindTransfer},
	{"addStake-root", kindStakeRoot},
	{"addStake-subnet", kindStakeSubnet},
	{"removeStake-subnet", kindUnstakeSubnet},
}

func benchSender(i int) common.Address { return common.Address{0x5e, 0xd0, byte(i)} }

func newBenchWorld(tb testing.TB) *world {
	w := newWorld(tb)
	// Deep pools so that many rounds of stakes barely move the price.
	w.register(3, 1_000_000*tao, 1_000_000*tao)
	for i := 0; i < blockTxs; i++ {
		w.fund(benchSender(i), 1_000_000*tao)
		w.extra = append(w.extra, benchSender(i))
	}
	w.c.State.Finalise(w.c.Rules())
	return w
}

// block runs blockTxs transactions of one kind through core.ApplyMessage
// in one EVM and returns the gas of the last one.
func (w *world) block(tb testing.TB, kind benchKind, round int) uint64 {
	evm := w.c.EVM()
	gp := core.NewGasPool(math.MaxUint64)
	rules := w.c.Rules()
	var gas uint64
	for i := 0; i < blockTxs; i++ {
		from := benchSender(i)
		to := &addr
		var data []byte
		value := new(uint256.Int)
		switch kind {
		case kindTransfer:
			to = &common.Address{0x70, byte(round >> 8), byte(round), byte(i)}
			if round == 0 {
				w.extra = append(w.extra, *to)
			}
			value = wei(tao)
		case kindStakeRoot:
			data = ist.PackAddStake(k32(hk1), n(tao), n(0))
		case kindStakeSubnet:
			data = ist.PackAddStake(k32(hk1), n(tao), n(3))
		case kindUnstakeSubnet:
			data = ist.PackRemoveStake(k32(hk1), n(tao/2), n(3))
		}
		msg := &core.Message{
			From: from, To: to, Nonce: w.c.State.GetNonce(from), Value: value,
			GasLimit: 1_000_000, GasPrice: new(uint256.Int), GasFeeCap: new(uint256.Int), GasTipCap: new(uint256.Int),
			Data: data,
		}
		w.c.State.SetTxContext(common.Hash{byte(i), byte(round)}, i, 0)
		res, err := core.ApplyMessage(evm, msg, gp)
		if err != nil || res.Err != nil {
			tb.Fatalf("%v tx %d: %v %v", kind, i, err, res.Err)
		}
		w.c.State.Finalise(rules)
		gas = res.UsedGas
	}
	return gas
}

// TestBenchBlocks checks that the benchmark's transactions succeed and
// stake what they should.
func TestBenchBlocks(t *testing.T) {
	w := newBenchWorld(t)
	for _, k := range benchKinds {
		w.block(t, k.kind, 0)
	}
	if w.stake(hk1, benchSender(7), 0) != tao || w.stake(hk1, benchSender(7), 3) == 0 {
		t.Fatal("benchmark stakes missing")
	}
	w.checkConservation([]common.Address{hk1})
}

// BenchmarkStaking measures staking transactions through the EVM against
// plain native transfers, blockTxs transactions per op in one EVM, and
// reports the gas of one transaction (intrinsic gas included).
//
//	go test -run '^$' -bench BenchmarkStaking -benchtime 20x ./precompiles/staking/
func BenchmarkStaking(b *testing.B) {
	for _, k := range benchKinds {
		b.Run(k.name, func(b *testing.B) {
			w := newBenchWorld(b)
			if k.kind == kindUnstakeSubnet {
				for r := 0; r < b.N; r++ { // stake what the op unstakes
					w.block(b, kindStakeSubnet, r)
				}
			}
			var gas uint64
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				gas = w.block(b, k.kind, i)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*blockTxs), "ns/tx")
			b.ReportMetric(float64(gas), "gas/tx")
		})
	}
}

// BenchmarkAddStakeRatio runs blocks of plain transfers and of addStake
// transactions alternately in the same loop (both see the same machine
// load) and reports each one's time per transaction and their ratio.
//
//	go test -run '^$' -bench BenchmarkAddStakeRatio -benchtime 50x ./precompiles/staking/
func BenchmarkAddStakeRatio(b *testing.B) {
	w := newBenchWorld(b)
	kinds := [2]benchKind{kindTransfer, kindStakeSubnet}
	var spent [2]time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j := 0; j < 2; j++ {
			k := (i + j) % 2
			start := time.Now()
			w.block(b, kinds[k], i)
			spent[k] += time.Since(start)
		}
	}
	per := float64(b.N * blockTxs)
	b.ReportMetric(float64(spent[0].Nanoseconds())/per, "transfer-ns/tx")
	b.ReportMetric(float64(spent[1].Nanoseconds())/per, "addStake-ns/tx")
	b.ReportMetric(float64(spent[1])/float64(spent[0]), "ratio")
}
