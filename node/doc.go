// Package node runs a taoevm node: the chain (package chain) with its
// executor, go-ethereum's node.Node for HTTP and WebSocket JSON-RPC, the
// transaction pool (core/txpool with legacypool), eth/filters, the
// eth/gasprice oracle, the eth_*/debug_*/txpool_* services of package ethapi
// over this package's Backend, a crash-safe journal of accepted local
// transactions, and the single-authority sequencer that orders pending
// transactions into blocks (Build + Commit).
package node
