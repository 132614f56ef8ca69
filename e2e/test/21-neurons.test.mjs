// Neuron precompile (0x…0804) with the metagraph (0x…0802) and uid lookup
// (0x…0806) views, on a subnet this file registers: burnedRegister (burn
// paid from the coldkey's native balance and recycled, burn rising ×1.26,
// uids, NeuronRegistered), serving endpoints, weights by commit and reveal
// (hash computed here with ethers' AbiCoder as INeuron.sol documents,
// anvil_mine to the reveal epoch) and directly once commit-reveal is off,
// the pending-commit cap, replacement of the oldest non-immune neuron on a
// full subnet, every refusal as its named error, and the events through
// getLogs with their indexed topics.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { ethers } from "ethers";
import { CHAIN_ID, httpProvider, randomAddress } from "../lib/env.mjs";
import {
  ADDR, badKey, epochIndex, expectRevert, firstBlockOfEpoch, fundedWallets, gasCost, keyOf, mineTo,
  oneEvent, events, registerSubnet, send, taoContracts, wei,
} from "../lib/tao.mjs";

const provider = httpProvider();
after(() => provider.destroy());

const TEMPO = 360n;
const WEIGHTS_RATE_LIMIT = 100n;
const SERVING_RATE_LIMIT = 50n;
const BURN_MULT = 1_260_000_000n; // ×1.26, scaled by 1e9

let owner, cold, h1, h2, stranger; // this file's wallets (mnemonic accounts 300..304)
let c, cc, c1, c2, cx; // precompile contracts connected to each
let ownerHotkey;
let netuid;
const reg = {}; // hotkey label -> { uid, block }

before(async () => {
  [owner, cold, h1, h2, stranger] = await fundedWallets(provider, 300, 5, ethers.parseEther("1000"));
  [c, cc, c1, c2, cx] = [owner, cold, h1, h2, stranger].map(taoContracts);
  ownerHotkey = randomAddress();
  ({ netuid } = await registerSubnet(owner, ownerHotkey));
});

// commitHash is keccak256(abi.encode(hotkey, netuid, uids, values, salt, versionKey)).
function commitHash(hotkey, uids, values, salt, versionKey) {
  const enc = ethers.AbiCoder.defaultAbiCoder().encode(
    ["bytes32", "uint16", "uint16[]", "uint16[]", "uint16[]", "uint64"],
    [keyOf(hotkey), netuid, uids, values, salt, versionKey],
  );
  return ethers.keccak256(enc);
}

test("burnedRegister: the burn is debited and recycled, rises ×1.26, the next uid is assigned", async () => {
  const supplyHolders = [ADDR.subnet, ADDR.neuron, ADDR.alpha, ADDR.staking];
  const holdersBefore = await Promise.all(supplyHolders.map((a) => provider.getBalance(a)));
  const burn = await c.subnet.getBurn(netuid, { blockTag: "pending" });
  const balBefore = await provider.getBalance(cold.address);
  const uid = await cc.neuron.burnedRegister.staticCall(netuid, keyOf(h1.address), { blockTag: "pending" });
  assert.equal(uid, 1n, "uid 0 is the owner hotkey's");
  const receipt = await send(cc.neuron.burnedRegister(netuid, keyOf(h1.address)));
  reg.h1 = { uid: 1, block: receipt.blockNumber };

  const ev = oneEvent(receipt, c.neuron, "NeuronRegistered");
  assert.deepEqual([ev.netuid, ev.uid, ev.hotkey, ev.coldkey, ev.burn], [BigInt(netuid), 1n, keyOf(h1.address), cold.address, burn]);
  // Paid from the coldkey's native balance and destroyed: no precompile account receives it.
  assert.equal(await provider.getBalance(cold.address), balBefore - wei(burn) - gasCost(receipt));
  assert.deepEqual(await Promise.all(supplyHolders.map((a) => provider.getBalance(a))), holdersBefore);
  // The burn rises ×1.26 for the next registration in the same block.
  const raised = await c.subnet.getBurn(netuid, { blockTag: receipt.blockNumber });
  assert.equal(raised, (burn * BURN_MULT) / 1_000_000_000n);
  assert.ok(raised > burn);

  // A second neuron in a later block pays the decayed raised burn and gets uid 2.
  const burn2 = await c.subnet.getBurn(netuid, { blockTag: "pending" });
  assert.ok(burn2 <= raised && burn2 > burn, `burn ${burn2} between ${burn} and ${raised}`);
  const r2 = await send(cc.neuron.burnedRegister(netuid, keyOf(h2.address)));
  reg.h2 = { uid: 2, block: r2.blockNumber };
  const ev2 = oneEvent(r2, c.neuron, "NeuronRegistered");
  assert.deepEqual([ev2.uid, ev2.burn], [2n, burn2]);
});

test("metagraph and uid lookup views read the registrations back", async () => {
  assert.equal(await c.metagraph.getUidCount(netuid), 3n);
  for (const [label, w] of [["h1", h1], ["h2", h2]]) {
    const { uid, block } = reg[label];
    assert.equal(await c.metagraph.getHotkey(netuid, uid), keyOf(w.address), label);
    assert.equal(await c.metagraph.getColdkey(netuid, uid), keyOf(cold.address), label);
    assert.equal(await c.metagraph.getBlockAtRegistration(netuid, uid), BigInt(block), label);
    assert.equal(await c.metagraph.getLastUpdate(netuid, uid), BigInt(block), label);
    assert.equal(await c.metagraph.getValidatorStatus(netuid, uid), false, label);
    assert.equal(await c.metagraph.getStake(netuid, uid), 0n, label);
    assert.equal(await c.metagraph.getEmission(netuid, uid), 0n, label);
    assert.deepEqual([...(await c.metagraph.getAxon(netuid, uid))], [0n, 0n, 0n, 0n, 0n, 0n], label);
    assert.equal(await c.staking.getHotkeyOwner(keyOf(w.address)), cold.address, label);
    const found = await c.uidLookup.uidLookup(netuid, w.address, 10);
    assert.deepEqual(found.map((x) => [x.uid, x.blockAssociated]), [[BigInt(uid), BigInt(block)]], label);
  }
  assert.equal((await c.uidLookup.uidLookup(netuid, h1.address, 0)).length, 0);
  assert.equal((await c.uidLookup.uidLookup(netuid, stranger.address, 10)).length, 0);
  // Unknown uid: the uid count is the first invalid uid.
  const [n, u] = await expectRevert(c.metagraph.getHotkey(netuid, 3), c.metagraph, "UnknownUid");
  assert.deepEqual([n, u], [BigInt(netuid), 3n]);
  await expectRevert(c.metagraph.getAxon(netuid, 1000), c.metagraph, "UnknownUid");
  await expectRevert(c.neuron.getWeights(netuid, 3), c.neuron, "UnknownUid");
});

test("NeuronRegistered logs filter by indexed netuid, hotkey and coldkey", async () => {
  const from = reg.h1.block;
  const byHotkey = await c.neuron.queryFilter(c.neuron.filters.NeuronRegistered(netuid, null, keyOf(h1.address)), from);
  assert.equal(byHotkey.length, 1);
  assert.equal(byHotkey[0].args.uid, 1n);
  const byCold = await c.neuron.queryFilter(c.neuron.filters.NeuronRegistered(netuid, null, null, cold.address), from);
  assert.deepEqual(byCold.map((l) => l.args.uid), [1n, 2n]);
  const other = await c.neuron.queryFilter(c.neuron.filters.NeuronRegistered(netuid, null, null, stranger.address), from);
  assert.equal(other.length, 0);
});

test("burnedRegister refusals", async () => {
  const pending = { blockTag: "pending" };
  const [n, hk, uid] = await expectRevert(cc.neuron.burnedRegister.staticCall(netuid, keyOf(h1.address), pending), c.neuron, "HotkeyAlreadyRegistered");
  assert.deepEqual([n, hk, uid], [BigInt(netuid), keyOf(h1.address), 1n]);
  const bad = badKey(randomAddress());
  assert.equal((await expectRevert(cc.neuron.burnedRegister.staticCall(netuid, bad, pending), c.neuron, "InvalidKey"))[0], bad);
  await expectRevert(cc.neuron.burnedRegister.staticCall(netuid, keyOf(randomAddress()), { value: 1n }), c.neuron, "ValueNotAccepted");
  await expectRevert(cc.neuron.burnedRegister.staticCall(4000, keyOf(randomAddress())), c.neuron, "SubnetNotFound");
  await expectRevert(cc.neuron.burnedRegister.staticCall(0, keyOf(randomAddress())), c.neuron, "NotSupported");
  // registerLimit: the burn is above the caller's limit.
  const burn = await c.subnet.getBurn(netuid, pending);
  const [price, limit] = await expectRevert(
    cc.neuron.registerLimit.staticCall(netuid, keyOf(randomAddress()), burn - 1n, pending), c.neuron, "PriceLimitExceeded");
  assert.deepEqual([price, limit], [burn, burn - 1n]);
  // An empty account cannot pay the burn.
  const empty = randomAddress();
  const [bal, required] = await expectRevert(
    taoContracts(provider).neuron.burnedRegister.staticCall(netuid, keyOf(randomAddress()), { from: empty, ...pending }),
    c.neuron, "InsufficientBalance");
  assert.deepEqual([bal, required], [0n, wei(burn)]);
  // The owner hotkey holds uid 0: a stranger cannot register it again either.
  const err = await expectRevert(
    cx.neuron.burnedRegister.staticCall(netuid, keyOf(ownerHotkey), pending), c.neuron, "HotkeyAlreadyRegistered");
  assert.equal(err[2], 0n);
  // A mined refusal costs only gas.
  const before = await provider.getBalance(cold.address);
  const tx = await cc.neuron.burnedRegister(netuid, keyOf(h1.address), { gasLimit: 500_000n });
  const receipt = await tx.wait(1, 20000).then(() => assert.fail("must revert"), (e) => e.receipt);
  assert.equal(await provider.getBalance(cold.address), before - gasCost(receipt));
  assert.equal(await c.metagraph.getUidCount(netuid), 3n);
});

test("serveAxon, serveAxonTls and servePrometheus: events, views, rate limit and refusals", async () => {
  const ip = 0x7f000001n; // 127.0.0.1
  const r1 = await send(c1.neuron.serveAxon(netuid, 7, ip, 8091, 4, 1, 0, 0));
  const ev = oneEvent(r1, c.neuron, "AxonServed");
  assert.deepEqual(
    [ev.netuid, ev.hotkey, ev.version, ev.ip, ev.port, ev.ipType, ev.protocol, ev.certificate],
    [BigInt(netuid), keyOf(h1.address), 7n, ip, 8091n, 4n, 1n, "0x"]);
  assert.deepEqual([...(await c.metagraph.getAxon(netuid, reg.h1.uid))], [BigInt(r1.blockNumber), 7n, ip, 8091n, 4n, 1n]);

  const [next] = await expectRevert(c1.neuron.serveAxon.staticCall(netuid, 8, ip, 8092, 4, 1, 0, 0, { blockTag: "pending" }), c.neuron, "RateLimited");
  assert.equal(next, BigInt(r1.blockNumber) + SERVING_RATE_LIMIT);
  assert.equal((await expectRevert(c2.neuron.serveAxon.staticCall(netuid, 1, ip, 1, 5, 0, 0, 0), c.neuron, "InvalidIpType"))[0], 5n);
  await expectRevert(c2.neuron.serveAxon.staticCall(netuid, 1, 0, 1, 4, 0, 0, 0), c.neuron, "InvalidIpAddress");
  await expectRevert(c2.neuron.serveAxon.staticCall(netuid, 1, 1n << 32n, 1, 4, 0, 0, 0), c.neuron, "InvalidIpAddress");
  const [n, hk] = await expectRevert(cx.neuron.serveAxon.staticCall(netuid, 1, ip, 1, 4, 0, 0, 0), c.neuron, "HotkeyNotRegistered");
  assert.deepEqual([n, hk], [BigInt(netuid), keyOf(stranger.address)]);
  await expectRevert(c2.neuron.serveAxon.staticCall(netuid, 1, ip, 1, 4, 0, 0, 0, { value: 1n }), c.neuron, "ValueNotAccepted");

  // TLS: the certificate is stored and logged; 65 bytes at most.
  const cert = ethers.hexlify(ethers.randomBytes(65));
  await expectRevert(c2.neuron.serveAxonTls.staticCall(netuid, 1, ip, 9000, 4, 0, 0, 0, cert + "00"), c.neuron, "InputTooLarge");
  const ip6 = 0x20010db8000000000000000000000001n;
  const r2 = await send(c2.neuron.serveAxonTls(netuid, 3, ip6, 9000, 6, 2, 0, 0, cert));
  assert.equal(oneEvent(r2, c.neuron, "AxonServed").certificate, cert);
  assert.equal(await c.metagraph.getAxonCertificate(netuid, reg.h2.uid), cert);
  assert.deepEqual([...(await c.metagraph.getAxon(netuid, reg.h2.uid))], [BigInt(r2.blockNumber), 3n, ip6, 9000n, 6n, 2n]);
  // Prometheus has its own rate-limit window.
  const r3 = await send(c2.neuron.servePrometheus(netuid, 4, ip, 9100, 4));
  const pev = oneEvent(r3, c.neuron, "PrometheusServed");
  assert.deepEqual([pev.hotkey, pev.version, pev.ip, pev.port, pev.ipType], [keyOf(h2.address), 4n, ip, 9100n, 4n]);
  assert.deepEqual([...(await c.metagraph.getPrometheus(netuid, reg.h2.uid))], [BigInt(r3.blockNumber), 4n, ip, 9100n, 4n]);

  // The indexed hotkey topic finds each hotkey's axon.
  const logs = await c.neuron.queryFilter(c.neuron.filters.AxonServed(netuid, keyOf(h2.address)), reg.h1.block);
  assert.deepEqual(logs.map((l) => l.transactionHash), [r2.hash]);
});

test("commit-reveal (on by default): commit, too early, bad reveal, reveal in the next epoch", async () => {
  const uid = reg.h1.uid;
  const [uids, values, salt, version] = [[uid], [500], [7, 8, 9], 0];
  // Direct weights are refused while commit-reveal is on.
  await expectRevert(c1.neuron.setWeights.staticCall(netuid, uids, values, version), c.neuron, "CommitRevealEnabled");
  const hash = commitHash(h1.address, uids, values, salt, version);

  // Commits share the weights rate limit, counted from the registration.
  const [next] = await expectRevert(c1.neuron.commitWeights.staticCall(netuid, hash), c.neuron, "RateLimited");
  assert.equal(next, BigInt(reg.h1.block) + WEIGHTS_RATE_LIMIT);
  await mineTo(provider, next);

  const r = await send(c1.neuron.commitWeights(netuid, hash));
  const e = epochIndex(r.blockNumber, netuid, TEMPO);
  assert.equal(await c.neuron.getEpochIndex(netuid, { blockTag: r.blockNumber }), e);
  const ev = oneEvent(r, c.neuron, "WeightsCommitted");
  assert.deepEqual([ev.netuid, ev.hotkey, ev.commitHash, ev.commitEpoch, ev.revealEpoch],
    [BigInt(netuid), keyOf(h1.address), hash, e, e + 1n]);
  const pendingCommits = await c.neuron.getWeightCommits(netuid, keyOf(h1.address));
  assert.deepEqual(pendingCommits.map((x) => [...x]), [[hash, BigInt(r.blockNumber), e, e + 1n]]);

  // eth_call at "latest" runs in the commit's block, epoch e: too early. Wrong salt: no commit matches.
  const [ep, rev] = await expectRevert(c1.neuron.revealWeights.staticCall(netuid, uids, values, salt, version), c.neuron, "RevealTooEarly");
  assert.deepEqual([ep, rev], [e, e + 1n]);
  const wrong = await expectRevert(c1.neuron.revealWeights.staticCall(netuid, uids, values, [7, 8, 10], version), c.neuron, "InvalidReveal");
  assert.equal(wrong[0], commitHash(h1.address, uids, values, [7, 8, 10], version));
  // Another hotkey revealing the same values hashes differently: it has no commit.
  await expectRevert(c2.neuron.revealWeights.staticCall(netuid, uids, values, salt, version), c.neuron, "NoPendingCommit");

  // Mine into epoch e + 1 and reveal.
  await mineTo(provider, firstBlockOfEpoch(e + 1n, netuid, TEMPO));
  const rr = await send(c1.neuron.revealWeights(netuid, uids, values, salt, version));
  assert.equal(epochIndex(rr.blockNumber, netuid, TEMPO), e + 1n);
  const names = events(rr, c.neuron).map((x) => x.name);
  assert.deepEqual(names, ["WeightsRevealed", "WeightsSet"]);
  const rev1 = oneEvent(rr, c.neuron, "WeightsRevealed");
  assert.deepEqual([rev1.hotkey, rev1.commitHash, rev1.versionKey], [keyOf(h1.address), hash, 0n]);
  const ws = oneEvent(rr, c.neuron, "WeightsSet");
  assert.deepEqual([ws.netuid, ws.hotkey, ws.uid, ws.versionKey, [...ws.uids], [...ws.weights]],
    [BigInt(netuid), keyOf(h1.address), BigInt(uid), 0n, [BigInt(uid)], [65535n]]);
  const stored = await c.neuron.getWeights(netuid, uid);
  assert.deepEqual([[...stored.uids], [...stored.weights]], [[BigInt(uid)], [65535n]], "max-upscaled to u16");
  assert.equal((await c.neuron.getWeightCommits(netuid, keyOf(h1.address))).length, 0);
  // The commit is consumed.
  await expectRevert(c1.neuron.revealWeights.staticCall(netuid, uids, values, salt, version), c.neuron, "NoPendingCommit");
});

test("a commit not revealed in its reveal epoch expires (RevealTooLate)", async () => {
  const uid = reg.h2.uid;
  const [uids, values, salt] = [[uid], [1], [42]];
  const hash = commitHash(h2.address, uids, values, salt, 0);
  const r = await send(c2.neuron.commitWeights(netuid, hash));
  const e = epochIndex(r.blockNumber, netuid, TEMPO);
  await mineTo(provider, firstBlockOfEpoch(e + 2n, netuid, TEMPO));
  const [ep, rev] = await expectRevert(c2.neuron.revealWeights.staticCall(netuid, uids, values, salt, 0), c.neuron, "RevealTooLate");
  assert.deepEqual([ep, rev], [e + 2n, e + 1n]);
  assert.equal((await c.neuron.getWeightCommits(netuid, keyOf(h2.address))).length, 0, "expired commits are not pending");
});

test("a longer reveal period keeps commits pending; at most 10 per hotkey (TooManyPendingCommits)", async () => {
  await send(c.subnet.setCommitRevealWeightsInterval(netuid, 5));
  assert.equal(await c.subnet.getCommitRevealWeightsInterval(netuid), 5n);
  const uid = reg.h2.uid;
  const hashes = [];
  let last = await c.metagraph.getLastUpdate(netuid, uid);
  for (let i = 0; i < 10; i++) {
    await mineTo(provider, last + WEIGHTS_RATE_LIMIT);
    const hash = commitHash(h2.address, [uid], [1], [i], 0);
    const r = await send(c2.neuron.commitWeights(netuid, hash));
    const ev = oneEvent(r, c.neuron, "WeightsCommitted");
    assert.equal(ev.revealEpoch, ev.commitEpoch + 5n, "the reveal epoch uses the period in force");
    hashes.push(hash);
    last = BigInt(r.blockNumber);
  }
  const pendingCommits = await c.neuron.getWeightCommits(netuid, keyOf(h2.address));
  assert.deepEqual(pendingCommits.map((x) => x.commitHash), hashes, "all ten pending, oldest first");
  await mineTo(provider, last + WEIGHTS_RATE_LIMIT);
  const [max] = await expectRevert(c2.neuron.commitWeights.staticCall(netuid, ethers.ZeroHash), c.neuron, "TooManyPendingCommits");
  assert.equal(max, 10n);
});

test("setWeights once the owner turns commit-reveal off: version key, permit, rate limit", async () => {
  await expectRevert(cx.subnet.setCommitRevealWeightsEnabled.staticCall(netuid, false), c.subnet, "NotSubnetOwner");
  await send(c.subnet.setCommitRevealWeightsEnabled(netuid, false));
  await send(c.subnet.setWeightsVersionKey(netuid, 3));
  await expectRevert(c1.neuron.commitWeights.staticCall(netuid, ethers.ZeroHash), c.neuron, "CommitRevealDisabled");

  const uid = reg.h1.uid;
  // h1's last update was its reveal; wait out the weights rate limit.
  const last = await c.metagraph.getLastUpdate(netuid, uid);
  await mineTo(provider, last + WEIGHTS_RATE_LIMIT);
  await expectRevert(cx.neuron.setWeights.staticCall(netuid, [0], [1], 3), c.neuron, "HotkeyNotRegistered");
  const [given, required] = await expectRevert(c1.neuron.setWeights.staticCall(netuid, [uid], [9], 2), c.neuron, "IncorrectVersionKey");
  assert.deepEqual([given, required], [2n, 3n]);
  const [lu, lv] = await expectRevert(c1.neuron.setWeights.staticCall(netuid, [uid, 0], [9], 3), c.neuron, "WeightVecLengthMismatch");
  assert.deepEqual([lu, lv], [2n, 1n]);
  // Without a validator permit only a single self-weight is allowed.
  const [pn, phk] = await expectRevert(c1.neuron.setWeights.staticCall(netuid, [0, uid], [1, 1], 3), c.neuron, "NoValidatorPermit");
  assert.deepEqual([pn, phk], [BigInt(netuid), keyOf(h1.address)]);
  await expectRevert(c1.neuron.setWeights.staticCall(netuid, [uid], [9], 3, { value: 1n }), c.neuron, "ValueNotAccepted");

  const r = await send(c1.neuron.setWeights(netuid, [uid], [9], 3));
  const ws = oneEvent(r, c.neuron, "WeightsSet");
  assert.deepEqual([ws.uid, ws.versionKey, [...ws.uids], [...ws.weights]], [BigInt(uid), 3n, [BigInt(uid)], [65535n]]);
  assert.equal(await c.metagraph.getLastUpdate(netuid, uid), BigInt(r.blockNumber));
  const [next] = await expectRevert(c1.neuron.setWeights.staticCall(netuid, [uid], [9], 3, { blockTag: "pending" }), c.neuron, "RateLimited");
  assert.equal(next, BigInt(r.blockNumber) + WEIGHTS_RATE_LIMIT);

  // Both of h1's weight rows are in the logs, found by the indexed netuid, hotkey and uid.
  const logs = await c.neuron.queryFilter(c.neuron.filters.WeightsSet(netuid, keyOf(h1.address), uid), reg.h1.block);
  assert.deepEqual(logs.map((l) => l.args.versionKey), [0n, 3n]);
});

test("a full subnet replaces its oldest non-immune neuron, never the owner hotkey (NeuronReplaced)", async () => {
  await send(c.subnet.setMaxAllowedUids(netuid, 64));
  await send(c.subnet.setImmunityPeriod(netuid, 0));
  await send(c.subnet.setBurnIncreaseMult(netuid, 1_000_000_000n)); // the burn no longer rises
  await send(c.subnet.setMaxBurn(netuid, 100_000_001n)); // and stays at most about 0.1 TAO
  assert.ok(await c.subnet.getBurn(netuid) <= 100_000_001n);
  await expectRevert(c.subnet.setMaxAllowedUids.staticCall(netuid, 63), c.subnet, "ValueOutOfBounds");

  // Fill the subnet: the registrations are signed first and broadcast in
  // one batch, so that blocks carry several of them.
  const count = Number(await c.metagraph.getUidCount(netuid));
  const gasLimit = await cc.neuron.burnedRegister.estimateGas(netuid, keyOf(randomAddress()));
  const fees = await provider.getFeeData();
  const nonce = await provider.getTransactionCount(cold.address, "pending");
  const signed = await Promise.all(Array.from({ length: 64 - count }, async (_, i) => cold.signTransaction({
    to: ADDR.neuron, data: c.neuron.interface.encodeFunctionData("burnedRegister", [netuid, keyOf(randomAddress())]),
    nonce: nonce + i, gasLimit, maxFeePerGas: fees.maxFeePerGas, maxPriorityFeePerGas: fees.maxPriorityFeePerGas,
    chainId: CHAIN_ID, type: 2,
  })));
  const txs = await Promise.all(signed.map((raw) => provider.broadcastTransaction(raw)));
  const uids = [];
  for (const tx of txs) {
    const r = await tx.wait(1, 30000);
    assert.equal(r.status, 1);
    uids.push(Number(oneEvent(r, c.neuron, "NeuronRegistered").uid));
  }
  assert.deepEqual(uids, Array.from({ length: 64 - count }, (_, i) => count + i));
  assert.equal(await c.metagraph.getUidCount(netuid), 64n);

  // Full: every emission is 0, so the oldest registration that is not the
  // owner hotkey's loses its uid: h1's uid 1.
  const newcomer = randomAddress();
  const uid = await cc.neuron.burnedRegister.staticCall(netuid, keyOf(newcomer));
  assert.equal(uid, BigInt(reg.h1.uid));
  const r = await send(cc.neuron.burnedRegister(netuid, keyOf(newcomer)));
  assert.deepEqual(events(r, c.neuron).map((e) => e.name), ["NeuronReplaced", "NeuronRegistered"]);
  const rep = oneEvent(r, c.neuron, "NeuronReplaced");
  assert.deepEqual([rep.netuid, rep.uid, rep.oldHotkey, rep.newHotkey], [BigInt(netuid), uid, keyOf(h1.address), keyOf(newcomer)]);
  assert.equal(await c.metagraph.getUidCount(netuid), 64n);
  assert.equal(await c.metagraph.getHotkey(netuid, uid), keyOf(newcomer));
  assert.equal(await c.metagraph.getBlockAtRegistration(netuid, uid), BigInt(r.blockNumber));
  assert.equal(await c.metagraph.getHotkey(netuid, 0), keyOf(ownerHotkey), "the owner hotkey keeps uid 0");
  assert.equal((await c.uidLookup.uidLookup(netuid, h1.address, 10)).length, 0, "the replaced hotkey no longer matches");
  const w = await c.neuron.getWeights(netuid, uid);
  assert.equal(w.uids.length, 0, "the replaced uid's weights are cleared");
  await expectRevert(c1.neuron.serveAxon.staticCall(netuid, 1, 0x7f000001n, 1, 4, 0, 0, 0), c.neuron, "HotkeyNotRegistered");
});
