package pools

import (
	"fmt"

	"github.com/taoevm/taoevm/precompiles/precompile"
	"github.com/taoevm/taoevm/precompiles/protocol"
	"github.com/taoevm/taoevm/precompiles/swap"
)

// MovingPriceHook is the native block step's moving-price update: at the
// start of every block, before its transactions, it advances the moving
// (EMA) price of every registered non-root subnet by one block
// (UpdateMovingPrices). It holds no state. In the reference the update runs
// after the block's emission (coinbase); an emission hook must therefore be
// listed before it in registry.BlockHooks.
type MovingPriceHook struct{}

// Name identifies the hook in logs and errors.
func (MovingPriceHook) Name() string { return "pools.movingPrice" }

// OnBlock advances every subnet's moving price to the block of env.Header.
func (MovingPriceHook) OnBlock(env *precompile.BlockEnv) error {
	return UpdateMovingPrices(env.State, env.Header.Number.Uint64())
}

// UpdateMovingPrices advances the moving price of every registered non-root
// subnet by one block, for the block numbered block:
//
//	next = α_eff · min(spot, 1) + (1 − α_eff) · prev,  α_eff = BaseRate · age/(age + HalvingBlocks)
//
// (swap.NextMovingPrice, rounded down once), where age = block − the
// registration block of the subnet's current generation: emission starts at
// registration, so the first block after it has age 1, as Subtensor's first
// block after start_call. It visits netuids 1..TotalNetworks in order
// (exactly the registered ones, at most protocol.MaxSubnetLimit), so its
// work is bounded by the subnet cap and its result independent of anything
// but the state and block. A subnet registered in this block or later (age
// 0, which cannot happen when it runs before the block's transactions) and a
// pool that cannot price are left alone. It writes a net row only when one
// of its two prices changed. The error is the parameters' (validated at
// genesis, so it does not happen on a chain).
func UpdateMovingPrices(w precompile.StateWriter, block uint64) error {
	n := protocol.TotalNetworks(w)
	if n == 0 {
		return nil
	}
	if n > protocol.MaxSubnetLimit {
		n = protocol.MaxSubnetLimit
	}
	params := movingParams(w)
	if err := params.Validate(); err != nil {
		return fmt.Errorf("pools: moving price parameters: %w", err)
	}
	for id := uint16(1); id <= n; id++ {
		reg, prev := protocol.NetRow(w, id)
		if block <= reg {
			continue
		}
		spot, err := Load(w, protocol.Current(w, id)).Reserves().CappedPrice18()
		if err != nil {
			continue
		}
		next, err := swap.NextMovingPrice(prev, spot, block-reg, params)
		if err != nil {
			return err
		}
		if next != prev {
			protocol.SetMovingPrice(w, id, next)
		}
	}
	return nil
}

// movingParams reads the moving price's genesis parameters.
func movingParams(r precompile.StateReader) swap.MovingPriceParams {
	return swap.MovingPriceParams{BaseRate: protocol.MovingBaseRate.Get(r), HalvingBlocks: protocol.MovingHalvingBlocks.Get(r)}
}
