package node

import (
	"errors"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

func TestTxJournal(t *testing.T) {
	path := filepath.Join(t.TempDir(), "txs.jnl")
	j, txs, err := OpenTxJournal(path)
	if err != nil || len(txs) != 0 {
		t.Fatal(txs, err)
	}
	j.Start()
	var want []*types.Transaction
	for i := 0; i < 20; i++ {
		want = append(want, signedTransfer(t, devAccs[i%10].Key(), uint64(i/10), devAccs[0].Address(), params.GWei))
	}
	// Concurrent appends all land.
	var wg sync.WaitGroup
	for _, tx := range want {
		wg.Add(1)
		go func(tx *types.Transaction) {
			defer wg.Done()
			if err := j.Append(tx); err != nil {
				t.Error(err)
			}
		}(tx)
	}
	wg.Wait()
	if j.Records() != 20 {
		t.Fatalf("records %d", j.Records())
	}
	// Appended records are in the file at once (a killed process keeps them).
	if _, onDisk, _ := OpenTxJournal(path); len(onDisk) != 20 {
		t.Fatalf("file holds %d records right after Append", len(onDisk))
	}
	if err := j.Sync(); err != nil {
		t.Fatal(err)
	}
	// Compaction keeps the selected ones; appends after it land too.
	if err := j.Compact(func(tx *types.Transaction) bool { return tx.Nonce() == 1 }); err != nil {
		t.Fatal(err)
	}
	if err := j.Append(want[0]); err != nil {
		t.Fatal(err)
	}
	j.Close()
	if err := j.Append(want[1]); !errors.Is(err, ErrTxJournalClosed) {
		t.Fatalf("append after close: %v", err)
	}
	// A torn tail is ignored.
	f, _ := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0o644)
	f.Write([]byte{0, 0, 0, 50, 1, 2})
	f.Close()
	_, got, err := OpenTxJournal(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 11 || got[10].Hash() != want[0].Hash() {
		t.Fatalf("reopened journal holds %d txs", len(got))
	}
	for _, tx := range got[:10] {
		if tx.Nonce() != 1 {
			t.Fatal("compaction kept the wrong transactions")
		}
	}
}
