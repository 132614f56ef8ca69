package ethapi

import (
	"encoding/json"
	"errors"
	"math/big"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/tracers"
	"github.com/ethereum/go-ethereum/params"
)

// PrestateTracerName is the tracer name ("tracer" of a trace config) that
// taoevm answers with its own prestate tracer instead of go-ethereum's.
const PrestateTracerName = "prestateTracer"

// ErrPrestateDiffWithEmpty is returned for a prestate tracer configured with
// both diffMode and includeEmpty, which go-ethereum refuses as well.
var ErrPrestateDiffWithEmpty = errors.New("cannot use diffMode with includeEmpty")

// create2PadLimit bounds the zero padding of a CREATE2 init code read past
// the end of memory; beyond it the opcode cannot succeed and the address is
// not looked up (as go-ethereum's tracer does).
const create2PadLimit = 1 << 20

// PrestateConfig is the "tracerConfig" of the prestate tracer; the options
// and their JSON names are go-ethereum's.
type PrestateConfig struct {
	// DiffMode returns {"pre", "post"}: the state before and after of every
	// account the transaction changed, changed fields only.
	DiffMode bool `json:"diffMode"`
	// DisableCode leaves contract code out (the code hash stays).
	DisableCode bool `json:"disableCode"`
	// DisableStorage leaves storage out.
	DisableStorage bool `json:"disableStorage"`
	// IncludeEmpty keeps accounts that did not exist before the transaction.
	IncludeEmpty bool `json:"includeEmpty"`
}

// prestateAccount is one account of the result. Nil fields are left out of
// the JSON, as in go-ethereum's output: code is present (possibly "0x") when
// code != nil, nonce only when non-zero, storage only when non-empty.
type prestateAccount struct {
	balance  *big.Int
	code     *[]byte
	codeHash *common.Hash
	nonce    uint64
	storage  map[common.Hash]common.Hash
	// absent marks an account that did not exist (no balance, nonce or
	// code) when it was first seen.
	absent bool
}

// MarshalJSON encodes the account in go-ethereum's prestate format.
func (a *prestateAccount) MarshalJSON() ([]byte, error) {
	type out struct {
		Balance  *hexutil.Big                `json:"balance,omitempty"`
		Code     *hexutil.Bytes              `json:"code,omitempty"`
		CodeHash *common.Hash                `json:"codeHash,omitempty"`
		Nonce    uint64                      `json:"nonce,omitempty"`
		Storage  map[common.Hash]common.Hash `json:"storage,omitempty"`
	}
	return json.Marshal(&out{
		Balance:  (*hexutil.Big)(a.balance),
		Code:     (*hexutil.Bytes)(a.code),
		CodeHash: a.codeHash,
		Nonce:    a.nonce,
		Storage:  a.storage,
	})
}

// prestateTracer records the state a transaction depends on and, in diff
// mode, what it changed.
//
// go-ethereum's prestate tracer finds accounts only through opcodes and the
// transaction's sender, recipient and coinbase, so it misses everything a
// native precompile changes in Go code. This tracer finds accounts and
// slots the same way (so its output on plain EVM transactions is
// go-ethereum's, byte for byte) and additionally through:
//
//   - the state-change hooks (balance, nonce, code, storage), which carry
//     the value before the change: an account or slot first seen in a hook
//     is recorded with that previous value;
//   - state reads made while a native precompile runs, when the EVM's
//     StateDB is wrapped by observeNativeReads (traceTx does it), so that a
//     precompile's inputs (parameters, reserves, the balance it checks) are
//     in the prestate and the prestate alone can replay the transaction.
//
// Every change goes through a hook, so the first sighting of an account or
// slot always happens before it changes: the value read then, or the
// hook's previous value, is the value before the transaction.
//
// Reads are recorded only while a native precompile's frame runs (between
// its OnEnter and OnExit), so plain EVM transactions are traced exactly as
// go-ethereum traces them. Accounts a precompile only reads and that do not
// exist are dropped like any other empty account (unless includeEmpty).
// Not covered: go-ethereum's muxTracer builds its own prestateTracer, and a
// native precompile moved to another address by a debug_traceCall state
// override is not recognised as native (its changes are still recorded,
// its reads are not).
type prestateTracer struct {
	cfg   PrestateConfig
	chain *params.ChainConfig
	vmctx *tracing.VMContext
	// db is where the tracer reads state: the EVM's StateDB below any
	// read-observing wrapper, so that its own reads are not observed.
	db tracing.StateDB

	pre, post map[common.Address]*prestateAccount
	// created are addresses the transaction creates (CREATE, CREATE2, a
	// creation transaction); destructed are accounts whose SELFDESTRUCT
	// deletes them.
	created, destructed map[common.Address]bool

	// native are the addresses of the native precompiles; nativeDepth is
	// one more than the call depth of the native precompile frame that is
	// running, 0 when none is.
	native      map[common.Address]bool
	nativeDepth int

	stopped atomic.Bool
	reason  atomic.Pointer[error]
}

// newPrestateTracer creates taoevm's prestate tracer from its JSON config.
func newPrestateTracer(_ *tracers.Context, cfg json.RawMessage, chain *params.ChainConfig) (*tracers.Tracer, *prestateTracer, error) {
	var config PrestateConfig
	if len(cfg) > 0 {
		if err := json.Unmarshal(cfg, &config); err != nil {
			return nil, nil, err
		}
	}
	if config.DiffMode && config.IncludeEmpty {
		return nil, nil, ErrPrestateDiffWithEmpty
	}
	t := &prestateTracer{
		cfg:        config,
		chain:      chain,
		pre:        make(map[common.Address]*prestateAccount),
		post:       make(map[common.Address]*prestateAccount),
		created:    make(map[common.Address]bool),
		destructed: make(map[common.Address]bool),
		native:     make(map[common.Address]bool),
	}
	hooks := &tracing.Hooks{
		OnTxStart:       t.onTxStart,
		OnTxEnd:         t.onTxEnd,
		OnEnter:         t.onEnter,
		OnExit:          t.onExit,
		OnOpcode:        t.onOpcode,
		OnBalanceChange: t.onBalanceChange,
		OnNonceChangeV2: t.onNonceChange,
		OnCodeChangeV2:  t.onCodeChange,
		OnStorageChange: t.onStorageChange,
	}
	return &tracers.Tracer{Hooks: hooks, GetResult: t.result, Stop: t.stop}, t, nil
}

// attach binds the tracer to the EVM it traces: it learns which addresses
// are native precompiles (native minus go-ethereum's own precompiles) and
// wraps the EVM's StateDB so that reads made by them are recorded. It must
// be called before the transaction runs and after any change to the EVM's
// precompiles or StateDB (state overrides).
func (t *prestateTracer) attach(evm *vm.EVM, native vm.PrecompiledContracts) {
	geth := vm.ActivePrecompiledContracts(evm.GetRules())
	for addr := range native {
		if _, ok := geth[addr]; !ok {
			t.native[addr] = true
		}
	}
	t.db = evm.StateDB
	evm.StateDB = observeNativeReads(evm.StateDB, t)
}

// active reports whether the tracer still records (Stop not called).
func (t *prestateTracer) active() bool { return !t.stopped.Load() }

// inNative reports whether a native precompile is running.
func (t *prestateTracer) inNative() bool { return t.nativeDepth > 0 && t.active() }

// read returns the account as it is now, with the given options applied.
func (t *prestateTracer) read(addr common.Address) *prestateAccount {
	return t.newAccount(t.db.GetBalance(addr).ToBig(), t.db.GetNonce(addr), t.db.GetCode(addr), t.db.GetCodeHash(addr))
}

// newAccount builds a prestate account from its fields.
func (t *prestateTracer) newAccount(balance *big.Int, nonce uint64, code []byte, codeHash common.Hash) *prestateAccount {
	acc := &prestateAccount{
		balance: balance,
		nonce:   nonce,
		absent:  balance.Sign() == 0 && nonce == 0 && len(code) == 0,
	}
	if len(code) > 0 && !t.cfg.DisableCode {
		c := append([]byte(nil), code...)
		acc.code = &c
	}
	if codeHash != (common.Hash{}) && codeHash != types.EmptyCodeHash {
		h := codeHash
		acc.codeHash = &h
	}
	if !t.cfg.DisableStorage {
		acc.storage = make(map[common.Hash]common.Hash)
	}
	return acc
}

// touch records addr as it is now unless it is recorded already.
func (t *prestateTracer) touch(addr common.Address) *prestateAccount {
	if acc, ok := t.pre[addr]; ok {
		return acc
	}
	acc := t.read(addr)
	t.pre[addr] = acc
	return acc
}

// touchSlot records a storage slot of addr as it is now unless it is
// recorded already.
func (t *prestateTracer) touchSlot(addr common.Address, key common.Hash) {
	acc := t.touch(addr)
	if acc.storage == nil {
		return
	}
	if _, ok := acc.storage[key]; !ok {
		acc.storage[key] = t.db.GetState(addr, key)
	}
}

// touchDelegated records the target of addr's EIP-7702 delegation, if any.
func (t *prestateTracer) touchDelegated(addr common.Address) {
	if !t.chain.IsPrague(t.vmctx.BlockNumber, t.vmctx.Time) {
		return
	}
	if target, ok := types.ParseDelegation(t.db.GetCode(addr)); ok {
		t.touch(target)
	}
}

func (t *prestateTracer) onTxStart(env *tracing.VMContext, tx *types.Transaction, from common.Address) {
	t.vmctx = env
	if t.db == nil {
		t.db = env.StateDB
	}
	var to common.Address
	if dst := tx.To(); dst != nil {
		to = *dst
		t.touchDelegated(to)
	} else {
		to = crypto.CreateAddress(from, t.db.GetNonce(from))
		t.created[to] = true
	}
	t.touch(from)
	t.touch(to)
	t.touch(env.Coinbase)
	for _, auth := range tx.SetCodeAuthorizations() {
		if authority, err := auth.Authority(); err == nil {
			t.touch(authority)
		}
	}
}

func (t *prestateTracer) onEnter(depth int, _ byte, _, to common.Address, _ []byte, _ uint64, _ *big.Int) {
	if t.nativeDepth == 0 && t.native[to] {
		t.nativeDepth = depth + 1
	}
}

func (t *prestateTracer) onExit(depth int, _ []byte, _ uint64, _ error, _ bool) {
	if t.nativeDepth == depth+1 {
		t.nativeDepth = 0
	}
}

func (t *prestateTracer) onOpcode(_ uint64, opcode byte, _, _ uint64, scope tracing.OpContext, _ []byte, _ int, err error) {
	if err != nil || !t.active() {
		return
	}
	stack := scope.StackData()
	self := scope.Address()
	switch op := vm.OpCode(opcode); op {
	case vm.SLOAD, vm.SSTORE:
		if len(stack) >= 1 {
			t.touchSlot(self, common.Hash(stack[len(stack)-1].Bytes32()))
		}
	case vm.BALANCE, vm.EXTCODESIZE, vm.EXTCODECOPY, vm.EXTCODEHASH:
		if len(stack) >= 1 {
			t.touch(common.Address(stack[len(stack)-1].Bytes20()))
		}
	case vm.SELFDESTRUCT:
		if len(stack) >= 1 {
			t.touch(common.Address(stack[len(stack)-1].Bytes20()))
			// Since EIP-6780 only an account created in the same
			// transaction is deleted.
			if t.created[self] || !t.chain.IsCancun(t.vmctx.BlockNumber, t.vmctx.Time) {
				t.destructed[self] = true
			}
		}
	case vm.CALL, vm.CALLCODE, vm.DELEGATECALL, vm.STATICCALL:
		if len(stack) >= 5 {
			callee := common.Address(stack[len(stack)-2].Bytes20())
			t.touch(callee)
			t.touchDelegated(callee)
		}
	case vm.CREATE:
		addr := crypto.CreateAddress(self, t.db.GetNonce(self))
		t.touch(addr)
		t.created[addr] = true
	case vm.CREATE2:
		if len(stack) >= 4 {
			offset, size := stack[len(stack)-2], stack[len(stack)-3]
			initCode, ok := paddedMemory(scope.MemoryData(), offset.Uint64(), size.Uint64(), offset.IsUint64() && size.IsUint64())
			if !ok {
				return
			}
			salt := stack[len(stack)-4].Bytes32()
			addr := crypto.CreateAddress2(self, salt, crypto.Keccak256(initCode))
			t.touch(addr)
			t.created[addr] = true
		}
	}
}

// paddedMemory returns size bytes of mem from offset, zero padded past its
// end, or false when the range is out of any reachable bound.
func paddedMemory(mem []byte, offset, size uint64, fits bool) ([]byte, bool) {
	const maxInt63 = 1<<63 - 1
	if !fits || offset > maxInt63 || size > maxInt63 || offset+size > maxInt63 {
		return nil, false
	}
	end := offset + size
	if end > uint64(len(mem)) && end-uint64(len(mem)) > create2PadLimit {
		return nil, false
	}
	out := make([]byte, size)
	if offset < uint64(len(mem)) {
		copy(out, mem[offset:min(end, uint64(len(mem)))])
	}
	return out, true
}

// onBalanceChange records an account first seen changing balance with the
// balance it had before.
func (t *prestateTracer) onBalanceChange(addr common.Address, prev, _ *big.Int, _ tracing.BalanceChangeReason) {
	if _, ok := t.pre[addr]; ok || !t.active() {
		return
	}
	t.pre[addr] = t.newAccount(new(big.Int).Set(prev), t.db.GetNonce(addr), t.db.GetCode(addr), t.db.GetCodeHash(addr))
}

// onNonceChange records an account first seen changing nonce with the
// nonce it had before.
func (t *prestateTracer) onNonceChange(addr common.Address, prev, _ uint64, _ tracing.NonceChangeReason) {
	if _, ok := t.pre[addr]; ok || !t.active() {
		return
	}
	t.pre[addr] = t.newAccount(t.db.GetBalance(addr).ToBig(), prev, t.db.GetCode(addr), t.db.GetCodeHash(addr))
}

// onCodeChange records an account first seen changing code with the code
// it had before.
func (t *prestateTracer) onCodeChange(addr common.Address, prevHash common.Hash, prev []byte, _ common.Hash, _ []byte, _ tracing.CodeChangeReason) {
	if _, ok := t.pre[addr]; ok || !t.active() {
		return
	}
	t.pre[addr] = t.newAccount(t.db.GetBalance(addr).ToBig(), t.db.GetNonce(addr), prev, prevHash)
}

// onStorageChange records a slot first seen changing with the value it had
// before.
func (t *prestateTracer) onStorageChange(addr common.Address, key, prev, _ common.Hash) {
	if !t.active() {
		return
	}
	acc := t.touch(addr)
	if acc.storage == nil {
		return
	}
	if _, ok := acc.storage[key]; !ok {
		acc.storage[key] = prev
	}
}

// noteRead records an account read by a native precompile.
func (t *prestateTracer) noteRead(addr common.Address) {
	if t.inNative() {
		t.touch(addr)
	}
}

// noteSlotRead records a storage slot read by a native precompile.
func (t *prestateTracer) noteSlotRead(addr common.Address, key common.Hash) {
	if t.inNative() {
		t.touchSlot(addr, key)
	}
}

func (t *prestateTracer) onTxEnd(_ *types.Receipt, err error) {
	if err != nil {
		return
	}
	if t.cfg.DiffMode {
		t.diff()
	}
	if t.cfg.IncludeEmpty {
		return
	}
	for addr, acc := range t.pre {
		if acc.absent {
			delete(t.pre, addr)
		}
	}
}

// diff turns pre into the changed fields' previous values and fills post
// with their new ones; unchanged accounts leave pre. A deleted account keeps
// its whole prestate and has no post entry.
func (t *prestateTracer) diff() {
	for addr, before := range t.pre {
		if t.destructed[addr] {
			continue
		}
		after := &prestateAccount{storage: make(map[common.Hash]common.Hash)}
		changed := false
		if bal := t.db.GetBalance(addr).ToBig(); bal.Cmp(before.balance) != 0 {
			after.balance, changed = bal, true
		}
		if nonce := t.db.GetNonce(addr); nonce != before.nonce {
			after.nonce, changed = nonce, true
		}
		oldHash := types.EmptyCodeHash
		if before.codeHash != nil {
			oldHash = *before.codeHash
		}
		if h := t.db.GetCodeHash(addr); h != oldHash {
			after.codeHash, changed = &h, true
		}
		if !t.cfg.DisableCode {
			var oldCode []byte
			if before.code != nil {
				oldCode = *before.code
			}
			if code := t.db.GetCode(addr); string(code) != string(oldCode) {
				c := append([]byte{}, code...)
				after.code, changed = &c, true
			}
		}
		for key, old := range before.storage {
			now := t.db.GetState(addr, key)
			if now == old {
				delete(before.storage, key)
				continue
			}
			changed = true
			if old == (common.Hash{}) {
				delete(before.storage, key)
			}
			if now != (common.Hash{}) {
				after.storage[key] = now
			}
		}
		if changed {
			t.post[addr] = after
		} else {
			delete(t.pre, addr)
		}
	}
}

func (t *prestateTracer) result() (json.RawMessage, error) {
	var (
		res []byte
		err error
	)
	if t.cfg.DiffMode {
		res, err = json.Marshal(struct {
			Post map[common.Address]*prestateAccount `json:"post"`
			Pre  map[common.Address]*prestateAccount `json:"pre"`
		}{t.post, t.pre})
	} else {
		res, err = json.Marshal(t.pre)
	}
	if err != nil {
		return nil, err
	}
	if reason := t.reason.Load(); reason != nil {
		return res, *reason
	}
	return res, nil
}

func (t *prestateTracer) stop(err error) {
	t.reason.Store(&err)
	t.stopped.Store(true)
}
