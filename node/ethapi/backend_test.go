package ethapi

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/beacon"
	"github.com/ethereum/go-ethereum/consensus/ethash"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/filtermaps"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/gasprice"
	"github.com/ethereum/go-ethereum/ethdb"
	"github.com/ethereum/go-ethereum/event"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// The test chain's accounts and contract.
var (
	key1, _  = crypto.HexToECDSA("b71c71a67e1177ad4e901695e1b4b9ee17ae16c6668d313eac2f96dbcda3f291")
	key2, _  = crypto.HexToECDSA("8a1f9a8f95be41cd7ccb6168179afb4504aefe388d1e14474d32c45c72ce7b7a")
	devKey   = mustKey("49a7b37aa6f6645917e7b7e5f3a2e8e3d7e0b5c6a0b8d1f5e4c3b2a190817263")
	addr1    = crypto.PubkeyToAddress(key1.PublicKey)
	addr2    = crypto.PubkeyToAddress(key2.PublicKey)
	devAddr  = crypto.PubkeyToAddress(devKey.PublicKey)
	contract = common.HexToAddress("0x00000000000000000000000000000000c0ffee01")
	// nativeAddr is where the test backend installs its stand-in for a
	// taoevm native precompile (only EVMs from NewEVM have it).
	nativeAddr = common.HexToAddress("0x0000000000000000000000000000000000000800")
	funds      = new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))
)

func mustKey(hex string) *ecdsa.PrivateKey {
	k, err := crypto.HexToECDSA(hex)
	if err != nil {
		panic(err)
	}
	return k
}

// nativePrecompile stands in for a stateful taoevm precompile: it returns
// "taoevm:" followed by its input, for 100 gas.
type nativePrecompile struct{}

func (nativePrecompile) RequiredGas(input []byte) uint64 { return 100 }
func (nativePrecompile) Run(input []byte) ([]byte, error) {
	return append([]byte("taoevm:"), input...), nil
}
func (nativePrecompile) Name() string { return "TAOEVM_TEST" }

// testPrecompiles returns the precompile set of the test backend's EVMs.
func testPrecompiles(rules params.Rules) vm.PrecompiledContracts {
	pcs := vm.ActivePrecompiledContracts(rules)
	pcs[nativeAddr] = nativePrecompile{}
	return pcs
}

// devAccount signs with a private key, as the node's dev accounts do.
type devAccount struct{ key *ecdsa.PrivateKey }

func (a devAccount) Address() common.Address { return crypto.PubkeyToAddress(a.key.PublicKey) }
func (a devAccount) SignTx(tx *types.Transaction, chainID *big.Int) (*types.Transaction, error) {
	return types.SignTx(tx, types.LatestSignerForChainID(chainID), a.key)
}
func (a devAccount) SignText(data []byte) ([]byte, error) {
	return crypto.Sign(accounts.TextHash(data), a.key)
}

// testPool is a minimal in-memory transaction pool: it checks nonce,
// duplicates and funds like legacypool and keeps transactions per sender.
type testPool struct {
	mu     sync.Mutex
	txs    map[common.Hash]*types.Transaction
	bySndr map[common.Address][]*types.Transaction
}

// testBackend implements Backend over a real core.BlockChain.
type testBackend struct {
	db      ethdb.Database
	chain   *core.BlockChain
	oracle  *gasprice.Oracle
	pool    *testPool
	gasCap  uint64
	feeCap  float64
	evmTO   time.Duration
	devs    []DevAccount
	feed    event.Feed
	syncing ethereum.SyncProgress
	// newEVMs counts EVMs built through NewEVM.
	newEVMs int
	mu      sync.Mutex
}

var _ Backend = (*testBackend)(nil)

// testChain is the generated chain and what the tests need to know about it.
type testChain struct {
	backend  *testBackend
	blocks   []*types.Block
	receipts []types.Receipts
	deployed common.Address // contract created by a transaction in block 1
	side     *types.Block   // a non-canonical block at height 1
	// txs of interest
	transferTx, legacyStoreTx, deployTx, alStoreTx, failedTx, setCodeTx *types.Transaction
}

// Errors of the test pool, shaped like legacypool's.
var errUnderpriced = errors.New("transaction underpriced")

// contractCode is the runtime code of the test contract. Its first calldata
// byte selects what it does:
//
//	0x00 (or no calldata)  return storage slot 0
//	0x01                   revert Unauthorized(42)
//	0x02                   revert Error("not allowed")
//	0x03 <32-byte word>    store the word in slot 0 and log it with topic logTopic
//	0x04                   loop until out of gas
//	0x05                   execute INVALID
//	0x06                   STATICCALL itself for slot 0 and return it
//	0x07                   CALL the native precompile and return its output
var contractCode = buildContract()

var (
	logTopic        = crypto.Keccak256Hash([]byte("Stored(uint256)"))
	unauthorizedSel = crypto.Keccak256([]byte("Unauthorized(uint256)"))[:4]
)

func newTestChain(t *testing.T) *testChain {
	t.Helper()
	config := *params.MergedTestChainConfig
	config.ChainID = big.NewInt(31337)
	gspec := &core.Genesis{
		Config:   &config,
		GasLimit: 30_000_000,
		BaseFee:  big.NewInt(params.InitialBaseFee),
		Alloc: types.GenesisAlloc{
			addr1:    {Balance: funds},
			addr2:    {Balance: funds},
			devAddr:  {Balance: funds},
			contract: {Code: contractCode, Storage: map[common.Hash]common.Hash{{}: common.BigToHash(big.NewInt(7))}, Nonce: 1},
			// As at genesis in taoevm: precompile accounts hold code 0xFE.
			nativeAddr: {Code: []byte{0xfe}, Nonce: 1},
		},
	}
	for addr, acct := range core.SystemContractAllocs() {
		gspec.Alloc[addr] = acct
	}
	engine := beacon.New(ethash.NewFaker())
	tc := &testChain{}
	signer := types.LatestSigner(&config)
	deployCode := deployer(contractCode)

	db, blocks, receipts := core.GenerateChainWithGenesis(gspec, engine, 4, func(i int, g *core.BlockGen) {
		switch i {
		case 0:
			tc.transferTx = mustSign(signer, key1, &types.DynamicFeeTx{
				ChainID: config.ChainID, Nonce: 0, GasTipCap: big.NewInt(2e9), GasFeeCap: big.NewInt(100e9),
				Gas: 21000, To: &addr2, Value: big.NewInt(params.Ether),
			})
			tc.legacyStoreTx = mustSign(types.NewEIP155Signer(config.ChainID), key1, &types.LegacyTx{
				Nonce: 1, GasPrice: big.NewInt(50e9), Gas: 100000, To: &contract, Data: storeCall(5),
			})
			tc.deployTx = mustSign(signer, key2, &types.DynamicFeeTx{
				ChainID: config.ChainID, Nonce: 0, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9),
				Gas: 500000, Data: deployCode,
			})
			tc.deployed = crypto.CreateAddress(addr2, 0)
			g.AddTx(tc.transferTx)
			g.AddTx(tc.legacyStoreTx)
			g.AddTx(tc.deployTx)
		case 1:
			al := types.AccessList{{Address: contract, StorageKeys: []common.Hash{{}}}}
			tc.alStoreTx = mustSign(signer, key2, &types.AccessListTx{
				ChainID: config.ChainID, Nonce: 1, GasPrice: big.NewInt(50e9), Gas: 100000, To: &contract,
				Data: storeCall(9), AccessList: al,
			})
			tc.failedTx = mustSign(signer, key1, &types.DynamicFeeTx{
				ChainID: config.ChainID, Nonce: 2, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9),
				Gas: 60000, To: &contract, Data: []byte{0x02},
			})
			g.AddTx(tc.alStoreTx)
			g.AddTx(tc.failedTx)
		case 2:
			// An empty block.
		case 3:
			g.AddTx(mustSign(signer, key1, &types.DynamicFeeTx{
				ChainID: config.ChainID, Nonce: 3, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9),
				Gas: 100000, To: &contract, Data: []byte{0x06},
			}))
		}
	})
	options := core.DefaultConfig().WithArchive(true)
	chain, err := core.NewBlockChain(db, gspec, engine, options)
	if err != nil {
		t.Fatal(err)
	}
	if n, err := chain.InsertChain(blocks); err != nil {
		t.Fatalf("insert block %d: %v", n, err)
	}
	// A side block at height 1, known but not canonical (for EIP-1898).
	side, _ := core.GenerateChain(&config, chain.GetBlockByNumber(0), engine, db, 1, func(i int, g *core.BlockGen) {
		g.SetExtra([]byte("side"))
		g.AddTx(mustSign(signer, key2, &types.DynamicFeeTx{
			ChainID: config.ChainID, Nonce: 0, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9),
			Gas: 21000, To: &addr1, Value: big.NewInt(2 * params.Ether),
		}))
	})
	if _, err := chain.InsertBlockWithoutSetHead(context.Background(), side[0], false); err != nil {
		t.Fatal(err)
	}
	tc.side = side[0]
	chain.SetSafe(blocks[2].Header())
	chain.SetFinalized(blocks[1].Header())
	t.Cleanup(chain.Stop)

	b := &testBackend{
		db:     db,
		chain:  chain,
		pool:   &testPool{txs: make(map[common.Hash]*types.Transaction), bySndr: make(map[common.Address][]*types.Transaction)},
		gasCap: 25_000_000,
		evmTO:  5 * time.Second,
		devs:   []DevAccount{devAccount{key: devKey}},
	}
	b.oracle = gasprice.NewOracle(b, gasprice.Config{Blocks: 20, Percentile: 60, MaxHeaderHistory: 1024, MaxBlockHistory: 1024}, big.NewInt(params.GWei))
	tc.backend, tc.blocks, tc.receipts = b, blocks, receipts
	return tc
}

func mustSign(signer types.Signer, key *ecdsa.PrivateKey, data types.TxData) *types.Transaction {
	tx, err := types.SignNewTx(key, signer, data)
	if err != nil {
		panic(err)
	}
	return tx
}

// storeCall is the calldata of command 0x03 storing v.
func storeCall(v int64) []byte {
	return append([]byte{0x03}, common.BigToHash(big.NewInt(v)).Bytes()...)
}

// --- Backend implementation ---

func (b *testBackend) SyncProgress(ctx context.Context) ethereum.SyncProgress {
	return b.syncing
}
func (b *testBackend) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	return b.oracle.SuggestTipCap(ctx)
}
func (b *testBackend) FeeHistory(ctx context.Context, blockCount uint64, lastBlock rpc.BlockNumber, rewardPercentiles []float64) (*big.Int, [][]*big.Int, []*big.Int, []float64, []*big.Int, []float64, error) {
	return b.oracle.FeeHistory(ctx, blockCount, lastBlock, rewardPercentiles)
}
func (b *testBackend) RPCGasCap() uint64                            { return b.gasCap }
func (b *testBackend) RPCEVMTimeout() time.Duration                 { return b.evmTO }
func (b *testBackend) RPCTxFeeCap() float64                         { return b.feeCap }
func (b *testBackend) ChainConfig() *params.ChainConfig             { return b.chain.Config() }
func (b *testBackend) ChainDb() ethdb.Database                      { return b.db }
func (b *testBackend) CurrentHeader() *types.Header                 { return b.chain.CurrentHeader() }
func (b *testBackend) CurrentBlock() *types.Header                  { return b.chain.CurrentBlock() }
func (b *testBackend) HistoryPruningCutoff() uint64                 { return 0 }
func (b *testBackend) DevAccounts() []DevAccount                    { return b.devs }
func (b *testBackend) CurrentView() *filtermaps.ChainView           { return nil }
func (b *testBackend) NewMatcherBackend() filtermaps.MatcherBackend { return nil }

// pendingHeader is the header of the block after the head.
func (b *testBackend) pendingHeader() *types.Header {
	head := b.chain.CurrentBlock()
	return &types.Header{
		ParentHash: head.Hash(),
		Number:     new(big.Int).Add(head.Number, common.Big1),
		Time:       head.Time + 12,
		GasLimit:   head.GasLimit,
		BaseFee:    eip1559.CalcBaseFee(b.ChainConfig(), head),
		Difficulty: new(big.Int),
		Coinbase:   head.Coinbase,
		UncleHash:  types.EmptyUncleHash,
	}
}

func (b *testBackend) HeaderByNumber(ctx context.Context, number rpc.BlockNumber) (*types.Header, error) {
	switch number {
	case rpc.PendingBlockNumber:
		return b.pendingHeader(), nil
	case rpc.LatestBlockNumber:
		return b.chain.CurrentBlock(), nil
	case rpc.SafeBlockNumber:
		if h := b.chain.CurrentSafeBlock(); h != nil {
			return h, nil
		}
		return nil, errors.New("safe block not found")
	case rpc.FinalizedBlockNumber:
		if h := b.chain.CurrentFinalBlock(); h != nil {
			return h, nil
		}
		return nil, errors.New("finalized block not found")
	case rpc.EarliestBlockNumber:
		number = 0
	}
	return b.chain.GetHeaderByNumber(uint64(number)), nil
}

func (b *testBackend) HeaderByHash(ctx context.Context, hash common.Hash) (*types.Header, error) {
	return b.chain.GetHeaderByHash(hash), nil
}

func (b *testBackend) HeaderByNumberOrHash(ctx context.Context, sel rpc.BlockNumberOrHash) (*types.Header, error) {
	if n, ok := sel.Number(); ok {
		return b.HeaderByNumber(ctx, n)
	}
	hash, _ := sel.Hash()
	h := b.chain.GetHeaderByHash(hash)
	if h == nil {
		return nil, errors.New("header for hash not found")
	}
	if sel.RequireCanonical && b.chain.GetCanonicalHash(h.Number.Uint64()) != hash {
		return nil, errors.New("hash is not currently canonical")
	}
	return h, nil
}

func (b *testBackend) BlockByNumber(ctx context.Context, number rpc.BlockNumber) (*types.Block, error) {
	if number == rpc.PendingBlockNumber {
		return types.NewBlockWithHeader(b.pendingHeader()), nil
	}
	h, err := b.HeaderByNumber(ctx, number)
	if err != nil || h == nil {
		return nil, err
	}
	return b.chain.GetBlock(h.Hash(), h.Number.Uint64()), nil
}

func (b *testBackend) BlockByHash(ctx context.Context, hash common.Hash) (*types.Block, error) {
	return b.chain.GetBlockByHash(hash), nil
}

func (b *testBackend) BlockByNumberOrHash(ctx context.Context, sel rpc.BlockNumberOrHash) (*types.Block, error) {
	if n, ok := sel.Number(); ok {
		return b.BlockByNumber(ctx, n)
	}
	hash, _ := sel.Hash()
	h := b.chain.GetHeaderByHash(hash)
	if h == nil {
		return nil, nil
	}
	if sel.RequireCanonical && b.chain.GetCanonicalHash(h.Number.Uint64()) != hash {
		return nil, errors.New("hash is not currently canonical")
	}
	return b.chain.GetBlock(hash, h.Number.Uint64()), nil
}

func (b *testBackend) GetBody(ctx context.Context, hash common.Hash, number rpc.BlockNumber) (*types.Body, error) {
	return b.chain.GetBody(hash), nil
}

func (b *testBackend) GetReceipts(ctx context.Context, hash common.Hash) (types.Receipts, error) {
	return b.chain.GetReceiptsByHash(hash), nil
}

func (b *testBackend) GetLogs(ctx context.Context, hash common.Hash, number uint64) ([][]*types.Log, error) {
	var logs [][]*types.Log
	for _, r := range b.chain.GetReceiptsByHash(hash) {
		logs = append(logs, r.Logs)
	}
	return logs, nil
}

func (b *testBackend) StateAndHeaderByNumber(ctx context.Context, number rpc.BlockNumber) (*state.StateDB, *types.Header, error) {
	if number == rpc.PendingBlockNumber {
		head := b.chain.CurrentBlock()
		st, err := b.chain.StateAt(head.Root, head.Number, head.Time)
		return st, b.pendingHeader(), err
	}
	h, err := b.HeaderByNumber(ctx, number)
	if err != nil {
		return nil, nil, err
	}
	if h == nil {
		return nil, nil, errors.New("header not found")
	}
	st, err := b.chain.StateAt(h.Root, h.Number, h.Time)
	return st, h, err
}

func (b *testBackend) StateAndHeaderByNumberOrHash(ctx context.Context, sel rpc.BlockNumberOrHash) (*state.StateDB, *types.Header, error) {
	if n, ok := sel.Number(); ok {
		return b.StateAndHeaderByNumber(ctx, n)
	}
	h, err := b.HeaderByNumberOrHash(ctx, sel)
	if err != nil {
		return nil, nil, err
	}
	st, err := b.chain.StateAt(h.Root, h.Number, h.Time)
	return st, h, err
}

func (b *testBackend) GetCanonicalTransaction(hash common.Hash) (bool, *types.Transaction, common.Hash, uint64, uint64) {
	head := b.chain.CurrentBlock().Number.Uint64()
	for n := uint64(0); n <= head; n++ {
		block := b.chain.GetBlockByNumber(n)
		for i, tx := range block.Transactions() {
			if tx.Hash() == hash {
				return true, tx, block.Hash(), n, uint64(i)
			}
		}
	}
	return false, nil, common.Hash{}, 0, 0
}

// blockContext derives a block context from header.
func (b *testBackend) blockContext(header *types.Header) vm.BlockContext {
	return core.NewEVMBlockContext(header, b.chain, nil)
}

func (b *testBackend) NewEVM(ctx context.Context, st *state.StateDB, header *types.Header, vmConfig *vm.Config, blockCtx *vm.BlockContext) *vm.EVM {
	b.mu.Lock()
	b.newEVMs++
	b.mu.Unlock()
	if vmConfig == nil {
		vmConfig = new(vm.Config)
	}
	bc := b.blockContext(header)
	if blockCtx != nil {
		bc = *blockCtx
	}
	var db vm.StateDB = st
	if vmConfig.Tracer != nil {
		db = state.NewHookedState(st, vmConfig.Tracer)
	}
	evm := vm.NewEVM(bc, db, b.ChainConfig(), *vmConfig)
	evm.SetPrecompiles(testPrecompiles(evm.GetRules()))
	return evm
}

func (b *testBackend) Precompiles(evm *vm.EVM) vm.PrecompiledContracts {
	return testPrecompiles(evm.GetRules())
}

// replay returns the state after block's pre-execution system calls and its
// first n transactions, with the block context.
func (b *testBackend) replay(ctx context.Context, block *types.Block, n int) (*state.StateDB, vm.BlockContext, error) {
	parent := b.chain.GetHeader(block.ParentHash(), block.NumberU64()-1)
	if parent == nil {
		return nil, vm.BlockContext{}, errors.New("parent not found")
	}
	st, err := b.chain.StateAt(parent.Root, parent.Number, parent.Time)
	if err != nil {
		return nil, vm.BlockContext{}, err
	}
	bc := b.blockContext(block.Header())
	evm := b.NewEVM(ctx, st, block.Header(), nil, &bc)
	defer evm.Release()
	core.PreExecution(ctx, block.BeaconRoot(), parent, b.ChainConfig(), evm, block.Number(), block.Time())
	signer := types.MakeSigner(b.ChainConfig(), block.Number(), block.Time())
	for i, tx := range block.Transactions()[:n] {
		msg, err := core.TransactionToMessage(tx, signer, block.BaseFee())
		if err != nil {
			return nil, bc, err
		}
		st.SetTxContext(tx.Hash(), i, uint32(i+1))
		if _, err := core.ApplyMessage(evm, msg, core.NewGasPool(msg.GasLimit)); err != nil {
			return nil, bc, fmt.Errorf("transaction %#x failed: %v", tx.Hash(), err)
		}
		st.Finalise(evm.GetRules())
	}
	return st, bc, nil
}

func (b *testBackend) StateAtTransaction(ctx context.Context, block *types.Block, txIndex int) (*types.Transaction, vm.BlockContext, *state.StateDB, func(), error) {
	if txIndex < 0 || txIndex >= len(block.Transactions()) {
		return nil, vm.BlockContext{}, nil, nil, fmt.Errorf("transaction index %d out of range for block %#x", txIndex, block.Hash())
	}
	st, bc, err := b.replay(ctx, block, txIndex)
	if err != nil {
		return nil, vm.BlockContext{}, nil, nil, err
	}
	return block.Transactions()[txIndex], bc, st, func() {}, nil
}

func (b *testBackend) StateAtBlockStart(ctx context.Context, block *types.Block) (*state.StateDB, vm.BlockContext, func(), error) {
	st, bc, err := b.replay(ctx, block, 0)
	if err != nil {
		return nil, vm.BlockContext{}, nil, err
	}
	return st, bc, func() {}, nil
}

func (b *testBackend) SubscribeChainHeadEvent(ch chan<- core.ChainHeadEvent) event.Subscription {
	return b.chain.SubscribeChainHeadEvent(ch)
}
func (b *testBackend) SubscribeChainEvent(ch chan<- core.ChainEvent) event.Subscription {
	return b.chain.SubscribeChainEvent(ch)
}
func (b *testBackend) SubscribeRemovedLogsEvent(ch chan<- core.RemovedLogsEvent) event.Subscription {
	return b.chain.SubscribeRemovedLogsEvent(ch)
}
func (b *testBackend) SubscribeLogsEvent(ch chan<- []*types.Log) event.Subscription {
	return b.chain.SubscribeLogsEvent(ch)
}
func (b *testBackend) SubscribeNewTxsEvent(ch chan<- core.NewTxsEvent) event.Subscription {
	return b.feed.Subscribe(ch)
}

// Pending has no pending block; the oracle then samples mined blocks only.
func (b *testBackend) Pending() (*types.Block, types.Receipts, *state.StateDB) {
	return nil, nil, nil
}

// --- pool ---

func (b *testBackend) SendTx(ctx context.Context, tx *types.Transaction) error {
	p := b.pool
	p.mu.Lock()
	defer p.mu.Unlock()
	if _, ok := p.txs[tx.Hash()]; ok {
		return txpool.ErrAlreadyKnown
	}
	from, err := types.Sender(types.LatestSigner(b.ChainConfig()), tx)
	if err != nil {
		return txpool.ErrInvalidSender
	}
	st, err := b.chain.State()
	if err != nil {
		return err
	}
	if next := st.GetNonce(from); tx.Nonce() < next {
		return fmt.Errorf("%w: next nonce %v, tx nonce %v", core.ErrNonceTooLow, next, tx.Nonce())
	}
	if tx.GasFeeCap().Cmp(big.NewInt(params.GWei)) < 0 {
		return errUnderpriced
	}
	if bal := st.GetBalance(from).ToBig(); bal.Cmp(tx.Cost()) < 0 {
		return fmt.Errorf("%w: balance %v, tx cost %v", core.ErrInsufficientFunds, bal, tx.Cost())
	}
	p.txs[tx.Hash()] = tx
	p.bySndr[from] = append(p.bySndr[from], tx)
	sort.Slice(p.bySndr[from], func(i, j int) bool { return p.bySndr[from][i].Nonce() < p.bySndr[from][j].Nonce() })
	b.feed.Send(core.NewTxsEvent{Txs: []*types.Transaction{tx}})
	return nil
}

// split divides a sender's transactions into executable (consecutive from
// the state nonce) and queued ones.
func (b *testBackend) split(from common.Address, txs []*types.Transaction) (pending, queued []*types.Transaction) {
	st, _ := b.chain.State()
	next := st.GetNonce(from)
	for _, tx := range txs {
		if tx.Nonce() == next {
			pending = append(pending, tx)
			next++
		} else {
			queued = append(queued, tx)
		}
	}
	return pending, queued
}

func (b *testBackend) GetPoolTransactions() (types.Transactions, error) {
	b.pool.mu.Lock()
	defer b.pool.mu.Unlock()
	var out types.Transactions
	for _, tx := range b.pool.txs {
		out = append(out, tx)
	}
	return out, nil
}

func (b *testBackend) GetPoolTransaction(hash common.Hash) *types.Transaction {
	b.pool.mu.Lock()
	defer b.pool.mu.Unlock()
	return b.pool.txs[hash]
}

func (b *testBackend) GetPoolNonce(ctx context.Context, addr common.Address) (uint64, error) {
	b.pool.mu.Lock()
	defer b.pool.mu.Unlock()
	pending, _ := b.split(addr, b.pool.bySndr[addr])
	st, err := b.chain.State()
	if err != nil {
		return 0, err
	}
	return st.GetNonce(addr) + uint64(len(pending)), nil
}

func (b *testBackend) Stats() (int, int) {
	pending, queued := b.TxPoolContent()
	count := func(m map[common.Address][]*types.Transaction) (n int) {
		for _, l := range m {
			n += len(l)
		}
		return n
	}
	return count(pending), count(queued)
}

func (b *testBackend) TxPoolContent() (map[common.Address][]*types.Transaction, map[common.Address][]*types.Transaction) {
	b.pool.mu.Lock()
	defer b.pool.mu.Unlock()
	pending := make(map[common.Address][]*types.Transaction)
	queued := make(map[common.Address][]*types.Transaction)
	for from, txs := range b.pool.bySndr {
		p, q := b.split(from, txs)
		if len(p) > 0 {
			pending[from] = p
		}
		if len(q) > 0 {
			queued[from] = q
		}
	}
	return pending, queued
}

func (b *testBackend) TxPoolContentFrom(addr common.Address) ([]*types.Transaction, []*types.Transaction) {
	b.pool.mu.Lock()
	defer b.pool.mu.Unlock()
	return b.split(addr, b.pool.bySndr[addr])
}
