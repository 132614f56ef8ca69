// Other wallet-facing JSON-RPC that ethers and dapps lean on: pending
// transaction subscriptions, block receipts, lookups by block and index,
// EIP-1898 block parameters and the prestate tracer on a precompile call.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { ethers } from "ethers";
import WebSocket from "ws";
import {
  ACCOUNT, BALANCE_TRANSFER, balanceTransferAbi, devWallet, httpProvider, keyOf, randomAddress, wsUrl,
} from "../lib/env.mjs";

const provider = httpProvider();
after(() => provider.destroy());
const wallet = devWallet(ACCOUNT.rpc, provider);

test("newPendingTransactions over WebSocket announces a sent transaction", async () => {
  const sock = new WebSocket(wsUrl());
  await new Promise((res, rej) => {
    sock.once("open", res);
    sock.once("error", rej);
  });
  const hashes = [];
  let subId;
  const subscribed = new Promise((res) => {
    sock.on("message", (buf) => {
      const msg = JSON.parse(buf.toString());
      if (msg.id === 1) {
        subId = msg.result;
        res();
      } else if (msg.method === "eth_subscription" && msg.params.subscription === subId) {
        hashes.push(msg.params.result);
      }
    });
  });
  try {
    sock.send(JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_subscribe", params: ["newPendingTransactions"] }));
    await subscribed;
    const tx = await wallet.sendTransaction({ to: randomAddress(), value: 1n });
    await tx.wait(1, 20000);
    const deadline = Date.now() + 5000;
    while (!hashes.includes(tx.hash) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.ok(hashes.includes(tx.hash), `pending hashes seen: ${hashes}`);
  } finally {
    sock.close();
  }
});

test("block receipts, counts and lookups by block and index agree", async () => {
  // Two transactions in one block: send both before the block is built.
  const nonce = await provider.getTransactionCount(wallet.address, "pending");
  const signed = [];
  const fee = await provider.getFeeData();
  for (let i = 0; i < 2; i++) {
    signed.push(await wallet.signTransaction({
      to: randomAddress(), value: BigInt(i + 1), nonce: nonce + i, gasLimit: 21000n, chainId: 31337n, type: 2,
      maxFeePerGas: fee.maxFeePerGas, maxPriorityFeePerGas: fee.maxPriorityFeePerGas,
    }));
  }
  const hashes = await Promise.all(signed.map((raw) => provider.send("eth_sendRawTransaction", [raw])));
  const receipts = await Promise.all(hashes.map((h) => provider.waitForTransaction(h, 1, 20000)));
  for (const r of receipts) assert.equal(r.status, 1);

  for (const r of receipts) {
    const n = ethers.toQuantity(r.blockNumber);
    const block = await provider.send("eth_getBlockByNumber", [n, true]);
    const count = Number(await provider.send("eth_getBlockTransactionCountByNumber", [n]));
    assert.equal(count, block.transactions.length);
    assert.equal(Number(await provider.send("eth_getBlockTransactionCountByHash", [block.hash])), count);
    const blockReceipts = await provider.send("eth_getBlockReceipts", [n]);
    assert.equal(blockReceipts.length, count);
    const idx = r.index;
    assert.equal(blockReceipts[idx].transactionHash, r.hash);
    assert.equal(BigInt(blockReceipts[idx].gasUsed), r.gasUsed);
    const byNum = await provider.send("eth_getTransactionByBlockNumberAndIndex", [n, ethers.toQuantity(idx)]);
    const byHash = await provider.send("eth_getTransactionByBlockHashAndIndex", [block.hash, ethers.toQuantity(idx)]);
    assert.equal(byNum.hash, r.hash);
    assert.equal(byHash.hash, r.hash);
    assert.equal(block.transactions[idx].hash, r.hash);
    // Cumulative gas grows through the block.
    let cum = 0n;
    for (const br of blockReceipts) {
      cum += BigInt(br.gasUsed);
      assert.equal(BigInt(br.cumulativeGasUsed), cum);
    }
  }
  // Out-of-range index: null, as geth answers.
  const last = receipts[1];
  assert.equal(await provider.send("eth_getTransactionByBlockNumberAndIndex", [ethers.toQuantity(last.blockNumber), "0x64"]), null);
});

test("EIP-1898 block parameters by hash and by number", async () => {
  const head = await provider.getBlock("latest");
  const addr = devWallet(ACCOUNT.untouched).address;
  const byHash = await provider.send("eth_getBalance", [addr, { blockHash: head.hash }]);
  const byNumber = await provider.send("eth_getBalance", [addr, { blockNumber: ethers.toQuantity(head.number) }]);
  assert.equal(byHash, byNumber);
  assert.equal(BigInt(byHash), await provider.getBalance(addr));
  const unknown = await provider.send("eth_getBalance", [addr, { blockHash: ethers.ZeroHash }]).then(
    () => null,
    (err) => err,
  );
  assert.ok(unknown, "an unknown block hash is an error");
});

test("prestateTracer diff shows the sender paying and the recipient of a precompile transfer", async () => {
  const iface = new ethers.Interface(balanceTransferAbi());
  const precompile = new ethers.Contract(BALANCE_TRANSFER, iface, wallet);
  const to = randomAddress();
  const value = ethers.parseEther("0.5");
  const receipt = await (await precompile.transfer(keyOf(to), { value })).wait(1, 20000);
  const diff = await provider.send("debug_traceTransaction", [receipt.hash, { tracer: "prestateTracer", tracerConfig: { diffMode: true } }]);
  const post = Object.fromEntries(Object.entries(diff.post).map(([k, v]) => [k.toLowerCase(), v]));
  const pre = Object.fromEntries(Object.entries(diff.pre).map(([k, v]) => [k.toLowerCase(), v]));
  const me = wallet.address.toLowerCase();
  assert.equal(BigInt(pre[me].balance) - BigInt(post[me].balance), value + receipt.gasUsed * receipt.gasPrice);
  // A zero nonce is left out of the output, as geth does.
  assert.equal(BigInt(post[me].nonce) - BigInt(pre[me].nonce ?? 0), 1n);
  // taoevm's prestateTracer also sees accounts a native precompile changes:
  // the fresh recipient is in the post state with what it received, and has
  // no pre entry because it did not exist before (geth's rule).
  const rcpt = to.toLowerCase();
  assert.equal(BigInt(post[rcpt].balance), value);
  assert.equal(pre[rcpt], undefined);
});

test("txpool_status is empty once everything is mined", async () => {
  const status = await provider.send("txpool_status", []);
  assert.equal(Number(status.pending), 0);
  assert.equal(Number(status.queued), 0);
});
