// Fee market RPC: eth_gasPrice, eth_maxPriorityFeePerGas, eth_feeHistory and
// ethers' getFeeData agree with the blocks they describe.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { ethers } from "ethers";
import { ACCOUNT, devWallet, httpProvider, randomAddress, rawRpc } from "../lib/env.mjs";

const provider = httpProvider();
after(() => provider.destroy());
const wallet = devWallet(ACCOUNT.fees, provider);

// Blocks with transactions paying a known tip, so feeHistory's reward
// percentiles have something to report.
const TIP = ethers.parseUnits("2", "gwei");
let txBlocks = [];

before(async () => {
  for (let i = 0; i < 3; i++) {
    const fee = await provider.getFeeData();
    const tx = await wallet.sendTransaction({
      to: randomAddress(), value: 1n, type: 2, maxPriorityFeePerGas: TIP, maxFeePerGas: fee.maxFeePerGas + TIP,
    });
    txBlocks.push((await tx.wait(1, 20000)).blockNumber);
  }
});

test("eth_maxPriorityFeePerGas and eth_gasPrice are quantities; gasPrice covers the next base fee", async () => {
  const tip = BigInt(await provider.send("eth_maxPriorityFeePerGas", []));
  const gasPrice = BigInt(await provider.send("eth_gasPrice", []));
  assert.ok(tip >= 0n);
  const pending = await provider.getBlock("latest");
  assert.ok(gasPrice >= pending.baseFeePerGas, `gasPrice ${gasPrice} < baseFee ${pending.baseFeePerGas}`);
  // geth: gasPrice = suggested tip + base fee of the head.
  assert.equal(gasPrice, tip + pending.baseFeePerGas);
  const fee = await provider.getFeeData();
  assert.equal(fee.maxPriorityFeePerGas, tip);
  assert.equal(fee.gasPrice, gasPrice);
  // ethers v6: maxFee = 2 * baseFee + tip.
  assert.equal(fee.maxFeePerGas, 2n * pending.baseFeePerGas + tip);
});

test("eth_feeHistory describes the blocks it names", async () => {
  const last = txBlocks[txBlocks.length - 1];
  const count = 4;
  const h = await provider.send("eth_feeHistory", [ethers.toQuantity(count), ethers.toQuantity(last), [25, 75]]);
  const oldest = Number(h.oldestBlock);
  assert.equal(oldest, last - count + 1);
  assert.equal(h.baseFeePerGas.length, count + 1, "one base fee per block plus the next block's");
  assert.equal(h.gasUsedRatio.length, count);
  assert.equal(h.reward.length, count);
  for (let i = 0; i < count; i++) {
    const b = await provider.getBlock(oldest + i);
    assert.equal(BigInt(h.baseFeePerGas[i]), b.baseFeePerGas, `base fee of block ${b.number}`);
    assert.ok(Math.abs(h.gasUsedRatio[i] - Number(b.gasUsed) / Number(b.gasLimit)) < 1e-9);
    assert.equal(h.reward[i].length, 2);
    if (txBlocks.includes(b.number)) {
      // Our only transaction in that block paid exactly TIP above the base fee.
      assert.equal(BigInt(h.reward[i][0]), TIP, `25th percentile tip in block ${b.number}`);
      assert.equal(BigInt(h.reward[i][1]), TIP);
    }
  }
  // The next block's base fee follows EIP-1559 from the last block.
  const lastBlock = await provider.getBlock(last);
  const target = lastBlock.gasLimit / 2n;
  const used = lastBlock.gasUsed;
  const base = lastBlock.baseFeePerGas;
  let next = base;
  if (used > target) next = base + ((base * (used - target)) / target / 8n > 0n ? (base * (used - target)) / target / 8n : 1n);
  else if (used < target) next = base - (base * (target - used)) / target / 8n;
  assert.equal(BigInt(h.baseFeePerGas[count]), next);
});

test("eth_feeHistory with 'latest' and without percentiles", async () => {
  const head = await provider.getBlockNumber();
  const h = await provider.send("eth_feeHistory", ["0x2", "latest", []]);
  assert.equal(Number(h.oldestBlock), head - 1);
  assert.equal(h.baseFeePerGas.length, 3);
  assert.equal(h.reward, undefined);
});

test("eth_feeHistory rejects decreasing percentiles", async () => {
  const resp = await rawRpc("eth_feeHistory", ["0x2", "latest", [75, 25]]);
  assert.ok(resp.error, JSON.stringify(resp));
});
