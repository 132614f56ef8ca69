package bench

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/taoevm/taoevm/bindings"
	"github.com/taoevm/taoevm/node/devkeys"
	"github.com/taoevm/taoevm/precompiles/neurons"
	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/staking"
	"github.com/taoevm/taoevm/precompiles/subnets"
)

// gasCase is one measured operation: two transactions of the same shape by
// different senders.
type gasCase struct {
	name string
	txs  [2]*types.Transaction
}

// send sends tx and returns its receipt, failing unless it succeeded.
func (nn *nativeNode) send(t testing.TB, tx *types.Transaction) *types.Receipt {
	t.Helper()
	ctx := context.Background()
	if err := nn.ec.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(time.Minute)
	for {
		r, err := nn.ec.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			if r.Status != types.ReceiptStatusSuccessful {
				t.Fatalf("tx to %v failed (gas used %d of %d)", tx.To(), r.GasUsed, tx.Gas())
			}
			return r
		}
		if time.Now().After(deadline) {
			t.Fatalf("no receipt for %v: %v", tx.Hash(), err)
		}
		time.Sleep(time.Millisecond)
	}
}

// execGas is a receipt's gas less the transaction's intrinsic gas: the
// gas the precompile charged.
func (nn *nativeNode) execGas(t testing.TB, tx *types.Transaction, r *types.Receipt) uint64 {
	t.Helper()
	bc := nn.node.Chain().BlockChain()
	h := bc.GetHeaderByNumber(r.BlockNumber.Uint64())
	from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
	if err != nil {
		t.Fatal(err)
	}
	rules := bc.Config().Rules(h.Number, true, h.Time)
	intrinsic, err := core.IntrinsicGas(tx.Data(), tx.AccessList(), nil, from, tx.To(), uint256.MustFromBig(tx.Value()), rules)
	if err != nil {
		t.Fatal(err)
	}
	floor, err := core.FloorDataGas(rules, from, tx.To(), uint256.MustFromBig(tx.Value()), tx.Data(), tx.AccessList())
	if err != nil {
		t.Fatal(err)
	}
	if r.GasUsed <= floor {
		t.Fatalf("tx to %v pays the calldata floor %d", tx.To(), floor)
	}
	return r.GasUsed - intrinsic
}

// TestNativeGas sends each native operation twice, by different senders,
// through a dev node (genesis: netuids 1 and 2 with 256 neurons holding
// validator permits; commit-reveal on for netuid 2 only) and reports the
// gas of each. Gas is a function of the input alone, so both runs of an
// operation must charge the same gas beyond their intrinsic gas.
//
//	go test -run TestNativeGas -v ./node/bench/
func TestNativeGas(t *testing.T) {
	p := benchParams()
	s := newNativeSetup(t, p, 2, nativeUids, func(w precompile.StateWriter) {
		subnets.Set(w, protocol.Current(w, 2), subnets.HCommitRevealWeightsEnabled, 1)
	})
	nn := startNative(t, s)
	hk := nn.signers // hotkey i holds uid i on netuids 1 and 2
	dev := newSigners([]*ecdsa.PrivateKey{devkeys.Dev()[1].Key(), devkeys.Dev()[2].Key(), devkeys.Dev()[3].Key(), devkeys.Dev()[4].Key()})
	// A 10M gas limit stays under the node's 1 ether fee cap.
	for _, sg := range append(append([]*signer{}, hk...), dev...) {
		sg.feeCap = big.NewInt(20 * params.GWei)
	}
	fresh := func(i int) [32]byte {
		return precompile.AddressKey(crypto.PubkeyToAddress(benchHotkey(10_000 + i).PublicKey))
	}
	key := func(i int) [32]byte { return precompile.AddressKey(s.addrs[i]) }
	sn, nb, ist := bindings.NewISubnet(), bindings.NewINeuron(), bindings.NewIStaking()
	tao := big.NewInt(int64(protocol.RaoPerTAO))
	const gas = 10_000_000
	zero := new(big.Int)

	var cases []gasCase
	run := func(name string, a, b *types.Transaction) {
		t.Helper()
		cases = append(cases, gasCase{name, [2]*types.Transaction{a, b}})
	}
	// The third subnet, then two neurons on it.
	run("registerNetwork",
		dev[0].sign(t, subnets.Address, sn.PackRegisterNetwork(fresh(0)), zero, gas),
		dev[1].sign(t, subnets.Address, sn.PackRegisterNetwork(fresh(1)), zero, gas))
	run("burnedRegister",
		dev[2].sign(t, neurons.Address, nb.PackBurnedRegister(3, fresh(2)), zero, gas),
		dev[3].sign(t, neurons.Address, nb.PackBurnedRegister(3, fresh(3)), zero, gas))
	stake := func(i int) *types.Transaction {
		return hk[i].sign(t, staking.Address, ist.PackAddStake(key(i), new(big.Int).Mul(tao, big.NewInt(10)), big.NewInt(1)), zero, gas)
	}
	run("addStake", stake(1), stake(2))
	unstake := func(i int) *types.Transaction {
		return hk[i].sign(t, staking.Address, ist.PackRemoveStake(key(i), tao, big.NewInt(1)), zero, gas)
	}
	run("removeStake", unstake(1), unstake(2))
	move := func(i int) *types.Transaction {
		return hk[i].sign(t, staking.Address, ist.PackMoveStake(key(i), key(i), big.NewInt(1), big.NewInt(2), tao), zero, gas)
	}
	run("moveStake", move(1), move(2))
	weights := func(i int) *types.Transaction {
		uids, values := weightRow(i, 0)
		return hk[i].sign(t, neurons.Address, nb.PackSetWeights(1, uids, values, 0), zero, gas)
	}
	run("setWeights(256)", weights(3), weights(4))
	salt := []uint16{1, 2, 3, 4, 5, 6, 7, 8}
	commit := func(i int) *types.Transaction {
		uids, values := weightRow(i, 1)
		h := neurons.CommitHash(s.addrs[i], 2, uids, values, salt, 0)
		return hk[i].sign(t, neurons.Address, nb.PackCommitWeights(2, h), zero, gas)
	}
	run("commitWeights", commit(5), commit(6))
	axon := func(i int) *types.Transaction {
		return hk[i].sign(t, neurons.Address, nb.PackServeAxon(1, 1, big.NewInt(0x0a000001+int64(i)), 8091, 4, 0, 0, 0), zero, gas)
	}
	run("serveAxon", axon(7), axon(8))

	type result struct {
		name     string
		used     [2]uint64
		exec     [2]uint64
		included [2]uint64
	}
	var results []result
	for _, c := range cases {
		var res result
		res.name = c.name
		for j, tx := range c.txs {
			r := nn.send(t, tx)
			res.used[j], res.exec[j], res.included[j] = r.GasUsed, nn.execGas(t, tx, r), r.BlockNumber.Uint64()
		}
		results = append(results, res)
	}

	// Reveal each commit in the epoch after its own (tempo p.DefaultTempo).
	var reveal [2]*types.Transaction
	for j, i := range []int{5, 6} {
		uids, values := weightRow(i, 1)
		reveal[j] = hk[i].sign(t, neurons.Address, nb.PackRevealWeights(2, uids, values, salt, 0), zero, gas)
	}
	res := result{name: "revealWeights(256)"}
	for j, tx := range reveal {
		committed := results[len(results)-2].included[j]
		want := neurons.EpochIndex(committed, 2, p.DefaultTempo) + 1
		for {
			next := nn.node.Chain().BlockChain().CurrentBlock().Number.Uint64() + 1
			if e := neurons.EpochIndex(next, 2, p.DefaultTempo); e >= want {
				if e != want {
					t.Fatalf("missed the reveal epoch %d (next block in %d)", want, e)
				}
				break
			}
			if _, err := nn.node.Sequencer().Mine(1, 1); err != nil {
				t.Fatal(err)
			}
		}
		r := nn.send(t, tx)
		res.used[j], res.exec[j] = r.GasUsed, nn.execGas(t, tx, r)
	}
	results = append(results, res)

	st, err := nn.node.Chain().BlockChain().State()
	if err != nil {
		t.Fatal(err)
	}
	if got := neurons.WeightsLen(st, protocol.Current(st, 2), 5); got != nativeUids {
		t.Fatalf("revealed row has %d weights", got)
	}
	t.Logf("%-20s %12s %12s", "operation", "tx gas", "precompile")
	for _, r := range results {
		if r.exec[0] != r.exec[1] {
			t.Errorf("%s: precompile gas %d and %d for the same input shape", r.name, r.exec[0], r.exec[1])
		}
		t.Logf("%-20s %12d %12d", r.name, r.used[0], r.exec[0])
	}
}
