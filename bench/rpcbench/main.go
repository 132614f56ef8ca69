// Command rpcbench measures JSON-RPC throughput and latency of taod against
// stock go-ethereum in the same run.
//
// It builds taod from this checkout and geth v1.17.10 from the Go module
// proxy (go install, cached), starts each in dev mode on loopback with a fresh
// data directory, deploys the same small contract through the node's dev
// account, and then drives eth_getBalance and eth_call over HTTP from a fixed
// number of concurrent keep-alive clients for a fixed time. It prints requests
// per second, p50 and p99 latency for each node and the taod/geth ratio, and
// (on Linux) each node's CPU time per request, read from /proc: that figure
// depends far less on other load on the machine than requests per second.
//
// Both nodes get byte-identical request bodies except for the addresses
// (each node's own dev account and contract), the same clients, and are
// measured alternately; the node not being measured is idle.
//
//	go run ./bench/rpcbench                       # 16 clients, 10 s per method
//	go run ./bench/rpcbench -clients 16 -duration 20s -rounds 3
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

const gethVersion = "v1.17.10"

// counterInit is the creation code of a tiny contract whose runtime returns
// keccak256 of the first calldata word together with a storage read, so each
// eth_call does real EVM work (SLOAD, KECCAK256, memory) and state access.
//
// runtime: PUSH1 0 SLOAD PUSH1 0 MSTORE PUSH1 0 CALLDATALOAD PUSH1 32 MSTORE
//
//	PUSH1 64 PUSH1 0 KECCAK256 PUSH1 0 MSTORE PUSH1 32 PUSH1 0 RETURN
const (
	counterRuntime = "600054600052600035602052604060002060005260206000f3"
	// initcode: store 42 at slot 0, copy runtime (25 bytes) and return it.
	counterInit = "602a600055" + "6019" + "6011" + "6000" + "39" + "6019" + "6000" + "f3" + counterRuntime
)

type target struct {
	name string
	cmd  *exec.Cmd
	url  string
	dir  string
	log  *os.File
}

func main() {
	var (
		clients  = flag.Int("clients", 16, "concurrent HTTP clients")
		duration = flag.Duration("duration", 10*time.Second, "measuring time per method and node")
		warmup   = flag.Duration("warmup", 2*time.Second, "warm-up time per method and node")
		rounds   = flag.Int("rounds", 1, "alternating rounds per method (taod, geth, taod, geth, ...)")
		taodBin  = flag.String("taod", "", "taod binary (default: build ./cmd/taod)")
		gethBin  = flag.String("geth", "", "geth binary (default: go install geth "+gethVersion+")")
	)
	flag.Parse()
	if err := run(*clients, *duration, *warmup, *rounds, *taodBin, *gethBin); err != nil {
		fmt.Fprintln(os.Stderr, "rpcbench:", err)
		os.Exit(1)
	}
}

func run(clients int, duration, warmup time.Duration, rounds int, taodBin, gethBin string) error {
	work, err := os.MkdirTemp("", "rpcbench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)

	if taodBin == "" {
		taodBin = filepath.Join(work, "taod")
		fmt.Println("building taod ...")
		if err := runCmd("go", "build", "-o", taodBin, "./cmd/taod"); err != nil {
			return fmt.Errorf("build taod: %w", err)
		}
	}
	if gethBin == "" {
		cache, err := os.UserCacheDir()
		if err != nil {
			return err
		}
		gobin := filepath.Join(cache, "taoevm-bench", "geth-"+gethVersion)
		gethBin = filepath.Join(gobin, "geth")
		if _, err := os.Stat(gethBin); err != nil {
			fmt.Println("building geth", gethVersion, "from the module proxy ...")
			c := exec.Command("go", "install", "github.com/ethereum/go-ethereum/cmd/geth@"+gethVersion)
			c.Env = append(os.Environ(), "GOBIN="+gobin)
			c.Stdout, c.Stderr = os.Stdout, os.Stderr
			c.Dir = work // outside this module: geth's own go.mod decides
			if err := c.Run(); err != nil {
				return fmt.Errorf("install geth: %w", err)
			}
		}
	}

	taod, err := start("taod", work, taodBin, func(dir string, port int) []string {
		return []string{"--dev", "--datadir", dir, "--http.port", fmt.Sprint(port), "--ws.port", fmt.Sprint(freePort()),
			"--dev.period", "1h", "--verbosity", "2"}
	})
	if err != nil {
		return err
	}
	defer taod.stop()
	geth, err := start("geth", work, gethBin, func(dir string, port int) []string {
		return []string{"--dev", "--datadir", dir, "--http", "--http.addr", "127.0.0.1", "--http.port", fmt.Sprint(port),
			"--http.api", "eth,net,web3", "--port", "0", "--maxpeers", "0", "--nodiscover", "--authrpc.port", fmt.Sprint(freePort()),
			"--ipcdisable", "--verbosity", "2"}
	})
	if err != nil {
		return err
	}
	defer geth.stop()

	type prepared struct {
		t        *target
		from     string
		contract string
	}
	var nodes []prepared
	for _, t := range []*target{taod, geth} {
		from, contract, err := prepare(t.url)
		if err != nil {
			return fmt.Errorf("%s: %w", t.name, err)
		}
		nodes = append(nodes, prepared{t, from, contract})
	}
	// Both nodes index and flush for a while after start and after the
	// deployment; the first measurement must not pay for the other node's
	// background work.
	for _, p := range nodes {
		p.t.settle(30 * time.Second)
	}

	type method struct {
		name string
		body func(p prepared) []byte
	}
	methods := []method{
		{"eth_getBalance", func(p prepared) []byte {
			return request("eth_getBalance", p.from, "latest")
		}},
		{"eth_call", func(p prepared) []byte {
			return request("eth_call", map[string]string{"to": p.contract, "data": "0x" + strings.Repeat("ab", 32)}, "latest")
		}},
	}
	fmt.Printf("\n%d clients, %s per measurement, %d round(s)\n", clients, duration, rounds)
	fmt.Printf("%-15s %-5s %12s %10s %10s %10s\n", "method", "node", "req/s", "p50", "p99", "cpu/req")
	for _, m := range methods {
		results := map[string][]result{}
		for r := 0; r < rounds; r++ {
			for _, p := range nodes {
				body := m.body(p)
				if err := checkOnce(p.t.url, body); err != nil {
					return fmt.Errorf("%s %s: %w", p.t.name, m.name, err)
				}
				load(p.t.url, body, clients, warmup)
				cpu0 := p.t.cpuTime()
				res := load(p.t.url, body, clients, duration)
				if cpu0 >= 0 && res.requests > 0 {
					res.cpuPerReq = (p.t.cpuTime() - cpu0) / time.Duration(res.requests)
				}
				if res.errors > 0 {
					return fmt.Errorf("%s %s: %d failed requests", p.t.name, m.name, res.errors)
				}
				results[p.t.name] = append(results[p.t.name], res)
				fmt.Printf("%-15s %-5s %12.0f %10s %10s %10s\n", m.name, p.t.name, res.rps, res.p50, res.p99, res.cpuPerReq)
			}
		}
		t, g := median(results["taod"]), median(results["geth"])
		fmt.Printf("%-15s ratio taod/geth req/s = %.3f (median of rounds: taod %.0f, geth %.0f)\n", m.name, t/g, t, g)
		if tc, gc := medianCPU(results["taod"]), medianCPU(results["geth"]); tc > 0 && gc > 0 {
			fmt.Printf("%-15s server CPU per request: taod %s, geth %s (geth/taod = %.3f)\n", m.name, tc, gc, float64(gc)/float64(tc))
		}
	}
	return nil
}

type result struct {
	rps      float64
	p50, p99 time.Duration
	errors   int64
	requests int64
	// cpuPerReq is the node process's user+system CPU time per request
	// (0 where /proc is unavailable): unlike req/s it does not depend on
	// what else the machine runs, the load generator included.
	cpuPerReq time.Duration
}

func medianCPU(rs []result) time.Duration {
	v := make([]time.Duration, len(rs))
	for i, r := range rs {
		v[i] = r.cpuPerReq
	}
	sort.Slice(v, func(i, j int) bool { return v[i] < v[j] })
	return v[len(v)/2]
}

func median(rs []result) float64 {
	v := make([]float64, len(rs))
	for i, r := range rs {
		v[i] = r.rps
	}
	sort.Float64s(v)
	return v[len(v)/2]
}

// load posts body from n concurrent keep-alive clients for d and returns the
// throughput and latency percentiles.
func load(url string, body []byte, n int, d time.Duration) result {
	var (
		wg      sync.WaitGroup
		mu      sync.Mutex
		lat     []time.Duration
		errs    atomic.Int64
		start   = time.Now()
		stopAt  = start.Add(d)
		reqDone atomic.Int64
	)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 1, DisableCompression: true}}
			local := make([]time.Duration, 0, 1<<16)
			for time.Now().Before(stopAt) {
				t0 := time.Now()
				resp, err := client.Post(url, "application/json", bytes.NewReader(body))
				if err != nil {
					errs.Add(1)
					continue
				}
				_, err = io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if err != nil || resp.StatusCode != http.StatusOK {
					errs.Add(1)
					continue
				}
				local = append(local, time.Since(t0))
				reqDone.Add(1)
			}
			mu.Lock()
			lat = append(lat, local...)
			mu.Unlock()
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	res := result{rps: float64(reqDone.Load()) / elapsed.Seconds(), errors: errs.Load(), requests: reqDone.Load()}
	if len(lat) > 0 {
		res.p50 = lat[len(lat)/2].Round(time.Microsecond)
		res.p99 = lat[len(lat)*99/100].Round(time.Microsecond)
	}
	return res
}

func request(method string, params ...any) []byte {
	b, _ := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": method, "params": params})
	return b
}

type rpcResponse struct {
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

func call(url string, out any, method string, params ...any) error {
	resp, err := http.Post(url, "application/json", bytes.NewReader(request(method, params...)))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var r rpcResponse
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return err
	}
	if r.Error != nil {
		return fmt.Errorf("%s: %d %s", method, r.Error.Code, r.Error.Message)
	}
	if out == nil {
		return nil
	}
	return json.Unmarshal(r.Result, out)
}

func checkOnce(url string, body []byte) error {
	resp, err := http.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var r rpcResponse
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return err
	}
	if r.Error != nil {
		return fmt.Errorf("%d %s", r.Error.Code, r.Error.Message)
	}
	return nil
}

// prepare deploys the benchmark contract from the node's first dev account and
// waits for its receipt.
func prepare(url string) (from, contract string, err error) {
	var accounts []string
	if err := call(url, &accounts, "eth_accounts"); err != nil {
		return "", "", err
	}
	if len(accounts) == 0 {
		return "", "", errors.New("node has no dev account")
	}
	from = accounts[0]
	var hash string
	if err := call(url, &hash, "eth_sendTransaction", map[string]string{"from": from, "data": "0x" + counterInit, "gas": "0x30000"}); err != nil {
		return "", "", err
	}
	deadline := time.Now().Add(60 * time.Second)
	var lastErr error
	for time.Now().Before(deadline) {
		var receipt *struct {
			ContractAddress string `json:"contractAddress"`
			Status          string `json:"status"`
		}
		// geth answers with an error while its transaction indexer starts
		// up: retry until the deadline.
		if err := call(url, &receipt, "eth_getTransactionReceipt", hash); err != nil {
			lastErr = err
			time.Sleep(100 * time.Millisecond)
			continue
		}
		if receipt != nil {
			if receipt.Status != "0x1" {
				return "", "", errors.New("deployment failed")
			}
			return from, receipt.ContractAddress, nil
		}
		time.Sleep(100 * time.Millisecond)
	}
	if lastErr != nil {
		return "", "", fmt.Errorf("deployment not mined within 60s: %w", lastErr)
	}
	return "", "", errors.New("deployment not mined within 60s")
}

func start(name, work, bin string, args func(dir string, port int) []string) (*target, error) {
	dir := filepath.Join(work, name)
	port := freePort()
	logf, err := os.Create(filepath.Join(work, name+".log"))
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(bin, args(dir, port)...)
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start %s: %w", name, err)
	}
	t := &target{name: name, cmd: cmd, url: fmt.Sprintf("http://127.0.0.1:%d", port), dir: dir, log: logf}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	for {
		var id string
		if err := call(t.url, &id, "eth_chainId"); err == nil {
			return t, nil
		}
		select {
		case <-ctx.Done():
			t.stop()
			out, _ := os.ReadFile(logf.Name())
			return nil, fmt.Errorf("%s did not answer within 60s:\n%s", name, tail(string(out), 2000))
		case <-time.After(200 * time.Millisecond):
		}
	}
}

func (t *target) stop() {
	if t.cmd.Process != nil {
		t.cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { t.cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(15 * time.Second):
			t.cmd.Process.Kill()
			<-done
		}
	}
	t.log.Close()
}

// cpuTime returns the user+system CPU time the node process has used, from
// /proc/PID/stat, or -1 where that is not available.
func (t *target) cpuTime() time.Duration {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", t.cmd.Process.Pid))
	if err != nil {
		return -1
	}
	// Fields after the parenthesised command name: state is field 3,
	// utime and stime are fields 14 and 15, in clock ticks (USER_HZ = 100).
	s := string(data)
	i := strings.LastIndexByte(s, ')')
	if i < 0 {
		return -1
	}
	f := strings.Fields(s[i+1:])
	if len(f) < 13 {
		return -1
	}
	var ut, st int64
	if _, err := fmt.Sscan(f[11], &ut); err != nil {
		return -1
	}
	if _, err := fmt.Sscan(f[12], &st); err != nil {
		return -1
	}
	return time.Duration(ut+st) * 10 * time.Millisecond
}

// settle waits until the node uses less than a tenth of a core over half a
// second, or at most max.
func (t *target) settle(max time.Duration) {
	deadline := time.Now().Add(max)
	for time.Now().Before(deadline) {
		c0 := t.cpuTime()
		time.Sleep(500 * time.Millisecond)
		if c0 < 0 || t.cpuTime()-c0 < 50*time.Millisecond {
			return
		}
	}
}

func freePort() int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

func runCmd(name string, args ...string) error {
	c := exec.Command(name, args...)
	c.Stdout, c.Stderr = os.Stdout, os.Stderr
	return c.Run()
}
