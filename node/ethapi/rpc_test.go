package ethapi

import (
	"context"
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
)

// rpcEnv is a test chain served by a real rpc.Server with the services of
// GetAPIs, and an in-process client of it.
type rpcEnv struct {
	*testChain
	client *rpc.Client
}

func newRPCEnv(t *testing.T) *rpcEnv {
	t.Helper()
	tc := newTestChain(t)
	srv := rpc.NewServer()
	for _, api := range GetAPIs(tc.backend) {
		if err := srv.RegisterName(api.Namespace, api.Service); err != nil {
			t.Fatal(err)
		}
	}
	client := rpc.DialInProc(srv)
	t.Cleanup(func() { client.Close(); srv.Stop() })
	return &rpcEnv{testChain: tc, client: client}
}

// call invokes method and decodes its result into a generic JSON value.
func (e *rpcEnv) call(t *testing.T, method string, args ...interface{}) (interface{}, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var raw json.RawMessage
	if err := e.client.CallContext(ctx, &raw, method, args...); err != nil {
		return nil, err
	}
	var out interface{}
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatalf("%s: bad result %s: %v", method, raw, err)
	}
	return out, nil
}

// mustCall is call that fails the test on error.
func (e *rpcEnv) mustCall(t *testing.T, method string, args ...interface{}) interface{} {
	t.Helper()
	out, err := e.call(t, method, args...)
	if err != nil {
		t.Fatalf("%s%v: %v", method, args, err)
	}
	return out
}

// callInto invokes method and decodes its result into res.
func (e *rpcEnv) callInto(t *testing.T, res interface{}, method string, args ...interface{}) error {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	return e.client.CallContext(ctx, res, method, args...)
}

// errCode returns the JSON-RPC error code of err (0 if it has none).
func errCode(err error) int {
	var re rpc.Error
	if errors.As(err, &re) {
		return re.ErrorCode()
	}
	return 0
}

// errData returns the data field of a JSON-RPC error.
func errData(err error) interface{} {
	var de rpc.DataError
	if errors.As(err, &de) {
		return de.ErrorData()
	}
	return nil
}

// wantRPCError checks an error's code and, if msg is not empty, its message.
func wantRPCError(t *testing.T, err error, code int, msg string) {
	t.Helper()
	if err == nil {
		t.Fatalf("want error code %d (%q), got success", code, msg)
	}
	if got := errCode(err); got != code {
		t.Fatalf("error %q: code %d, want %d", err, got, code)
	}
	if msg != "" && err.Error() != msg {
		t.Fatalf("error message %q, want %q", err.Error(), msg)
	}
}
