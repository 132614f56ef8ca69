// Package subnets is Subtensor's subnet precompile at
// 0x0000000000000000000000000000000000000803 (contracts/src/ISubnet.sol):
// subnet registration, owners, identities, hyperparameters and the
// dissolution of a subnet when the cap is reached.
//
// # Registration
//
// registerNetwork (all three overloads; the 9-argument one takes
// `additional` before `logoUrl`, the order Subtensor's runtime decodes)
// debits the current lock cost × 1e9 wei from the caller's native balance.
// The lock cost is a Dutch auction (LockCost): max(MinLockCost,
// 2·last − (last/LockReductionInterval)·Δ), so it doubles on each
// registration and decays linearly back to the last lock over one interval,
// to the minimum (100 TAO by default) over two; before the first
// registration it is the minimum. Registrations are rate-limited chain-wide
// (NetworkRateLimit blocks, RateLimited). The minimum-lock part of the lock
// seeds the pool (that much TAO, native balance of 0x…0808, and as much
// alpha: price 1.0); the rest is escrowed as native balance of this account
// and refunded to the owner when the subnet is dissolved. The hotkey must
// be unowned or owned by the caller (NotHotkeyOwner) and becomes the
// caller's. Registration hooks (AddRegistrationHook, installed by the
// neurons module) then register the owner hotkey as uid 0.
//
// # Cap and dissolution
//
// At most SubnetLimit non-root subnets exist (genesis parameter, default
// 128, at most 1024); netuids 1..TotalNetworks are exactly the registered
// ones. At the cap the next registration dissolves the non-immune subnet
// (registered at least NetworkImmunityPeriod blocks ago) with the lowest
// moving price (ties: earlier registration, then lower netuid) and reuses
// its netuid; if every subnet is immune it reverts with SubnetLimitReached.
// The scan (PruneCandidate) reads the protocol's packed net rows, two
// subnets per storage word, so it is bounded by the cap and priced for 1024
// subnets in GasRegister. Dissolution iterates nothing: pools.Dissolve fixes
// the generation's TAO-per-alpha rate (the pool's own alpha counting as the
// owner's), the escrow is refunded, NetworkDissolved is emitted, and the
// registration bumps the netuid's generation so every module's keys start
// clean. Holders claim their TAO through the staking module
// (pools.Claim, pools.ClaimOwnerShare, pools.DissolvedRate).
//
// # Hyperparameters
//
// Every getter of the reference table is here. Stored hyperparameters
// (Hyper) read as their genesis default until the owner sets them, so
// registration writes none. Owner setters: only the owner coldkey
// (NotSubnetOwner; the root subnet has no owner), the reference's bounds
// (ValueOutOfBounds), at most once per OwnerHyperparamRateLimit tempos per
// hyperparameter (RateLimited), and a HyperparameterSet event. Each setter
// changes what its getter returns and what the other modules read through
// the typed accessors (Tempo, MaxAllowedUids, ImmunityPeriod,
// CommitRevealEnabled, CurrentBurn, ...). Setters of proof-of-work values
// and of root-only values (difficulties, adjustment alpha, weights rate
// limit, kappa, registration allowed, activity-cutoff factor) revert with
// NotSupported. The neuron registration burn model lives here too
// (CurrentBurn, RaiseBurn): it decays with BurnHalfLife and rises by
// BurnIncreaseMult on each registration, within [MinBurn, MaxBurn].
//
// # Storage
//
// Account 0x…0803, namespace "subnets", keys carrying the generation
// (protocol.NetKey): see state.go. The protocol package's state
// (parameters, generations, net rows, hotkey owners) lives in the same
// account under its own namespaces.
//
// # Deviations from Subtensor
//
// Nonpayable state-changing functions (Subtensor: payable, value ignored);
// registerNetwork returns the netuid; the pool is seeded with the minimum
// lock at price 1.0 and the rest of the lock is escrowed and refunded on
// dissolution; emission starts at registration (no start call); min/max
// burn setters work (Subtensor's EVM setters are silent no-ops); taoevm
// additions: lock cost, totals, limits, generation, owner, owner hotkey and
// ownership transfer, identity, tempo, MaxAllowedUids (up to 4096), burn
// views and setters, bonds penalty.
package subnets
