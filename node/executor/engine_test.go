package executor

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

func testConfig() *params.ChainConfig {
	zero := uint64(0)
	b := big.NewInt(0)
	return &params.ChainConfig{
		ChainID: big.NewInt(1), HomesteadBlock: b, EIP150Block: b, EIP155Block: b, EIP158Block: b,
		ByzantiumBlock: b, ConstantinopleBlock: b, PetersburgBlock: b, IstanbulBlock: b, MuirGlacierBlock: b,
		BerlinBlock: b, LondonBlock: b, ArrowGlacierBlock: b, GrayGlacierBlock: b, MergeNetsplitBlock: b,
		TerminalTotalDifficulty: b, ShanghaiTime: &zero, CancunTime: &zero, PragueTime: &zero, OsakaTime: &zero,
		BlobScheduleConfig: &params.BlobScheduleConfig{Cancun: params.DefaultCancunBlobConfig, Prague: params.DefaultPragueBlobConfig},
	}
}

func TestHeaderRules(t *testing.T) {
	cfg := testConfig()
	excess, used := uint64(0), uint64(0)
	root := common.Hash{}
	parent := &types.Header{Number: big.NewInt(7), Time: 100, GasLimit: 60_000_000, GasUsed: 30_000_000, BaseFee: big.NewInt(params.InitialBaseFee), Difficulty: new(big.Int), ExcessBlobGas: &excess, BlobGasUsed: &used, ParentBeaconRoot: &root}
	good, err := NewHeader(cfg, parent, Attrs{Time: 112, Coinbase: common.Address{1}})
	if err != nil {
		t.Fatal(err)
	}
	rh := types.EmptyRequestsHash
	good.RequestsHash = &rh
	if err := VerifyHeader(cfg, parent, good); err != nil {
		t.Fatalf("valid header rejected: %v", err)
	}
	if good.MixDigest != parent.Hash() || *good.ParentBeaconRoot != parent.Hash() || good.Coinbase != (common.Address{1}) {
		t.Fatal("NewHeader does not follow the documented rules")
	}
	if _, err := NewHeader(cfg, parent, Attrs{Time: 100}); !errors.Is(err, ErrTimestamp) {
		t.Fatalf("NewHeader accepted time == parent time: %v", err)
	}
	for _, tc := range []struct {
		name string
		edit func(h *types.Header)
		want error
	}{
		{"time", func(h *types.Header) { h.Time = parent.Time }, ErrTimestamp},
		{"difficulty", func(h *types.Header) { h.Difficulty = big.NewInt(1) }, ErrDifficulty},
		{"nonce", func(h *types.Header) { h.Nonce = types.BlockNonce{1} }, ErrNonce},
		{"mixdigest", func(h *types.Header) { h.MixDigest = common.Hash{9} }, ErrMixDigest},
		{"beaconroot", func(h *types.Header) { r := common.Hash{9}; h.ParentBeaconRoot = &r }, ErrBeaconRoot},
		{"number", func(h *types.Header) { h.Number = big.NewInt(9) }, ErrNumber},
		{"extra", func(h *types.Header) { h.Extra = make([]byte, 33) }, ErrExtraData},
		{"gasused", func(h *types.Header) { h.GasUsed = h.GasLimit + 1 }, ErrGasUsed},
		{"withdrawals", func(h *types.Header) { h.WithdrawalsHash = nil }, ErrWithdrawals},
		{"requests", func(h *types.Header) { h.RequestsHash = nil }, ErrRequestsHash},
		{"uncles", func(h *types.Header) { h.UncleHash = common.Hash{1} }, ErrUncles},
		{"amsterdam", func(h *types.Header) { s := uint64(1); h.SlotNumber = &s }, ErrAmsterdam},
	} {
		h := types.CopyHeader(good)
		tc.edit(h)
		if err := VerifyHeader(cfg, parent, h); !errors.Is(err, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, err, tc.want)
		}
	}
	// A wrong base fee is caught by the EIP-1559 rules.
	h := types.CopyHeader(good)
	h.BaseFee = new(big.Int).Add(h.BaseFee, common.Big1)
	if err := VerifyHeader(cfg, parent, h); err == nil {
		t.Error("wrong base fee accepted")
	}
}
