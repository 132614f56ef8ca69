package chain

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/rlp"
)

// Journal errors.
var (
	// ErrJournalClosed is returned when appending to a closed journal.
	ErrJournalClosed = errors.New("chain: block journal closed")
	// ErrJournalCorrupt is returned for a damaged record before the tail.
	ErrJournalCorrupt = errors.New("chain: block journal corrupt")
)

const (
	// SegmentBlocks is how many blocks one journal segment holds.
	SegmentBlocks = 4096
	// keepSegments is how many segments are kept at least: the journal
	// always covers the last SegmentBlocks blocks, far above the replay
	// bound, and an older segment is removed only once the state after its
	// last block is on disk.
	keepSegments  = 2
	segmentPrefix = "blocks-"
	segmentSuffix = ".jnl"
)

// Journal is an append-only, fsynced log of committed blocks, in segments
// named by their first block number. A record is the 4-byte big-endian
// length and 4-byte CRC-32 (Castagnoli) of the block's RLP, then the RLP. A
// torn record at the end of the last segment (a crash mid-append) is cut
// off on open; it was never acknowledged.
type Journal struct {
	// Prunable reports whether the state after block number is flushed to
	// disk, so segments ending at or below it are no longer needed. Nil
	// prunes by count alone.
	Prunable func(number uint64) bool

	dir       string
	segBlocks int
	f         *os.File
	first     uint64 // first block number of the open segment
	count     int    // records in the open segment
}

var crcTable = crc32.MakeTable(crc32.Castagnoli)

// OpenJournal opens (creating) the journal in dir and returns it with every
// block it holds, oldest first.
func OpenJournal(dir string) (*Journal, []*types.Block, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, nil, err
	}
	segs, err := segments(dir)
	if err != nil {
		return nil, nil, err
	}
	j := &Journal{dir: dir, segBlocks: SegmentBlocks}
	var blocks []*types.Block
	for i, s := range segs {
		last := i == len(segs)-1
		bs, good, err := readSegment(filepath.Join(dir, segName(s)), last)
		if err != nil {
			return nil, nil, err
		}
		blocks = append(blocks, bs...)
		if last {
			path := filepath.Join(dir, segName(s))
			if err := os.Truncate(path, good); err != nil {
				return nil, nil, err
			}
			f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0o644)
			if err != nil {
				return nil, nil, err
			}
			j.f, j.first, j.count = f, s, len(bs)
		}
	}
	return j, blocks, nil
}

func segName(first uint64) string {
	return fmt.Sprintf("%s%020d%s", segmentPrefix, first, segmentSuffix)
}

func segments(dir string) ([]uint64, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []uint64
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, segmentPrefix) || !strings.HasSuffix(name, segmentSuffix) {
			continue
		}
		n, err := strconv.ParseUint(strings.TrimSuffix(strings.TrimPrefix(name, segmentPrefix), segmentSuffix), 10, 64)
		if err != nil {
			continue
		}
		out = append(out, n)
	}
	sort.Slice(out, func(a, b int) bool { return out[a] < out[b] })
	return out, nil
}

// readSegment returns the blocks of a segment and the byte length of its
// valid prefix. A damaged record is tolerated only at the end of the last
// segment.
func readSegment(path string, last bool) ([]*types.Block, int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	r := bufio.NewReader(f)
	var (
		blocks []*types.Block
		good   int64
		hdr    [8]byte
	)
	for {
		if _, err := io.ReadFull(r, hdr[:]); err != nil {
			if err == io.EOF {
				return blocks, good, nil
			}
			break // torn header
		}
		size := binary.BigEndian.Uint32(hdr[:4])
		sum := binary.BigEndian.Uint32(hdr[4:])
		if size > 256<<20 {
			break
		}
		data := make([]byte, size)
		if _, err := io.ReadFull(r, data); err != nil {
			break
		}
		if crc32.Checksum(data, crcTable) != sum {
			break
		}
		b := new(types.Block)
		if err := rlp.DecodeBytes(data, b); err != nil {
			break
		}
		blocks = append(blocks, b)
		good += int64(8 + size)
	}
	if !last {
		return nil, 0, fmt.Errorf("%w: %s", ErrJournalCorrupt, path)
	}
	log.Warn("Cut torn block journal tail", "file", path, "valid", good)
	return blocks, good, nil
}

// Append writes block to the journal and fsyncs it before returning.
func (j *Journal) Append(block *types.Block) error {
	if j.dir == "" {
		return ErrJournalClosed
	}
	if j.f == nil || j.count >= j.segBlocks {
		if err := j.rotate(block.NumberU64()); err != nil {
			return err
		}
	}
	data, err := rlp.EncodeToBytes(block)
	if err != nil {
		return err
	}
	rec := make([]byte, 8+len(data))
	binary.BigEndian.PutUint32(rec[:4], uint32(len(data)))
	binary.BigEndian.PutUint32(rec[4:8], crc32.Checksum(data, crcTable))
	copy(rec[8:], data)
	if _, err := j.f.Write(rec); err != nil {
		return err
	}
	if err := j.f.Sync(); err != nil {
		return err
	}
	j.count++
	return nil
}

// rotate starts a new segment at first and removes segments beyond the
// retention.
func (j *Journal) rotate(first uint64) error {
	if j.f != nil {
		if err := j.f.Close(); err != nil {
			return err
		}
	}
	f, err := os.OpenFile(filepath.Join(j.dir, segName(first)), os.O_CREATE|os.O_WRONLY|os.O_APPEND|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	j.f, j.first, j.count = f, first, 0
	if err := syncDir(j.dir); err != nil {
		return err
	}
	segs, err := segments(j.dir)
	if err != nil {
		return err
	}
	for len(segs) > keepSegments {
		// segs[0] ends right before segs[1] starts.
		if j.Prunable != nil && segs[1] > 0 && !j.Prunable(segs[1]-1) {
			break
		}
		if err := os.Remove(filepath.Join(j.dir, segName(segs[0]))); err != nil {
			return err
		}
		segs = segs[1:]
	}
	return nil
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// Close closes the open segment.
func (j *Journal) Close() error {
	j.dir = ""
	if j.f == nil {
		return nil
	}
	err := j.f.Close()
	j.f = nil
	return err
}
