// The balance-transfer precompile at 0x…0800: called directly through its
// ABI, through its Solidity interface from a contract, and with every other
// call kind (DELEGATECALL, CALLCODE, STATICCALL, CALL inside STATICCALL),
// which must never move anybody's funds. Custom-error reverts are decoded
// with ethers; callTracer shows the precompile frame.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { ethers } from "ethers";
import { compile } from "../lib/compile.mjs";
import {
  ACCOUNT, BALANCE_TRANSFER, balanceTransferAbi, devWallet, gasCost, httpProvider, keyOf,
  randomAddress, rawRpc, revertData, traceCalls,
} from "../lib/env.mjs";

const provider = httpProvider();
after(() => provider.destroy());
const wallet = devWallet(ACCOUNT.precompile, provider);

let iface; // the precompile's ABI
let precompile; // ethers Contract at 0x…0800
let caller; // PrecompileCaller
let callerAddr;

// badKey is a valid address key with a non-zero byte in the top 12 bytes.
const badKey = (addr) => "0x01" + keyOf(addr).slice(4);

before(async () => {
  iface = new ethers.Interface(balanceTransferAbi());
  precompile = new ethers.Contract(BALANCE_TRANSFER, iface, wallet);
  const art = compile(["PrecompileCaller.sol"]).PrecompileCaller;
  const factory = new ethers.ContractFactory(art.abi, art.bytecode, wallet);
  caller = await factory.deploy();
  await caller.deploymentTransaction().wait(1, 20000);
  callerAddr = await caller.getAddress();
});

// transferLogs returns the receipt's logs emitted by the precompile, parsed.
function transferLogs(receipt) {
  return receipt.logs
    .filter((l) => l.address.toLowerCase() === BALANCE_TRANSFER)
    .map((l) => iface.parseLog(l));
}

// outcome parses PrecompileCaller's Outcome event from a receipt.
function outcome(receipt) {
  const logs = receipt.logs.filter((l) => l.address === callerAddr).map((l) => caller.interface.parseLog(l));
  assert.equal(logs.length, 1, "one Outcome event");
  return logs[0].args;
}

// assertPrecompileError checks that revert data is a custom error declared
// in the precompile's ABI (not empty, not a string) and returns it parsed.
function assertPrecompileError(data, name) {
  assert.ok(typeof data === "string" && data.length >= 10, `revert data ${data}`);
  const parsed = iface.parseError(data);
  assert.ok(parsed, `revert data ${data} is not an error of IBalanceTransfer`);
  assert.equal(parsed.name, name);
  return parsed;
}

test("the precompile account exists with code 0xfe and nonce 1", async () => {
  assert.equal(await provider.getCode(BALANCE_TRANSFER), "0xfe");
  assert.equal(await provider.getTransactionCount(BALANCE_TRANSFER), 1);
});

test("the ABI has transfer(bytes32) payable, its event and custom errors", () => {
  const fn = iface.getFunction("transfer");
  assert.equal(fn.format("sighash"), "transfer(bytes32)");
  assert.equal(fn.payable, true);
  assert.equal(iface.getError("InvalidKey").format("sighash"), "InvalidKey(bytes32)");
  assert.equal(iface.getEvent("Transfer").format("sighash"), "Transfer(address,address,uint256)");
  for (const e of ["DelegateCallNotAllowed", "StaticCallNotAllowed", "InvalidDestination"]) {
    assert.ok(iface.getError(e), e);
  }
});

test("a direct call moves msg.value to the key's address", async () => {
  const to = randomAddress();
  const value = ethers.parseEther("2");
  const before = await provider.getBalance(wallet.address);
  const pcBefore = await provider.getBalance(BALANCE_TRANSFER);
  const estimate = await precompile.transfer.estimateGas(keyOf(to), { value });
  const tx = await precompile.transfer(keyOf(to), { value });
  const receipt = await tx.wait(1, 20000);
  assert.equal(receipt.status, 1);
  assert.ok(receipt.gasUsed <= estimate, `used ${receipt.gasUsed} > estimate ${estimate}`);
  assert.equal(await provider.getBalance(to), value);
  assert.equal(await provider.getBalance(wallet.address), before - value - gasCost(receipt));
  assert.equal(await provider.getBalance(BALANCE_TRANSFER), pcBefore);

  // The precompile reports the transfer as an event: from, to, value in wei.
  const events = transferLogs(receipt);
  assert.equal(events.length, 1, "one event from the precompile");
  assert.equal(events[0].name, "Transfer");
  assert.deepEqual([...events[0].args], [wallet.address, to, value]);

  // callTracer: one CALL frame into the precompile, with the value and input.
  const trace = await traceCalls(provider, tx.hash);
  assert.equal(trace.type, "CALL");
  assert.equal(trace.to.toLowerCase(), BALANCE_TRANSFER);
  assert.equal(BigInt(trace.value), value);
  assert.equal(trace.input, iface.encodeFunctionData("transfer", [keyOf(to)]));
  assert.equal(trace.error, undefined);
});

test("InvalidKey: estimateGas and eth_call reject with the decoded custom error", async () => {
  const key = badKey(randomAddress());
  const value = ethers.parseEther("1");
  const want = iface.encodeErrorResult("InvalidKey", [key]);
  // eth_estimateGas: the raw revert data is error.data.
  await assert.rejects(precompile.transfer.estimateGas(key, { value }), (err) => {
    assert.equal(err.code, "CALL_EXCEPTION", err.message);
    assert.equal(err.data, want);
    const parsed = iface.parseError(err.data);
    assert.equal(parsed.name, "InvalidKey");
    assert.equal(parsed.args[0], key);
    return true;
  });
  // eth_call through the Contract: ethers decodes it into error.revert.
  await assert.rejects(precompile.transfer.staticCall(key, { value }), (err) => {
    assert.equal(err.code, "CALL_EXCEPTION", err.message);
    assert.equal(err.revert?.name, "InvalidKey", `revert ${JSON.stringify(err.revert)}`);
    assert.equal(err.revert.args[0], key);
    assert.equal(revertData(err), want);
    return true;
  });

  // On the wire: JSON-RPC error code 3 with the ABI-encoded error as data (geth).
  const resp = await rawRpc("eth_call", [{
    from: wallet.address, to: BALANCE_TRANSFER, value: ethers.toQuantity(value),
    data: iface.encodeFunctionData("transfer", [key]),
  }, "latest"]);
  assert.equal(resp.error?.code, 3, JSON.stringify(resp));
  assert.match(resp.error.message, /^execution reverted/);
  assert.equal(resp.error.data, iface.encodeErrorResult("InvalidKey", [key]));
});

test("InvalidKey: a mined transaction reverts, keeps the value and returns unused gas", async () => {
  const to = randomAddress();
  const key = badKey(to);
  const value = ethers.parseEther("1");
  const gasLimit = 200000n;
  const before = await provider.getBalance(wallet.address);
  const tx = await precompile.transfer(key, { value, gasLimit });
  const receipt = await tx.wait(1, 20000).then(
    () => assert.fail("a reverted transaction must make wait() throw"),
    (err) => {
      assert.equal(err.code, "CALL_EXCEPTION", err.message);
      return err.receipt;
    },
  );
  assert.equal(receipt.status, 0);
  assert.ok(receipt.gasUsed < gasLimit, "unused gas is returned on revert");
  assert.equal(await provider.getBalance(wallet.address), before - gasCost(receipt));
  assert.equal(await provider.getBalance(ethers.getAddress("0x" + key.slice(-40))), 0n);
  assert.equal(transferLogs(receipt).length, 0, "no event from a reverted call");

  const trace = await traceCalls(provider, tx.hash);
  assert.equal(trace.to.toLowerCase(), BALANCE_TRANSFER);
  assert.match(trace.error, /execution reverted/);
  assert.equal(trace.output, iface.encodeErrorResult("InvalidKey", [key]));
});

test("a contract forwards value through the Solidity interface (CALL)", async () => {
  const to = randomAddress();
  const value = ethers.parseEther("3");
  const tx = await caller.forward(keyOf(to), { value });
  const receipt = await tx.wait(1, 20000);
  assert.equal(receipt.status, 1);
  assert.equal(await provider.getBalance(to), value);
  assert.equal(await provider.getBalance(callerAddr), 0n);
  const events = transferLogs(receipt);
  assert.equal(events.length, 1);
  assert.deepEqual([...events[0].args], [callerAddr, to, value], "msg.sender of the precompile is the contract");

  // callTracer shows the nested CALL from the contract into the precompile.
  const trace = await traceCalls(provider, tx.hash, { withLog: true });
  assert.equal(trace.to.toLowerCase(), callerAddr.toLowerCase());
  assert.equal(trace.calls?.length, 1, JSON.stringify(trace));
  const inner = trace.calls[0];
  assert.equal(inner.type, "CALL");
  assert.equal(inner.from.toLowerCase(), callerAddr.toLowerCase());
  assert.equal(inner.to.toLowerCase(), BALANCE_TRANSFER);
  assert.equal(BigInt(inner.value), value);
  assert.equal(inner.input, iface.encodeFunctionData("transfer", [keyOf(to)]));
  assert.equal(inner.error, undefined);
  assert.equal(inner.logs?.length, 1, "the precompile's event belongs to its frame");
});

test("a contract's forwarded InvalidKey revert bubbles up and decodes", async () => {
  const key = badKey(randomAddress());
  await assert.rejects(caller.forward.estimateGas(key, { value: 1n }), (err) => {
    assert.equal(err.code, "CALL_EXCEPTION", err.message);
    const parsed = iface.parseError(revertData(err));
    assert.equal(parsed?.name, "InvalidKey");
    assert.equal(parsed.args[0], key);
    return true;
  });
});

test("the helper's own CALL moves its balance (control for the cases below)", async () => {
  await (await wallet.sendTransaction({ to: callerAddr, value: ethers.parseEther("10") })).wait(1, 20000);
  const to = randomAddress();
  const amount = ethers.parseEther("1");
  const [ok] = await caller.tryCall.staticCall(keyOf(to), amount);
  assert.equal(ok, true);
  const receipt = await (await caller.tryCall(keyOf(to), amount)).wait(1, 20000);
  assert.equal(outcome(receipt).ok, true);
  assert.equal(await provider.getBalance(to), amount);
  assert.equal(await provider.getBalance(callerAddr), ethers.parseEther("9"));
});

test("DELEGATECALL into the precompile cannot move the caller's funds", async () => {
  const to = randomAddress();
  const held = await provider.getBalance(callerAddr);
  assert.ok(held > 0n);
  const value = ethers.parseEther("1");
  const [okStatic, dataStatic] = await caller.tryDelegateCall.staticCall(keyOf(to), { value });
  assert.equal(okStatic, false);
  assertPrecompileError(dataStatic, "DelegateCallNotAllowed");

  const receipt = await (await caller.tryDelegateCall(keyOf(to), { value })).wait(1, 20000);
  assert.equal(receipt.status, 1);
  const out = outcome(receipt);
  assert.equal(out.kind, "delegatecall");
  assert.equal(out.ok, false);
  assertPrecompileError(out.data, "DelegateCallNotAllowed");
  assert.equal(await provider.getBalance(to), 0n, "nothing reached the key's address");
  assert.equal(await provider.getBalance(callerAddr), held + value, "the contract kept its balance and msg.value");
  assert.equal(transferLogs(receipt).length, 0);

  const trace = await traceCalls(provider, receipt.hash);
  const inner = trace.calls?.find((c) => c.to.toLowerCase() === BALANCE_TRANSFER);
  assert.equal(inner?.type, "DELEGATECALL", JSON.stringify(trace));
  assert.ok(inner.error, "the DELEGATECALL frame failed");
});

test("CALLCODE into the precompile cannot move the caller's funds", async () => {
  const to = randomAddress();
  const held = await provider.getBalance(callerAddr);
  const receipt = await (await caller.tryCallCode(keyOf(to), ethers.parseEther("1"))).wait(1, 20000);
  const out = outcome(receipt);
  assert.equal(out.ok, false);
  assertPrecompileError(out.data, "DelegateCallNotAllowed");
  assert.equal(await provider.getBalance(to), 0n);
  assert.equal(await provider.getBalance(callerAddr), held);
});

test("STATICCALL of transfer reverts", async () => {
  const to = randomAddress();
  const held = await provider.getBalance(callerAddr);
  const receipt = await (await caller.tryStaticCall(keyOf(to))).wait(1, 20000);
  const out = outcome(receipt);
  assert.equal(out.ok, false);
  assertPrecompileError(out.data, "StaticCallNotAllowed");
  assert.equal(await provider.getBalance(to), 0n);
  assert.equal(await provider.getBalance(callerAddr), held);
});

test("a CALL nested inside a STATICCALL cannot transfer", async () => {
  const to = randomAddress();
  const receipt = await (await caller.tryCallInsideStatic(keyOf(to))).wait(1, 20000);
  const out = outcome(receipt);
  assert.equal(out.ok, false);
  assertPrecompileError(out.data, "StaticCallNotAllowed");
  assert.equal(await provider.getBalance(to), 0n);
});

test("a state-changing call in eth_call leaves no trace on chain", async () => {
  const to = randomAddress();
  await precompile.transfer.staticCall(keyOf(to), { value: ethers.parseEther("5") });
  assert.equal(await provider.getBalance(to), 0n);
});

test("a zero-value transfer succeeds and still emits its event", async () => {
  const to = randomAddress();
  const receipt = await (await precompile.transfer(keyOf(to), { value: 0n })).wait(1, 20000);
  assert.equal(receipt.status, 1);
  const events = transferLogs(receipt);
  assert.equal(events.length, 1);
  assert.deepEqual([...events[0].args], [wallet.address, to, 0n]);
});

test("a transfer to a precompile account reverts with InvalidDestination", async () => {
  for (const dest of [BALANCE_TRANSFER, "0x00000000000000000000000000000000000008ff"]) {
    await assert.rejects(precompile.transfer.staticCall(keyOf(dest), { value: 1n }), (err) => {
      assert.equal(err.revert?.name, "InvalidDestination", err.message);
      assert.equal(err.revert.args[0], ethers.getAddress(dest));
      return true;
    });
  }
});

test("the precompile's Transfer events are found by getLogs with topic filters", async () => {
  const to = randomAddress();
  const receipt = await (await precompile.transfer(keyOf(to), { value: 77n })).wait(1, 20000);
  const logs = await provider.getLogs({
    address: BALANCE_TRANSFER,
    fromBlock: receipt.blockNumber - 5 > 0 ? receipt.blockNumber - 5 : 0,
    toBlock: "latest",
    topics: [iface.getEvent("Transfer").topicHash, null, ethers.zeroPadValue(to, 32)],
  });
  assert.equal(logs.length, 1);
  assert.equal(logs[0].transactionHash, receipt.hash);
  assert.equal(iface.parseLog(logs[0]).args.value, 77n);
});
