// Command taod runs a taoevm node.
//
//	taod --dev                            dev chain (datadir ~/.taoevm/dev)
//	taod init --genesis FILE              initialise a non-dev chain
//	taod node --authority.key FILE        run a non-dev single-authority chain
package main

import (
	"errors"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	gethnode "github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/triedb"
	"github.com/ethereum/go-ethereum/triedb/pathdb"
	"github.com/urfave/cli/v2"
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/trace/noop"

	"github.com/taoevm/taoevm/node"
	"github.com/taoevm/taoevm/node/chain"
)

var (
	dataDirFlag = &cli.StringFlag{Name: "datadir", Usage: "data directory (default ~/.taoevm, ~/.taoevm/dev with --dev)"}
	devFlag     = &cli.BoolFlag{Name: "dev", Usage: "run the single-authority dev chain with the dev mnemonic's accounts"}
	httpAddr    = &cli.StringFlag{Name: "http.addr", Value: "127.0.0.1", Usage: "HTTP JSON-RPC listen address"}
	httpPort    = &cli.IntFlag{Name: "http.port", Value: 8545, Usage: "HTTP JSON-RPC port"}
	wsAddr      = &cli.StringFlag{Name: "ws.addr", Value: "127.0.0.1", Usage: "WebSocket JSON-RPC listen address"}
	wsPort      = &cli.IntFlag{Name: "ws.port", Value: 8546, Usage: "WebSocket JSON-RPC port"}
	corsFlag    = &cli.StringFlag{Name: "http.corsdomain", Usage: "comma separated CORS origins (dev default *)"}
	vhostsFlag  = &cli.StringFlag{Name: "http.vhosts", Usage: "comma separated virtual hosts (dev default localhost)"}
	chainIDFlag = &cli.Uint64Flag{Name: "chainid", Value: chain.DevChainID, Usage: "dev chain id"}
	periodFlag  = &cli.DurationFlag{Name: "dev.period", Value: 12 * time.Second, Usage: "interval of empty blocks when no transaction is pending (0 disables)"}
	archiveFlag = &cli.BoolFlag{Name: "archive", Usage: "keep the state of every block (default: latest 128)"}
	verbosity   = &cli.IntFlag{Name: "verbosity", Value: 3, Usage: "log level 0-5 (silent, error, warn, info, debug, trace)"}
	genesisFlag = &cli.StringFlag{Name: "genesis", Usage: "genesis JSON file (geth format plus a `taoevm` section)", Required: true}
	authKeyFlag = &cli.StringFlag{Name: "authority.key", Usage: "file with the authority's hex private key", Required: true}
	pprofFlag   = &cli.BoolFlag{Name: "pprof", Usage: "serve Go's net/http/pprof profiling endpoints"}
	pprofAddr   = &cli.StringFlag{Name: "pprof.addr", Value: "127.0.0.1", Usage: "pprof HTTP listen address"}
	pprofPort   = &cli.IntFlag{Name: "pprof.port", Value: 6060, Usage: "pprof HTTP port"}
)

var nodeFlags = []cli.Flag{dataDirFlag, httpAddr, httpPort, wsAddr, wsPort, corsFlag, vhostsFlag, periodFlag, archiveFlag, verbosity, pprofFlag, pprofAddr, pprofPort}

func main() {
	// taod exports no traces. Without a provider, go-ethereum's RPC server
	// asks OpenTelemetry's global placeholder provider for a tracer on every
	// call, which takes a process-wide mutex; a no-op provider answers
	// without locking.
	otel.SetTracerProvider(noop.NewTracerProvider())
	if err := newApp().Run(os.Args); err != nil {
		fmt.Fprintln(os.Stderr, "taod:", err)
		os.Exit(1)
	}
}

// newApp returns the command-line application.
func newApp() *cli.App {
	return &cli.App{
		Name:   "taod",
		Usage:  "taoevm node",
		Flags:  append([]cli.Flag{devFlag, chainIDFlag}, nodeFlags...),
		Action: runDev,
		Commands: []*cli.Command{
			{Name: "init", Usage: "initialise a chain from a genesis file", Flags: []cli.Flag{dataDirFlag, genesisFlag, verbosity}, Action: runInit},
			{Name: "node", Usage: "run a non-dev single-authority node", Flags: append([]cli.Flag{authKeyFlag}, nodeFlags...), Action: runNode},
		},
	}
}

func setupLog(ctx *cli.Context) {
	lvl := log.FromLegacyLevel(ctx.Int(verbosity.Name))
	log.SetDefault(log.NewLogger(log.NewTerminalHandlerWithLevel(os.Stderr, lvl, false)))
}

func dataDir(ctx *cli.Context, dev bool) (string, error) {
	if d := ctx.String(dataDirFlag.Name); d != "" {
		return d, nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", err
	}
	if dev {
		return filepath.Join(home, ".taoevm", "dev"), nil
	}
	return filepath.Join(home, ".taoevm"), nil
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func nodeConfig(ctx *cli.Context, dev bool) (node.Config, error) {
	dir, err := dataDir(ctx, dev)
	if err != nil {
		return node.Config{}, err
	}
	cfg := node.Config{
		DataDir:  dir,
		Dev:      dev,
		ChainID:  ctx.Uint64(chainIDFlag.Name),
		Period:   ctx.Duration(periodFlag.Name),
		Archive:  ctx.Bool(archiveFlag.Name),
		HTTPHost: ctx.String(httpAddr.Name), HTTPPort: ctx.Int(httpPort.Name),
		WSHost: ctx.String(wsAddr.Name), WSPort: ctx.Int(wsPort.Name),
		HTTPCors:   splitList(ctx.String(corsFlag.Name)),
		HTTPVHosts: splitList(ctx.String(vhostsFlag.Name)),
	}
	if dev {
		if cfg.HTTPCors == nil {
			cfg.HTTPCors = []string{"*"}
		}
		if cfg.HTTPVHosts == nil {
			cfg.HTTPVHosts = []string{"localhost"}
		}
	} else if cfg.HTTPVHosts == nil {
		cfg.HTTPVHosts = []string{"localhost"}
	}
	cfg.WSOrigins = cfg.HTTPCors
	return cfg, nil
}

func runDev(ctx *cli.Context) error {
	if !ctx.Bool(devFlag.Name) {
		return errors.New("use --dev for the dev chain, or `taod node` for a chain set up with `taod init`")
	}
	setupLog(ctx)
	cfg, err := nodeConfig(ctx, true)
	if err != nil {
		return err
	}
	stop, err := startPprof(ctx)
	if err != nil {
		return err
	}
	defer stop()
	return serve(cfg)
}

func runNode(ctx *cli.Context) error {
	setupLog(ctx)
	cfg, err := nodeConfig(ctx, false)
	if err != nil {
		return err
	}
	key, err := crypto.LoadECDSA(ctx.String(authKeyFlag.Name))
	if err != nil {
		return fmt.Errorf("authority key: %w", err)
	}
	cfg.AuthorityKey = key
	stop, err := startPprof(ctx)
	if err != nil {
		return err
	}
	defer stop()
	return serve(cfg)
}

func serve(cfg node.Config) error {
	n, err := node.New(cfg)
	if err != nil {
		return err
	}
	if err := n.Start(); err != nil {
		n.Close()
		return err
	}
	fmt.Fprintf(os.Stderr, "taod ready: RPC %s (WebSocket %s)\n", n.HTTPEndpoint(), n.WSEndpoint())
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGINT, syscall.SIGTERM)
	s := <-sig
	log.Info("Shutting down", "signal", s)
	return n.Close()
}

func runInit(ctx *cli.Context) error {
	setupLog(ctx)
	data, err := os.ReadFile(ctx.String(genesisFlag.Name))
	if err != nil {
		return err
	}
	genesis, _, err := chain.ParseGenesis(data)
	if err != nil {
		return err
	}
	dir, err := dataDir(ctx, false)
	if err != nil {
		return err
	}
	stack, err := gethnode.New(&gethnode.Config{Name: "taod", DataDir: dir, DBEngine: rawdb.DBPebble})
	if err != nil {
		return err
	}
	defer stack.Close()
	db, err := stack.OpenDatabaseWithOptions("chaindata", gethnode.DatabaseOptions{Cache: 64, Handles: 64})
	if err != nil {
		return err
	}
	defer db.Close()
	tdb := triedb.NewDatabase(db, &triedb.Config{PathDB: pathdb.Defaults})
	defer tdb.Close()
	_, hash, _, err := core.SetupGenesisBlock(db, tdb, genesis)
	if err != nil {
		return err
	}
	log.Info("Initialised chain", "datadir", dir, "genesis", hash, "chainid", genesis.Config.ChainID)
	return nil
}
