package ethapi

// stackReserve is the stack frame reserveStack takes. Growing past it makes
// the runtime give the goroutine a 64 KiB stack, which holds the RPC
// server's frames plus core.ApplyMessage, the interpreter and the state
// reads below it for ordinary calls.
const stackReserve = 32 << 10

// stackSink keeps reserveStack's frame from being optimised away.
var stackSink byte

// reserveStack grows the calling goroutine's stack in one step, while few
// frames are on it, before a message call runs. go-ethereum's RPC server
// runs each request on a fresh goroutine; without this its small stack
// doubles deep inside the EVM, and every doubling copies the stack and
// adjusts each frame on it (about 5% of taod's CPU time under eth_call load
// in profiles). The frame stays on the stack: it must never escape to the
// heap (TestReserveStackAllocatesNothing).
//
//go:noinline
func reserveStack() {
	var buf [stackReserve]byte
	i := int(stackSink) % stackReserve
	buf[i] = 1
	stackSink = buf[stackReserve-1-i]
}
