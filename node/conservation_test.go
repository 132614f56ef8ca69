package node_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math/big"
	"math/rand/v2"
	"sort"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/taoevm/taoevm/bindings"
	"github.com/taoevm/taoevm/node/chain"
	"github.com/taoevm/taoevm/node/executor"
	"github.com/taoevm/taoevm/precompiles/balancetransfer"
	"github.com/taoevm/taoevm/precompiles/neurons"
	"github.com/taoevm/taoevm/precompiles/pools"
	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/registry"
	"github.com/taoevm/taoevm/precompiles/staking"
	"github.com/taoevm/taoevm/precompiles/subnets"
)

const (
	consBlocks   = 300
	consUsers    = 8
	consHotkeys  = 16
	consGasLimit = 16_000_000
	fillerGas    = 4_000_000 // an out-of-gas burnedRegister (it needs more)
	consChainID  = 31337
	userFunds    = 20_000 // TAO per user at genesis
)

// consParams: a cap of three subnets that dissolve soon after registration,
// a lock cost that decays within 20 blocks, small subnets whose neurons are
// replaced.
func consParams() protocol.Params {
	p := protocol.DefaultParams()
	p.SubnetLimit = 3
	p.NetworkImmunityPeriod = 15
	p.NetworkRateLimit = 2
	p.LockReductionInterval = 20
	p.MinAllowedUids = 4
	p.DefaultMaxAllowedUids = 6
	p.DefaultImmunityPeriod = 8
	return p
}

type consUser struct {
	key   *ecdsa.PrivateKey
	addr  common.Address
	nonce uint64
}

// consTx is a transaction the random walk sends, with what to do when it
// succeeds.
type consTx struct {
	op    string
	to    common.Address
	data  []byte
	value *big.Int
	gas   uint64
	ok    func() // on success
}

// conservation is the state of the random walk and of its bookkeeping.
type conservation struct {
	t       *testing.T
	rng     *rand.Rand
	c       *chain.Chain
	p       protocol.Params
	users   []*consUser
	hotkeys []common.Address
	// tracked holds every account that ever held or may hold a balance.
	tracked  map[common.Address]bool
	coinbase common.Address
	supply   *big.Int // genesis supply, wei
	burned   *big.Int // base fees burned, wei
	minFee   *big.Int // lowest and highest base fee seen
	maxFee   *big.Int
	fresh    int
	// issued is the alpha issued of each subnet generation: the pool seed,
	// less the alpha burned by burnAlpha.
	issued    map[protocol.NetKey]uint64
	gens      map[uint16]uint64
	dissolved []protocol.NetKey
	stats     map[string][2]int // op → (succeeded, reverted)

	sn  *bindings.ISubnet
	nb  *bindings.INeuron
	ist *bindings.IStaking
	bt  *bindings.IBalanceTransfer
}

func consKey(i int) *ecdsa.PrivateKey {
	var seed [8]byte
	binary.BigEndian.PutUint64(seed[:], uint64(i))
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("taoevm conservation user"), seed[:]))
	if err != nil {
		panic(err)
	}
	return k
}

func newConservation(t *testing.T, seed uint64) *conservation {
	w := &conservation{
		t: t, rng: rand.New(rand.NewPCG(seed, 0x7a0)), p: consParams(),
		tracked: map[common.Address]bool{}, burned: new(big.Int), supply: new(big.Int),
		issued: map[protocol.NetKey]uint64{}, gens: map[uint16]uint64{}, stats: map[string][2]int{},
		coinbase: common.HexToAddress("0x00000000000000000000000000000000c01bba5e"),
		sn:       bindings.NewISubnet(), nb: bindings.NewINeuron(), ist: bindings.NewIStaking(), bt: bindings.NewIBalanceTransfer(),
	}
	g := &core.Genesis{
		Config:     chain.ChainConfig(big.NewInt(consChainID)),
		GasLimit:   consGasLimit,
		BaseFee:    big.NewInt(params.InitialBaseFee),
		Difficulty: new(big.Int),
		Alloc:      types.GenesisAlloc{},
	}
	for i := 0; i < consUsers; i++ {
		k := consKey(i)
		u := &consUser{key: k, addr: crypto.PubkeyToAddress(k.PublicKey)}
		w.users = append(w.users, u)
		g.Alloc[u.addr] = types.Account{Balance: new(big.Int).Mul(big.NewInt(userFunds), big.NewInt(params.Ether))}
	}
	for i := 0; i < consHotkeys; i++ {
		w.hotkeys = append(w.hotkeys, common.BigToAddress(new(big.Int).Add(new(big.Int).Lsh(big.NewInt(0x40e7), 140), big.NewInt(int64(i)))))
	}
	chain.AddProtocolAllocsWith(g, w.p)
	for a, acc := range g.Alloc {
		w.tracked[a] = true
		if acc.Balance != nil {
			w.supply.Add(w.supply, acc.Balance)
		}
	}
	for _, a := range append(append([]common.Address{w.coinbase}, w.hotkeys...), registry.Addresses()...) {
		w.tracked[a] = true
	}
	c, err := chain.Open(rawdb.NewMemoryDatabase(), chain.Config{Genesis: g, Hooks: registry.BlockHooks()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	w.c = c
	return w
}

func (w *conservation) pick(n int) int { return w.rng.IntN(n) }

func (w *conservation) between(lo, hi uint64) uint64 { return lo + w.rng.Uint64N(hi-lo+1) }

// frac returns ⌊v·num/den⌋ for a random num in [lo, hi] of den = 100.
func (w *conservation) frac(v uint64, lo, hi int) uint64 {
	n := uint64(lo + w.pick(hi-lo+1))
	return new(big.Int).Div(new(big.Int).Mul(new(big.Int).SetUint64(v), new(big.Int).SetUint64(n)), big.NewInt(100)).Uint64()
}

func n(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

func key32(a common.Address) [32]byte { return precompile.AddressKey(a) }

// liveNetuids returns the registered netuids (root included).
func liveNetuids(st *state.StateDB) []uint16 {
	out := []uint16{protocol.RootNetuid}
	for netuid := uint16(1); netuid <= protocol.TotalNetworks(st); netuid++ {
		out = append(out, netuid)
	}
	return out
}

// ownedHotkeys returns the hotkeys with an owner.
func (w *conservation) ownedHotkeys(st *state.StateDB) []common.Address {
	var out []common.Address
	for _, h := range w.hotkeys {
		if protocol.HotkeyOwner(st, h) != (common.Address{}) {
			out = append(out, h)
		}
	}
	return out
}

// hotkeyFor returns a hotkey the user may register: unowned or its own.
func (w *conservation) hotkeyFor(st *state.StateDB, u *consUser) (common.Address, bool) {
	start := w.pick(len(w.hotkeys))
	for i := range w.hotkeys {
		h := w.hotkeys[(start+i)%len(w.hotkeys)]
		if o := protocol.HotkeyOwner(st, h); o == (common.Address{}) || o == u.addr {
			return h, true
		}
	}
	return common.Address{}, false
}

// recipient returns another user or, one time in eight, a fresh account.
func (w *conservation) recipient() common.Address {
	if w.pick(8) == 0 {
		w.fresh++
		a := common.BigToAddress(new(big.Int).Add(new(big.Int).Lsh(big.NewInt(0xf4e5), 140), big.NewInt(int64(w.fresh))))
		w.tracked[a] = true
		return a
	}
	return w.users[w.pick(len(w.users))].addr
}

// livePositions returns the user's positions on current generations, with
// their alpha.
func livePositions(st *state.StateDB, u common.Address) []staking.Position {
	var out []staking.Position
	for _, p := range staking.Positions(st, u) {
		if protocol.Generation(st, p.Key.Netuid) == p.Key.Gen && staking.StakeOf(st, p.Key, p.Hotkey, u) > 0 {
			out = append(out, p)
		}
	}
	return out
}

// nextTx draws one transaction of user u against the parent state st (the
// block's earlier transactions may change what it finds: it then reverts,
// which the walk wants too).
func (w *conservation) nextTx(st *state.StateDB, u *consUser, block uint64) *consTx {
	tao := protocol.RaoPerTAO
	plain := func() *consTx {
		return &consTx{op: "transfer", to: w.recipient(), value: n(w.between(1, 5*tao) * protocol.WeiPerRao), gas: 21000}
	}
	hks := w.ownedHotkeys(st)
	nets := liveNetuids(st)
	stakeTx := func(op string, data []byte, ok func()) *consTx {
		return &consTx{op: op, to: staking.Address, data: data, gas: 1_000_000, ok: ok}
	}
	switch r := w.pick(100); {
	case r < 12:
		return plain()
	case r < 20:
		return &consTx{op: "balanceTransfer", to: balancetransfer.Address, data: w.bt.PackTransfer(key32(w.recipient())), value: n(w.between(1, 3*tao) * protocol.WeiPerRao), gas: 100_000}
	case r < 25:
		if subnets.LockCost(st, block) > 2000*tao || block < subnets.NextRegistrationBlock(st) {
			return plain()
		}
		h, ok := w.hotkeyFor(st, u)
		if !ok {
			return plain()
		}
		return &consTx{op: "registerNetwork", to: subnets.Address, data: w.sn.PackRegisterNetwork(key32(h)), gas: 2_500_000}
	case r < 33:
		h, ok := w.hotkeyFor(st, u)
		if !ok || len(nets) < 2 {
			return plain()
		}
		netuid := nets[1+w.pick(len(nets)-1)]
		return &consTx{op: "burnedRegister", to: neurons.Address, data: w.nb.PackBurnedRegister(netuid, key32(h)), gas: 5_000_000}
	case r < 46:
		if len(hks) == 0 {
			return plain()
		}
		amount := w.between(w.p.MinStake, 30*tao)
		if w.pick(20) == 0 {
			amount = w.p.MinStake / 2 // BelowMinimumStake
		}
		netuid := nets[w.pick(len(nets))]
		h := hks[w.pick(len(hks))]
		if w.pick(3) == 0 && netuid != protocol.RootNetuid {
			k := protocol.Current(st, netuid)
			limit := w.frac(pools.PriceRao(k, pools.Load(st, k)), 95, 125)
			return stakeTx("addStakeLimit", w.ist.PackAddStakeLimit(key32(h), n(amount), n(limit), w.pick(2) == 0, n(uint64(netuid))), nil)
		}
		return stakeTx("addStake", w.ist.PackAddStake(key32(h), n(amount), n(uint64(netuid))), nil)
	}
	pos := livePositions(st, u.addr)
	if r := w.pick(100); r < 8 {
		return w.claimTx(st, u)
	} else if r < 14 {
		return w.revertTx(st, u)
	}
	if len(pos) == 0 {
		return plain()
	}
	p := pos[w.pick(len(pos))]
	held := staking.StakeOf(st, p.Key, p.Hotkey, u.addr)
	hk, net := key32(p.Hotkey), n(uint64(p.Key.Netuid))
	switch r := w.pick(100); {
	case r < 30:
		return stakeTx("removeStake", w.ist.PackRemoveStake(hk, n(w.frac(held, 10, 100)), net), nil)
	case r < 42:
		limit := uint64(0)
		if !p.Key.IsRoot() {
			limit = w.frac(pools.PriceRao(p.Key, pools.Load(st, p.Key)), 80, 105)
		}
		return stakeTx("removeStakeLimit", w.ist.PackRemoveStakeLimit(hk, n(w.frac(held, 10, 100)), n(limit), w.pick(2) == 0, net), nil)
	case r < 50:
		if w.pick(2) == 0 {
			return stakeTx("removeStakeFull", w.ist.PackRemoveStakeFull(hk, net), nil)
		}
		return stakeTx("removeStakeFullLimit", w.ist.PackRemoveStakeFullLimit(hk, net, n(0)), nil)
	case r < 72:
		dest := nets[w.pick(len(nets))]
		return stakeTx("moveStake", w.ist.PackMoveStake(hk, key32(hks[w.pick(len(hks))]), net, n(uint64(dest)), n(w.frac(held, 10, 100))), nil)
	case r < 90:
		dest := nets[w.pick(len(nets))]
		to := w.users[w.pick(len(w.users))].addr
		return stakeTx("transferStake", w.ist.PackTransferStake(key32(to), hk, net, n(uint64(dest)), n(w.frac(held, 10, 100))), nil)
	default:
		if p.Key.IsRoot() {
			return plain()
		}
		amount, k := w.frac(held, 1, 20), p.Key
		return stakeTx("burnAlpha", w.ist.PackBurnAlpha(hk, n(amount), net), func() { w.issued[k] -= amount })
	}
}

// claimTx claims a dissolved position of u, its owner share of a dissolved
// generation, or (nothing to claim) reverts.
func (w *conservation) claimTx(st *state.StateDB, u *consUser) *consTx {
	claim := func(h common.Address, k protocol.NetKey) *consTx {
		return &consTx{op: "claimDissolvedStake", to: staking.Address, data: w.ist.PackClaimDissolvedStake(key32(h), n(uint64(k.Netuid)), n(k.Gen)), gas: 1_000_000}
	}
	for _, p := range staking.Positions(st, u.addr) {
		if pools.IsDissolved(st, p.Key) {
			return claim(p.Hotkey, p.Key)
		}
	}
	for _, k := range w.dissolved {
		if d, _ := pools.LoadDissolution(st, k); !d.OwnerClaimed && subnets.Owner(st, k) == u.addr {
			return claim(subnets.OwnerHotkey(st, k), k)
		}
	}
	if len(w.dissolved) > 0 {
		return claim(w.hotkeys[w.pick(len(w.hotkeys))], w.dissolved[w.pick(len(w.dissolved))])
	}
	return claim(w.hotkeys[0], protocol.NetKey{Netuid: 1, Gen: 1})
}

// revertTx is a call that reverts (or runs out of gas): its fee is still
// paid and burned, its value returned.
func (w *conservation) revertTx(st *state.StateDB, u *consUser) *consTx {
	tao := protocol.RaoPerTAO
	switch w.pick(5) {
	case 0: // msg.value sent to a nonpayable method: ValueNotAccepted
		return &consTx{op: "revert:value", to: staking.Address, data: w.ist.PackAddStake(key32(w.hotkeys[0]), n(tao), n(0)), value: n(tao * protocol.WeiPerRao), gas: 200_000}
	case 1: // a key with non-zero top bytes: InvalidKey, value refunded
		var bad [32]byte
		bad[0], bad[31] = 1, 1
		return &consTx{op: "revert:key", to: balancetransfer.Address, data: w.bt.PackTransfer(bad), value: n(tao * protocol.WeiPerRao), gas: 100_000}
	case 2: // far more than the user holds
		return &consTx{op: "revert:unstake", to: staking.Address, data: w.ist.PackRemoveStake(key32(w.hotkeys[w.pick(len(w.hotkeys))]), n(1<<62), n(1)), gas: 300_000}
	case 3: // out of gas: every unit of the limit is charged
		return &consTx{op: "revert:gas", to: subnets.Address, data: w.sn.PackRegisterNetwork(key32(w.hotkeys[0])), gas: 60_000}
	default: // weights from an unregistered hotkey
		return &consTx{op: "revert:weights", to: neurons.Address, data: w.nb.PackSetWeights(1, []uint16{0}, []uint16{1}, 0), gas: 300_000}
	}
}

// block builds and commits one block of random transactions.
func (w *conservation) block() {
	t := w.t
	bc := w.c.BlockChain()
	head := bc.CurrentBlock()
	st, err := bc.StateAt(head.Root, head.Number, head.Time)
	if err != nil {
		t.Fatal(err)
	}
	baseFee := eip1559.CalcBaseFee(bc.Config(), head)
	// Keep the base fee moving around its initial value: fill blocks
	// beyond the target while it is low, leave them light while it is high.
	budget := uint64(consGasLimit / 2)
	if baseFee.Cmp(big.NewInt(2*params.GWei)) > 0 {
		budget = consGasLimit / 4
	}
	number := head.Number.Uint64() + 1
	var (
		txs   types.Transactions
		plans []*consTx
		used  uint64
	)
	signer := types.LatestSignerForChainID(big.NewInt(consChainID))
	add := func(u *consUser, ct *consTx) {
		if ct.value == nil {
			ct.value = new(big.Int)
		}
		tip := big.NewInt(int64(w.pick(3)) * params.GWei)
		feeCap := new(big.Int).Add(new(big.Int).Mul(baseFee, big.NewInt(2)), tip)
		to := ct.to
		tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{
			ChainID: big.NewInt(consChainID), Nonce: u.nonce, GasTipCap: tip, GasFeeCap: feeCap,
			Gas: ct.gas, To: &to, Value: ct.value, Data: ct.data,
		}), signer, u.key)
		if err != nil {
			t.Fatal(err)
		}
		u.nonce++
		used += ct.gas
		txs, plans = append(txs, tx), append(plans, ct)
	}
	for tries := 0; tries < 20; tries++ {
		u := w.users[w.pick(len(w.users))]
		if ct := w.nextTx(st, u, number); used+ct.gas <= budget {
			add(u, ct)
		}
	}
	// A low base fee: out-of-gas calls fill the block past the gas target
	// (they pay their whole gas limit).
	for baseFee.Cmp(big.NewInt(params.GWei/2)) < 0 && used+fillerGas <= consGasLimit {
		add(w.users[w.pick(len(w.users))], &consTx{op: "revert:gas", to: neurons.Address, data: w.nb.PackBurnedRegister(1, key32(w.hotkeys[0])), gas: fillerGas})
	}
	built, err := w.c.Build(context.Background(), head.Hash(), executor.Attrs{Time: head.Time + 12, Coinbase: w.coinbase}, txs)
	if err != nil {
		t.Fatal(err)
	}
	if len(built.Skipped) > 0 {
		t.Fatalf("block %d: %d transactions left out, first: %v", number, len(built.Skipped), built.Skipped[0].Err)
	}
	if _, err := w.c.Commit(built.Block.Hash()); err != nil {
		t.Fatal(err)
	}
	h := built.Block.Header()
	if h.BaseFee.Sign() == 0 {
		t.Fatalf("block %d has a zero base fee", number)
	}
	w.burned.Add(w.burned, new(big.Int).Mul(h.BaseFee, new(big.Int).SetUint64(h.GasUsed)))
	if w.minFee == nil || h.BaseFee.Cmp(w.minFee) < 0 {
		w.minFee = h.BaseFee
	}
	if w.maxFee == nil || h.BaseFee.Cmp(w.maxFee) > 0 {
		w.maxFee = h.BaseFee
	}
	for i, r := range built.Receipts {
		s := w.stats[plans[i].op]
		if r.Status == types.ReceiptStatusSuccessful {
			s[0]++
			if plans[i].ok != nil {
				plans[i].ok()
			}
		} else {
			s[1]++
		}
		w.stats[plans[i].op] = s
	}
}

// observe records new subnet generations (seeded with MinLockCost alpha)
// and the generations they dissolved.
func (w *conservation) observe(st *state.StateDB) {
	for netuid := uint16(1); netuid <= w.p.SubnetLimit; netuid++ {
		gen, prev := protocol.Generation(st, netuid), w.gens[netuid]
		if gen == prev {
			continue
		}
		if gen != prev+1 {
			w.t.Fatalf("netuid %d: generation %d after %d within one block", netuid, gen, prev)
		}
		if prev != 0 {
			old := protocol.NetKey{Netuid: netuid, Gen: prev}
			if !pools.IsDissolved(st, old) {
				w.t.Fatalf("%v replaced but not dissolved", old)
			}
			w.dissolved = append(w.dissolved, old)
		}
		w.issued[protocol.NetKey{Netuid: netuid, Gen: gen}] = w.p.MinLockCost
		w.gens[netuid] = gen
	}
}

// check verifies the invariants on the head state.
func (w *conservation) check() {
	t := w.t
	bc := w.c.BlockChain()
	head := bc.CurrentBlock()
	st, err := bc.StateAt(head.Root, head.Number, head.Time)
	if err != nil {
		t.Fatal(err)
	}
	w.observe(st)
	at := fmt.Sprintf("block %d", head.Number)

	// TAO: balances + recycled + burned base fees = genesis supply.
	sum := new(big.Int)
	for a := range w.tracked {
		sum.Add(sum, st.GetBalance(a).ToBig())
	}
	sum.Add(sum, protocol.RaoToWei(protocol.TotalRecycled(st)).ToBig())
	sum.Add(sum, w.burned)
	if sum.Cmp(w.supply) != 0 {
		t.Fatalf("%s: balances + recycled + burned fees = %v wei, genesis supply %v (diff %v)", at, sum, w.supply, new(big.Int).Sub(sum, w.supply))
	}

	holders := make([]common.Address, 0, len(w.users))
	for _, u := range w.users {
		holders = append(holders, u.addr)
	}
	stakeOf := func(k protocol.NetKey) uint64 {
		var staked uint64
		for _, h := range w.hotkeys {
			hp := staking.LoadHotkeyPool(st, k, h)
			var held uint256.Int
			for _, c := range holders {
				s := staking.Shares(st, k, h, c)
				held.Add(&held, &s)
			}
			if !held.Eq(&hp.Pool.Shares) {
				t.Fatalf("%s: %v hotkey %v: holders have %v shares, the pool %v", at, k, h, &held, &hp.Pool.Shares)
			}
			staked += hp.Pool.Value
		}
		return staked
	}

	// Alpha of current generations: pool reserve + stakes = issued.
	var poolTAO, escrow uint64
	for _, netuid := range liveNetuids(st) {
		k := protocol.Current(st, netuid)
		p := pools.Load(st, k)
		staked := stakeOf(k)
		if k.IsRoot() {
			if p.Alpha != 0 || p.TAO != p.AlphaOut || staked != p.AlphaOut {
				t.Fatalf("%s: root pool %+v, staked %d", at, p, staked)
			}
		} else {
			if want, ok := w.issued[k]; !ok || p.Alpha+staked != want {
				t.Fatalf("%s: %v: pool alpha %d + stakes %d = %d, issued %d (known %v)", at, k, p.Alpha, staked, p.Alpha+staked, want, ok)
			}
			if p.Issuance() != w.issued[k] {
				t.Fatalf("%s: %v: pool books issuance %d, issued %d", at, k, p.Issuance(), w.issued[k])
			}
			escrow += subnets.Lock(st, k).Escrow
		}
		poolTAO += p.TAO
	}
	// Dissolved generations: claimed + claimable stakes + unclaimed owner
	// share = issued; their unclaimed TAO is still in the pools' account.
	for _, k := range w.dissolved {
		d, ok := pools.LoadDissolution(st, k)
		if !ok {
			t.Fatalf("%s: %v not dissolved", at, k)
		}
		claimable := stakeOf(k)
		if !d.OwnerClaimed {
			claimable += d.OwnerAlpha
		}
		if d.ClaimedAlpha+claimable != w.issued[k] || d.Issuance != w.issued[k] {
			t.Fatalf("%s: dissolved %v: claimed %d + claimable %d, issued %d (record %d)", at, k, d.ClaimedAlpha, claimable, w.issued[k], d.Issuance)
		}
		if subnets.Lock(st, k).Escrow != 0 {
			t.Fatalf("%s: dissolved %v still escrows %d", at, k, subnets.Lock(st, k).Escrow)
		}
		poolTAO += d.PoolTAO - d.ClaimedTAO
	}
	if got, want := st.GetBalance(pools.Address), protocol.RaoToWei(poolTAO); !got.Eq(want) {
		t.Fatalf("%s: pools' account holds %v wei, reserves and unclaimed TAO %v", at, got, want)
	}
	if got, want := st.GetBalance(subnets.Address), protocol.RaoToWei(escrow); !got.Eq(want) {
		t.Fatalf("%s: subnets' account holds %v wei, escrows %v", at, got, want)
	}
}

// TestConservation runs a long deterministic random walk of real signed
// transactions (EIP-1559 fees with tips) through the chain's Build and
// Commit with the node's block hooks: subnet registrations until the cap
// dissolves subnets, burn registrations that replace neurons, stakes and
// unstakes with and without limit prices, moves and transfers of stake
// across subnets, alpha burns, claims of dissolved stake, plain transfers,
// balance-transfer precompile calls and reverting or out-of-gas calls. After
// every block: the native balances of every account ever touched, plus the
// recycled TAO, plus the base fees burned, equal the genesis supply; each
// subnet generation's pool alpha + stakes + claimable (+ claimed) equals
// its alpha issued (seed less burns); the pools' and subnets' accounts hold
// exactly the reserves, unclaimed dissolved TAO and escrows they book.
func TestConservation(t *testing.T) {
	w := newConservation(t, 20261126)
	for b := 0; b < consBlocks; b++ {
		w.block()
		w.check()
	}
	ops := make([]string, 0, len(w.stats))
	for op := range w.stats {
		ops = append(ops, op)
	}
	sort.Strings(ops)
	for _, op := range ops {
		t.Logf("%-22s %5d succeeded %5d reverted", op, w.stats[op][0], w.stats[op][1])
	}
	t.Logf("%d subnet generations dissolved, %d fresh accounts, %v wei of base fees burned (base fee %v to %v wei), %d rao recycled",
		len(w.dissolved), w.fresh, w.burned, w.minFee, w.maxFee, protocol.TotalRecycled(mustState(t, w.c)))
	// The walk must have exercised every path it claims to.
	for _, op := range []string{"transfer", "balanceTransfer", "registerNetwork", "burnedRegister", "addStake", "addStakeLimit",
		"removeStake", "removeStakeLimit", "removeStakeFull", "removeStakeFullLimit", "moveStake", "transferStake", "burnAlpha", "claimDissolvedStake"} {
		if w.stats[op][0] == 0 {
			t.Errorf("no %s succeeded", op)
		}
	}
	for _, op := range []string{"revert:value", "revert:key", "revert:unstake", "revert:gas", "revert:weights"} {
		if s := w.stats[op]; s[0] != 0 || s[1] == 0 {
			t.Errorf("%s: %d succeeded, %d reverted", op, s[0], s[1])
		}
	}
	if len(w.dissolved) < 3 {
		t.Errorf("only %d dissolutions", len(w.dissolved))
	}
}

func mustState(t *testing.T, c *chain.Chain) *state.StateDB {
	st, err := c.BlockChain().State()
	if err != nil {
		t.Fatal(err)
	}
	return st
}
