package neurons_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/holiman/uint256"

	"github.com/taoevm/taoevm/bindings"
	"github.com/taoevm/taoevm/precompiles/neurons"
	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/precompile/precompiletest"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/subnets"
)

var (
	nb       = bindings.NewINeuron()
	owner    = common.HexToAddress("0x0000000000000000000000000000000000a11ce0")
	ownerHot = common.HexToAddress("0x00000000000000000000000000000000000a0a0a")
	bob      = common.HexToAddress("0x0000000000000000000000000000000000000b0b")
	carol    = common.HexToAddress("0x0000000000000000000000000000000000000ca1")
	addr     = neurons.Address
)

const genesisIssuance = 10_000_000 * protocol.RaoPerTAO

// testEnv is a chain with the neuron precompile and one subnet helper.
type testEnv struct {
	t *testing.T
	c *precompiletest.Chain
}

func newEnv(t *testing.T) *testEnv {
	t.Helper()
	c := precompiletest.New(t, neurons.Definition())
	// The protocol's and the subnets module's storage live in 0x…0803's
	// account, which genesis creates like every native precompile.
	c.State.SetNonce(subnets.Address, 1, tracing.NonceChangeGenesis)
	c.State.SetCode(subnets.Address, precompiletest.PrecompileCode, tracing.CodeChangeGenesis)
	protocol.SetTotalIssuance(c.State, genesisIssuance)
	return &testEnv{t: t, c: c}
}

// hot returns a distinct hotkey address for i.
func hot(i int) common.Address {
	var a common.Address
	a[0] = 0x40
	a[18], a[19] = byte(i>>8), byte(i)
	return a
}

func key(a common.Address) [32]byte { return precompile.AddressKey(a) }

// subnet registers netuid (next generation) at the current block, with the
// owner hotkey at uid 0, as the subnets module's registration does.
func (e *testEnv) subnet(netuid uint16) protocol.NetKey {
	st := e.c.State
	gen := protocol.Generation(st, netuid) + 1
	protocol.SetGeneration(st, netuid, gen)
	protocol.SetNetRow(st, netuid, e.c.Number, 0)
	k := protocol.NetKey{Netuid: netuid, Gen: gen}
	subnets.SetOwner(st, k, owner)
	subnets.SetOwnerHotkey(st, k, ownerHot)
	if _, err := protocol.ClaimHotkey(st, ownerHot, owner); err != nil {
		e.t.Fatal(err)
	}
	neurons.RegisterOwner(st, k, ownerHot, e.c.Number)
	return k
}

func (e *testEnv) fund(a common.Address, tao uint64) { e.c.Fund(a, precompiletest.TAO(tao)) }

// call runs one frame to the precompile with a generous gas limit.
func (e *testEnv) call(from common.Address, input []byte) precompiletest.Result {
	e.t.Helper()
	return e.c.Call(from, addr, input, nil, 30_000_000)
}

// ok fails the test unless the call succeeded.
func (e *testEnv) ok(from common.Address, input []byte) precompiletest.Result {
	e.t.Helper()
	res := e.call(from, input)
	if res.Err != nil {
		e.t.Fatalf("call failed: %v: %v", res.Err, neurons.Definition().DecodeRevert(res.Ret))
	}
	return res
}

// fails checks the call reverted with want and logged nothing.
func (e *testEnv) fails(from common.Address, input []byte, want error) precompiletest.Result {
	e.t.Helper()
	res := e.call(from, input)
	if !errors.Is(res.Err, vm.ErrExecutionReverted) {
		e.t.Fatalf("err %v, want a revert with %v", res.Err, want)
	}
	got := neurons.Definition().DecodeRevert(res.Ret)
	if !errors.Is(got, want) {
		e.t.Fatalf("reverted with %v, want %v", got, want)
	}
	if len(res.Logs) != 0 {
		e.t.Fatal("a refused call logged")
	}
	return res
}

func (e *testEnv) register(coldkey, hotkey common.Address, netuid uint16) uint16 {
	e.t.Helper()
	res := e.ok(coldkey, nb.PackBurnedRegister(netuid, key(hotkey)))
	uid, err := nb.UnpackBurnedRegister(res.Ret)
	if err != nil {
		e.t.Fatal(err)
	}
	return uid
}

func wei(rao uint64) *uint256.Int { return protocol.RaoToWei(rao) }

func bigU(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

func onlyLog(t *testing.T, logs []*types.Log, i, n int) *types.Log {
	t.Helper()
	if len(logs) != n {
		t.Fatalf("%d logs, want %d", len(logs), n)
	}
	if logs[i].Address != addr {
		t.Fatalf("log from %v", logs[i].Address)
	}
	return logs[i]
}

func errorIs(err, target error) bool { return errors.Is(err, target) }
