// Accounts and chain identity: the dev mnemonic's accounts are funded, the
// node reports chain id 31337 through every channel ethers uses.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { ethers } from "ethers";
import {
  ACCOUNT, CHAIN_ID, DEV_BALANCE, MNEMONIC, devWallet, hdPath, httpProvider, wsProvider,
} from "../lib/env.mjs";

const provider = httpProvider();
const ws = wsProvider();
after(() => Promise.all([provider.destroy(), ws.destroy()]));

test("chain id is 31337 over HTTP and WebSocket", async () => {
  assert.equal((await provider.getNetwork()).chainId, CHAIN_ID);
  assert.equal((await ws.getNetwork()).chainId, CHAIN_ID);
  assert.equal(await provider.send("eth_chainId", []), ethers.toQuantity(CHAIN_ID));
  assert.equal(await provider.send("net_version", []), CHAIN_ID.toString());
  const client = await provider.send("web3_clientVersion", []);
  assert.equal(typeof client, "string");
  assert.ok(client.length > 0);
});

test("the mnemonic's accounts derive the well-known dev addresses", () => {
  const imported = ethers.HDNodeWallet.fromPhrase(MNEMONIC, undefined, hdPath(0));
  assert.equal(imported.address, devWallet(0).address);
  assert.equal(imported.path, "m/44'/60'/0'/0/0");
  // First account of this mnemonic as every Ethereum dev tool derives it.
  assert.equal(devWallet(0).address, "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
  assert.equal(devWallet(1).address, "0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
  const fromMnemonic = ethers.HDNodeWallet.fromMnemonic(ethers.Mnemonic.fromPhrase(MNEMONIC), hdPath(9));
  assert.equal(devWallet(9).address, fromMnemonic.address);
});

test("an untouched dev account holds 100,000 TAO and nonce 0", async () => {
  const w = devWallet(ACCOUNT.untouched, provider);
  assert.equal(await provider.getBalance(w.address), DEV_BALANCE);
  assert.equal(await ws.getBalance(w.address, "latest"), DEV_BALANCE);
  assert.equal(await provider.getTransactionCount(w.address), 0);
  assert.equal(await provider.getTransactionCount(w.address, "pending"), 0);
  assert.equal(await provider.getCode(w.address), "0x");
});

test("every dev account is funded at genesis", async () => {
  for (let i = 0; i < 10; i++) {
    const addr = devWallet(i).address;
    // Block 0's state: kept because this file runs before any long mining.
    assert.equal(await provider.getBalance(addr, 0), DEV_BALANCE, `account ${i} at genesis`);
  }
  // The 11th account of the mnemonic is not prefunded.
  assert.equal(await provider.getBalance(devWallet(10).address, 0), 0n);
});

test("eth_accounts lists the ten dev accounts in order", async () => {
  const accounts = await provider.send("eth_accounts", []);
  const want = Array.from({ length: 10 }, (_, i) => devWallet(i).address.toLowerCase());
  assert.deepEqual(accounts.map((a) => a.toLowerCase()), want);
  const signers = await provider.listAccounts();
  assert.equal(signers.length, 10);
  assert.equal(signers[0].address, devWallet(0).address);
});

test("block 0 is the genesis block", async () => {
  const g = await provider.getBlock(0);
  assert.equal(g.number, 0);
  assert.equal(g.parentHash, ethers.ZeroHash);
  assert.equal(g.transactions.length, 0);
  assert.equal(g.gasLimit, 60_000_000n);
  assert.ok(g.baseFeePerGas !== null, "London fields present");
  const byHash = await provider.getBlock(g.hash);
  assert.equal(byHash.number, 0);
});
