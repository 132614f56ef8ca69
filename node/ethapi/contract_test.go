package ethapi

import (
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/vm"
)

// assembler writes EVM bytecode with forward jump labels (PUSH2 targets).
type assembler struct {
	code   []byte
	labels map[string]int
	fixups map[int]string
}

func newAssembler() *assembler {
	return &assembler{labels: map[string]int{}, fixups: map[int]string{}}
}

func (a *assembler) op(ops ...vm.OpCode) *assembler {
	for _, o := range ops {
		a.code = append(a.code, byte(o))
	}
	return a
}

// push emits the shortest PUSH of v (at least PUSH1).
func (a *assembler) push(v []byte) *assembler {
	for len(v) > 1 && v[0] == 0 {
		v = v[1:]
	}
	if len(v) == 0 {
		v = []byte{0}
	}
	a.code = append(a.code, byte(vm.PUSH1)+byte(len(v)-1))
	a.code = append(a.code, v...)
	return a
}

func (a *assembler) pushInt(v uint64) *assembler {
	return a.push(new(big.Int).SetUint64(v).Bytes())
}

// pushLabel emits PUSH2 of a label's position, patched in bytes().
func (a *assembler) pushLabel(name string) *assembler {
	a.code = append(a.code, byte(vm.PUSH2))
	a.fixups[len(a.code)] = name
	a.code = append(a.code, 0, 0)
	return a
}

func (a *assembler) label(name string) *assembler {
	a.labels[name] = len(a.code)
	return a.op(vm.JUMPDEST)
}

// mstoreBytes writes data to memory at 0 in 32-byte words.
func (a *assembler) mstoreBytes(data []byte) *assembler {
	for off := 0; off < len(data); off += 32 {
		word := make([]byte, 32)
		copy(word, data[off:])
		a.push(word).pushInt(uint64(off)).op(vm.MSTORE)
	}
	return a
}

func (a *assembler) bytes() []byte {
	out := append([]byte(nil), a.code...)
	for pos, name := range a.fixups {
		target, ok := a.labels[name]
		if !ok {
			panic("undefined label " + name)
		}
		out[pos], out[pos+1] = byte(target>>8), byte(target)
	}
	return out
}

// reasonRevertData is the ABI encoding of Error("not allowed").
func reasonRevertData() []byte {
	strT, _ := abi.NewType("string", "", nil)
	enc, err := abi.Arguments{{Type: strT}}.Pack("not allowed")
	if err != nil {
		panic(err)
	}
	return append(common.FromHex("0x08c379a0"), enc...)
}

// customRevertData is the ABI encoding of Unauthorized(42).
func customRevertData() []byte {
	return append(append([]byte{}, unauthorizedSel...), common.BigToHash(big.NewInt(42)).Bytes()...)
}

// buildContract assembles the test contract described at contractCode.
func buildContract() []byte {
	a := newAssembler()
	// cmd = calldata[0]
	a.pushInt(0).op(vm.CALLDATALOAD).pushInt(248).op(vm.SHR)
	for i, name := range []string{"custom", "reason", "store", "loop", "invalid", "nested", "native"} {
		a.op(vm.DUP1).pushInt(uint64(i + 1)).op(vm.EQ).pushLabel(name).op(vm.JUMPI)
	}
	// getter
	a.pushInt(0).op(vm.SLOAD).pushInt(0).op(vm.MSTORE).pushInt(32).pushInt(0).op(vm.RETURN)

	custom := customRevertData()
	a.label("custom").mstoreBytes(custom).pushInt(uint64(len(custom))).pushInt(0).op(vm.REVERT)

	reason := reasonRevertData()
	a.label("reason").mstoreBytes(reason).pushInt(uint64(len(reason))).pushInt(0).op(vm.REVERT)

	a.label("store").pushInt(1).op(vm.CALLDATALOAD).op(vm.DUP1).pushInt(0).op(vm.SSTORE)
	a.pushInt(0).op(vm.MSTORE).push(logTopic.Bytes()).pushInt(32).pushInt(0).op(vm.LOG1, vm.STOP)

	a.label("loop").pushLabel("loop").op(vm.JUMP)

	a.label("invalid").op(vm.INVALID)

	// staticcall(gas, address, 0, 0, 0, 32); return mem[0:32]
	a.label("nested").pushInt(32).pushInt(0).pushInt(0).pushInt(0).op(vm.ADDRESS, vm.GAS, vm.STATICCALL, vm.POP)
	a.pushInt(32).pushInt(0).op(vm.RETURN)

	// call(gas, native, 0, 0, 0, 0, 0); return returndata
	a.label("native").pushInt(0).pushInt(0).pushInt(0).pushInt(0).pushInt(0).push(nativeAddr.Bytes()).op(vm.GAS, vm.CALL, vm.POP)
	a.op(vm.RETURNDATASIZE).pushInt(0).pushInt(0).op(vm.RETURNDATACOPY)
	a.op(vm.RETURNDATASIZE).pushInt(0).op(vm.RETURN)
	return a.bytes()
}

// deployer returns init code that deploys runtime.
func deployer(runtime []byte) []byte {
	// codecopy(0, initLen, len(runtime)); return(0, len(runtime))
	a := newAssembler()
	const initLen = 14
	a.code = append(a.code, byte(vm.PUSH2), byte(len(runtime)>>8), byte(len(runtime)))
	a.code = append(a.code, byte(vm.PUSH1), initLen)
	a.code = append(a.code, byte(vm.PUSH1), 0, byte(vm.CODECOPY))
	a.code = append(a.code, byte(vm.PUSH2), byte(len(runtime)>>8), byte(len(runtime)))
	a.code = append(a.code, byte(vm.PUSH1), 0, byte(vm.RETURN))
	if len(a.code) != initLen {
		panic("deployer length")
	}
	return append(a.code, runtime...)
}
