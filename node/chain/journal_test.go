package chain

import (
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"
)

func numbered(n uint64) *types.Block {
	return types.NewBlockWithHeader(&types.Header{Number: new(big.Int).SetUint64(n), Difficulty: new(big.Int)})
}

func TestJournalRotateAndPrune(t *testing.T) {
	dir := t.TempDir()
	j, blocks, err := OpenJournal(dir)
	if err != nil || len(blocks) != 0 {
		t.Fatal(blocks, err)
	}
	j.segBlocks = 4
	flushed := uint64(0)
	j.Prunable = func(n uint64) bool { return n <= flushed }
	for n := uint64(1); n <= 20; n++ {
		if err := j.Append(numbered(n)); err != nil {
			t.Fatal(err)
		}
	}
	// Nothing flushed: no segment may go.
	if segs, _ := segments(dir); len(segs) != 5 {
		t.Fatalf("segments %v, want 5 kept while state is unflushed", segs)
	}
	flushed = 12
	for n := uint64(21); n <= 24; n++ {
		j.Append(numbered(n))
	}
	segs, _ := segments(dir)
	if len(segs) != 3 || segs[0] != 13 {
		t.Fatalf("segments %v, want those from block 13 on", segs)
	}
	j.Close()
	// A torn record at the end is cut off; earlier blocks survive.
	last := filepath.Join(dir, segName(segs[len(segs)-1]))
	f, _ := os.OpenFile(last, os.O_WRONLY|os.O_APPEND, 0o644)
	f.Write([]byte{0, 0, 1, 0, 9, 9})
	f.Close()
	j, blocks, err = OpenJournal(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(blocks) != 12 || blocks[0].NumberU64() != 13 || blocks[11].NumberU64() != 24 {
		t.Fatalf("reopened journal holds %d blocks", len(blocks))
	}
	if err := j.Append(numbered(25)); err != nil {
		t.Fatal(err)
	}
	j.Close()
	if _, blocks, _ = OpenJournal(dir); len(blocks) != 13 {
		t.Fatalf("append after torn tail: %d blocks", len(blocks))
	}
	// Damage before the last segment is an error.
	first := filepath.Join(dir, segName(segs[0]))
	os.WriteFile(first, []byte{0, 0, 0, 9}, 0o644)
	if _, _, err := OpenJournal(dir); !errors.Is(err, ErrJournalCorrupt) {
		t.Fatal("corrupt middle segment accepted")
	}
}

// FuzzJournalTail: any bytes after valid records (a torn or garbage tail)
// never make the journal unreadable and never lose the valid records.
func FuzzJournalTail(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{0, 0, 0, 1})
	f.Add([]byte{0, 0, 0, 4, 1, 2, 3, 4, 0xc0, 0xc0, 0xc0, 0xc0})
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0})
	f.Fuzz(func(t *testing.T, tail []byte) {
		dir := t.TempDir()
		j, _, err := OpenJournal(dir)
		if err != nil {
			t.Fatal(err)
		}
		for n := uint64(1); n <= 3; n++ {
			if err := j.Append(numbered(n)); err != nil {
				t.Fatal(err)
			}
		}
		j.Close()
		segs, _ := segments(dir)
		fh, _ := os.OpenFile(filepath.Join(dir, segName(segs[0])), os.O_WRONLY|os.O_APPEND, 0o644)
		fh.Write(tail)
		fh.Close()
		_, blocks, err := OpenJournal(dir)
		if err != nil {
			t.Fatal(err)
		}
		if len(blocks) < 3 {
			t.Fatalf("lost valid records: %d", len(blocks))
		}
		for i := 0; i < 3; i++ {
			if blocks[i].NumberU64() != uint64(i+1) {
				t.Fatal("valid records changed")
			}
		}
	})
}
