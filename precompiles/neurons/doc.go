// Package neurons is Subtensor's neuron precompile at
// 0x0000000000000000000000000000000000000804 (contracts/src/INeuron.sol):
// uids and their hotkeys, registration by burn with pruning, axon and
// Prometheus endpoints, weights and commit-reveal. It also registers the
// owner hotkey of every new subnet as uid 0 (a subnets.RegistrationHook).
//
// Layering: protocol ← pools ← subnets ← neurons ← staking ← metagraph,
// uidlookup. The per-uid accessors of state.go (UidOf, LoadCore,
// RegisteredAt, Emission, LoadStats, StoreStats, SetValidatorPermits,
// SetEmission, LoadWeights, EarliestPendingCommit, LoadAxon, ...) are what
// the epoch, the metagraph and the uid lookup read and write. The storage
// layout is documented at the top of state.go; every key includes the
// subnet's generation (protocol.NetKey), so a reused netuid starts clean.
//
// # Registration
//
// burnedRegister(netuid, hotkey) and registerLimit(netuid, hotkey, limit):
// the caller is the coldkey and becomes the hotkey's owner if it has none
// (protocol.ClaimHotkey; a hotkey of another coldkey reverts NotHotkeyOwner).
// The cost is subnets.CurrentBurn in this block, in rao:
//
//	burn(b) = clamp(floor(B · 2^(−(b − b0)/H)), MinBurn, MaxBurn)
//
// where B is the burn stored at block b0 (a new subnet: DefaultBurn, 1 TAO,
// at its registration block) and H the half-life (360 blocks): whole
// half-lives shift right, the remainder multiplies by exp(−ln2·r/H) in
// I32F32, rounded down. After each registration the burn is stored as
// clamp(floor(burn(b) · BurnIncreaseMult / 1e9), MinBurn, MaxBurn) as of b
// (×1.26 by default), so a second registration in the same block pays
// more. The burn is taken from the caller's native balance as burn × 1e9
// wei and destroyed (precompile.State.Burn); protocol.AddRecycled raises the
// recycled total and lowers the total issuance by the same rao.
//
// Registration is always allowed: NetworkRegistrationAllowed is root-only
// in Subtensor and always true on taoevm (ISubnet.getNetworkRegistrationAllowed).
// While the subnet has fewer uids than MaxAllowedUids the hotkey takes the
// next uid. When it is full, PruneCandidate picks the uid to replace: among
// the uids that are not the owner hotkey's and whose registration is at
// least ImmunityPeriod blocks old, the lowest emission, then the older
// registration, then the lower uid; none → NoNeuronAvailable. The scan
// reads one word per two uids (emission and registration block are packed
// together) and is priced for a subnet of protocol.MaxUidsLimit (4,096)
// uids, whatever the subnet's size, because gas depends on the input only.
// That is 2,048 cold reads (about 4.3M gas) on every registration, also on
// a subnet that is not full: RequiredGas sees only the calldata, which does
// not say whether the subnet is full or how large it is. A maintained
// candidate (stored at each change so that registration reads one word) is
// not used because it cannot be kept correct with bounded work per
// transaction: a uid leaves its immunity by the passing of blocks, with no
// write to update a stored minimum; the owner may raise ImmunityPeriod,
// making non-immune uids immune again; and every epoch rewrites every
// emission. A correct structure needs the epoch's per-uid pass to rebuild a
// registration-ordered index of the candidates (future work for the epoch
// hook, which touches every uid anyway); until then the honest price is the
// full scan.
// The replaced uid's lookup entry and weight row are cleared, its epoch
// results reset, and NeuronReplaced is logged before NeuronRegistered.
//
// # Serving
//
// serveAxon, serveAxonTls and servePrometheus act for msg.sender as hotkey,
// which must hold a uid on the subnet. As in Subtensor: the IP type is 4 or
// 6, the address is non-zero and below 2^32 − 1 (IPv4) or not all ones
// (IPv6), the port is non-zero, and an endpoint may be served again only
// ServingRateLimit blocks after the last time (0 disables the limit). The
// protocol and placeholder bytes are not validated. Endpoints are keyed by
// (subnet generation, hotkey).
//
// # Weights
//
// setWeights(netuid, uids, values, versionKey) for msg.sender as hotkey, in
// this order: subnet exists; the hotkey holds a uid (HotkeyNotRegistered);
// commit-reveal is off (CommitRevealEnabled); equal lengths; at least
// WeightsSetRateLimit blocks since the uid's last update unless that is 0
// (RateLimited(next)); no more uids than the uid count (InputTooLarge);
// versionKey ≥ WeightsVersionKey (IncorrectVersionKey); a validator permit
// unless the row is a single self-weight (NoValidatorPermit); no duplicate
// uid (DuplicateUids); every uid below the uid count (UnknownUid); at least
// min(MinAllowedWeights, uid count) entries unless a single self-weight
// (TooFewWeights). The values are max-upscaled with
// yuma.VecU16MaxUpscaleToU16 (the largest becomes 65535) and the row is
// stored in the order given, with the upscaled values, exactly as
// Subtensor's set_weights stores it and as yuma.State.Weights expects; the
// uid's last update becomes the current block.
//
// commitWeights(netuid, hash) needs commit-reveal on and shares the
// weights rate limit (a commit updates the last update, as in Subtensor).
// The epoch index of block b is EpochIndex(b, netuid, tempo) =
// floor((b + netuid + 1) / (tempo + 1)); a commit made in epoch e is stored
// with reveal epoch e + RevealPeriod and can be revealed only while the
// index equals it. A hotkey has ten commit slots per subnet; expired
// commits free their slot, and a commit beyond
// min(10, protocol.MaxPendingCommits) pending ones reverts
// TooManyPendingCommits. revealWeights recomputes CommitHash =
// keccak256(abi.encode(bytes32 hotkey, uint16 netuid, uint16[] uids,
// uint16[] values, uint16[] salt, uint64 versionKey)) with msg.sender as
// hotkey; a match in its reveal epoch is removed and the values go through
// the setWeights checks (not the rate limit or the commit-reveal switch).
// The refusals are distinct: RevealTooEarly (matching commit, epoch not
// reached), RevealTooLate (matching commit, epoch over), NoPendingCommit
// (no commit that can still be revealed), InvalidReveal (pending commits,
// none matching).
//
// Validator permits are written by the epoch (SetValidatorPermits,
// SetValidatorPermit); until a later issue adds it, a uid has no permit and
// may only set a single self-weight, as in Subtensor.
//
// # Deviations from Subtensor
//
//   - Every function is nonpayable (Subtensor: payable, value ignored);
//     burnedRegister and registerLimit return the uid.
//   - The burn decays lazily with the closed form above instead of being
//     multiplied by a Q32 factor and floored in every block; results differ
//     by rounding only. The burn is destroyed (recycled TAO lowering
//     issuance) instead of buying alpha that is then recycled.
//   - Pruning never falls back to immune uids and only the owner hotkey is
//     protected (Subtensor: ImmuneOwnerUidsLimit owner hotkeys, and an
//     immune uid when fewer than MinNonImmuneUids are not immune).
//   - Serving needs a uid on the subnet served (Subtensor: on any subnet).
//     The placeholder bytes are logged but not stored (no view returns
//     them). An oversized certificate reverts InputTooLarge (Subtensor
//     drops it silently).
//   - Weight and commit failures are named errors; the order of checks
//     follows Subtensor except that registration is checked before the
//     commit-reveal switch and the lengths. There is no minimum stake to set
//     weights (Subtensor's StakeThreshold defaults to 0). MaxWeightLimit is
//     the constant 65535 (Subtensor has no setter either), so it never
//     limits.
//   - The reveal epoch is fixed at commit time with the RevealPeriod then in
//     force; Subtensor recomputes it with the current one.
//   - The root subnet (netuid 0) takes no burn registrations (NotSupported).
package neurons
