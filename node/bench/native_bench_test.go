package bench

import (
	"context"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/taoevm/taoevm/bindings"
	"github.com/taoevm/taoevm/node"
	"github.com/taoevm/taoevm/precompiles/neurons"
	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/staking"
)

const (
	nativeUids    = 256 // neurons on the benchmark subnet, and senders
	nativeRounds  = 4   // rounds per kind per iteration, one tx per sender each
	nativeWorkers = 16  // concurrent JSON-RPC senders
	nativeNetuid  = 1
)

// nativeNode is a started dev node on a nativeSetup genesis.
type nativeNode struct {
	setup   *nativeSetup
	node    *node.Node
	ec      *ethclient.Client
	signers []*signer
}

func startNative(t testing.TB, s *nativeSetup) *nativeNode {
	t.Helper()
	n, err := node.New(node.Config{DataDir: t.TempDir(), Dev: true, Genesis: s.genesis})
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	return &nativeNode{setup: s, node: n, ec: ethclient.NewClient(n.Attach()), signers: newSigners(s.keys)}
}

// estimate returns the gas of a call from `from`.
func (nn *nativeNode) estimate(t testing.TB, from, to common.Address, data []byte) uint64 {
	t.Helper()
	gas, err := nn.ec.EstimateGas(context.Background(), ethereum.CallMsg{From: from, To: &to, Data: data})
	if err != nil {
		t.Fatalf("estimate: %v", err)
	}
	return gas
}

// sendAndWait sends txs (txs[i] signed by senders[i]) over JSON-RPC from
// nativeWorkers goroutines and waits until the head state includes them all.
func (nn *nativeNode) sendAndWait(t testing.TB, txs []*types.Transaction, senders []*signer) {
	ch := make(chan *types.Transaction)
	errs := make(chan error, nativeWorkers)
	var wg sync.WaitGroup
	for w := 0; w < nativeWorkers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for tx := range ch {
				if err := nn.ec.SendTransaction(context.Background(), tx); err != nil {
					errs <- err
					for range ch {
					}
					return
				}
			}
		}()
	}
	for _, tx := range txs {
		ch <- tx
	}
	close(ch)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	bc := nn.node.Chain().BlockChain()
	heads := make(chan core.ChainEvent, 16)
	sub := bc.SubscribeChainEvent(heads)
	defer sub.Unsubscribe()
	timeout := time.NewTimer(time.Minute)
	defer timeout.Stop()
	// Check the head state once per committed block (not in a busy loop,
	// which would take CPU from the node being measured).
	for {
		st, err := bc.State()
		if err != nil {
			t.Fatal(err)
		}
		lag := -1
		for i, s := range senders {
			if st.GetNonce(s.addr) < txs[i].Nonce()+1 {
				lag = i
				break
			}
		}
		if lag < 0 {
			return
		}
		select {
		case <-heads:
		case <-timeout.C:
			pending, queued := nn.node.TxPool().Stats()
			t.Fatalf("sender %v at nonce %d after a minute, want %d (head %d, pool %d pending, %d queued)",
				senders[lag].addr, st.GetNonce(senders[lag].addr), txs[lag].Nonce()+1, bc.CurrentBlock().Number, pending, queued)
		}
	}
}

// nativeKind builds one transaction of a benchmarked kind for sender i in
// round r.
type nativeKind struct {
	name string
	to   common.Address
	data func(i, r int) []byte
	gas  uint64
}

func transferKind() *nativeKind {
	return &nativeKind{
		name: "transfer",
		to:   common.HexToAddress("0x00000000000000000000000000000000000c0ffe"),
		data: func(int, int) []byte { return nil },
		gas:  21000,
	}
}

func addStakeKind(nn *nativeNode) *nativeKind {
	ist := bindings.NewIStaking()
	k := &nativeKind{
		name: "addStake",
		to:   staking.Address,
		data: func(i, _ int) []byte {
			return ist.PackAddStake(precompile.AddressKey(nn.setup.addrs[i]), big.NewInt(int64(protocol.RaoPerTAO)), big.NewInt(nativeNetuid))
		},
	}
	return k
}

// weightRow is a full row over every uid, varied by sender and round.
func weightRow(i, r int) (uids, values []uint16) {
	uids, values = make([]uint16, nativeUids), make([]uint16, nativeUids)
	for j := range uids {
		uids[j] = uint16(j)
		values[j] = uint16(1 + (i*31+j*7+r)%1000)
	}
	return uids, values
}

func setWeightsKind() *nativeKind {
	nb := bindings.NewINeuron()
	return &nativeKind{
		name: "setWeights",
		to:   neurons.Address,
		data: func(i, r int) []byte {
			uids, values := weightRow(i, r)
			return nb.PackSetWeights(nativeNetuid, uids, values, 0)
		},
	}
}

// signRounds signs nativeRounds rounds of kind, one transaction per sender
// and round.
func (nn *nativeNode) signRounds(t testing.TB, k *nativeKind, round0 int) [][]*types.Transaction {
	out := make([][]*types.Transaction, nativeRounds)
	for r := range out {
		for i, s := range nn.signers {
			out[r] = append(out[r], s.sign(t, k.to, k.data(i, round0+r), new(big.Int), k.gas))
		}
	}
	return out
}

func (nn *nativeNode) runRounds(t testing.TB, rounds [][]*types.Transaction) time.Duration {
	start := time.Now()
	for _, txs := range rounds {
		nn.sendAndWait(t, txs, nn.signers)
	}
	return time.Since(start)
}

// checkReceipts fails unless every transaction in blocks (from, head] succeeded,
// and returns the gas used by the first one sent to `to`.
func (nn *nativeNode) checkReceipts(t testing.TB, from uint64, to common.Address) (txs int, gas uint64) {
	bc := nn.node.Chain().BlockChain()
	head := bc.CurrentBlock().Number.Uint64()
	for n := from + 1; n <= head; n++ {
		block := bc.GetBlockByNumber(n)
		receipts := bc.GetReceiptsByHash(block.Hash())
		for i, r := range receipts {
			if r.Status != types.ReceiptStatusSuccessful {
				t.Fatalf("block %d tx %d (to %v) failed", n, i, block.Transactions()[i].To())
			}
			if *block.Transactions()[i].To() == to {
				txs++
				if gas == 0 {
					gas = r.GasUsed
				}
			}
		}
	}
	return txs, gas
}

// checkEffect checks the subject's state effect at the head: every hotkey
// staked to or holding a full weight row.
func (nn *nativeNode) checkEffect(t testing.TB, name string) {
	st, err := nn.node.Chain().BlockChain().State()
	if err != nil {
		t.Fatal(err)
	}
	k := protocol.Current(st, nativeNetuid)
	for i, a := range nn.setup.addrs {
		switch name {
		case "addStake":
			if staking.StakeOf(st, k, a, a) == 0 {
				t.Fatalf("coldkey %d has no stake", i)
			}
		case "setWeights":
			if got := neurons.WeightsLen(st, k, uint16(i)); got != nativeUids {
				t.Fatalf("uid %d has %d weights, want %d", i, got, nativeUids)
			}
		}
	}
}

// BenchmarkNative measures native-module transactions per second end to end
// (signed transactions over JSON-RPC into the pool, the sequencer's Build,
// Commit) on a dev node whose genesis holds a subnet of 256 neurons with
// validator permits: addStake of 1 TAO by 256 coldkeys, and setWeights of a
// full 256-uid row by 256 hotkeys (commit-reveal off, one submission per
// block and hotkey). Plain signed transfers by the same 256 senders on the
// same node are the baseline, measured alternately in the same loop.
func BenchmarkNative(b *testing.B) {
	for _, name := range []string{"addStake", "setWeights"} {
		b.Run(name, func(b *testing.B) {
			nn := startNative(b, newNativeSetup(b, benchParams(), 1, nativeUids, nil))
			var subject *nativeKind
			if name == "addStake" {
				subject = addStakeKind(nn)
			} else {
				subject = setWeightsKind()
			}
			subject.gas = nn.estimate(b, nn.signers[0].addr, subject.to, subject.data(0, 0))
			base := transferKind()
			startBlock := nn.node.Chain().BlockChain().CurrentBlock().Number.Uint64()
			var tSubject, tBase time.Duration
			total := 0
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				first, second := base, subject
				if i%2 == 1 {
					first, second = subject, base
				}
				r1 := nn.signRounds(b, first, i*nativeRounds)
				r2 := nn.signRounds(b, second, i*nativeRounds)
				b.StartTimer()
				d1 := nn.runRounds(b, r1)
				d2 := nn.runRounds(b, r2)
				if first == base {
					tBase, tSubject = tBase+d1, tSubject+d2
				} else {
					tBase, tSubject = tBase+d2, tSubject+d1
				}
				total += nativeRounds * nativeUids
			}
			b.StopTimer()
			n, gas := nn.checkReceipts(b, startBlock, subject.to)
			if n != total {
				b.Fatalf("%d %s transactions in blocks, sent %d", n, name, total)
			}
			nn.checkEffect(b, name)
			subjectRate := float64(total) / tSubject.Seconds()
			baseRate := float64(total) / tBase.Seconds()
			b.ReportMetric(subjectRate, name+"-tx/s")
			b.ReportMetric(baseRate, "transfer-tx/s")
			b.ReportMetric(subjectRate/baseRate, "ratio")
			b.ReportMetric(float64(gas), name+"-gas/tx")
		})
	}
}
