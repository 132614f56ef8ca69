package main

import (
	"errors"
	"net"
	"net/http"
	"net/http/pprof"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/log"
	"github.com/urfave/cli/v2"
)

// pprofMux returns a handler serving the runtime profiles under
// /debug/pprof/ (index, cmdline, profile, symbol, trace and the named
// profiles such as heap, goroutine, allocs, block and mutex).
func pprofMux() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/cmdline", pprof.Cmdline)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	return mux
}

// startPprof serves the profiling endpoints on --pprof.addr:--pprof.port
// when --pprof is set and returns a function that stops the server. The
// listener is opened before returning, so a taken port is an error at start.
func startPprof(ctx *cli.Context) (func(), error) {
	if !ctx.Bool(pprofFlag.Name) {
		return func() {}, nil
	}
	addr := net.JoinHostPort(ctx.String(pprofAddr.Name), strconv.Itoa(ctx.Int(pprofPort.Name)))
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	srv := &http.Server{Handler: pprofMux(), ReadHeaderTimeout: 10 * time.Second}
	go func() {
		if err := srv.Serve(l); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Warn("Pprof server failed", "err", err)
		}
	}()
	log.Info("Starting pprof server", "addr", "http://"+l.Addr().String()+"/debug/pprof")
	return func() { srv.Close() }, nil
}
