// Package bench holds the node's benchmarks against stock go-ethereum
// baselines run in the same process:
//
//   - BenchmarkExec: execution only (no commit) of the same block through
//     taoevm's executor and through go-ethereum's core.StateProcessor, for a
//     block of 1,000 ERC-20 transfers and a block of 100 calls of a
//     compute-heavy contract (~1M gas each of arithmetic and keccak).
//   - BenchmarkTransfers: signed transfers per second end to end (JSON-RPC
//     eth_sendRawTransaction into the pool, block production, commit) on a
//     taoevm dev node and on go-ethereum's ethclient/simulated backend.
//
// Run them with scripts/bench-node.sh.
package bench
