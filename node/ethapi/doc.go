// Package ethapi implements taoevm's JSON-RPC services of the eth, net, web3,
// txpool and debug namespaces: the methods wallets, libraries and developer
// tools use, with go-ethereum's semantics, JSON shapes and error codes.
//
// The services run over a Backend the node provides; GetAPIs returns them for
// registration with an rpc.Server. Every EVM they run (eth_call,
// eth_estimateGas, eth_createAccessList, eth_sendTransaction's gas estimate
// and the debug_trace* methods) comes from Backend.NewEVM, so taoevm's native
// precompiles behave in simulations and traces exactly as in blocks.
// go-ethereum's gas estimator and tracing API build EVMs of their own and are
// not used; its tracers (the struct logger, eth/tracers/native and
// eth/tracers/js) are, except that "prestateTracer" is taoevm's own: same
// options and JSON as go-ethereum's, plus every account and storage slot a
// native precompile reads or changes in Go code (see prestateTracer).
//
// Errors follow go-ethereum: an execution revert is reported with code 3 and
// the revert data, hex encoded, as the error's data; rejected parameters with
// -32602; everything else, pool rejections included, with -32000 and geth's
// message text.
//
// Logs, filters and subscriptions are not served here: the node wires
// eth/filters over the same Backend, which embeds filters.Backend for that.
package ethapi
