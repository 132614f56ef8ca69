// Package protocol is the lowest layer of taoevm's native Bittensor modules:
// the genesis parameters, the chain-wide accounting and the few per-netuid
// values every module needs. It has no precompile of its own; its storage
// lives in the subnet precompile's account (StorageAddress, 0x…0803).
//
// Layering: protocol ← pools ← subnets ← neurons ← staking ← metagraph,
// uidlookup. Lower packages never import higher ones.
//
// # Genesis parameters
//
// There is no root or sudo account: protocol-level values (subnet cap,
// minimum lock, lock reduction interval, network rate limit, default
// hyperparameters of new subnets, fee rate, tao weight, minimum stake,
// takes, ...) are Params fixed at genesis. GenesisStorage writes them as
// storage of StorageAddress (registry.GenesisAlloc calls it) and each is
// read through a typed handle, e.g. SubnetLimit.Get(state) (one SLOAD). A
// parameter word carries a marker byte; a slot never written reads as the
// DefaultParams value, so a state without protocol genesis (a unit test)
// behaves as the default chain.
//
// # Storage layout (account StorageAddress)
//
//	namespace "protocol.params": keccak(ns ‖ FieldName) → 0x01 ‖ 0… ‖ uint64 value
//	namespace "protocol":
//	  generation[netuid]           uint64, 0 = never registered
//	  netRow + netuid/2 (array)    two (registeredAt u64, movingPrice u64) halves,
//	                               even netuid in bytes 0..15, odd in 16..31
//	  hotkeyOwner[hotkey]          coldkey address
//	  totalIssuance, totalRecycled uint64 rao
//	  totalNetworks                uint64, registered non-root subnets
//
// # Generations
//
// Every per-subnet key of every module is keyed by NetKey{Netuid, Gen}
// (NetKey.Slot), the netuid's registration counter. Dissolving a subnet
// iterates nothing: its state stays under the old generation (where claims
// of dissolved stake read it) and the next registration of the netuid bumps
// the generation, which starts from empty storage. The netRow of a netuid is
// the one exception (it is keyed by netuid so the dissolution scan reads two
// subnets per slot); registration rewrites it whole. The first keccak of a
// NetKey slot, field.Uint(netuid), is memoised in a bounded lock-free table
// (NetSlot): it is a pure function, so the memo changes only the time.
//
// # Money
//
// Runtime amounts are uint64 rao; native balances are wei (RaoToWei, Pay).
// TAO held by the protocol is native balance of the owning precompile (pool
// reserves of 0x…0808, escrowed locks of 0x…0803). Recycled TAO is removed
// from a balance by the caller and booked with AddRecycled, which lowers
// the total issuance.
//
// # Errors
//
// The sentinels of ITaoErrors (TaoErrors.sol), shared by every module, are
// declared here; ErrorMappings maps them for a module's Definition.
package protocol
