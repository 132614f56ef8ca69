package chain

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethdb"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/taoevm/taoevm/node/devkeys"
	"github.com/taoevm/taoevm/node/executor"
	"github.com/taoevm/taoevm/precompiles/precompile"
)

var testAccounts = devkeys.Dev()

func testGenesis() *Genesis { return testGenesisFor(testAccounts) }

// Genesis aliases core.Genesis in tests for brevity.
type Genesis = core.Genesis

func testGenesisFor(accs []*devkeys.Account) *Genesis {
	addrs := make([]common.Address, len(accs))
	for i, a := range accs {
		addrs[i] = a.Address()
	}
	return DevGenesis(big.NewInt(DevChainID), addrs)
}

func openTest(t testing.TB, db ethdb.Database, journal string, hooks []precompile.BlockHook) *Chain {
	t.Helper()
	if db == nil {
		db = rawdb.NewMemoryDatabase()
	}
	c, err := Open(db, Config{Genesis: testGenesis(), Hooks: hooks, JournalDir: journal})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// transfer signs a value transfer from account i with the given nonce.
func transfer(t testing.TB, i int, nonce uint64, to common.Address, wei int64) *types.Transaction {
	t.Helper()
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID: big.NewInt(DevChainID), Nonce: nonce, GasTipCap: big.NewInt(params.GWei),
		GasFeeCap: big.NewInt(100 * params.GWei), Gas: 21000, To: &to, Value: big.NewInt(wei),
	})
	signed, err := testAccounts[i].SignTx(tx, big.NewInt(DevChainID))
	if err != nil {
		t.Fatal(err)
	}
	return signed
}

// logTx deploys a contract whose constructor emits one LOG1 with topic
// 0x..2a and returns nothing.
func logTx(t testing.TB, i int, nonce uint64) *types.Transaction {
	t.Helper()
	// PUSH1 0x2a PUSH1 0 PUSH1 0 LOG1 STOP
	code := common.FromHex("602a60006000a100")
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID: big.NewInt(DevChainID), Nonce: nonce, GasTipCap: big.NewInt(params.GWei),
		GasFeeCap: big.NewInt(100 * params.GWei), Gas: 100000, Data: code,
	})
	signed, err := testAccounts[i].SignTx(tx, big.NewInt(DevChainID))
	if err != nil {
		t.Fatal(err)
	}
	return signed
}

// mine builds and commits one block with txs at parent time + 12.
func mine(t testing.TB, c *Chain, coinbase common.Address, txs ...*types.Transaction) *types.Block {
	t.Helper()
	head := c.BlockChain().CurrentBlock()
	built, err := c.Build(context.Background(), head.Hash(), executor.Attrs{Time: head.Time + 12, Coinbase: coinbase}, txs)
	if err != nil {
		t.Fatal(err)
	}
	if len(built.Skipped) > 0 {
		t.Fatalf("skipped txs: %v", built.Skipped[0].Err)
	}
	b, err := c.Commit(built.Block.Hash())
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// creditHook credits 1 ether to addr in every block, recording the block
// numbers it saw.
type creditHook struct {
	addr common.Address
	seen []uint64
}

func (h *creditHook) Name() string { return "credit" }

func (h *creditHook) OnBlock(env *precompile.BlockEnv) error {
	h.seen = append(h.seen, env.Header.Number.Uint64())
	env.State.AddBalance(h.addr, uint256.NewInt(params.Ether), 0)
	return nil
}

func openTestWith(t testing.TB, g *core.Genesis) *Chain {
	t.Helper()
	c, err := Open(rawdb.NewMemoryDatabase(), Config{Genesis: g})
	if err != nil {
		t.Fatal(err)
	}
	return c
}
