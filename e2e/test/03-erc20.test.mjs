// An OpenZeppelin ERC-20 compiled at test time with the pinned solc: deploy,
// read, estimate, transfer, and find its Transfer logs with eth_getLogs,
// polling filters (HTTP) and eth_subscribe (WebSocket).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { ethers } from "ethers";
import { compile } from "../lib/compile.mjs";
import { ACCOUNT, devWallet, httpProvider, randomAddress, revertData, wsProvider } from "../lib/env.mjs";

const provider = httpProvider();
const ws = wsProvider();
after(() => Promise.all([provider.destroy(), ws.destroy()]));
const wallet = devWallet(ACCOUNT.erc20, provider);
const SUPPLY = ethers.parseUnits("1000000", 18);
const TRANSFER_TOPIC = ethers.id("Transfer(address,address,uint256)");

let artifact;
let token;
let deployBlock;

before(async () => {
  artifact = compile(["TestToken.sol"]).TestToken;
  const factory = new ethers.ContractFactory(artifact.abi, artifact.bytecode, wallet);
  token = await factory.deploy(SUPPLY);
  const receipt = await token.deploymentTransaction().wait(1, 20000);
  assert.equal(receipt.status, 1);
  deployBlock = receipt.blockNumber;
});

// topicOf pads an address to a 32-byte topic.
const topicOf = (a) => ethers.zeroPadValue(a, 32);

test("the deployed code is the compiled runtime code", async () => {
  const addr = await token.getAddress();
  const receipt = await token.deploymentTransaction().wait();
  assert.equal(receipt.contractAddress, addr);
  assert.equal(addr, ethers.getCreateAddress({ from: wallet.address, nonce: token.deploymentTransaction().nonce }));
  assert.equal(await provider.getCode(addr), artifact.deployedBytecode);
});

test("ERC-20 views answer through eth_call", async () => {
  assert.equal(await token.name(), "Test TAO Token");
  assert.equal(await token.symbol(), "TTT");
  assert.equal(await token.decimals(), 18n);
  assert.equal(await token.totalSupply(), SUPPLY);
  assert.equal(await token.balanceOf(wallet.address), SUPPLY);
  // Reading the state of the deploy block explicitly (block tag as number).
  assert.equal(await token.balanceOf(wallet.address, { blockTag: deployBlock }), SUPPLY);
  // Before the deployment there is no code, so the call returns nothing.
  await assert.rejects(token.balanceOf(wallet.address, { blockTag: deployBlock - 1 }), (err) => {
    assert.equal(err.code, "BAD_DATA");
    return true;
  });
});

test("the mint is a Transfer log from the zero address", async () => {
  const logs = await provider.getLogs({
    address: await token.getAddress(),
    fromBlock: deployBlock,
    toBlock: deployBlock,
    topics: [TRANSFER_TOPIC, topicOf(ethers.ZeroAddress)],
  });
  assert.equal(logs.length, 1);
  const parsed = token.interface.parseLog(logs[0]);
  assert.equal(parsed.name, "Transfer");
  assert.equal(parsed.args.from, ethers.ZeroAddress);
  assert.equal(parsed.args.to, wallet.address);
  assert.equal(parsed.args.value, SUPPLY);
});

test("estimateGas, transfer and exact balances", async () => {
  const to = randomAddress();
  const amount = ethers.parseUnits("1234.5", 18);
  const estimate = await token.transfer.estimateGas(to, amount);
  // A first transfer to a fresh holder writes a new storage slot (20000).
  assert.ok(estimate > 21000n + 20000n && estimate < 1_000_000n, `estimate ${estimate}`);
  const tx = await token.transfer(to, amount);
  const receipt = await tx.wait(1, 20000);
  assert.equal(receipt.status, 1);
  assert.ok(receipt.gasUsed <= estimate, `used ${receipt.gasUsed} > estimate ${estimate}`);
  assert.equal(await token.balanceOf(to), amount);
  assert.equal(await token.balanceOf(wallet.address), SUPPLY - amount);
  assert.equal(receipt.logs.length, 1);
  const ev = token.interface.parseLog(receipt.logs[0]);
  assert.deepEqual([ev.args.from, ev.args.to, ev.args.value], [wallet.address, to, amount]);
  assert.equal(receipt.logs[0].transactionHash, tx.hash);
  assert.equal(receipt.logs[0].blockNumber, receipt.blockNumber);
});

test("getLogs filters by topic and block range", async () => {
  const addr = await token.getAddress();
  const recipients = [randomAddress(), randomAddress(), randomAddress()];
  const blocks = [];
  for (const [i, r] of recipients.entries()) {
    const receipt = await (await token.transfer(r, BigInt(i + 1))).wait(1, 20000);
    blocks.push(receipt.blockNumber);
  }
  const all = await provider.getLogs({ address: addr, fromBlock: deployBlock, toBlock: "latest", topics: [TRANSFER_TOPIC] });
  // mint + earlier transfer + these three, in chain order.
  assert.ok(all.length >= 4);
  for (let i = 1; i < all.length; i++) {
    const a = all[i - 1];
    const b = all[i];
    assert.ok(a.blockNumber < b.blockNumber || (a.blockNumber === b.blockNumber && a.index < b.index));
  }

  // Topic 2 (to) selects exactly one recipient; an OR list selects two.
  const one = await provider.getLogs({ address: addr, fromBlock: deployBlock, topics: [TRANSFER_TOPIC, null, topicOf(recipients[1])] });
  assert.equal(one.length, 1);
  assert.equal(token.interface.parseLog(one[0]).args.value, 2n);
  const two = await provider.getLogs({
    address: addr, fromBlock: deployBlock,
    topics: [TRANSFER_TOPIC, null, [topicOf(recipients[0]), topicOf(recipients[2])]],
  });
  assert.deepEqual(two.map((l) => token.interface.parseLog(l).args.value), [1n, 3n]);

  // A block range that ends before the second transfer sees only the first.
  const ranged = await provider.getLogs({
    address: addr, fromBlock: blocks[0], toBlock: blocks[1] - 1,
    topics: [TRANSFER_TOPIC, topicOf(wallet.address)],
  });
  assert.equal(ranged.length, 1);
  assert.equal(token.interface.parseLog(ranged[0]).args.to, recipients[0]);

  // By block hash.
  const blk = await provider.getBlock(blocks[2]);
  const byHash = await provider.getLogs({ address: addr, blockHash: blk.hash });
  assert.equal(byHash.length, 1);
  assert.equal(byHash[0].blockHash, blk.hash);

  // A topic nobody emitted matches nothing; the contract's queryFilter agrees.
  const none = await provider.getLogs({ address: addr, fromBlock: deployBlock, topics: [ethers.id("Nope()")] });
  assert.equal(none.length, 0);
  const q = await token.queryFilter(token.filters.Transfer(wallet.address, recipients[2]), deployBlock);
  assert.equal(q.length, 1);
  assert.equal(q[0].args.value, 3n);
});

test("getLogs with fromBlock after toBlock is an error", async () => {
  const head = await provider.getBlockNumber();
  await assert.rejects(provider.send("eth_getLogs", [{ fromBlock: ethers.toQuantity(head), toBlock: ethers.toQuantity(head - 1) }]));
});

// waitFor resolves with the first value handed to the callback it makes, or
// rejects after ms.
function waitFor(ms, what) {
  let resolve;
  let reject;
  const p = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  const t = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms);
  return { promise: p.finally(() => clearTimeout(t)), resolve };
}

// subscriptionSettles gives a just-added ethers listener time to reach the
// node: ethers returns from on() before its eth_subscribe / eth_newFilter
// request has been answered.
const subscriptionSettles = () => new Promise((r) => setTimeout(r, 500));

test("Transfer events over a WebSocket subscription (contract.on)", async () => {
  const wsToken = token.connect(ws);
  const to = randomAddress();
  const got = waitFor(15000, "Transfer over WebSocket");
  // With a filter (not an event name) ethers hands the listener only the
  // ContractEventPayload.
  await wsToken.on(wsToken.filters.Transfer(null, to), (payload) => got.resolve(payload));
  try {
    await subscriptionSettles();
    const tx = await token.transfer(to, 42n);
    const ev = await got.promise;
    assert.equal(ev.fragment.name, "Transfer");
    assert.deepEqual([...ev.args], [wallet.address, to, 42n]);
    assert.equal(ev.log.transactionHash, tx.hash);
  } finally {
    await wsToken.removeAllListeners();
  }
});

test("raw log filter over WebSocket (provider.on with a filter)", async () => {
  const addr = await token.getAddress();
  const to = randomAddress();
  const filter = { address: addr, topics: [TRANSFER_TOPIC, topicOf(wallet.address), topicOf(to)] };
  const got = waitFor(15000, "log over WebSocket");
  const listener = (log) => got.resolve(log);
  await ws.on(filter, listener);
  try {
    await subscriptionSettles();
    const tx = await token.transfer(to, 7n);
    const log = await got.promise;
    assert.equal(log.address, addr);
    assert.equal(log.transactionHash, tx.hash);
    assert.equal(BigInt(log.data), 7n);
    assert.equal(log.topics.length, 3);
    const receipt = await tx.wait();
    assert.equal(log.blockHash, receipt.blockHash);
  } finally {
    await ws.off(filter, listener);
  }
});

test("Transfer events through HTTP polling filters (eth_newFilter)", async () => {
  const addr = await token.getAddress();
  const to = randomAddress();
  const filterId = await provider.send("eth_newFilter", [{ address: addr, topics: [TRANSFER_TOPIC, null, topicOf(to)] }]);
  try {
    const tx = await token.transfer(to, 9n);
    await tx.wait(1, 20000);
    const changes = await provider.send("eth_getFilterChanges", [filterId]);
    assert.equal(changes.length, 1);
    assert.equal(changes[0].transactionHash, tx.hash);
    // Changes are consumed: polling again returns nothing new.
    assert.deepEqual(await provider.send("eth_getFilterChanges", [filterId]), []);
    const logs = await provider.send("eth_getFilterLogs", [filterId]);
    assert.equal(logs.length, 1);
  } finally {
    assert.equal(await provider.send("eth_uninstallFilter", [filterId]), true);
  }
  assert.equal(await provider.send("eth_uninstallFilter", [filterId]), false);

  // ethers' own polling subscriber on the HTTP provider.
  const to2 = randomAddress();
  const got = waitFor(15000, "Transfer through HTTP polling");
  await token.on(token.filters.Transfer(null, to2), (payload) => got.resolve(payload.args.value));
  try {
    await subscriptionSettles();
    await (await token.transfer(to2, 11n)).wait(1, 20000);
    assert.equal(await got.promise, 11n);
  } finally {
    await token.removeAllListeners();
  }
});

test("a transfer above the balance reverts with OpenZeppelin's custom error", async () => {
  const bal = await token.balanceOf(wallet.address);
  const to = randomAddress();
  const want = [wallet.address, bal, bal + 1n];

  // eth_estimateGas: ethers exposes the raw revert data as error.data.
  await assert.rejects(token.transfer.estimateGas(to, bal + 1n), (err) => {
    assert.equal(err.code, "CALL_EXCEPTION", err.message);
    assert.equal(err.data, token.interface.encodeErrorResult("ERC20InsufficientBalance", want));
    const parsed = token.interface.parseError(err.data);
    assert.equal(parsed.name, "ERC20InsufficientBalance");
    assert.deepEqual([...parsed.args], want);
    return true;
  });

  // eth_call through the contract: ethers decodes it into error.revert.
  await assert.rejects(token.transfer.staticCall(to, bal + 1n), (err) => {
    assert.equal(err.code, "CALL_EXCEPTION", err.message);
    assert.equal(err.revert?.name, "ERC20InsufficientBalance");
    assert.deepEqual([...err.revert.args], want);
    assert.equal(token.interface.parseError(revertData(err)).name, "ERC20InsufficientBalance");
    return true;
  });
});
