// Native transfers signed locally by ethers: EIP-1559 (type 2), legacy
// (type 0) and EIP-2930 (type 1), with receipts, balances and nonces checked
// exactly, plus geth's error semantics for bad nonces and empty accounts.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { ethers } from "ethers";
import {
  ACCOUNT, CHAIN_ID, devWallet, gasCost, httpProvider, randomAddress, wsProvider,
} from "../lib/env.mjs";

const provider = httpProvider();
const ws = wsProvider();
after(() => Promise.all([provider.destroy(), ws.destroy()]));
const wallet = devWallet(ACCOUNT.transfers, provider);

// sendAndCheck sends tx from wallet and checks the receipt, the recipient's
// and sender's balances and the sender's nonce exactly.
async function sendAndCheck(tx, wantType) {
  const to = tx.to;
  const before = await provider.getBalance(wallet.address);
  const nonce = await provider.getTransactionCount(wallet.address);
  const sent = await wallet.sendTransaction(tx);
  assert.equal(sent.nonce, nonce);
  assert.equal(sent.type, wantType);
  const receipt = await sent.wait(1, 20000);
  assert.equal(receipt.status, 1);
  assert.equal(receipt.type, wantType);
  assert.equal(receipt.from, wallet.address);
  assert.equal(receipt.to, to);
  assert.equal(receipt.gasUsed, 21000n);
  assert.equal(receipt.cumulativeGasUsed >= receipt.gasUsed, true);
  assert.equal(receipt.logs.length, 0);
  assert.equal(await provider.getBalance(to), tx.value);
  assert.equal(await provider.getBalance(wallet.address), before - tx.value - gasCost(receipt));
  assert.equal(await provider.getTransactionCount(wallet.address), nonce + 1);

  // The transaction as the node returns it.
  const got = await provider.getTransaction(sent.hash);
  assert.equal(got.hash, sent.hash);
  assert.equal(got.from, wallet.address);
  assert.equal(got.to, to);
  assert.equal(got.value, tx.value);
  assert.equal(got.type, wantType);
  assert.equal(got.chainId, CHAIN_ID);
  assert.equal(got.blockNumber, receipt.blockNumber);
  assert.equal(got.blockHash, receipt.blockHash);

  // The block includes it, and the same receipt comes back over WebSocket.
  const block = await provider.getBlock(receipt.blockNumber);
  assert.ok(block.transactions.includes(sent.hash));
  assert.equal(block.hash, receipt.blockHash);
  const wsReceipt = await ws.getTransactionReceipt(sent.hash);
  assert.equal(wsReceipt.blockHash, receipt.blockHash);
  assert.equal(wsReceipt.gasUsed, receipt.gasUsed);
  return { sent, receipt };
}

test("estimateGas of a plain transfer is 21000", async () => {
  const gas = await provider.estimateGas({ from: wallet.address, to: randomAddress(), value: 1n });
  assert.equal(gas, 21000n);
});

test("EIP-1559 transfer", async () => {
  const fee = await provider.getFeeData();
  assert.ok(fee.maxFeePerGas > 0n && fee.maxPriorityFeePerGas !== null);
  const { receipt } = await sendAndCheck(
    { to: randomAddress(), value: ethers.parseEther("1.5"), type: 2 },
    2,
  );
  const block = await provider.getBlock(receipt.blockNumber);
  // Effective price = min(maxFee, baseFee + tip) and at least the base fee.
  assert.ok(receipt.gasPrice >= block.baseFeePerGas);
});

test("legacy (type 0) transfer pays exactly its gas price", async () => {
  const { gasPrice } = await provider.getFeeData();
  const { receipt } = await sendAndCheck(
    { to: randomAddress(), value: ethers.parseEther("0.25"), type: 0, gasPrice },
    0,
  );
  assert.equal(receipt.gasPrice, gasPrice);
  const got = await provider.getTransaction(receipt.hash);
  assert.equal(got.gasPrice, gasPrice);
  assert.equal(got.maxFeePerGas, null);
});

test("EIP-2930 (type 1) transfer with an access list", async () => {
  const { gasPrice } = await provider.getFeeData();
  const to = randomAddress();
  const tx = { to, value: 12345n, type: 1, gasPrice, accessList: [{ address: to, storageKeys: [] }] };
  const sent = await wallet.sendTransaction(tx);
  const receipt = await sent.wait(1, 20000);
  assert.equal(receipt.status, 1);
  assert.equal(receipt.type, 1);
  // 21000 + 2400 per access-list address (EIP-2930).
  assert.equal(receipt.gasUsed, 23400n);
  assert.equal(await provider.getBalance(to), 12345n);
  const got = await provider.getTransaction(sent.hash);
  assert.deepEqual(got.accessList.map((e) => e.address), [to]);
});

test("a transfer sent over WebSocket", async () => {
  const wsWallet = devWallet(ACCOUNT.transfers, ws);
  const to = randomAddress();
  const sent = await wsWallet.sendTransaction({ to, value: 7n });
  const receipt = await sent.wait(1, 20000);
  assert.equal(receipt.status, 1);
  assert.equal(await provider.getBalance(to), 7n);
});

test("two transactions sent back to back both land with consecutive nonces", async () => {
  const nonce = await provider.getTransactionCount(wallet.address, "pending");
  const a = randomAddress();
  const b = randomAddress();
  const tx1 = await wallet.sendTransaction({ to: a, value: 1n, nonce });
  const tx2 = await wallet.sendTransaction({ to: b, value: 2n, nonce: nonce + 1 });
  const [r1, r2] = await Promise.all([tx1.wait(1, 20000), tx2.wait(1, 20000)]);
  assert.equal(r1.status, 1);
  assert.equal(r2.status, 1);
  assert.ok(r2.blockNumber >= r1.blockNumber);
  assert.equal(await provider.getBalance(a), 1n);
  assert.equal(await provider.getBalance(b), 2n);
  assert.equal(await provider.getTransactionCount(wallet.address), nonce + 2);
});

test("replaying a used nonce is rejected as nonce too low", async () => {
  const nonce = await provider.getTransactionCount(wallet.address);
  assert.ok(nonce > 0);
  await assert.rejects(
    wallet.sendTransaction({ to: randomAddress(), value: 1n, nonce: nonce - 1 }),
    (err) => {
      assert.equal(err.code, "NONCE_EXPIRED", err.message);
      return true;
    },
  );
});

test("an account without funds cannot pay for gas", async () => {
  const poor = ethers.Wallet.createRandom().connect(provider);
  await assert.rejects(
    poor.sendTransaction({ to: wallet.address, value: 1n, gasLimit: 21000n }),
    (err) => {
      assert.equal(err.code, "INSUFFICIENT_FUNDS", err.message);
      return true;
    },
  );
});

test("a transaction signed for another chain id is rejected", async () => {
  const nonce = await provider.getTransactionCount(wallet.address);
  const { maxFeePerGas, maxPriorityFeePerGas } = await provider.getFeeData();
  const raw = await devWallet(ACCOUNT.transfers).signTransaction({
    to: randomAddress(), value: 1n, nonce, gasLimit: 21000n, chainId: 1n, type: 2,
    maxFeePerGas, maxPriorityFeePerGas,
  });
  // Sent raw so that the rejection must come from the node, not from ethers.
  await assert.rejects(provider.send("eth_sendRawTransaction", [raw]));
  assert.equal(await provider.getTransactionCount(wallet.address, "pending"), nonce);
});
