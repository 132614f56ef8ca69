// Package metagraph is Subtensor's metagraph precompile at
// 0x0000000000000000000000000000000000000802 (contracts/src/IMetagraph.sol):
// read-only per-uid views of a subnet, answered from the neurons module's
// state (neurons.LoadCore, LoadStats, Emission, RegisteredAt, LoadAxon,
// LoadPrometheus, Certificate), the subnets module's uid count and the
// staking module's hotkey stake. It keeps no storage of its own.
//
// Every view takes (netuid, uid) of the netuid's current generation:
// SubnetNotFound for an unregistered netuid, UnknownUid for a uid not below
// the uid count (Subtensor reverts with an unnamed InvalidRange). Each
// costs a fixed gas priced for the storage words it reads (2,100 each);
// getStake adds the staking module's price of getTotalHotkeyStake, which
// it computes (staking.TotalHotkeyStake).
//
// Deviations from Subtensor: getStake reverts AmountOverflow instead of
// saturating if the value does not fit in uint64; getRank and getTrust
// return 0 as Subtensor's deprecated views do; getColdkey is the owner of
// the uid's hotkey (protocol.HotkeyOwner), which is what Subtensor's Owner
// map holds; getAxon and getPrometheus read the uid's current hotkey's
// endpoint, so a replaced uid shows the new hotkey's (empty) endpoint.
// getPrometheus, getAxonCertificate and getBlockAtRegistration are taoevm
// additions.
package metagraph
