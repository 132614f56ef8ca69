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
// (eth_sendRawTransaction, eth_sendTransaction). Append returns only after
// the record is fsynced; concurrent appends share one fsync (group commit).
// Records are the 4-byte length, 4-byte CRC-32 (Castagnoli) and the
// transaction's binary encoding; a torn tail is ignored.
type TxJournal struct {
	path string

	mu      sync.Mutex
	cond    *sync.Cond
	f       *os.File
	buf     []byte // records waiting for the next flush
	seq     uint64 // records appended
	synced  uint64 // records durable
	flusher bool   // a goroutine is flushing
	err     error
	records int // records in the file
}

var txCRC = crc32.MakeTable(crc32.Castagnoli)

// OpenTxJournal opens (creating) the journal at path and returns the
// transactions it holds.
func OpenTxJournal(path string) (*TxJournal, []*types.Transaction, error) {
	txs, err := readTxJournal(path)
	if err != nil {
		return nil, nil, err
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, nil, err
	}
	j := &TxJournal{path: path, f: f, records: len(txs)}
	j.cond = sync.NewCond(&j.mu)
	return j, txs, nil
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

// Append durably records tx.
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
	j.buf = append(j.buf, rec...)
	j.seq++
	mine := j.seq
	for j.synced < mine && j.err == nil {
		if j.f == nil {
			return ErrTxJournalClosed
		}
		if !j.flusher {
			j.flush()
			continue
		}
		j.cond.Wait()
	}
	return j.err
}

// flush writes and fsyncs the buffered records; called with mu held, it
// releases mu during the I/O so other appends can queue up.
func (j *TxJournal) flush() {
	j.flusher = true
	buf, upto, f := j.buf, j.seq, j.f
	j.buf = nil
	j.mu.Unlock()
	_, err := f.Write(buf)
	if err == nil {
		err = f.Sync()
	}
	j.mu.Lock()
	j.flusher = false
	if err != nil {
		j.err = err
	} else {
		j.records += int(upto - j.synced)
		j.synced = upto
	}
	j.cond.Broadcast()
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
	for j.flusher {
		j.cond.Wait()
	}
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
	// Records appended but not yet flushed stay queued for the new file.
	j.f.Close()
	j.f = f
	j.records = kept
	log.Debug("Compacted transaction journal", "kept", kept, "dropped", len(txs)-kept)
	return nil
}

// Close flushes and closes the journal.
func (j *TxJournal) Close() error {
	j.mu.Lock()
	defer j.mu.Unlock()
	for j.flusher {
		j.cond.Wait()
	}
	if j.f == nil {
		return nil
	}
	var err error
	if len(j.buf) > 0 {
		if _, err = j.f.Write(j.buf); err == nil {
			err = j.f.Sync()
		}
		j.buf = nil
		if err == nil {
			j.synced = j.seq
		}
	}
	if cerr := j.f.Close(); err == nil {
		err = cerr
	}
	j.f = nil
	j.cond.Broadcast()
	return err
}
