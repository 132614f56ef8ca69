package node

import (
	"container/heap"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
)

// orderTxs flattens the pool's pending transactions into block order: each
// sender's transactions stay in nonce order, and among the senders' next
// transactions the one paying the highest effective tip (given baseFee) goes
// first; ties go to the transaction seen first, then the lower hash.
func orderTxs(pending map[common.Address][]*txpool.LazyTransaction, baseFee *uint256.Int) types.Transactions {
	h := &tipHeap{baseFee: baseFee}
	total := 0
	for _, list := range pending {
		if len(list) > 0 {
			h.items = append(h.items, &senderQueue{txs: list, tip: effectiveTip(list[0], baseFee)})
			total += len(list)
		}
	}
	heap.Init(h)
	out := make(types.Transactions, 0, total)
	for h.Len() > 0 {
		q := h.items[0]
		if tx := q.txs[0].Resolve(); tx != nil {
			out = append(out, tx)
		} else {
			// Evicted meanwhile: the sender's later nonces cannot run either.
			heap.Pop(h)
			continue
		}
		q.txs = q.txs[1:]
		if len(q.txs) == 0 {
			heap.Pop(h)
			continue
		}
		q.tip = effectiveTip(q.txs[0], baseFee)
		heap.Fix(h, 0)
	}
	return out
}

func effectiveTip(tx *txpool.LazyTransaction, baseFee *uint256.Int) *uint256.Int {
	if baseFee == nil {
		return tx.GasTipCap
	}
	if tx.GasFeeCap.Lt(baseFee) {
		return new(uint256.Int)
	}
	room := new(uint256.Int).Sub(tx.GasFeeCap, baseFee)
	if room.Lt(tx.GasTipCap) {
		return room
	}
	return tx.GasTipCap
}

type senderQueue struct {
	txs []*txpool.LazyTransaction
	tip *uint256.Int
}

type tipHeap struct {
	items   []*senderQueue
	baseFee *uint256.Int
}

// Len implements heap.Interface.
func (h *tipHeap) Len() int { return len(h.items) }

// Less orders by effective tip, then arrival, then hash.
func (h *tipHeap) Less(i, j int) bool {
	a, b := h.items[i], h.items[j]
	if c := a.tip.Cmp(b.tip); c != 0 {
		return c > 0
	}
	ta, tb := a.txs[0].Time, b.txs[0].Time
	if !ta.Equal(tb) {
		return ta.Before(tb)
	}
	return a.txs[0].Hash.Cmp(b.txs[0].Hash) < 0
}

// Swap implements heap.Interface.
func (h *tipHeap) Swap(i, j int) { h.items[i], h.items[j] = h.items[j], h.items[i] }

// Push implements heap.Interface.
func (h *tipHeap) Push(x any) { h.items = append(h.items, x.(*senderQueue)) }

// Pop implements heap.Interface.
func (h *tipHeap) Pop() any {
	n := len(h.items) - 1
	it := h.items[n]
	h.items = h.items[:n]
	return it
}
