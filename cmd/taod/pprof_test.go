package main

import (
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"
)

// pprofContext parses args with the pprof flags as taod would.
func pprofContext(t *testing.T, args ...string) *cli.Context {
	t.Helper()
	set := flag.NewFlagSet("taod", flag.ContinueOnError)
	for _, f := range []cli.Flag{pprofFlag, pprofAddr, pprofPort} {
		if err := f.Apply(set); err != nil {
			t.Fatal(err)
		}
	}
	if err := set.Parse(args); err != nil {
		t.Fatal(err)
	}
	return cli.NewContext(newApp(), set, nil)
}

func freeTCPPort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

func TestPprofServesProfiles(t *testing.T) {
	port := freeTCPPort(t)
	stop, err := startPprof(pprofContext(t, "--pprof", "--pprof.port", fmt.Sprint(port)))
	if err != nil {
		t.Fatal(err)
	}
	url := fmt.Sprintf("http://127.0.0.1:%d/debug/pprof/", port)
	for _, path := range []string{"", "goroutine?debug=1", "cmdline"} {
		resp, err := http.Get(url + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || len(body) == 0 {
			t.Fatalf("%s: status %d, %d bytes", path, resp.StatusCode, len(body))
		}
		if path == "goroutine?debug=1" && !strings.Contains(string(body), "goroutine profile") {
			t.Fatalf("goroutine profile missing:\n%s", body)
		}
	}
	stop()
	if _, err := http.Get(url); err == nil {
		t.Fatal("pprof server still answers after stop")
	}
}

func TestPprofOffByDefault(t *testing.T) {
	port := freeTCPPort(t)
	stop, err := startPprof(pprofContext(t, "--pprof.port", fmt.Sprint(port)))
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	if _, err := http.Get(fmt.Sprintf("http://127.0.0.1:%d/debug/pprof/", port)); err == nil {
		t.Fatal("pprof served without --pprof")
	}
}

func TestPprofPortTaken(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	port := l.Addr().(*net.TCPAddr).Port
	if _, err := startPprof(pprofContext(t, "--pprof", "--pprof.port", fmt.Sprint(port))); err == nil {
		t.Fatal("started on a taken port")
	}
}
