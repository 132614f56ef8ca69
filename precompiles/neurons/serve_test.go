package neurons_test

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/holiman/uint256"

	"github.com/taoevm/taoevm/precompiles/neurons"
	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/subnets"
)

var (
	ipv4     = big.NewInt(0x0a000001) // 10.0.0.1
	ipv6     = new(big.Int).Lsh(big.NewInt(0x2001), 112)
	allOnes4 = big.NewInt(0xffffffff)
	allOnes6 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 128), big.NewInt(1))
)

func certGas(n int) uint64 {
	if n == 0 {
		return neurons.GasServeAxonTlsBase
	}
	return neurons.GasServeAxonTlsBase + uint64((n+31)/32)*(neurons.GasNew+256)
}

// TestServeAxon: endpoints are stored per (subnet, hotkey), logged, rate
// limited, and validated as in Subtensor.
func TestServeAxon(t *testing.T) {
	cert := bytes.Repeat([]byte{0xab}, neurons.MaxCertificateLen)
	tests := []struct {
		name   string
		setup  func(e *testEnv)
		input  []byte
		gas    uint64
		value  *uint256.Int
		want   error
		ip     *big.Int
		ipType uint8
		cert   []byte
	}{
		{"axon v4", nil, nb.PackServeAxon(1, 3, ipv4, 8091, 4, 1, 5, 6), neurons.GasServeAxon, nil, nil, ipv4, 4, nil},
		{"axon v6", nil, nb.PackServeAxon(1, 3, ipv6, 8091, 6, 0, 0, 0), neurons.GasServeAxon, nil, nil, ipv6, 6, nil},
		{"axon tls, full certificate", nil, nb.PackServeAxonTls(1, 3, ipv4, 443, 4, 2, 0, 0, cert), certGas(len(cert)), nil, nil, ipv4, 4, cert},
		{"axon tls, short certificate", nil, nb.PackServeAxonTls(1, 3, ipv4, 443, 4, 2, 0, 0, []byte{1, 2, 3}), certGas(3), nil, nil, ipv4, 4, []byte{1, 2, 3}},
		{"axon clears a certificate", func(e *testEnv) {
			e.ok(hot(1), nb.PackServeAxonTls(1, 3, ipv4, 443, 4, 2, 0, 0, cert))
			e.c.Number += 50
		},
			nb.PackServeAxon(1, 3, ipv4, 8091, 4, 1, 0, 0), neurons.GasServeAxon, nil, nil, ipv4, 4, nil},
		{"after the rate limit", func(e *testEnv) { e.ok(hot(1), nb.PackServeAxon(1, 3, ipv4, 1, 4, 1, 0, 0)); e.c.Number += 50 },
			nb.PackServeAxon(1, 3, ipv4, 8091, 4, 1, 0, 0), neurons.GasServeAxon, nil, nil, ipv4, 4, nil},
		{"rate limited", func(e *testEnv) { e.ok(hot(1), nb.PackServeAxon(1, 3, ipv4, 1, 4, 1, 0, 0)); e.c.Number += 49 },
			nb.PackServeAxon(1, 3, ipv4, 8091, 4, 1, 0, 0), neurons.GasServeAxon, nil, protocol.ErrRateLimited, nil, 0, nil},
		{"rate limit off", func(e *testEnv) {
			subnets.Set(e.c.State, protocol.Current(e.c.State, 1), subnets.HServingRateLimit, 0)
			e.ok(hot(1), nb.PackServeAxon(1, 3, ipv4, 1, 4, 1, 0, 0))
		}, nb.PackServeAxon(1, 3, ipv4, 8091, 4, 1, 0, 0), neurons.GasServeAxon, nil, nil, ipv4, 4, nil},
		{"ip type", nil, nb.PackServeAxon(1, 3, ipv4, 8091, 5, 1, 0, 0), neurons.GasServeAxon, nil, neurons.ErrInvalidIPType, nil, 0, nil},
		{"zero ip", nil, nb.PackServeAxon(1, 3, new(big.Int), 8091, 4, 1, 0, 0), neurons.GasServeAxon, nil, neurons.ErrInvalidIPAddress, nil, 0, nil},
		{"ipv4 all ones", nil, nb.PackServeAxon(1, 3, allOnes4, 8091, 4, 1, 0, 0), neurons.GasServeAxon, nil, neurons.ErrInvalidIPAddress, nil, 0, nil},
		{"ipv4 above 32 bits", nil, nb.PackServeAxon(1, 3, ipv6, 8091, 4, 1, 0, 0), neurons.GasServeAxon, nil, neurons.ErrInvalidIPAddress, nil, 0, nil},
		{"ipv6 all ones", nil, nb.PackServeAxon(1, 3, allOnes6, 8091, 6, 1, 0, 0), neurons.GasServeAxon, nil, neurons.ErrInvalidIPAddress, nil, 0, nil},
		{"port 0", nil, nb.PackServeAxon(1, 3, ipv4, 0, 4, 1, 0, 0), neurons.GasServeAxon, nil, protocol.ErrValueOutOfBounds, nil, 0, nil},
		{"certificate too long", nil, nb.PackServeAxonTls(1, 3, ipv4, 443, 4, 2, 0, 0, append(cert, 1)), certGas(66), nil, protocol.ErrInputTooLarge, nil, 0, nil},
		{"not registered", func(e *testEnv) { e.subnet(2) }, nb.PackServeAxon(2, 3, ipv4, 8091, 4, 1, 0, 0), neurons.GasServeAxon, nil, protocol.ErrHotkeyNotRegistered, nil, 0, nil},
		{"unknown subnet", nil, nb.PackServeAxon(4, 3, ipv4, 8091, 4, 1, 0, 0), neurons.GasServeAxon, nil, protocol.ErrSubnetNotFound, nil, 0, nil},
		{"value sent", nil, nb.PackServeAxon(1, 3, ipv4, 8091, 4, 1, 0, 0), neurons.GasServeAxon, uint256.NewInt(1), precompile.ErrValueNotAccepted, nil, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, k := weightsEnv(t)
			if tt.setup != nil {
				tt.setup(e)
			}
			if tt.value != nil {
				e.c.Fund(hot(1), tt.value)
			}
			res := e.c.Call(hot(1), addr, tt.input, tt.value, 1_000_000)
			if res.GasUsed != tt.gas {
				t.Fatalf("gas %d, want %d", res.GasUsed, tt.gas)
			}
			if tt.want != nil {
				if got := neurons.Definition().DecodeRevert(res.Ret); !errorIs(got, tt.want) || len(res.Logs) != 0 {
					t.Fatalf("err %v, want %v", got, tt.want)
				}
				return
			}
			if res.Err != nil {
				t.Fatalf("%v: %v", res.Err, neurons.Definition().DecodeRevert(res.Ret))
			}
			st := e.c.State
			a := neurons.LoadAxon(st, k, hot(1))
			if a.Block != e.c.Number || a.Version != 3 || new(big.Int).SetBytes(a.IP[:]).Cmp(tt.ip) != 0 || a.IPType != tt.ipType || a.Port == 0 {
				t.Fatalf("axon %+v", a)
			}
			if got := neurons.Certificate(st, k, hot(1)); !bytes.Equal(got, tt.cert) {
				t.Fatalf("certificate %x, want %x", got, tt.cert)
			}
			ev, err := nb.UnpackAxonServedEvent(onlyLog(t, res.Logs, 0, 1))
			if err != nil || ev.Netuid != 1 || ev.Hotkey != key(hot(1)) || ev.Ip.Cmp(tt.ip) != 0 || ev.Port != a.Port ||
				ev.Protocol != a.Protocol || !bytes.Equal(ev.Certificate, tt.cert) {
				t.Fatalf("AxonServed %+v %v", ev, err)
			}
			// Other subnets and hotkeys are untouched.
			if neurons.LoadAxon(st, k, hot(2)) != (neurons.Axon{}) {
				t.Fatal("another hotkey's axon changed")
			}
		})
	}
}

// TestServePrometheus: stored, logged, rate limited separately from the
// axon, validated.
func TestServePrometheus(t *testing.T) {
	e, k := weightsEnv(t)
	st := e.c.State
	e.ok(hot(1), nb.PackServeAxon(1, 3, ipv4, 8091, 4, 1, 0, 0)) // a separate window
	res := e.ok(hot(1), nb.PackServePrometheus(1, 9, ipv6, 9100, 6))
	if res.GasUsed != neurons.GasServePrometheus {
		t.Fatalf("gas %d", res.GasUsed)
	}
	p := neurons.LoadPrometheus(st, k, hot(1))
	if p.Block != 1000 || p.Version != 9 || new(big.Int).SetBytes(p.IP[:]).Cmp(ipv6) != 0 || p.Port != 9100 || p.IPType != 6 {
		t.Fatalf("prometheus %+v", p)
	}
	ev, err := nb.UnpackPrometheusServedEvent(onlyLog(t, res.Logs, 0, 1))
	if err != nil || ev.Version != 9 || ev.Ip.Cmp(ipv6) != 0 || ev.Port != 9100 || ev.IpType != 6 {
		t.Fatalf("PrometheusServed %+v %v", ev, err)
	}
	e.c.Number += 10
	e.fails(hot(1), nb.PackServePrometheus(1, 9, ipv6, 9100, 6), protocol.ErrRateLimited)
	e.c.Number += 40
	e.fails(hot(1), nb.PackServePrometheus(1, 9, ipv6, 9100, 7), neurons.ErrInvalidIPType)
	e.fails(hot(1), nb.PackServePrometheus(1, 9, allOnes6, 9100, 6), neurons.ErrInvalidIPAddress)
	e.fails(hot(1), nb.PackServePrometheus(1, 9, ipv6, 0, 6), protocol.ErrValueOutOfBounds)
	e.fails(carol, nb.PackServePrometheus(1, 9, ipv6, 9100, 6), protocol.ErrHotkeyNotRegistered)
	e.ok(hot(1), nb.PackServePrometheus(1, 10, ipv4, 9101, 4))
	if p := neurons.LoadPrometheus(st, k, hot(1)); p.Version != 10 || p.IPType != 4 || p.Block != 1050 {
		t.Fatalf("updated prometheus %+v", p)
	}
}
