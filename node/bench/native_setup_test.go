package bench

import (
	"crypto/ecdsa"
	"encoding/binary"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/taoevm/taoevm/bindings"
	"github.com/taoevm/taoevm/node/chain"
	"github.com/taoevm/taoevm/node/devkeys"
	"github.com/taoevm/taoevm/precompiles/neurons"
	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/precompile/precompiletest"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/registry"
	"github.com/taoevm/taoevm/precompiles/subnets"
)

// nativeSetup is a genesis holding registered subnets full of neurons with
// validator permits, built by running the real registration methods over a
// scratch state and copying every account and storage word they wrote.
type nativeSetup struct {
	genesis *core.Genesis
	owner   *devkeys.Account    // dev account 0: owner of every subnet
	keys    []*ecdsa.PrivateKey // hotkey i holds uid i on every subnet; each is its own coldkey
	addrs   []common.Address
	nets    []uint16
}

// hotkeyBalance funds each hotkey account (registration burns, stakes, gas).
const hotkeyBalance = 100_000 // TAO

// benchParams are the genesis parameters of the native benchmarks: weights
// without commit-reveal, one weight submission per block and hotkey,
// registrations without the chain-wide rate limit, a short tempo so a
// reveal is reachable in a few blocks.
func benchParams() protocol.Params {
	p := protocol.DefaultParams()
	p.DefaultCommitReveal = false
	p.WeightsSetRateLimit = 1
	p.NetworkRateLimit = 0
	p.DefaultTempo = 10
	p.DefaultServingRateLimit = 0
	return p
}

// storageRecorder is a precompile.StateWriter over the scratch state that
// remembers every storage word written.
type storageRecorder struct {
	st    precompile.StateWriter
	slots map[common.Address]map[common.Hash]struct{}
}

func (r *storageRecorder) note(addr common.Address, key common.Hash) {
	m := r.slots[addr]
	if m == nil {
		m = make(map[common.Hash]struct{})
		r.slots[addr] = m
	}
	m[key] = struct{}{}
}

func (r *storageRecorder) GetState(addr common.Address, key common.Hash) common.Hash {
	return r.st.GetState(addr, key)
}

func (r *storageRecorder) SetState(addr common.Address, key, value common.Hash) common.Hash {
	r.note(addr, key)
	return r.st.SetState(addr, key, value)
}

// benchHotkey returns the i-th deterministic benchmark key.
func benchHotkey(i int) *ecdsa.PrivateKey {
	var seed [8]byte
	binary.BigEndian.PutUint64(seed[:], uint64(i))
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("taoevm bench hotkey"), seed[:]))
	if err != nil {
		panic(err)
	}
	return k
}

// newNativeSetup registers nets subnets (netuids 1..nets, owner dev account
// 0, owner hotkey = hotkey 0) and hotkeys 1..uids-1 on each of them, grants
// every uid a validator permit, and returns the resulting genesis: dev
// accounts and hotkeys funded, params p, the Prague system contracts.
//
// edit, if not nil, then writes further state through the modules'
// accessors (e.g. a hyperparameter of one subnet).
func newNativeSetup(t testing.TB, p protocol.Params, nets, uids int, edit func(w precompile.StateWriter)) *nativeSetup {
	t.Helper()
	c := precompiletest.New(t, registry.Definitions()...)
	c.Number, c.Time, c.GasLimit = 0, uint64(time.Now().Unix()), 100_000_000
	rec := &storageRecorder{st: c.State, slots: make(map[common.Address]map[common.Hash]struct{})}
	c.Tracer = &tracing.Hooks{OnStorageChange: func(addr common.Address, slot, _, _ common.Hash) { rec.note(addr, slot) }}
	if err := protocol.WriteParams(rec, p); err != nil {
		t.Fatal(err)
	}
	s := &nativeSetup{owner: devkeys.Dev()[0]}
	accounts := []common.Address{}
	for _, d := range devkeys.Dev() {
		c.Fund(d.Address(), uint256.MustFromBig(chain.DevBalance))
		accounts = append(accounts, d.Address())
	}
	for i := 0; i < uids; i++ {
		k := benchHotkey(i)
		s.keys = append(s.keys, k)
		a := crypto.PubkeyToAddress(k.PublicKey)
		s.addrs = append(s.addrs, a)
		c.Fund(a, precompiletest.TAO(hotkeyBalance))
		accounts = append(accounts, a)
	}
	call := func(from, to common.Address, input []byte) {
		t.Helper()
		res := c.Call(from, to, input, nil, 30_000_000)
		if res.Err != nil {
			for _, d := range c.Defs {
				if d.Address() == to {
					t.Fatalf("setup call to %v: %v", to, d.DecodeRevert(res.Ret))
				}
			}
			t.Fatalf("setup call to %v: %v", to, res.Err)
		}
	}
	sn, nb := bindings.NewISubnet(), bindings.NewINeuron()
	for n := 0; n < nets; n++ {
		call(s.owner.Address(), subnets.Address, sn.PackRegisterNetwork(precompile.AddressKey(s.addrs[0])))
		netuid := uint16(n + 1)
		s.nets = append(s.nets, netuid)
		for i := 1; i < uids; i++ {
			call(s.addrs[i], neurons.Address, nb.PackBurnedRegister(netuid, precompile.AddressKey(s.addrs[i])))
		}
		k := protocol.Current(c.State, netuid)
		if got := subnets.UidCount(c.State, k); int(got) != uids {
			t.Fatalf("netuid %d has %d uids, want %d", netuid, got, uids)
		}
		permits := make([]bool, uids)
		for i := range permits {
			permits[i] = true
		}
		neurons.SetValidatorPermits(rec, k, permits)
	}
	if edit != nil {
		edit(rec)
	}
	c.State.Finalise(c.Rules())

	g := &core.Genesis{
		Config:     chain.ChainConfig(big.NewInt(chain.DevChainID)),
		GasLimit:   chain.DevGasLimit,
		BaseFee:    big.NewInt(params.InitialBaseFee),
		Difficulty: new(big.Int),
		Timestamp:  c.Time,
		Alloc:      types.GenesisAlloc{},
	}
	chain.AddProtocolAllocsWith(g, p)
	for _, a := range accounts {
		g.Alloc[a] = types.Account{Balance: c.State.GetBalance(a).ToBig()}
	}
	for _, addr := range registry.Addresses() {
		acc := g.Alloc[addr]
		acc.Balance = c.State.GetBalance(addr).ToBig()
		storage := map[common.Hash]common.Hash{}
		for k, v := range acc.Storage {
			storage[k] = v
		}
		for key := range rec.slots[addr] {
			if v := c.State.GetState(addr, key); v != (common.Hash{}) {
				storage[key] = v
			} else {
				delete(storage, key)
			}
		}
		acc.Storage = storage
		g.Alloc[addr] = acc
	}
	for addr := range rec.slots {
		if _, ok := g.Alloc[addr]; !ok {
			t.Fatalf("setup wrote storage of %v, which is no precompile", addr)
		}
	}
	s.genesis = g
	return s
}

// signer signs transactions of the benchmark keys with locally tracked nonces.
type signer struct {
	chainID *big.Int
	key     *ecdsa.PrivateKey
	addr    common.Address
	nonce   uint64
	feeCap  *big.Int // 200 gwei if nil
}

func newSigners(keys []*ecdsa.PrivateKey) []*signer {
	out := make([]*signer, len(keys))
	for i, k := range keys {
		out[i] = &signer{chainID: big.NewInt(chain.DevChainID), key: k, addr: crypto.PubkeyToAddress(k.PublicKey)}
	}
	return out
}

// sign signs the next transaction of s: to, data, value wei, gas.
func (s *signer) sign(t testing.TB, to common.Address, data []byte, value *big.Int, gas uint64) *types.Transaction {
	feeCap := s.feeCap
	if feeCap == nil {
		feeCap = big.NewInt(200 * params.GWei)
	}
	tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{
		ChainID: s.chainID, Nonce: s.nonce, GasTipCap: big.NewInt(params.GWei), GasFeeCap: feeCap,
		Gas: gas, To: &to, Value: value, Data: data,
	}), types.LatestSignerForChainID(s.chainID), s.key)
	if err != nil {
		t.Fatal(err)
	}
	s.nonce++
	return tx
}
