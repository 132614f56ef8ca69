package node

import (
	"bufio"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"io"
	"os"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/log"
)

// ErrTxJournalClosed is returned when appending to a closed journal.
var ErrTxJournalClosed = errors.New("node: transaction journal closed")

// TxJournal is a crash-safe log of the local transactions the node accepted
// (eth_sendRawTransaction, eth_sendTransaction). Append writes the record to
// the file before it returns, so a killed process (kill -9) loses none; a
// background syncer fsyncs appended records within milliseconds (one fsync
// for every burst), so an operating system crash or power loss can lose at
// most the transactions of that last moment. Records are the 4-byte length,
// 4-byte CRC-32 (Castagnoli) and the transaction's binary encoding; a torn
// tail is ignored.
type TxJournal struct {
	path string

	mu      sync.Mutex
	f       *os.File
	dirty   bool // written since the last fsync
	records int  // records in the file

	kick    chan struct{}
	quit    chan struct{}
	done    chan struct{}
	started bool
}

var txCRC = crc32.MakeTable(crc32.Castagnoli)

// OpenTxJournal opens (creating) the journal at path and returns the
// transactions it holds. Start runs its background syncer.
func OpenTxJournal(path string) (*TxJournal, []*types.Transaction, error) {
	txs, err := readTxJournal(path)
	if err != nil {
		return nil, nil, err
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, nil, err
	}
	j := &TxJournal{path: path, f: f, records: len(txs), kick: make(chan struct{}, 1), quit: make(chan struct{}), done: make(chan struct{})}
	return j, txs, nil
}

// Start runs the background syncer until Close.
func (j *TxJournal) Start() {
	j.started = true
	go func() {
		defer close(j.done)
		for {
			select {
			case <-j.quit:
				return
			case <-j.kick:
				if err := j.Sync(); err != nil {
					log.Warn("Transaction journal sync failed", "err", err)
				}
			}
		}
	}()
}

// Sync fsyncs the records written so far.
func (j *TxJournal) Sync() error {
	j.mu.Lock()
	f := j.f
	if f == nil || !j.dirty {
		j.mu.Unlock()
		return nil
	}
	j.dirty = false
	j.mu.Unlock()
	// Appends go on while the file syncs. A file replaced by Compact
	// meanwhile was synced there.
	if err := f.Sync(); err != nil && !errors.Is(err, os.ErrClosed) {
		return err
	}
	return nil
}

func readTxJournal(path string) ([]*types.Transaction, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := bufio.NewReader(f)
	var (
		out []*types.Transaction
		hdr [8]byte
	)
	for {
		if _, err := io.ReadFull(r, hdr[:]); err != nil {
			break
		}
		size := binary.BigEndian.Uint32(hdr[:4])
		if size > 4<<20 {
			break
		}
		data := make([]byte, size)
		if _, err := io.ReadFull(r, data); err != nil || crc32.Checksum(data, txCRC) != binary.BigEndian.Uint32(hdr[4:]) {
			break
		}
		tx := new(types.Transaction)
		if err := tx.UnmarshalBinary(data); err != nil {
			break
		}
		out = append(out, tx)
	}
	return out, nil
}

func txRecord(tx *types.Transaction) ([]byte, error) {
	data, err := tx.MarshalBinary()
	if err != nil {
		return nil, err
	}
	rec := make([]byte, 8+len(data))
	binary.BigEndian.PutUint32(rec[:4], uint32(len(data)))
	binary.BigEndian.PutUint32(rec[4:8], crc32.Checksum(data, txCRC))
	copy(rec[8:], data)
	return rec, nil
}

// Append writes tx's record to the journal file; the background syncer
// fsyncs it shortly after.
func (j *TxJournal) Append(tx *types.Transaction) error {
	rec, err := txRecord(tx)
	if err != nil {
		return err
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.f == nil {
		return ErrTxJournalClosed
	}
	if _, err := j.f.Write(rec); err != nil {
		return err
	}
	j.records++
	j.dirty = true
	select {
	case j.kick <- struct{}{}:
	default:
	}
	return nil
}

// Records returns how many records the file holds.
func (j *TxJournal) Records() int {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.records
}

// Compact atomically rewrites the journal with the recorded transactions
// for which keep returns true (the local transactions still pending),
// bounding its size. Appends wait while it runs, so none is lost.
func (j *TxJournal) Compact(keep func(*types.Transaction) bool) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.f == nil {
		return ErrTxJournalClosed
	}
	txs, err := readTxJournal(j.path)
	if err != nil {
		return err
	}
	var all []byte
	kept, seen := 0, make(map[common.Hash]bool, len(txs))
	for _, tx := range txs {
		if h := tx.Hash(); seen[h] || !keep(tx) {
			continue
		} else {
			seen[h] = true
		}
		rec, err := txRecord(tx)
		if err != nil {
			return err
		}
		all = append(all, rec...)
		kept++
	}
	tmp := j.path + ".new"
	f, err := os.OpenFile(tmp, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(all); err == nil {
		err = f.Sync()
	}
	if err == nil {
		err = os.Rename(tmp, j.path)
	}
	if err != nil {
		f.Close()
		return err
	}
	j.f.Close()
	j.f = f
	j.dirty = false
	j.records = kept
	log.Debug("Compacted transaction journal", "kept", kept, "dropped", len(txs)-kept)
	return nil
}

// Close stops the syncer, fsyncs and closes the journal.
func (j *TxJournal) Close() error {
	select {
	case <-j.quit:
	default:
		close(j.quit)
		if j.started {
			<-j.done
		}
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.f == nil {
		return nil
	}
	err := j.f.Sync()
	if cerr := j.f.Close(); err == nil {
		err = cerr
	}
	j.f = nil
	return err
}
