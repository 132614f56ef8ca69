// Node-side signing: in --dev the node holds the mnemonic's keys, so
// eth_sendTransaction (ethers' JsonRpcSigner from provider.getSigner())
// works without a local key, as with geth --dev, Hardhat and Anvil.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { ethers } from "ethers";
import { compile } from "../lib/compile.mjs";
import { ACCOUNT, devWallet, gasCost, httpProvider, randomAddress, rawRpc, tipsEarned } from "../lib/env.mjs";

const provider = httpProvider();
after(() => provider.destroy());
const me = devWallet(ACCOUNT.devSigner).address;

test("getSigner() is the first dev account", async () => {
  const signer = await provider.getSigner();
  assert.equal(signer.address, me);
  const byIndex = await provider.getSigner(ACCOUNT.devSigner);
  assert.equal(byIndex.address, me);
  const byAddress = await provider.getSigner(me.toLowerCase());
  assert.equal(byAddress.address, me);
});

test("eth_sendTransaction transfers with a node-held key", async () => {
  const signer = await provider.getSigner(me);
  const to = randomAddress();
  const value = ethers.parseEther("4.2");
  const before = await provider.getBalance(me);
  const nonce = await provider.getTransactionCount(me);
  const tx = await signer.sendTransaction({ to, value });
  const receipt = await tx.wait(1, 20000);
  assert.equal(receipt.status, 1);
  assert.equal(receipt.from, me);
  assert.equal(await provider.getBalance(to), value);
  // The dev authority's coinbase may be this account: then it also earned
  // the block's priority fees.
  const tips = await tipsEarned(provider, receipt.blockNumber, me);
  assert.equal(await provider.getBalance(me), before - value - gasCost(receipt) + tips);
  assert.equal(await provider.getTransactionCount(me), nonce + 1);

  // The node signed it: the signature recovers to the dev account.
  const got = await provider.getTransaction(tx.hash);
  const recovered = ethers.Transaction.from({ ...got, signature: got.signature }).from;
  assert.equal(recovered, me);
});

test("eth_sendTransaction with legacy gasPrice", async () => {
  const signer = await provider.getSigner(me);
  const { gasPrice } = await provider.getFeeData();
  const to = randomAddress();
  const receipt = await (await signer.sendTransaction({ to, value: 5n, gasPrice, type: 0 })).wait(1, 20000);
  assert.equal(receipt.status, 1);
  assert.equal(receipt.type, 0);
  assert.equal(receipt.gasPrice, gasPrice);
  assert.equal(await provider.getBalance(to), 5n);
});

test("a contract deployed through the node's signer", async () => {
  const signer = await provider.getSigner(me);
  const art = compile(["TestToken.sol"]).TestToken;
  const token = await new ethers.ContractFactory(art.abi, art.bytecode, signer).deploy(1000n);
  await token.waitForDeployment();
  assert.equal(await token.balanceOf(me), 1000n);
  const to = randomAddress();
  await (await token.transfer(to, 10n)).wait(1, 20000);
  assert.equal(await token.balanceOf(to), 10n);
});

test("eth_sendTransaction from an account the node does not hold fails", async () => {
  const stranger = randomAddress();
  const resp = await rawRpc("eth_sendTransaction", [{ from: stranger, to: me, value: "0x1" }]);
  assert.ok(resp.error, `expected an error, got ${JSON.stringify(resp)}`);
  assert.equal(resp.result, undefined);
});
