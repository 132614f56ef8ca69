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
//   - BenchmarkNative: native-module transactions per second end to end
//     (JSON-RPC into the pool, the sequencer's Build, Commit) on a dev node
//     whose genesis holds a subnet of 256 neurons with validator permits
//     (built by running the real registrations over a scratch state):
//     addStake of 1 TAO by 256 coldkeys, and setWeights of a full 256-uid
//     row by 256 hotkeys (commit-reveal off, weights rate limit 1 block),
//     with plain transfers by the same 256 senders on the same node as the
//     baseline, alternated in the same loop; it reports both rates, their
//     ratio and the gas per transaction.
//   - TestNativeGas (a test, run with -v) reports the gas of
//     registerNetwork, burnedRegister, addStake, removeStake, moveStake,
//     setWeights and revealWeights of 256 uids, commitWeights and serveAxon,
//     each sent twice through a dev node, and fails if the two runs charge
//     different precompile gas.
//
// Run them with
//
//	go test -run '^$' -bench BenchmarkExec -benchtime 10x -count 3 ./node/bench/
//	go test -run '^$' -bench BenchmarkTransfers -benchtime 3x -count 3 ./node/bench/
//	go test -run '^$' -bench BenchmarkNative -benchtime 3x -count 3 ./node/bench/
//	go test -count 1 -run TestNativeGas -v ./node/bench/
//
// Each reports both sides and their ratio (taoevm over stock for
// throughput, stock over taoevm for time), measured alternately in the same
// run so machine load affects both alike.
package bench
