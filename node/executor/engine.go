package executor

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/consensus/misc/eip4844"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"
)

// Header rule errors reported by Engine.VerifyHeader.
var (
	ErrTimestamp       = errors.New("executor: block time not after parent time")
	ErrDifficulty      = errors.New("executor: difficulty must be 0")
	ErrNonce           = errors.New("executor: nonce must be 0")
	ErrUncles          = errors.New("executor: uncles are not allowed")
	ErrExtraData       = errors.New("executor: extra data longer than 32 bytes")
	ErrMixDigest       = errors.New("executor: mixDigest must equal the parent hash")
	ErrBeaconRoot      = errors.New("executor: parentBeaconBlockRoot must equal the parent hash")
	ErrGasUsed         = errors.New("executor: gas used above gas limit")
	ErrNumber          = errors.New("executor: block number is not parent + 1")
	ErrWithdrawals     = errors.New("executor: withdrawals hash must be the empty list's")
	ErrRequestsHash    = errors.New("executor: requests hash missing")
	ErrAmsterdam       = errors.New("executor: Amsterdam fields are not supported")
	ErrNoSeal          = errors.New("executor: blocks are not sealed by the engine")
	ErrUnknownAncestor = consensus.ErrUnknownAncestor
)

// Engine is taoevm's consensus.Engine for core.BlockChain. It verifies the
// deterministic header rules (see HeaderRules in doc.go) and does nothing at
// finalisation: the native block step runs in the executor before the
// transactions, and the authority's proof travels beside the block, not in
// the header.
type Engine struct{}

// NewEngine returns the header-rule engine.
func NewEngine() *Engine { return &Engine{} }

// Author returns the header's coinbase.
func (e *Engine) Author(header *types.Header) (common.Address, error) {
	return header.Coinbase, nil
}

// VerifyHeader checks header against its parent.
func (e *Engine) VerifyHeader(chain consensus.ChainHeaderReader, header *types.Header) error {
	parent := chain.GetHeader(header.ParentHash, header.Number.Uint64()-1)
	if parent == nil {
		return ErrUnknownAncestor
	}
	return VerifyHeader(chain.Config(), parent, header)
}

// VerifyHeader checks the header rules of a block built on parent.
func VerifyHeader(config *params.ChainConfig, parent, header *types.Header) error {
	switch {
	case len(header.Extra) > int(params.MaximumExtraDataSize):
		return ErrExtraData
	case header.Nonce != (types.BlockNonce{}):
		return ErrNonce
	case header.UncleHash != types.EmptyUncleHash:
		return ErrUncles
	case header.Time <= parent.Time:
		return ErrTimestamp
	case header.Difficulty == nil || header.Difficulty.Sign() != 0:
		return ErrDifficulty
	case header.GasUsed > header.GasLimit:
		return ErrGasUsed
	case new(big.Int).Sub(header.Number, parent.Number).Cmp(common.Big1) != 0:
		return ErrNumber
	case header.MixDigest != parent.Hash():
		return ErrMixDigest
	}
	if err := eip1559.VerifyEIP1559Header(config, parent, header); err != nil {
		return err
	}
	if config.IsShanghai(header.Number, header.Time) {
		if header.WithdrawalsHash == nil || *header.WithdrawalsHash != types.EmptyWithdrawalsHash {
			return ErrWithdrawals
		}
	} else if header.WithdrawalsHash != nil {
		return ErrWithdrawals
	}
	if config.IsCancun(header.Number, header.Time) {
		if header.ParentBeaconRoot == nil || *header.ParentBeaconRoot != parent.Hash() {
			return ErrBeaconRoot
		}
		if err := eip4844.VerifyEIP4844Header(config, parent, header); err != nil {
			return err
		}
	} else if header.ParentBeaconRoot != nil || header.ExcessBlobGas != nil || header.BlobGasUsed != nil {
		return fmt.Errorf("%w: Cancun fields before Cancun", ErrBeaconRoot)
	}
	if config.IsPrague(header.Number, header.Time) && header.RequestsHash == nil {
		return ErrRequestsHash
	}
	if header.BlockAccessListHash != nil || header.SlotNumber != nil {
		return ErrAmsterdam
	}
	return nil
}

// VerifyHeaders verifies a batch of headers in order.
func (e *Engine) VerifyHeaders(chain consensus.ChainHeaderReader, headers []*types.Header) (chan<- struct{}, <-chan error) {
	abort := make(chan struct{})
	results := make(chan error, len(headers))
	go func() {
		for i, h := range headers {
			var parent *types.Header
			if i > 0 && headers[i-1].Hash() == h.ParentHash {
				parent = headers[i-1]
			} else {
				parent = chain.GetHeader(h.ParentHash, h.Number.Uint64()-1)
			}
			err := ErrUnknownAncestor
			if parent != nil {
				err = VerifyHeader(chain.Config(), parent, h)
			}
			select {
			case <-abort:
				return
			case results <- err:
			}
		}
	}()
	return abort, results
}

// VerifyUncles rejects any uncle.
func (e *Engine) VerifyUncles(chain consensus.ChainReader, block *types.Block) error {
	if len(block.Uncles()) > 0 {
		return ErrUncles
	}
	return nil
}

// Prepare sets the engine-owned header fields (difficulty 0, mixDigest).
func (e *Engine) Prepare(chain consensus.ChainHeaderReader, header *types.Header) error {
	header.Difficulty = new(big.Int)
	header.MixDigest = header.ParentHash
	return nil
}

// Finalize does nothing: there are no block rewards at finalisation.
func (e *Engine) Finalize(chain consensus.ChainHeaderReader, header *types.Header, st vm.StateDB, body *types.Body) {
}

// Seal is not supported; blocks are built by the executor and committed by
// the chain.
func (e *Engine) Seal(chain consensus.ChainHeaderReader, block *types.Block, results chan<- *types.Block, stop <-chan struct{}) error {
	return ErrNoSeal
}

// SealHash returns the header hash (nothing is sealed).
func (e *Engine) SealHash(header *types.Header) common.Hash { return header.Hash() }

// CalcDifficulty is always 0.
func (e *Engine) CalcDifficulty(chain consensus.ChainHeaderReader, time uint64, parent *types.Header) *big.Int {
	return new(big.Int)
}

// Close releases nothing.
func (e *Engine) Close() error { return nil }

var _ consensus.Engine = (*Engine)(nil)
