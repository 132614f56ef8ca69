package ethapi

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/tracers/logger"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"
)

// estimateErrorRatio is how far above the exact minimum eth_estimateGas may
// stop its search (1.5%, as geth): wallets add a margin anyway.
const estimateErrorRatio = 0.015

// callEnv is the state and block a simulated message runs in: a block's
// state with the state overrides written into it, and the block's header and
// context with the block overrides applied. Every EVM it makes comes from
// Backend.NewEVM, so the native precompiles are present.
type callEnv struct {
	b         Backend
	state     *state.StateDB
	header    *types.Header
	blockCtx  *vm.BlockContext // nil: NewEVM derives it from header
	overrides StateOverride    // precompile moves are redone for every EVM
	movesPcs  bool             // whether overrides change the precompile set
}

// newCallEnv opens the state of the selected block and applies overrides.
func newCallEnv(ctx context.Context, b Backend, sel rpc.BlockNumberOrHash, so *StateOverride, bo *BlockOverrides) (*callEnv, error) {
	if err := bo.check(); err != nil {
		return nil, err
	}
	st, header, err := b.StateAndHeaderByNumberOrHash(ctx, sel)
	if err != nil {
		return nil, err
	}
	if st == nil || header == nil {
		return nil, ErrBlockNotFound
	}
	env := &callEnv{b: b, state: st, header: header}
	if bo != nil {
		// Start from the context the node derives for the real block (its
		// coinbase, hash lookups and transfer rules), then override fields.
		probe := b.NewEVM(ctx, st, header, &vm.Config{NoBaseFee: true}, nil)
		bc := probe.Context
		probe.Release()
		bo.applyContext(&bc)
		env.blockCtx = &bc
		env.header = bo.applyHeader(header)
	}
	if err := env.applyOverrides(ctx, so); err != nil {
		return nil, err
	}
	return env, nil
}

// applyOverrides writes state overrides into the environment's state and
// records whether they change the precompile set, after checking them
// against the precompiles of an EVM for this block.
func (e *callEnv) applyOverrides(ctx context.Context, so *StateOverride) error {
	if so == nil || len(*so) == 0 {
		return nil
	}
	e.overrides = *so
	probe := e.newEVM(ctx, e.state, &vm.Config{NoBaseFee: true})
	pcs := e.b.Precompiles(probe)
	probe.Release()
	e.movesPcs = e.overrides.touchesPrecompiles(pcs)
	if err := e.overrides.applyPrecompiles(pcs); err != nil {
		return err
	}
	return e.overrides.applyState(e.state)
}

// newEVM makes an EVM over st for this environment, with the overridden
// precompile set when the overrides change it.
func (e *callEnv) newEVM(ctx context.Context, st *state.StateDB, cfg *vm.Config) *vm.EVM {
	var bc *vm.BlockContext
	if e.blockCtx != nil {
		c := *e.blockCtx
		bc = &c
	}
	evm := e.b.NewEVM(ctx, st, e.header, cfg, bc)
	if e.movesPcs {
		pcs := e.b.Precompiles(evm)
		if err := e.overrides.applyPrecompiles(pcs); err == nil {
			evm.SetPrecompiles(pcs)
		}
	}
	return evm
}

// zeroFeesForFreeCalls lowers the block's base fees to zero for a message
// that pays nothing, so that an unfunded call does not break the EVM's
// invariant baseFee <= feeCap (NoBaseFee is set for all calls).
func zeroFeesForFreeCalls(evm *vm.EVM, msg *core.Message) {
	if msg.GasPrice.IsZero() {
		evm.Context.BaseFee = new(big.Int)
	}
	if msg.BlobGasFeeCap != nil && msg.BlobGasFeeCap.IsZero() {
		evm.Context.BlobBaseFee = new(big.Int)
	}
}

// applyWithCancel runs msg on evm, aborting the EVM when ctx ends.
func applyWithCancel(ctx context.Context, evm *vm.EVM, msg *core.Message, gp *core.GasPool) (*core.ExecutionResult, error) {
	done := make(chan struct{})
	defer close(done)
	go func() {
		select {
		case <-ctx.Done():
			evm.Cancel()
		case <-done:
		}
	}()
	return core.ApplyMessage(evm, msg, gp)
}

// call runs one message for eth_call, bounded by timeout (0 = none).
func (e *callEnv) call(ctx context.Context, msg *core.Message, gp *core.GasPool, timeout time.Duration) (*core.ExecutionResult, error) {
	var cancel context.CancelFunc
	if timeout > 0 {
		ctx, cancel = context.WithTimeout(ctx, timeout)
	} else {
		ctx, cancel = context.WithCancel(ctx)
	}
	defer cancel()

	evm := e.newEVM(ctx, e.state, &vm.Config{NoBaseFee: true})
	defer evm.Release()
	zeroFeesForFreeCalls(evm, msg)
	res, err := applyWithCancel(ctx, evm, msg, gp)
	// A state read failure (missing trie node) takes precedence over what it
	// made the execution report.
	if serr := e.state.Error(); serr != nil {
		return nil, serr
	}
	if evm.Cancelled() {
		return nil, errorf(ErrExecutionAborted, "execution aborted (timeout = %v)", timeout)
	}
	if err != nil {
		return res, fmt.Errorf("err: %w (supplied gas %d)", err, msg.GasLimit)
	}
	return res, nil
}

// doCall executes args on the selected block's state, as eth_call does.
func doCall(ctx context.Context, b Backend, args TransactionArgs, sel rpc.BlockNumberOrHash, so *StateOverride, bo *BlockOverrides, timeout time.Duration, gasCap uint64) (*core.ExecutionResult, error) {
	defer func(start time.Time) { log.Debug("Executing EVM call finished", "runtime", time.Since(start)) }(time.Now())

	env, err := newCallEnv(ctx, b, sel, so, bo)
	if err != nil {
		return nil, err
	}
	poolGas := gasCap
	if poolGas == 0 {
		poolGas = math.MaxUint64
	}
	if err := args.callDefaults(gasCap, env.header.BaseFee, b.ChainConfig().ChainID); err != nil {
		return nil, err
	}
	msg := args.toMessage(env.header.BaseFee, true).SkipExecutionGasCapCheck()
	return env.call(ctx, msg, core.NewGasPool(poolGas), timeout)
}

// estimateGas finds the lowest gas limit with which args succeed on the
// selected block, by binary search as geth does. The limit searched is at
// most args.Gas (if set), the block gas limit, the EIP-7825 transaction cap,
// what the sender can pay for, and gasCap.
func estimateGas(ctx context.Context, b Backend, args TransactionArgs, sel rpc.BlockNumberOrHash, so *StateOverride, bo *BlockOverrides, gasCap uint64) (hexutil.Uint64, error) {
	env, err := newCallEnv(ctx, b, sel, so, bo)
	if err != nil {
		return 0, err
	}
	// A zero limit means "not given": callDefaults must not fill in the cap.
	if args.Gas == nil {
		args.Gas = new(hexutil.Uint64)
	}
	if err := args.callDefaults(gasCap, env.header.BaseFee, b.ChainConfig().ChainID); err != nil {
		return 0, err
	}
	msg := args.toMessage(env.header.BaseFee, true)
	gas, revert, err := env.estimate(ctx, msg, gasCap)
	if err != nil {
		if errors.Is(err, vm.ErrExecutionReverted) {
			return 0, newRevertError(revert)
		}
		return 0, err
	}
	return hexutil.Uint64(gas), nil
}

// estimate is the binary search of estimateGas. It returns the estimate, or
// the revert data and error of an execution that fails at the highest limit.
func (e *callEnv) estimate(ctx context.Context, msg *core.Message, gasCap uint64) (uint64, []byte, error) {
	config := e.b.ChainConfig()
	hi := e.header.GasLimit
	if msg.GasLimit >= params.TxGas {
		hi = msg.GasLimit
	}
	if config.IsOsaka(e.header.Number, e.header.Time) && !config.IsAmsterdam(e.header.Number, e.header.Time) && hi > params.MaxTxGas {
		hi = params.MaxTxGas
	}
	// Never search above what the sender can pay for.
	feeCap := msg.GasFeeCap
	if feeCap == nil {
		feeCap = msg.GasPrice
	}
	if feeCap != nil && !feeCap.IsZero() {
		avail := e.state.GetBalance(msg.From).Clone()
		if msg.Value != nil {
			if msg.Value.Cmp(avail) >= 0 {
				return 0, nil, core.ErrInsufficientFundsForTransfer
			}
			avail.Sub(avail, msg.Value)
		}
		if config.IsCancun(e.header.Number, e.header.Time) && len(msg.BlobHashes) > 0 {
			blobCost := new(uint256.Int).SetUint64(uint64(len(msg.BlobHashes)) * params.BlobTxBlobGasPerBlob)
			blobCost.Mul(blobCost, msg.BlobGasFeeCap)
			if blobCost.Cmp(avail) >= 0 {
				return 0, nil, core.ErrInsufficientFunds
			}
			avail.Sub(avail, blobCost)
		}
		affordable := new(uint256.Int).Div(avail, feeCap)
		if affordable.IsUint64() && hi > affordable.Uint64() {
			log.Debug("Gas estimation capped by limited funds", "original", hi, "fundable", affordable)
			hi = affordable.Uint64()
		}
	}
	if gasCap != 0 && hi > gasCap {
		log.Debug("Caller gas above allowance, capping", "requested", hi, "cap", gasCap)
		hi = gasCap
	}
	// A plain transfer to an account without code costs exactly what one
	// run at the intrinsic limit uses.
	if len(msg.Data) == 0 && msg.To != nil && e.state.GetCodeSize(*msg.To) == 0 {
		failed, res, err := e.tryGas(ctx, msg, params.TxGas)
		if err == nil && !failed {
			return res.UsedGas, nil, nil
		}
	}
	failed, res, err := e.tryGas(ctx, msg, hi)
	if err != nil {
		return 0, nil, err
	}
	if failed {
		if res != nil && !errors.Is(res.Err, vm.ErrOutOfGas) {
			return 0, res.Revert(), res.Err
		}
		return 0, nil, errorf(ErrGasRequiredExceedsAllowance, "gas required exceeds allowance (%d)", hi)
	}
	// The gas used unconstrained bounds the answer from below; the peak use
	// plus the call stipend, with the 63/64 rule, is very likely enough.
	lo := res.UsedGas - 1
	if guess := (res.MaxUsedGas + params.CallStipend) * 64 / 63; guess < hi {
		failed, _, err := e.tryGas(ctx, msg, guess)
		if err != nil {
			log.Error("Execution error in estimate gas", "err", err)
			return 0, nil, err
		}
		if failed {
			lo = guess
		} else {
			hi = guess
		}
	}
	for lo+1 < hi {
		if float64(hi-lo)/float64(hi) < estimateErrorRatio {
			break
		}
		mid := lo + (hi-lo)/2
		if mid > 2*lo {
			// Most transactions need little more than they use: probe low first.
			mid = 2 * lo
		}
		failed, _, err := e.tryGas(ctx, msg, mid)
		if err != nil {
			log.Error("Execution error in estimate gas", "err", err)
			return 0, nil, err
		}
		if failed {
			lo = mid
		} else {
			hi = mid
		}
	}
	return hi, nil, nil
}

// tryGas runs msg with the given gas limit on a copy of the state. failed
// reports a failure that more gas might cure; err a failure it cannot.
func (e *callEnv) tryGas(ctx context.Context, msg *core.Message, gas uint64) (failed bool, res *core.ExecutionResult, err error) {
	saved := msg.GasLimit
	msg.GasLimit = gas
	defer func() { msg.GasLimit = saved }()

	st := e.state.Copy()
	evm := e.newEVM(ctx, st, &vm.Config{NoBaseFee: true})
	defer evm.Release()
	zeroFeesForFreeCalls(evm, msg)
	res, err = applyWithCancel(ctx, evm, msg, nil)
	if serr := st.Error(); serr != nil {
		return true, nil, serr
	}
	if err != nil {
		if errors.Is(err, core.ErrIntrinsicGas) || errors.Is(err, core.ErrGasLimitTooHigh) {
			return true, nil, nil
		}
		return true, nil, fmt.Errorf("failed with %d gas: %w", gas, err)
	}
	return res.Failed(), res, nil
}

// AccessListResult is the result of eth_createAccessList: the access list,
// the gas the call used with it, and the call's error, if it failed.
type AccessListResult struct {
	Accesslist *types.AccessList `json:"accessList"`
	Error      string            `json:"error,omitempty"`
	GasUsed    hexutil.Uint64    `json:"gasUsed"`
}

// accessList runs args repeatedly, each time with the access list the
// previous run touched, until the list stops changing. Sender, recipient,
// precompiles and EIP-7702 authorities are left out, since they are warm
// anyway.
func accessList(ctx context.Context, b Backend, sel rpc.BlockNumberOrHash, args TransactionArgs, so *StateOverride) (types.AccessList, uint64, error, error) {
	env, err := newCallEnv(ctx, b, sel, so, nil)
	if err != nil {
		return nil, 0, nil, err
	}
	if args.GasPrice != nil || args.MaxFeePerGas != nil || args.MaxPriorityFeePerGas != nil || args.BlobFeeCap != nil {
		if err := args.setFeeDefaults(ctx, b, env.header); err != nil {
			return nil, 0, nil, err
		}
	}
	if args.Nonce == nil {
		nonce := hexutil.Uint64(env.state.GetNonce(args.sender()))
		args.Nonce = &nonce
	}
	config := b.ChainConfig()
	if err := args.callDefaults(b.RPCGasCap(), env.header.BaseFee, config.ChainID); err != nil {
		return nil, 0, nil, err
	}
	to := crypto.CreateAddress(args.sender(), uint64(*args.Nonce))
	if args.To != nil {
		to = *args.To
	}
	exclude := map[common.Address]struct{}{args.sender(): {}, to: {}}
	probe := env.newEVM(ctx, env.state, &vm.Config{NoBaseFee: true})
	for addr := range b.Precompiles(probe) {
		exclude[addr] = struct{}{}
	}
	probe.Release()
	for _, auth := range args.AuthorizationList {
		if !auth.ChainID.IsZero() && auth.ChainID.CmpBig(config.ChainID) != 0 {
			continue
		}
		if auth.Nonce+1 < auth.Nonce {
			continue
		}
		if authority, err := auth.Authority(); err == nil {
			exclude[authority] = struct{}{}
		}
	}
	var start types.AccessList
	if args.AccessList != nil {
		start = *args.AccessList
	}
	prev := logger.NewAccessListTracer(start, exclude)
	for {
		if err := ctx.Err(); err != nil {
			return nil, 0, nil, err
		}
		list := prev.AccessList()
		args.AccessList = &list
		msg := args.toMessage(env.header.BaseFee, true)

		tracer := logger.NewAccessListTracer(list, exclude)
		st := env.state.Copy()
		evm := env.newEVM(ctx, st, &vm.Config{Tracer: tracer.Hooks(), NoBaseFee: true})
		zeroFeesForFreeCalls(evm, msg)
		res, err := core.ApplyMessage(evm, msg, nil)
		evm.Release()
		if err != nil {
			tx := args.toTransaction()
			return nil, 0, nil, fmt.Errorf("failed to apply transaction: %v err: %v", tx.Hash(), err)
		}
		if tracer.Equal(prev) {
			return list, res.UsedGas, res.Err, nil
		}
		prev = tracer
	}
}
