package node

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
)

func lazy(t *testing.T, acc int, nonce uint64, tip, feeCap int64, seen time.Time) *txpool.LazyTransaction {
	tx, err := devAccs[acc].SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(1), Nonce: nonce, GasTipCap: big.NewInt(tip), GasFeeCap: big.NewInt(feeCap), Gas: 21000, To: &common.Address{}}), big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	return &txpool.LazyTransaction{Tx: tx, Hash: tx.Hash(), Time: seen, GasTipCap: uint256.NewInt(uint64(tip)), GasFeeCap: uint256.NewInt(uint64(feeCap)), Gas: 21000}
}

func TestOrderTxs(t *testing.T) {
	t0 := time.Unix(1000, 0)
	a, b, c := devAccs[0].Address(), devAccs[1].Address(), devAccs[2].Address()
	pending := map[common.Address][]*txpool.LazyTransaction{
		// a: a cheap first nonce holds back its rich second one.
		a: {lazy(t, 0, 0, 1, 100, t0), lazy(t, 0, 1, 50, 100, t0)},
		// b: tip 10 capped by feeCap-baseFee = 5.
		b: {lazy(t, 1, 0, 10, 15, t0)},
		// c: tip 5 like b's effective tip, seen earlier.
		c: {lazy(t, 2, 0, 5, 100, t0.Add(-time.Second)), lazy(t, 2, 1, 2, 100, t0)},
	}
	got := orderTxs(pending, uint256.NewInt(10))
	want := []struct {
		from  common.Address
		nonce uint64
	}{{c, 0}, {b, 0}, {c, 1}, {a, 0}, {a, 1}}
	if len(got) != len(want) {
		t.Fatalf("got %d txs", len(got))
	}
	signer := types.LatestSignerForChainID(big.NewInt(1))
	for i, w := range want {
		from, _ := types.Sender(signer, got[i])
		if from != w.from || got[i].Nonce() != w.nonce {
			t.Fatalf("position %d: %s/%d, want %s/%d", i, from, got[i].Nonce(), w.from, w.nonce)
		}
	}
}
