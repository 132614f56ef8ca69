package node

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/log"
	"github.com/holiman/uint256"

	"github.com/taoevm/taoevm/node/chain"
	"github.com/taoevm/taoevm/node/executor"
)

// ErrSequencerStopped is returned by Mine after Stop.
var ErrSequencerStopped = errors.New("node: sequencer stopped")

const (
	// BatchQuiet is how long the sequencer waits for more transactions
	// after the last one arrived before producing a block.
	BatchQuiet = 2 * time.Millisecond
	// BatchMaxWait bounds that wait from the first pending transaction, so
	// a steady stream of transactions still gets a block this often.
	BatchMaxWait = 25 * time.Millisecond
)

// Sequencer is the single authority's block producer: it orders the pool's
// pending transactions (price, then nonce per sender) into a block with
// Chain.Build and makes it head with Chain.Commit. It produces a block as
// soon as transactions are pending (once a burst has settled: BatchQuiet
// without new ones, at most BatchMaxWait), and an empty one when period
// passes without a block. Mine produces blocks on demand (evm_mine, anvil_mine).
type Sequencer struct {
	chain    *chain.Chain
	pool     *txpool.TxPool
	period   time.Duration
	coinbase common.Address
	gasLimit uint64
	now      func() time.Time

	mu      sync.Mutex // serialises block production
	stopped bool
	wake    chan struct{}
	quit    chan struct{}
	wg      sync.WaitGroup
}

// NewSequencer returns a sequencer producing on c from pool. period <= 0
// disables the empty-block timer (blocks only on transactions or Mine).
func NewSequencer(c *chain.Chain, pool *txpool.TxPool, period time.Duration, coinbase common.Address, gasLimit uint64) *Sequencer {
	return &Sequencer{
		chain: c, pool: pool, period: period, coinbase: coinbase, gasLimit: gasLimit, now: time.Now,
		wake: make(chan struct{}, 1), quit: make(chan struct{}),
	}
}

// Start runs the production loop.
func (s *Sequencer) Start() {
	txs := make(chan core.NewTxsEvent, 256)
	sub := s.pool.SubscribeTransactions(txs, false)
	s.wg.Add(2)
	go func() {
		defer s.wg.Done()
		defer sub.Unsubscribe()
		for {
			select {
			case <-txs:
				s.Poke()
			case <-sub.Err():
				return
			case <-s.quit:
				return
			}
		}
	}()
	go s.loop()
}

// Poke asks the loop to produce a block if transactions are pending.
func (s *Sequencer) Poke() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

func (s *Sequencer) loop() {
	defer s.wg.Done()
	var tick <-chan time.Time
	var timer *time.Timer
	if s.period > 0 {
		timer = time.NewTimer(s.period)
		defer timer.Stop()
		tick = timer.C
	}
	reset := func() {
		if timer != nil {
			if !timer.Stop() {
				select {
				case <-timer.C:
				default:
				}
			}
			timer.Reset(s.period)
		}
	}
	// Transactions restored from the journal may already be pending.
	s.Poke()
	for {
		select {
		case <-s.quit:
			return
		case <-s.wake:
			if pending, _ := s.pool.Stats(); pending == 0 {
				continue
			}
			if !s.linger() {
				return
			}
			b, err := s.produce(s.clockTime(0), false)
			if errors.Is(err, ErrSequencerStopped) {
				return
			}
			if err != nil {
				log.Error("Block production failed", "err", err)
				continue
			}
			if b == nil {
				continue
			}
			reset()
			// More may have arrived while building.
			if pending, _ := s.pool.Stats(); pending > 0 {
				s.Poke()
			}
		case <-tick:
			if _, err := s.produce(s.clockTime(0), true); errors.Is(err, ErrSequencerStopped) {
				return
			} else if err != nil {
				log.Error("Block production failed", "err", err)
			}
			if timer != nil {
				timer.Reset(s.period)
			}
		}
	}
}

// linger lets a burst of transactions gather into one block: it returns
// once no transaction arrived for BatchQuiet, or BatchMaxWait after it was
// called; false means the sequencer is stopping.
func (s *Sequencer) linger() bool {
	deadline := time.NewTimer(BatchMaxWait)
	defer deadline.Stop()
	quiet := time.NewTimer(BatchQuiet)
	defer quiet.Stop()
	for {
		select {
		case <-s.quit:
			return false
		case <-deadline.C:
			return true
		case <-quiet.C:
			return true
		case <-s.wake:
			if !quiet.Stop() {
				<-quiet.C
			}
			quiet.Reset(BatchQuiet)
		}
	}
}

// Stop ends the loop and waits for a block in production to be committed.
func (s *Sequencer) Stop() {
	s.mu.Lock()
	if s.stopped {
		s.mu.Unlock()
		return
	}
	s.stopped = true
	close(s.quit)
	s.mu.Unlock()
	s.wg.Wait()
}

// Mine produces count blocks now, each with the pending transactions that
// fit. With interval > 0, each block's time is its parent's plus interval;
// otherwise the wall clock (at least parent + 1).
func (s *Sequencer) Mine(count int, interval uint64) ([]*types.Block, error) {
	s.settlePool()
	out := make([]*types.Block, 0, count)
	for i := 0; i < count; i++ {
		b, err := s.produce(s.clockTime(interval), true)
		if err != nil {
			return out, err
		}
		out = append(out, b)
	}
	return out, nil
}

// MineAt produces one block with the given timestamp, which must be
// greater than the head's.
func (s *Sequencer) MineAt(timestamp uint64) (*types.Block, error) {
	s.settlePool()
	return s.produce(func(uint64) uint64 { return timestamp }, true)
}

// settlePool waits until the pool has promoted every transaction it has
// accepted: SendTx adds to the pool without waiting for promotion, and a
// block mined on demand right after a send (eth_sendRawTransaction then
// evm_mine, as Hardhat-style tests do) must include that transaction.
func (s *Sequencer) settlePool() {
	if err := s.pool.Sync(); err != nil {
		log.Debug("Pool sync before mining failed", "err", err)
	}
}

// clockTime returns the block time rule: parent + interval, or with
// interval 0 the wall clock, at least parent + 1.
func (s *Sequencer) clockTime(interval uint64) func(parent uint64) uint64 {
	return func(parent uint64) uint64 {
		if interval > 0 {
			return parent + interval
		}
		if now := uint64(s.now().Unix()); now > parent {
			return now
		}
		return parent + 1
	}
}

// produce builds and commits one block on the current head, at the time
// blockTime gives for the head's time. With allowEmpty false, it returns
// (nil, nil) when nothing is included.
func (s *Sequencer) produce(blockTime func(parent uint64) uint64, allowEmpty bool) (*types.Block, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stopped {
		return nil, ErrSequencerStopped
	}
	bc := s.chain.BlockChain()
	head := bc.CurrentBlock()
	t := blockTime(head.Time)
	baseFee := eip1559.CalcBaseFee(bc.Config(), head)
	pending, _ := s.pool.Pending(txpool.PendingFilter{BaseFee: uint256.MustFromBig(baseFee), GasLimitCap: s.gasLimit})
	// The pool learns about the last block in the background; drop what
	// that block already included.
	if st, err := bc.StateAt(head.Root, head.Number, head.Time); err == nil {
		for addr, list := range pending {
			nonce := st.GetNonce(addr)
			for len(list) > 0 {
				tx := list[0].Resolve()
				if tx == nil || tx.Nonce() >= nonce {
					break
				}
				list = list[1:]
			}
			if len(list) == 0 {
				delete(pending, addr)
			} else {
				pending[addr] = list
			}
		}
	}
	txs := orderTxs(pending, uint256.MustFromBig(baseFee))
	if len(txs) == 0 && !allowEmpty {
		return nil, nil
	}
	built, err := s.chain.Build(context.Background(), head.Hash(), executor.Attrs{Time: t, Coinbase: s.coinbase, GasLimit: s.gasLimit}, txs)
	if err != nil {
		return nil, err
	}
	for _, sk := range built.Skipped {
		log.Debug("Transaction left out of block", "hash", sk.Tx.Hash(), "err", sk.Err)
	}
	if len(built.Block.Transactions()) == 0 && !allowEmpty {
		return nil, nil
	}
	block, err := s.chain.Commit(built.Block.Hash())
	if err != nil {
		return nil, err
	}
	log.Info("Produced block", "number", block.NumberU64(), "hash", block.Hash(), "txs", len(block.Transactions()), "gas", block.GasUsed())
	return block, nil
}
