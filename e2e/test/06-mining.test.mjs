// Dev mining: evm_mine and anvil_mine(count, interval) produce blocks on
// demand with the timestamps asked for; newHeads subscribers see each one.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { ethers } from "ethers";
import WebSocket from "ws";
import { ACCOUNT, devWallet, httpProvider, randomAddress, wsProvider, wsUrl } from "../lib/env.mjs";

const provider = httpProvider();
const ws = wsProvider();
after(() => Promise.all([provider.destroy(), ws.destroy()]));

// blocksFrom fetches blocks a..b inclusive.
const blocksFrom = (a, b) => Promise.all(Array.from({ length: b - a + 1 }, (_, i) => provider.getBlock(a + i)));

test("evm_mine makes exactly one new block on top of the head", async () => {
  const head = await provider.getBlock("latest");
  await provider.send("evm_mine", []);
  const next = await provider.getBlock("latest");
  assert.equal(next.number, head.number + 1);
  assert.equal(next.parentHash, head.hash);
  assert.ok(next.timestamp > head.timestamp);
  assert.equal(next.transactions.length, 0);
});

test("anvil_mine(count, interval) with hex quantities", async () => {
  const head = await provider.getBlock("latest");
  await provider.send("anvil_mine", ["0x32", "0xc"]); // 50 blocks, 12 s apart
  const now = await provider.getBlockNumber();
  assert.equal(now, head.number + 50);
  const blocks = await blocksFrom(head.number + 1, now);
  let prev = head;
  for (const b of blocks) {
    assert.equal(b.parentHash, prev.hash, `block ${b.number} links to its parent`);
    assert.equal(b.timestamp - prev.timestamp, 12, `block ${b.number} is 12 s after its parent`);
    prev = b;
  }
});

test("anvil_mine with plain numbers and a custom interval", async () => {
  const head = await provider.getBlock("latest");
  await provider.send("anvil_mine", [5, 3600]);
  const last = await provider.getBlock("latest");
  assert.equal(last.number, head.number + 5);
  assert.equal(last.timestamp - head.timestamp, 5 * 3600);
});

test("anvil_mine(count) defaults to a 12 s interval", async () => {
  const head = await provider.getBlock("latest");
  await provider.send("anvil_mine", [3]);
  const last = await provider.getBlock("latest");
  assert.equal(last.number, head.number + 3);
  assert.equal(last.timestamp - head.timestamp, 36);
});

test("hundreds of blocks in one request, and transactions still land after", async () => {
  const t0 = Date.now();
  const head = await provider.getBlockNumber();
  await provider.send("anvil_mine", [300, 12]);
  assert.equal(await provider.getBlockNumber(), head + 300);
  assert.ok(Date.now() - t0 < 20000, "300 empty blocks take seconds, not minutes");

  const wallet = devWallet(ACCOUNT.mining, provider);
  const to = randomAddress();
  const receipt = await (await wallet.sendTransaction({ to, value: 1n })).wait(1, 20000);
  assert.equal(receipt.status, 1);
  assert.ok(receipt.blockNumber > head + 300);
  const blk = await provider.getBlock(receipt.blockNumber);
  const parent = await provider.getBlock(receipt.blockNumber - 1);
  assert.ok(blk.timestamp > parent.timestamp);
});

test("state older than 128 blocks is unavailable by default", async () => {
  // The mining above put block 1 more than 128 blocks behind the head.
  const head = await provider.getBlockNumber();
  assert.ok(head > 300);
  const addr = devWallet(ACCOUNT.untouched).address;
  // Headers stay available; old state does not (geth: historical state unavailable).
  assert.equal((await provider.getBlock(1)).number, 1);
  await assert.rejects(provider.getBalance(addr, 1), (err) => {
    assert.match(err.message, /historical state|state.*not available|missing trie node/i);
    return true;
  });
  assert.ok((await provider.getBalance(addr, head - 100)) > 0n);
});

test("newHeads over WebSocket: one head per mined block, in order (ethers)", async () => {
  const seen = [];
  const head = await provider.getBlockNumber();
  let done;
  const all = new Promise((res) => (done = res));
  const listener = (n) => {
    seen.push(n);
    if (n >= head + 4) done();
  };
  await ws.on("block", listener);
  try {
    // Let the subscription be established before mining.
    await new Promise((r) => setTimeout(r, 500));
    await provider.send("anvil_mine", [4, 1]);
    await Promise.race([all, new Promise((_, rej) => setTimeout(() => rej(new Error(`heads seen: ${seen}`)), 10000))]);
  } finally {
    await ws.off("block", listener);
  }
  const wanted = [head + 1, head + 2, head + 3, head + 4];
  assert.deepEqual(seen.filter((n) => n > head), wanted);
});

test("newHeads payloads match eth_getBlockByHash (raw eth_subscribe)", async () => {
  const sock = new WebSocket(wsUrl());
  await new Promise((res, rej) => {
    sock.once("open", res);
    sock.once("error", rej);
  });
  const heads = [];
  let subId;
  const subscribed = new Promise((res) => {
    sock.on("message", (buf) => {
      const msg = JSON.parse(buf.toString());
      if (msg.id === 1) {
        subId = msg.result;
        res();
      } else if (msg.method === "eth_subscription" && msg.params.subscription === subId) {
        heads.push(msg.params.result);
      }
    });
  });
  try {
    sock.send(JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_subscribe", params: ["newHeads"] }));
    await subscribed;
    assert.match(subId, /^0x[0-9a-f]+$/);
    await provider.send("anvil_mine", [2, 12]);
    const deadline = Date.now() + 10000;
    while (heads.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.equal(heads.length, 2);
    for (const h of heads) {
      const b = await provider.send("eth_getBlockByHash", [h.hash, false]);
      for (const k of ["number", "hash", "parentHash", "timestamp", "stateRoot", "gasLimit", "baseFeePerGas", "miner"]) {
        assert.equal(h[k], b[k], `newHeads ${k}`);
      }
    }
    assert.equal(heads[1].parentHash, heads[0].hash);
    assert.equal(BigInt(heads[1].timestamp) - BigInt(heads[0].timestamp), 12n);
  } finally {
    sock.close();
  }
});

test("eth_blockNumber, latest and pending agree after mining", async () => {
  await provider.send("evm_mine", []);
  const n = await provider.getBlockNumber();
  const latest = await provider.getBlock("latest");
  assert.equal(latest.number, n);
  assert.equal(ethers.toNumber(await provider.send("eth_blockNumber", [])), n);
});
