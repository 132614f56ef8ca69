package node

import (
	"context"
	"math/big"
	"testing"
	"time"
)

// TestStateRetention: the default node answers state queries for the latest
// 128 blocks only; an archive node answers all.
func TestStateRetention(t *testing.T) {
	for _, archive := range []bool{false, true} {
		n, err := New(Config{DataDir: t.TempDir(), Dev: true, Archive: archive, HTTPHost: "127.0.0.1"})
		if err != nil {
			t.Fatal(err)
		}
		if err := n.Start(); err != nil {
			t.Fatal(err)
		}
		rc, ec := dial(t, n)
		if err := rc.Call(nil, "anvil_mine", 300, 1); err != nil {
			t.Fatal(err)
		}
		ctx := context.Background()
		addr := devAccs[0].Address()
		if _, err := ec.BalanceAt(ctx, addr, big.NewInt(300-100)); err != nil {
			t.Fatalf("archive=%v: recent state: %v", archive, err)
		}
		_, err = ec.BalanceAt(ctx, addr, big.NewInt(5))
		// The archive's history index is built in the background.
		for deadline := time.Now().Add(20 * time.Second); archive && err != nil && time.Now().Before(deadline); {
			time.Sleep(100 * time.Millisecond)
			_, err = ec.BalanceAt(ctx, addr, big.NewInt(5))
		}
		if archive && err != nil {
			t.Fatalf("archive node lost old state: %v", err)
		}
		if !archive {
			if err == nil {
				t.Fatal("non-archive node served state 295 blocks old")
			}
			t.Logf("old state error: %v", err)
		}
		n.Close()
	}
}
