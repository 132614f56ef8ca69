// Package chain is taoevm's chain on go-ethereum's core.BlockChain: genesis,
// the executor installed as the block processor, and the Build / Import /
// Commit seam that separates block ordering (a sequencer, later a BFT engine)
// from block execution, with an fsynced block journal so that no block ever
// made head is lost in a crash.
package chain

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/registry"
)

const (
	// DevChainID is the dev chain's id (as Hardhat and Anvil).
	DevChainID = 31337
	// DevGasLimit is the block gas limit of the dev chain.
	DevGasLimit = 60_000_000
)

// DevBalance is each dev account's genesis balance: 100,000 TAO in wei.
var DevBalance = new(big.Int).Mul(big.NewInt(100_000), big.NewInt(params.Ether))

// ChainConfig returns taoevm's chain configuration for chainID: every fork up to
// and including Osaka active from genesis, Amsterdam and later off.
func ChainConfig(chainID *big.Int) *params.ChainConfig {
	zero := uint64(0)
	b0 := func() *big.Int { return new(big.Int) }
	return &params.ChainConfig{
		ChainID:                 new(big.Int).Set(chainID),
		HomesteadBlock:          b0(),
		EIP150Block:             b0(),
		EIP155Block:             b0(),
		EIP158Block:             b0(),
		ByzantiumBlock:          b0(),
		ConstantinopleBlock:     b0(),
		PetersburgBlock:         b0(),
		IstanbulBlock:           b0(),
		MuirGlacierBlock:        b0(),
		BerlinBlock:             b0(),
		LondonBlock:             b0(),
		ArrowGlacierBlock:       b0(),
		GrayGlacierBlock:        b0(),
		MergeNetsplitBlock:      b0(),
		TerminalTotalDifficulty: b0(),
		ShanghaiTime:            &zero,
		CancunTime:              &zero,
		PragueTime:              &zero,
		OsakaTime:               &zero,
		BlobScheduleConfig: &params.BlobScheduleConfig{
			Cancun: params.DefaultCancunBlobConfig,
			Prague: params.DefaultPragueBlobConfig,
		},
	}
}

// AddProtocolAllocs adds the accounts every taoevm genesis must hold, with
// the default protocol parameters: see AddProtocolAllocsWith.
func AddProtocolAllocs(g *core.Genesis) {
	AddProtocolAllocsWith(g, protocol.DefaultParams())
}

// AddProtocolAllocsWith adds the Prague system contracts and the native
// precompile accounts (nonce 1, code 0xFE, protocol parameters p in
// storage). They override any account of the same address in g.
func AddProtocolAllocsWith(g *core.Genesis, p protocol.Params) {
	if g.Alloc == nil {
		g.Alloc = types.GenesisAlloc{}
	}
	for addr, acc := range core.SystemContractAllocs() {
		g.Alloc[addr] = acc
	}
	for addr, acc := range registry.GenesisAllocWith(p) {
		g.Alloc[addr] = acc
	}
}

// DevGenesis returns the dev chain's genesis: chainID, a 60M gas limit, the
// given accounts funded with DevBalance each, and the protocol accounts.
func DevGenesis(chainID *big.Int, accounts []common.Address) *core.Genesis {
	g := &core.Genesis{
		Config:     ChainConfig(chainID),
		GasLimit:   DevGasLimit,
		BaseFee:    big.NewInt(params.InitialBaseFee),
		Difficulty: new(big.Int),
		Alloc:      types.GenesisAlloc{},
	}
	for _, a := range accounts {
		g.Alloc[a] = types.Account{Balance: new(big.Int).Set(DevBalance)}
	}
	AddProtocolAllocs(g)
	if err := SetGenesisIssuance(g); err != nil {
		panic(err) // ten dev accounts of DevBalance always fit
	}
	return g
}

// SetGenesisIssuance records the genesis supply as the protocol's total
// issuance: the sum of every account's balance in g, in rao (wei / 1e9,
// rounded down). Call it after every account is in g. Later registration
// burns and emission move the total from there, so halvings count from the
// real supply. A supply of 2^64 rao or more is refused (ErrGenesis).
func SetGenesisIssuance(g *core.Genesis) error {
	sum := new(big.Int)
	for _, acc := range g.Alloc {
		if acc.Balance != nil {
			sum.Add(sum, acc.Balance)
		}
	}
	rao := sum.Div(sum, big.NewInt(1e9))
	if !rao.IsUint64() {
		return fmt.Errorf("%w: genesis supply %v rao does not fit in 64 bits", ErrGenesis, rao)
	}
	protocol.SetTotalIssuance(allocStorage(g.Alloc), rao.Uint64())
	return nil
}

// allocStorage lets the modules' typed state accessors write genesis
// storage.
type allocStorage types.GenesisAlloc

// GetState returns a genesis storage word.
func (a allocStorage) GetState(addr common.Address, key common.Hash) common.Hash {
	return a[addr].Storage[key]
}

// SetState writes a genesis storage word and returns the previous one.
func (a allocStorage) SetState(addr common.Address, key, value common.Hash) common.Hash {
	acc := a[addr]
	prev := acc.Storage[key]
	if acc.Storage == nil {
		acc.Storage = make(map[common.Hash]common.Hash)
	}
	acc.Storage[key] = value
	a[addr] = acc
	return prev
}

// ParseGenesis reads a geth genesis JSON document with an optional `taoevm`
// section holding protocol parameters (the fields of protocol.Params, e.g.
// {"taoevm": {"subnetLimit": 64, "defaultTempo": 99}}; omitted ones keep
// their defaults), forces taoevm's rules (merged, difficulty 0, Osaka, no
// Amsterdam) and adds the protocol accounts.
func ParseGenesis(data []byte) (*core.Genesis, protocol.Params, error) {
	pp := protocol.DefaultParams()
	// Let the document leave out difficulty (always 0), the gas limit
	// (default 60M) and an empty alloc.
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(data, &fields); err != nil {
		return nil, pp, fmt.Errorf("%w: %v", ErrGenesis, err)
	}
	defaults := map[string]string{"difficulty": `"0x0"`, "gasLimit": fmt.Sprintf(`"%#x"`, DevGasLimit), "alloc": `{}`}
	for k, v := range defaults {
		if _, ok := fields[k]; !ok {
			fields[k] = json.RawMessage(v)
		}
	}
	data, _ = json.Marshal(fields)
	g := new(core.Genesis)
	if err := json.Unmarshal(data, g); err != nil {
		return nil, pp, fmt.Errorf("%w: %v", ErrGenesis, err)
	}
	var extra struct {
		Taoevm json.RawMessage `json:"taoevm"`
	}
	if err := json.Unmarshal(data, &extra); err != nil {
		return nil, pp, fmt.Errorf("%w: %v", ErrGenesis, err)
	}
	if len(extra.Taoevm) > 0 {
		dec := json.NewDecoder(bytes.NewReader(extra.Taoevm))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&pp); err != nil {
			return nil, pp, fmt.Errorf("%w: taoevm section: %v", ErrGenesis, err)
		}
		if err := pp.Validate(); err != nil {
			return nil, pp, fmt.Errorf("%w: taoevm section: %w", ErrGenesis, err)
		}
	}
	if g.Config == nil || g.Config.ChainID == nil {
		return nil, pp, fmt.Errorf("%w: config.chainId is required", ErrGenesis)
	}
	if g.Config.AmsterdamTime != nil || g.Config.UBTTime != nil || g.Config.BogotaTime != nil {
		return nil, pp, fmt.Errorf("%w: Amsterdam and later forks are not supported", ErrGenesis)
	}
	cfg := ChainConfig(g.Config.ChainID)
	cfg.DepositContractAddress = g.Config.DepositContractAddress
	g.Config = cfg
	g.Difficulty = new(big.Int)
	if g.GasLimit == 0 {
		g.GasLimit = DevGasLimit
	}
	if g.BaseFee == nil {
		g.BaseFee = big.NewInt(params.InitialBaseFee)
	}
	AddProtocolAllocsWith(g, pp)
	if err := SetGenesisIssuance(g); err != nil {
		return nil, pp, err
	}
	return g, pp, nil
}
