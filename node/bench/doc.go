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
// Run them with
//
//	go test -run '^$' -bench BenchmarkExec -benchtime 10x -count 3 ./node/bench/
//	go test -run '^$' -bench BenchmarkTransfers -benchtime 3x -count 3 ./node/bench/
//
// Each reports both sides and their ratio (taoevm over stock for
// throughput, stock over taoevm for time), measured alternately in the same
// run so machine load affects both alike.
package bench
