package node

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/filtermaps"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/txpool/legacypool"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/eth/gasprice"
	"github.com/ethereum/go-ethereum/log"
	gethnode "github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/taoevm/taoevm/node/chain"
	"github.com/taoevm/taoevm/node/devkeys"
	"github.com/taoevm/taoevm/node/ethapi"
	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/registry"
)

// Node errors.
var (
	// ErrNoGenesis is returned for a non-dev node whose datadir was not
	// initialised with `taod init`.
	ErrNoGenesis = errors.New("node: no genesis; run `taod init --genesis FILE` first")
	// ErrNoAuthority is returned for a non-dev node without an authority key.
	ErrNoAuthority = errors.New("node: an authority key is required outside dev mode")
	// ErrChainID is returned when the datadir holds another chain id.
	ErrChainID = errors.New("node: chain id mismatch")
	// ErrStarted is returned by Start on a started node.
	ErrStarted = errors.New("node: already started")
)

// Config is a node's configuration.
type Config struct {
	// DataDir holds the database and journals (required; the node's files
	// are under DataDir/taod).
	DataDir string
	// Dev runs the dev chain: dev genesis and accounts, chain id ChainID.
	Dev bool
	// ChainID of the dev chain (default 31337).
	ChainID uint64
	// Genesis of a non-dev chain (nil: the one stored by `taod init`).
	Genesis *core.Genesis
	// AuthorityKey signs nothing in the header but names the coinbase of a
	// non-dev chain's blocks; in dev mode the coinbase is dev account 0.
	AuthorityKey *ecdsa.PrivateKey
	// Period is the empty-block interval (dev default 12 s; 0 disables it).
	Period time.Duration
	// GasLimit is the block gas limit (default 60M).
	GasLimit uint64
	// Archive keeps every block's state.
	Archive bool

	// HTTP and WebSocket endpoints. An empty host disables the endpoint;
	// port 0 picks a free port.
	HTTPHost, WSHost                string
	HTTPPort, WSPort                int
	HTTPCors, HTTPVHosts, WSOrigins []string

	// RPC limits (defaults: 1000 batch items, 25 MB batch responses, 5 MB
	// request bodies, 50M gas for calls, 5 s per call, 1 ether fee cap).
	BatchItems, BatchBytes, BodyLimit int
	GasCap                            uint64
	EVMTimeout                        time.Duration
	TxFeeCap                          float64

	// Hooks overrides the native block step (nil: registry.BlockHooks()).
	Hooks []precompile.BlockHook
}

func (c *Config) setDefaults() {
	if c.ChainID == 0 {
		c.ChainID = chain.DevChainID
	}
	if c.GasLimit == 0 {
		c.GasLimit = chain.DevGasLimit
	}
	if c.BatchItems == 0 {
		c.BatchItems = 1000
	}
	if c.BatchBytes == 0 {
		c.BatchBytes = 25 * 1000 * 1000
	}
	if c.BodyLimit == 0 {
		c.BodyLimit = 5 * 1024 * 1024
	}
	if c.GasCap == 0 {
		c.GasCap = 50_000_000
	}
	if c.EVMTimeout == 0 {
		c.EVMTimeout = 5 * time.Second
	}
	if c.TxFeeCap == 0 {
		c.TxFeeCap = 1
	}
	if c.Hooks == nil {
		c.Hooks = registry.BlockHooks()
	}
}

// Modules are the RPC namespaces served over HTTP and WebSocket.
var Modules = []string{"eth", "net", "web3", "txpool", "debug"}

// DevModules are the dev-only namespaces.
var DevModules = []string{"evm", "anvil"}

// Node is a running taoevm node.
type Node struct {
	cfg   Config
	stack *gethnode.Node

	mu      sync.Mutex
	started bool
	chain   *chain.Chain
	pool    *txpool.TxPool
	fm      *filtermaps.FilterMaps
	txj     *TxJournal
	seq     *Sequencer
	backend *Backend
	quit    chan struct{}
	wg      sync.WaitGroup
}

// New creates a node; Start opens its database and serves RPC.
func New(cfg Config) (*Node, error) {
	cfg.setDefaults()
	if !cfg.Dev && cfg.AuthorityKey == nil {
		return nil, ErrNoAuthority
	}
	modules := Modules
	if cfg.Dev {
		modules = append(append([]string{}, Modules...), DevModules...)
	}
	stack, err := gethnode.New(&gethnode.Config{
		Name:                 "taod",
		Version:              ethapi.Version,
		DataDir:              cfg.DataDir,
		DBEngine:             rawdb.DBPebble,
		HTTPHost:             cfg.HTTPHost,
		HTTPPort:             cfg.HTTPPort,
		HTTPCors:             cfg.HTTPCors,
		HTTPVirtualHosts:     cfg.HTTPVHosts,
		HTTPModules:          modules,
		HTTPTimeouts:         rpc.DefaultHTTPTimeouts,
		WSHost:               cfg.WSHost,
		WSPort:               cfg.WSPort,
		WSOrigins:            cfg.WSOrigins,
		WSModules:            modules,
		BatchRequestLimit:    cfg.BatchItems,
		BatchResponseMaxSize: cfg.BatchBytes,
		HTTPBodyLimit:        cfg.BodyLimit,
		P2P:                  p2p.Config{MaxPeers: 0, NoDiscovery: true, ListenAddr: ""},
	})
	if err != nil {
		return nil, err
	}
	return &Node{cfg: cfg, stack: stack, quit: make(chan struct{})}, nil
}

// Start opens the chain (replaying its journal), restores journaled local
// transactions, starts the services and the sequencer, and serves RPC.
func (n *Node) Start() error {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.started {
		return ErrStarted
	}
	if err := n.open(); err != nil {
		n.closeParts()
		n.stack.Close()
		return err
	}
	n.started = true
	return nil
}

func (n *Node) open() error {
	cfg := n.cfg
	var (
		dev      []*devkeys.Account
		coinbase common.Address
		genesis  = cfg.Genesis
	)
	db, err := n.stack.OpenDatabaseWithOptions("chaindata", gethnode.DatabaseOptions{Cache: 256, Handles: 512, MetricsNamespace: "taod/db/chaindata/"})
	if err != nil {
		return err
	}
	stored := rawdb.ReadCanonicalHash(db, 0)
	if cfg.Dev {
		dev = devkeys.Dev()
		coinbase = dev[0].Address()
		switch {
		case genesis != nil:
		case stored != (common.Hash{}):
			// Reuse the stored dev genesis (its timestamp is its creation time).
			if sc := rawdb.ReadChainConfig(db, stored); sc == nil || sc.ChainID == nil || sc.ChainID.Uint64() != cfg.ChainID {
				return fmt.Errorf("%w: datadir holds chain id %v, want %d", ErrChainID, chainIDOf(sc), cfg.ChainID)
			}
		default:
			addrs := make([]common.Address, len(dev))
			for i, a := range dev {
				addrs[i] = a.Address()
			}
			genesis = chain.DevGenesis(new(big.Int).SetUint64(cfg.ChainID), addrs)
			// A recent genesis time lets the archive's history indexer start
			// at once (it waits for a head that looks synced).
			genesis.Timestamp = uint64(time.Now().Unix())
		}
	} else {
		coinbase = crypto.PubkeyToAddress(cfg.AuthorityKey.PublicKey)
	}
	if genesis == nil && stored == (common.Hash{}) {
		return ErrNoGenesis
	}
	c, err := chain.Open(db, chain.Config{Genesis: genesis, Archive: cfg.Archive, Hooks: cfg.Hooks, JournalDir: n.stack.ResolvePath("blockjournal")})
	if err != nil {
		return err
	}
	n.chain = c
	bc := c.BlockChain()

	lcfg := legacypool.DefaultConfig
	lcfg.Journal, lcfg.NoLocals = "", true
	lcfg.AccountSlots, lcfg.GlobalSlots, lcfg.AccountQueue, lcfg.GlobalQueue = 4096, 16384, 1024, 4096
	pool, err := txpool.New(0, bc, []txpool.SubPool{legacypool.New(lcfg, bc)})
	if err != nil {
		return err
	}
	n.pool = pool

	view := filtermaps.NewChainView(bc, bc.CurrentBlock().Number.Uint64(), bc.CurrentBlock().Hash())
	cutoff, _ := bc.HistoryPruningCutoff()
	fm, err := filtermaps.NewFilterMaps(db, view, cutoff, bc.CurrentBlock().Number.Uint64(), filtermaps.DefaultParams, filtermaps.Config{Disabled: true})
	if err != nil {
		return err
	}
	n.fm = fm

	txj, restored, err := OpenTxJournal(n.stack.ResolvePath("transactions.jnl"))
	if err != nil {
		return err
	}
	n.txj = txj
	txj.Start()
	if len(restored) > 0 {
		accepted := 0
		for _, e := range pool.Add(restored, true) {
			if e == nil {
				accepted++
			}
		}
		log.Info("Restored local transactions", "journaled", len(restored), "pooled", accepted)
	}
	if err := n.compactTxJournal(); err != nil {
		return err
	}

	period := cfg.Period
	n.seq = NewSequencer(c, pool, period, coinbase, cfg.GasLimit)
	n.backend = &Backend{
		chain: c, bc: bc, db: db, pool: pool, filterMaps: fm, txj: txj, seq: n.seq, dev: dev, coinbase: coinbase,
		gasCap: cfg.GasCap, evmTimeout: cfg.EVMTimeout, txFeeCap: cfg.TxFeeCap,
	}
	gpo := gasprice.NewOracle(n.backend, gasprice.Config{Blocks: 20, Percentile: 60, MaxHeaderHistory: 1024, MaxBlockHistory: 1024, MaxPrice: big.NewInt(500 * params.GWei), IgnorePrice: big.NewInt(2)}, big.NewInt(params.GWei))
	n.backend.gpo = gpo

	apis := ethapi.GetAPIs(n.backend)
	fsys := filters.NewFilterSystem(n.backend, filters.Config{})
	apis = append(apis, rpc.API{Namespace: "eth", Service: filters.NewFilterAPI(fsys)})
	if cfg.Dev {
		apis = append(apis, rpc.API{Namespace: "evm", Service: &EVMAPI{seq: n.seq}}, rpc.API{Namespace: "anvil", Service: &AnvilAPI{seq: n.seq}})
	}
	n.stack.RegisterAPIs(apis)
	n.stack.RegisterLifecycle(&parts{n})

	fm.Start()
	n.wg.Add(1)
	go n.followHead()
	n.seq.Start()
	if err := n.stack.Start(); err != nil {
		return err
	}
	head := bc.CurrentBlock()
	log.Info("Node ready", "http", n.HTTPEndpoint(), "ws", n.WSEndpoint(), "chainid", bc.Config().ChainID, "head", head.Number, "hash", head.Hash(), "dev", cfg.Dev)
	return nil
}

func chainIDOf(c *params.ChainConfig) any {
	if c == nil || c.ChainID == nil {
		return "none"
	}
	return c.ChainID
}

// followHead feeds the log index and compacts the transaction journal as
// the head moves.
func (n *Node) followHead() {
	defer n.wg.Done()
	bc := n.chain.BlockChain()
	ch := make(chan core.ChainEvent, 64)
	sub := bc.SubscribeChainEvent(ch)
	defer sub.Unsubscribe()
	blocks := 0
	for {
		select {
		case ev := <-ch:
			h := ev.Header
			cutoff, _ := bc.HistoryPruningCutoff()
			n.fm.SetTarget(filtermaps.NewChainView(bc, h.Number.Uint64(), h.Hash()), cutoff, h.Number.Uint64())
			blocks++
			if blocks%64 == 0 || n.txj.Records() > 4096 {
				if err := n.compactTxJournal(); err != nil {
					log.Warn("Transaction journal compaction failed", "err", err)
				}
			}
		case <-sub.Err():
			return
		case <-n.quit:
			return
		}
	}
}

// compactTxJournal rewrites the transaction journal with the journaled
// transactions still in the pool.
func (n *Node) compactTxJournal() error {
	return n.txj.Compact(func(tx *types.Transaction) bool { return n.pool.Has(tx.Hash()) })
}

// Backend returns the RPC backend (nil before Start).
func (n *Node) Backend() *Backend { return n.backend }

// Chain returns the chain (nil before Start).
func (n *Node) Chain() *chain.Chain { return n.chain }

// Sequencer returns the block producer (nil before Start).
func (n *Node) Sequencer() *Sequencer { return n.seq }

// TxPool returns the transaction pool (nil before Start).
func (n *Node) TxPool() *txpool.TxPool { return n.pool }

// HTTPEndpoint returns the HTTP RPC URL.
func (n *Node) HTTPEndpoint() string { return n.stack.HTTPEndpoint() }

// WSEndpoint returns the WebSocket RPC URL.
func (n *Node) WSEndpoint() string { return n.stack.WSEndpoint() }

// Attach returns an in-process RPC client.
func (n *Node) Attach() *rpc.Client { return n.stack.Attach() }

// Close stops RPC, the sequencer (finishing a block in production), the
// pool and the chain (flushing state to disk), then closes the database.
func (n *Node) Close() error {
	n.mu.Lock()
	defer n.mu.Unlock()
	err := n.stack.Close()
	if errors.Is(err, gethnode.ErrNodeStopped) {
		err = nil
	}
	return err
}

// parts stops the node's services when the stack stops, after RPC and
// before the databases close.
type parts struct{ n *Node }

// Start does nothing: the parts start in Node.Start.
func (p *parts) Start() error { return nil }

// Stop closes the node's parts.
func (p *parts) Stop() error {
	p.n.closeParts()
	return nil
}

func (n *Node) closeParts() {
	if n.seq != nil {
		n.seq.Stop()
	}
	select {
	case <-n.quit:
	default:
		close(n.quit)
	}
	n.wg.Wait()
	if n.fm != nil {
		n.fm.Stop()
		n.fm = nil
	}
	if n.pool != nil {
		n.pool.Close()
		n.pool = nil
	}
	if n.txj != nil {
		n.txj.Close()
	}
	if n.chain != nil {
		if err := n.chain.Close(); err != nil {
			log.Warn("Chain close failed", "err", err)
		}
	}
}
