// Subnet precompile (0x…0803) and pool views (0x…0808) from a dev account:
// registerNetwork with an identity (lock cost view, NetworkRegistered and
// IdentitySet events, lock debited from the native balance and split into
// pool seed and escrow, pool seeded at price 1.0, owner hotkey as uid 0),
// the moving price warming up, the chain-wide registration rate limit, the
// owner's hyperparameter setters with their getters and effects (burn
// multiplier, half-life, maximum), and the named error of every refusal.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { ethers } from "ethers";
import { httpProvider, randomAddress } from "../lib/env.mjs";
import {
  ADDR, RAO_PER_TAO, badKey, events, expectRevert, fundedWallets, gasCost, keyOf, mine, mineTo, mineUntilNext,
  oneEvent, send, taoContracts, waitRegistrationAllowed, wei,
} from "../lib/tao.mjs";

const provider = httpProvider();
after(() => provider.destroy());

const MIN_LOCK = 100n * RAO_PER_TAO; // protocol default MinLockCost (pool seed)
const TEMPO = 360n;
const NETWORK_RATE_LIMIT = 7200n;
const OWNER_HYPERPARAM_RATE_LIMIT = 2n; // tempos

let owner, stranger, poor; // wallets of this file only (mnemonic accounts 200..202)
let c; // precompile contracts connected to owner
let cs; // ... connected to stranger
let ownerHotkey; // address used as the owner hotkey
let netuid;
let registered; // { receipt, lock } of the registration

const IDENTITY = [
  "taoevm e2e subnet", "https://example.invalid/repo", "ops@example.invalid", "https://example.invalid",
  "e2e#0001", "a subnet registered by the e2e suite", "additional info", "https://example.invalid/logo.png",
];
const IDENTITY_KEYS = [
  "subnetName", "githubRepo", "subnetContact", "subnetUrl", "discord", "description", "additional", "logoUrl",
];
const REGISTER_WITH_IDENTITY = "registerNetwork(bytes32,string,string,string,string,string,string,string,string)";

before(async () => {
  [owner, stranger, poor] = await fundedWallets(provider, 200, 3, ethers.parseEther("2000"));
  // poor keeps 1 TAO: send the rest back to nobody in particular.
  await send(poor.sendTransaction({ to: randomAddress(), value: ethers.parseEther("1999") }));
  c = taoContracts(owner);
  cs = taoContracts(stranger);
  ownerHotkey = randomAddress();
});

test("registerNetwork with an identity: lock, events, owner, identity, escrow and seeded pool", async () => {
  await waitRegistrationAllowed(owner, ownerHotkey);
  const netsBefore = await c.subnet.getTotalNetworks();
  // The view at "pending" is the lock charged by a transaction in the next block.
  const lock = await c.subnet.getNetworkLockCost({ blockTag: "pending" });
  assert.ok(lock >= MIN_LOCK, `lock ${lock} is at least the 100 TAO minimum`);

  // Refusals first (the state is unchanged by them).
  const args = [keyOf(ownerHotkey), ...IDENTITY];
  await expectRevert(c.subnet[REGISTER_WITH_IDENTITY].staticCall(...args, { value: 1n }), c.subnet, "ValueNotAccepted");
  const bad = badKey(ownerHotkey);
  const [k] = await expectRevert(c.subnet["registerNetwork(bytes32)"].staticCall(bad), c.subnet, "InvalidKey");
  assert.equal(k, bad);
  const [bal, required] = await expectRevert(
    taoContracts(poor).subnet["registerNetwork(bytes32)"].staticCall(keyOf(randomAddress()), { blockTag: "pending" }),
    c.subnet, "InsufficientBalance");
  assert.equal(bal, await provider.getBalance(poor.address));
  assert.equal(required, wei(lock));
  const tooLong = [...IDENTITY];
  tooLong[0] = "x".repeat(257);
  const [size, max] = await expectRevert(
    c.subnet[REGISTER_WITH_IDENTITY].staticCall(keyOf(ownerHotkey), ...tooLong, { blockTag: "pending" }),
    c.subnet, "InputTooLarge");
  assert.deepEqual([size, max], [257n, 256n]);

  const balBefore = await provider.getBalance(owner.address);
  const escrowBefore = await provider.getBalance(ADDR.subnet);
  const poolBefore = await provider.getBalance(ADDR.alpha);
  const receipt = await send(c.subnet[REGISTER_WITH_IDENTITY](...args));
  registered = { receipt, lock };

  const ev = oneEvent(receipt, c.subnet, "NetworkRegistered");
  netuid = Number(ev.netuid);
  assert.equal(ev.netuid, netsBefore + 1n, "netuids 1..TotalNetworks are the registered subnets");
  assert.equal(ev.owner, owner.address);
  assert.equal(ev.ownerHotkey, keyOf(ownerHotkey));
  assert.equal(ev.generation, 1n);
  assert.equal(ev.lock, lock);
  assert.equal(ev.poolSeed, MIN_LOCK);
  const id = oneEvent(receipt, c.subnet, "IdentitySet");
  assert.equal(id.netuid, BigInt(netuid));
  assert.deepEqual([...id.identity], IDENTITY);
  // No NeuronRegistered for the owner hotkey's uid 0 (NetworkRegistered records it).
  assert.equal(events(receipt, c.neuron).length, 0);

  // Money: the lock leaves the owner's native balance; the seed is pool TAO
  // (0x…0808's balance), the rest escrow (0x…0803's balance).
  assert.equal(await provider.getBalance(owner.address), balBefore - wei(lock) - gasCost(receipt));
  assert.equal(await provider.getBalance(ADDR.alpha), poolBefore + wei(MIN_LOCK));
  assert.equal(await provider.getBalance(ADDR.subnet), escrowBefore + wei(lock - MIN_LOCK));

  // Read back through the subnet views.
  assert.equal(await c.subnet.getTotalNetworks(), netsBefore + 1n);
  assert.equal(await c.subnet.getSubnetOwner(netuid), owner.address);
  assert.equal(await c.subnet.getSubnetOwnerHotkey(netuid), keyOf(ownerHotkey));
  assert.equal(await c.subnet.getNetworkRegistrationBlock(netuid), BigInt(receipt.blockNumber));
  assert.equal(await c.subnet.getNetworkGeneration(netuid), 1n);
  assert.equal(await c.subnet.getNetworkGeneration(netuid + 1), 0n, "never registered: generation 0");
  const stored = await c.subnet.getSubnetIdentity(netuid);
  assert.deepEqual(IDENTITY_KEYS.map((f) => stored[f]), IDENTITY, "identity fields in order");
  // Dutch auction: right after a registration the cost is twice the lock.
  assert.equal(await c.subnet.getNetworkLockCost({ blockTag: receipt.blockNumber }), 2n * lock);

  // The pool: seed TAO and as much alpha, price 1.0.
  assert.equal(await c.alpha.getTaoInPool(netuid), MIN_LOCK);
  assert.equal(await c.alpha.getAlphaInPool(netuid), MIN_LOCK);
  assert.equal(await c.alpha.getAlphaOutPool(netuid), 0n);
  assert.equal(await c.alpha.getAlphaIssuance(netuid), MIN_LOCK);
  assert.equal(await c.alpha.getAlphaPrice(netuid), 10n ** 18n);
  assert.equal(await c.alpha.getAlphaPriceRao(netuid), RAO_PER_TAO);
  assert.equal(await c.alpha.getSubnetMechanism(netuid), 1n);
  assert.equal(await c.alpha.getFeeRate(netuid), 33n);
  assert.equal(await c.alpha.getMovingAlphaPrice(netuid, { blockTag: receipt.blockNumber }), 0n);

  // The owner hotkey is uid 0, owned by the owner coldkey.
  assert.equal(await c.metagraph.getUidCount(netuid), 1n);
  assert.equal(await c.metagraph.getHotkey(netuid, 0), keyOf(ownerHotkey));
  assert.equal(await c.metagraph.getColdkey(netuid, 0), keyOf(owner.address));
  assert.equal(await c.staking.getHotkeyOwner(keyOf(ownerHotkey)), owner.address);
  const lookup = await c.uidLookup.uidLookup(netuid, ownerHotkey, 4);
  assert.deepEqual(lookup.map((x) => [x.uid, x.blockAssociated]), [[0n, BigInt(receipt.blockNumber)]]);
});

test("a second registration within the rate limit reverts RateLimited(registration block + 7200)", async () => {
  assert.ok(netuid, "registered above");
  const [next] = await expectRevert(
    cs.subnet["registerNetwork(bytes32)"].staticCall(keyOf(randomAddress()), { blockTag: "pending" }),
    c.subnet, "RateLimited");
  assert.equal(next, BigInt(registered.receipt.blockNumber) + NETWORK_RATE_LIMIT);
  // A mined transaction is refused the same way and keeps the stranger's money but the gas.
  const before = await provider.getBalance(stranger.address);
  const tx = await cs.subnet["registerNetwork(bytes32)"](keyOf(randomAddress()), { gasLimit: 3_000_000n });
  const receipt = await tx.wait(1, 20000).then(() => assert.fail("must revert"), (err) => err.receipt);
  assert.equal(receipt.status, 0);
  assert.equal(await provider.getBalance(stranger.address), before - gasCost(receipt));
});

test("views refuse an unregistered netuid with SubnetNotFound", async () => {
  const missing = 4000;
  const [n] = await expectRevert(c.subnet.getTempo(missing), c.subnet, "SubnetNotFound");
  assert.equal(n, BigInt(missing));
  await expectRevert(c.alpha.getAlphaPrice(missing), c.alpha, "SubnetNotFound");
  await expectRevert(c.metagraph.getUidCount(missing), c.metagraph, "SubnetNotFound");
});

test("hyperparameter getters return the documented defaults", async () => {
  const want = {
    getTempo: 360n, getMaxAllowedUids: 256n, getMaxAllowedValidators: 64n, getImmunityPeriod: 5000n,
    getMinAllowedWeights: 1n, getActivityCutoff: 5000n, getServingRateLimit: 50n, getWeightsSetRateLimit: 100n,
    getWeightsVersionKey: 0n, getKappa: 32767n, getRho: 10n, getAlphaSigmoidSteepness: 1000n,
    getBondsMovingAverage: 900000n, getBondsPenalty: 65535n, getCommitRevealWeightsEnabled: true,
    getCommitRevealWeightsInterval: 1n, getYuma3Enabled: true, getLiquidAlphaEnabled: false,
    getBondsResetEnabled: false, getTransfersEnabled: true, getMinBurn: 500000n, getMaxBurn: 100n * RAO_PER_TAO,
    getBurnHalfLife: 360n, getBurnIncreaseMult: 1_260_000_000n, getNetworkRegistrationAllowed: true,
    getNetworkPowRegistrationAllowed: false, getDifficulty: 10_000_000n, getMinDifficulty: 10_000_000n,
    getMaxDifficulty: 4_611_686_018_427_387_903n, getAdjustmentAlpha: 0n, getMaxWeightLimit: 65535n,
    getActivityCutoffFactor: 5000n * 1000n / 360n,
  };
  for (const [fn, v] of Object.entries(want)) {
    assert.equal(await c.subnet[fn](netuid), v, fn);
  }
  assert.deepEqual([...(await c.subnet.getAlphaValues(netuid))], [45875n, 58982n]);
  const regBlock = registered.receipt.blockNumber;
  // The moving price starts at 0 and warms up: one block later it is
  // a·min(spot, 1) with a = 3e-6 · 1 / (1 + 201,600) and spot 1.0 (x 1e18).
  assert.equal(await c.alpha.getEMAPriceHalvingBlocks(netuid), 201_600n);
  const p1 = await c.alpha.getMovingAlphaPrice(netuid, { blockTag: regBlock + 1 });
  const want1 = (3n * 10n ** 12n) / 201_601n;
  assert.ok(p1 >= want1 - 1n && p1 <= want1 + 1n, `moving price ${p1} after one block, want ${want1}`);
  await mine(provider, 3);
  const now = await c.alpha.getMovingAlphaPrice(netuid);
  assert.ok(p1 < now && now < 10n ** 18n, `moving price rises towards 1.0: ${p1}, then ${now}`);
  assert.equal(await c.subnet.getBurn(netuid, { blockTag: regBlock }), RAO_PER_TAO, "a new subnet's burn starts at 1 TAO");
  assert.ok(await c.subnet.getBurn(netuid) < RAO_PER_TAO, "and decays block by block");
  assert.equal(await c.subnet.getSubnetLimit(), 128n);
});

test("owner setters: NotSubnetOwner for a stranger, ValueOutOfBounds, NotSupported, ValueNotAccepted", async () => {
  const [n, who] = await expectRevert(cs.subnet.setImmunityPeriod.staticCall(netuid, 100), c.subnet, "NotSubnetOwner");
  assert.deepEqual([n, who], [BigInt(netuid), stranger.address]);
  await expectRevert(cs.subnet.toggleTransfers.staticCall(netuid, false), c.subnet, "NotSubnetOwner");
  // A mined refusal from the stranger changes nothing.
  const tx = await cs.subnet.setServingRateLimit(netuid, 1, { gasLimit: 200_000n });
  await tx.wait(1, 20000).then(() => assert.fail("must revert"), (err) => assert.equal(err.receipt.status, 0));
  assert.equal(await c.subnet.getServingRateLimit(netuid), 50n);

  const [v, lo] = await expectRevert(c.subnet.setActivityCutoff.staticCall(netuid, 100), c.subnet, "ValueOutOfBounds");
  assert.deepEqual([v, lo], [100n, 360n]);
  const oob = await expectRevert(c.subnet.setBondsMovingAverage.staticCall(netuid, 975_001), c.subnet, "ValueOutOfBounds");
  assert.equal(oob[0], 975_001n);
  assert.equal(oob[2], 975_000n);
  await expectRevert(c.subnet.setAlphaValues.staticCall(netuid, 50000, 40000), c.subnet, "ValueOutOfBounds");
  await expectRevert(c.subnet.setCommitRevealWeightsInterval.staticCall(netuid, 0), c.subnet, "ValueOutOfBounds");
  await expectRevert(c.subnet.setBurnIncreaseMult.staticCall(netuid, 999_999_999n), c.subnet, "ValueOutOfBounds");

  // Proof-of-work and root-only setters keep their selectors and say NotSupported, even to the owner.
  const unsupported = [
    ["setDifficulty", [netuid, 1]], ["setMinDifficulty", [netuid, 1]], ["setMaxDifficulty", [netuid, 1]],
    ["setNetworkPowRegistrationAllowed", [netuid, true]], ["setNetworkRegistrationAllowed", [netuid, false]],
    ["setKappa", [netuid, 1]], ["setWeightsSetRateLimit", [netuid, 1]], ["setAdjustmentAlpha", [netuid, 1]],
    ["setActivityCutoffFactor", [netuid, 1]],
  ];
  for (const [fn, a] of unsupported) {
    await expectRevert(c.subnet[fn].staticCall(...a), c.subnet, "NotSupported");
  }
  const ns = await c.subnet.setDifficulty(netuid, 1, { gasLimit: 200_000n });
  await ns.wait(1, 20000).then(() => assert.fail("must revert"), (err) => assert.equal(err.receipt.status, 0));

  await expectRevert(c.subnet.setRho.staticCall(netuid, 11, { value: 1n }), c.subnet, "ValueNotAccepted");
});

// [setter, args after netuid, getter, value the getter returns, event key, event value]
const SETTERS = [
  ["setServingRateLimit", [10], "getServingRateLimit", 10n, "ServingRateLimit", 10n],
  ["setWeightsVersionKey", [7], "getWeightsVersionKey", 7n, "WeightsVersionKey", 7n],
  ["setImmunityPeriod", [4000], "getImmunityPeriod", 4000n, "ImmunityPeriod", 4000n],
  ["setMinAllowedWeights", [2], "getMinAllowedWeights", 2n, "MinAllowedWeights", 2n],
  ["setRho", [12], "getRho", 12n, "Rho", 12n],
  ["setAlphaSigmoidSteepness", [2000], "getAlphaSigmoidSteepness", 2000n, "AlphaSigmoidSteepness", 2000n],
  ["setActivityCutoff", [3600], "getActivityCutoff", 3600n, "ActivityCutoff", 3600n],
  ["setMinBurn", [1_000_000], "getMinBurn", 1_000_000n, "MinBurn", 1_000_000n],
  ["setMaxBurn", [50n * RAO_PER_TAO], "getMaxBurn", 50n * RAO_PER_TAO, "MaxBurn", 50n * RAO_PER_TAO],
  ["setBondsMovingAverage", [950_000], "getBondsMovingAverage", 950_000n, "BondsMovingAverage", 950_000n],
  ["setCommitRevealWeightsEnabled", [false], "getCommitRevealWeightsEnabled", false, "CommitRevealWeightsEnabled", 0n],
  ["setLiquidAlphaEnabled", [true], "getLiquidAlphaEnabled", true, "LiquidAlphaEnabled", 1n],
  ["setYuma3Enabled", [false], "getYuma3Enabled", false, "Yuma3Enabled", 0n],
  ["setBondsResetEnabled", [true], "getBondsResetEnabled", true, "BondsResetEnabled", 1n],
  ["setCommitRevealWeightsInterval", [3], "getCommitRevealWeightsInterval", 3n, "CommitRevealWeightsInterval", 3n],
  ["toggleTransfers", [false], "getTransfersEnabled", false, "TransfersEnabled", 0n],
  ["setMaxAllowedUids", [512], "getMaxAllowedUids", 512n, "MaxAllowedUids", 512n],
  ["setBondsPenalty", [30000], "getBondsPenalty", 30000n, "BondsPenalty", 30000n],
  ["setBurnHalfLife", [720], "getBurnHalfLife", 720n, "BurnHalfLife", 720n],
  ["setBurnIncreaseMult", [1_500_000_000n], "getBurnIncreaseMult", 1_500_000_000n, "BurnIncreaseMult", 1_500_000_000n],
];

const setBlocks = {}; // setter -> block it was mined in

test("owner setters change their getters and emit HyperparameterSet", async () => {
  for (const [setter, a, getter, want, key, evValue] of SETTERS) {
    const receipt = await send(c.subnet[setter](netuid, ...a));
    setBlocks[setter] = receipt.blockNumber;
    const ev = oneEvent(receipt, c.subnet, "HyperparameterSet");
    assert.equal(ev.netuid, BigInt(netuid), setter);
    assert.equal(ethers.decodeBytes32String(ev.key), key, setter);
    assert.equal(ev.value, evValue, setter);
    assert.equal(await c.subnet[getter](netuid), want, `${getter} after ${setter}`);
  }
  // Derived view: the cutoff factor follows the cutoff in blocks.
  assert.equal(await c.subnet.getActivityCutoffFactor(netuid), 3600n * 1000n / TEMPO);

  // setAlphaValues emits two events, AlphaLow then AlphaHigh.
  const receipt = await send(c.subnet.setAlphaValues(netuid, 40000, 60000));
  const evs = events(receipt, c.subnet, "HyperparameterSet").map((e) => [ethers.decodeBytes32String(e.args.key), e.args.value]);
  assert.deepEqual(evs, [["AlphaLow", 40000n], ["AlphaHigh", 60000n]]);
  assert.deepEqual([...(await c.subnet.getAlphaValues(netuid))], [40000n, 60000n]);
});

test("HyperparameterSet logs filter by indexed netuid and key", async () => {
  const key = ethers.encodeBytes32String("ImmunityPeriod");
  const filter = c.subnet.filters.HyperparameterSet(netuid, key);
  const logs = await c.subnet.queryFilter(filter, registered.receipt.blockNumber);
  assert.equal(logs.length, 1);
  assert.equal(logs[0].blockNumber, setBlocks.setImmunityPeriod);
  assert.equal(logs[0].args.value, 4000n);
  const all = await c.subnet.queryFilter(c.subnet.filters.HyperparameterSet(netuid), registered.receipt.blockNumber);
  assert.equal(all.length, SETTERS.length + 2);
});

test("a hyperparameter can be set again only after OwnerHyperparamRateLimit tempos", async () => {
  const [next] = await expectRevert(c.subnet.setRho.staticCall(netuid, 13, { blockTag: "pending" }), c.subnet, "RateLimited");
  assert.equal(next, BigInt(setBlocks.setRho) + OWNER_HYPERPARAM_RATE_LIMIT * TEMPO);
  // One block before: still refused (the view at "latest" runs in that block).
  await mineUntilNext(provider, next);
  await expectRevert(c.subnet.setRho.staticCall(netuid, 13), c.subnet, "RateLimited");
  // A transaction mined in block `next` succeeds (explicit gas: an estimate would run at "latest").
  const receipt = await send(c.subnet.setRho(netuid, 13, { gasLimit: 300_000n }));
  assert.equal(receipt.blockNumber, Number(next));
  assert.equal(await c.subnet.getRho(netuid), 13n);
});

test("the burn setters take effect: ×1.5 per registration, 720-block half-life, max burn clamps", async () => {
  const hotkey = randomAddress();
  const burn = await c.subnet.getBurn(netuid, { blockTag: "pending" });
  const r = await send(c.neuron.burnedRegister(netuid, keyOf(hotkey)));
  assert.equal(oneEvent(r, c.neuron, "NeuronRegistered").burn, burn);
  const raised = (burn * 1_500_000_000n) / 1_000_000_000n; // setBurnIncreaseMult(1.5e9)
  assert.equal(await c.subnet.getBurn(netuid, { blockTag: r.blockNumber }), raised);
  // One whole half-life (setBurnHalfLife(720)) later the burn has halved.
  await mineTo(provider, r.blockNumber + 720);
  assert.equal(await c.subnet.getBurn(netuid, { blockTag: r.blockNumber + 720 }), raised / 2n);
  // Lowering the maximum below the current burn clamps it.
  await send(c.subnet.setMaxBurn(netuid, 200_000_000n));
  assert.equal(await c.subnet.getBurn(netuid), 200_000_000n);
  await expectRevert(c.subnet.setMaxBurn.staticCall(netuid, 100_000_000n), c.subnet, "ValueOutOfBounds");
});

test("setSubnetIdentity and transferSubnetOwnership (owner only)", async () => {
  const id = ["renamed", "", "", "", "", "", "", ""];
  await expectRevert(cs.subnet.setSubnetIdentity.staticCall(netuid, ...id), c.subnet, "NotSubnetOwner");
  const r1 = await send(c.subnet.setSubnetIdentity(netuid, ...id));
  assert.deepEqual([...oneEvent(r1, c.subnet, "IdentitySet").identity], id);
  assert.equal((await c.subnet.getSubnetIdentity(netuid)).subnetName, "renamed");

  await expectRevert(c.subnet.transferSubnetOwnership.staticCall(netuid, ethers.ZeroAddress), c.subnet, "InvalidKey");
  const r2 = await send(c.subnet.transferSubnetOwnership(netuid, stranger.address));
  const ev = oneEvent(r2, c.subnet, "SubnetOwnershipTransferred");
  assert.deepEqual([ev.netuid, ev.previousOwner, ev.newOwner], [BigInt(netuid), owner.address, stranger.address]);
  assert.equal(await c.subnet.getSubnetOwner(netuid), stranger.address);
  // The roles swap: the old owner is now a stranger to the subnet.
  await expectRevert(c.subnet.setBondsPenalty.staticCall(netuid, 1), c.subnet, "NotSubnetOwner");
  await send(cs.subnet.setServingRateLimit(netuid, 20));
  assert.equal(await c.subnet.getServingRateLimit(netuid), 20n);
});
