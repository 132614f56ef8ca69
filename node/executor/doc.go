// Package executor turns (parent, attributes, ordered transactions) into a
// block, its receipts and a state root, and re-executes blocks built
// elsewhere. It implements core.Processor so core.BlockChain's own
// re-execution paths (InsertChain, recovery) run the same code.
//
// Every block runs, in this order:
//
//  1. the Prague pre-execution system calls (EIP-4788 beacon root, EIP-2935
//     parent hash history) via core.PreExecution;
//  2. the native block step: every registered precompile.BlockHook, in
//     order, against the parent state and the new header — in every block,
//     empty ones included;
//  3. the transactions, each with core.ApplyTransactionWithEVM on one EVM
//     built by registry.NewEVM;
//  4. the post-execution system calls (EIP-7002/7251 requests) via
//     core.PostExecution; the header's RequestsHash commits to them.
//
// Header rules (checked by Engine.VerifyHeader, produced by NewHeader):
// difficulty 0, nonce 0, no uncles, no seal or signature in the header,
// time strictly greater than the parent's (given by the sequencer),
// coinbase from the attributes, mixDigest (PREVRANDAO) and
// parentBeaconBlockRoot both equal to the parent block's hash — a fixed,
// deterministic rule, not randomness — an empty withdrawals list, no blob
// gas used, EIP-1559 base fee and EIP-4844 excess blob gas from the parent.
package executor
