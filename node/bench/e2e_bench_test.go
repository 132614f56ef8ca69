package bench

import (
	"context"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"

	"github.com/taoevm/taoevm/node"
	"github.com/taoevm/taoevm/node/devkeys"
)

const (
	e2eSenders = 10
	e2eRounds  = 4
	e2ePerTx   = 50 // per sender per round: 500 transfers per round
)

// signTransfers pre-signs every sender's transfers for all rounds.
func signTransfers(t testing.TB, chainID *big.Int, accs []*devkeys.Account, startNonce []uint64) [][]*types.Transaction {
	out := make([][]*types.Transaction, len(accs))
	to := common.HexToAddress("0x00000000000000000000000000000000000c0ffe")
	for s, a := range accs {
		for i := 0; i < e2eRounds*e2ePerTx; i++ {
			tx, err := a.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: chainID, Nonce: startNonce[s] + uint64(i), GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(200 * params.GWei), Gas: 21000, To: &to, Value: big.NewInt(1)}), chainID)
			if err != nil {
				t.Fatal(err)
			}
			out[s] = append(out[s], tx)
		}
	}
	return out
}

// txSender is the part of ethclient both clients share.
type txSender interface {
	SendTransaction(ctx context.Context, tx *types.Transaction) error
}

// sendRound sends each sender's transfers of round r concurrently (one
// goroutine per sender, in nonce order) through JSON-RPC.
func sendRound(t testing.TB, ec txSender, txs [][]*types.Transaction, r int) {
	var wg sync.WaitGroup
	errs := make(chan error, len(txs))
	for s := range txs {
		wg.Add(1)
		go func(s int) {
			defer wg.Done()
			for _, tx := range txs[s][r*e2ePerTx : (r+1)*e2ePerTx] {
				if err := ec.SendTransaction(context.Background(), tx); err != nil {
					errs <- err
					return
				}
			}
		}(s)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
}

// runTaoevm sends the rounds to a taoevm dev node (which produces a block as
// soon as transactions are pending) and waits until each round is committed.
func runTaoevm(b *testing.B, n *node.Node, ec *ethclient.Client, txs [][]*types.Transaction, accs []*devkeys.Account) time.Duration {
	start := time.Now()
	for r := 0; r < e2eRounds; r++ {
		sendRound(b, ec, txs, r)
		for {
			st, err := n.Chain().BlockChain().State()
			if err != nil {
				b.Fatal(err)
			}
			done := true
			for s, a := range accs {
				if st.GetNonce(a.Address()) < txs[s][(r+1)*e2ePerTx-1].Nonce()+1 {
					done = false
					break
				}
			}
			if done {
				break
			}
			time.Sleep(200 * time.Microsecond)
		}
	}
	return time.Since(start)
}

// runSimulated sends the same rounds to geth's simulated backend and
// commits blocks until each round is included.
func runSimulated(b *testing.B, sim *simulated.Backend, ec simulated.Client, txs [][]*types.Transaction, accs []*devkeys.Account) time.Duration {
	start := time.Now()
	for r := 0; r < e2eRounds; r++ {
		sendRound(b, ec, txs, r)
		for {
			sim.Commit()
			done := true
			for s, a := range accs {
				n, err := ec.NonceAt(context.Background(), a.Address(), nil)
				if err != nil {
					b.Fatal(err)
				}
				if n < txs[s][(r+1)*e2ePerTx-1].Nonce()+1 {
					done = false
					break
				}
			}
			if done {
				break
			}
		}
	}
	return time.Since(start)
}

// BenchmarkTransfers measures signed transfers per second end to end: JSON-RPC
// eth_sendRawTransaction into the pool, block production and commit, on a
// taoevm dev node (pebble on disk, fsynced block and transaction journals)
// and on go-ethereum's in-process simulated backend, alternately.
func BenchmarkTransfers(b *testing.B) {
	accs := devkeys.Dev()[:e2eSenders]
	n, err := node.New(node.Config{DataDir: b.TempDir(), Dev: true})
	if err != nil {
		b.Fatal(err)
	}
	if err := n.Start(); err != nil {
		b.Fatal(err)
	}
	defer n.Close()
	ours := ethclient.NewClient(n.Attach())

	alloc := types.GenesisAlloc{}
	for _, a := range accs {
		alloc[a.Address()] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1e6), big.NewInt(params.Ether))}
	}
	sim := simulated.NewBackend(alloc, simulated.WithBlockGasLimit(60_000_000))
	defer sim.Close()
	simClient := sim.Client()
	simChainID, _ := simClient.ChainID(context.Background())

	var tOurs, tSim time.Duration
	total := 0
	// Next nonces, counted here: every transaction sent is included.
	nonces := make([]uint64, len(accs))
	simNonces := make([]uint64, len(accs))
	startBlock := n.Chain().BlockChain().CurrentBlock().Number.Uint64()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		ourTxs := signTransfers(b, big.NewInt(31337), accs, nonces)
		simTxs := signTransfers(b, simChainID, accs, simNonces)
		for s := range accs {
			nonces[s] += e2eRounds * e2ePerTx
			simNonces[s] += e2eRounds * e2ePerTx
		}
		b.StartTimer()
		if i%2 == 0 {
			tOurs += runTaoevm(b, n, ours, ourTxs, accs)
			tSim += runSimulated(b, sim, simClient, simTxs, accs)
		} else {
			tSim += runSimulated(b, sim, simClient, simTxs, accs)
			tOurs += runTaoevm(b, n, ours, ourTxs, accs)
		}
		total += e2eSenders * e2eRounds * e2ePerTx
	}
	oursRate := float64(total) / tOurs.Seconds()
	simRate := float64(total) / tSim.Seconds()
	b.ReportMetric(oursRate, "taoevm-tx/s")
	b.ReportMetric(simRate, "simulated-tx/s")
	b.ReportMetric(oursRate/simRate, "ratio")
	blocks := n.Chain().BlockChain().CurrentBlock().Number.Uint64() - startBlock
	b.ReportMetric(float64(total)/float64(blocks), "taoevm-tx/block")
}
