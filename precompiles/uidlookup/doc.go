// Package uidlookup is Subtensor's uid lookup precompile at
// 0x0000000000000000000000000000000000000806 (contracts/src/IUidLookup.sol):
// uidLookup(netuid, evmAddress, limit) returns the uids on a subnet
// associated with an EVM address.
//
// On taoevm every hotkey is an EVM address, so the association is the
// hotkey itself: an address matches the uid it holds as hotkey on the
// subnet's current generation (neurons.UidOf), with the block at which it
// registered as blockAssociated. The module keeps no storage of its own.
//
// Deviations from Subtensor: there is no separate association extrinsic
// (associate_evm_key) and no association that outlives a replaced uid
// (Subtensor issue #1769); the limit applies after filtering, so a match is
// never missed (Subtensor takes `limit` entries before filtering). A hotkey
// holds at most one uid per subnet, so the result has at most one element;
// limit 0 returns none. An unregistered netuid reverts SubnetNotFound.
// The view costs a fixed GasLookup.
package uidlookup
