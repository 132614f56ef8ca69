// Staking precompile (0x…0805) with the pool views (0x…0808), on a subnet
// this file registers and on one other subnet: addStake / removeStake at the
// simulated prices with exact native balances (amount × 1e9 wei), limit
// orders fill-or-kill and allow-partial, moveStake within and across
// subnets, transferStake, allowances and transferStakeFrom, take changes,
// burnAlpha, root staking 1:1, every refusal as its named error, and the
// events through getLogs with their indexed topics. At the end the pools'
// native balance has changed by exactly the TAO the events say went in and
// out.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { ethers } from "ethers";
import { httpProvider, randomAddress } from "../lib/env.mjs";
import {
  ADDR, RAO_PER_TAO, badKey, events, expectRevert, fundedWallets, gasCost, keyOf, oneEvent, registerSubnet,
  send, taoContracts, wei,
} from "../lib/tao.mjs";

const provider = httpProvider();
after(() => provider.destroy());

const MIN_STAKE = 2_000_000n;
const MAX_TAKE = 11796n;
const TAKE_RATE_LIMIT = 216_000n;
const U64_MAX = (1n << 64n) - 1n;
const FEE_RATE = 33n; // of 65535

let owner, s1, s2, spender, stranger; // this file's wallets (mnemonic accounts 400..404)
let c, c1, c2, csp, cx; // precompile contracts connected to each
let HO, H2; // owner hotkey of subnet A; a second hotkey of the owner (a neuron on A)
let A, B; // this file's subnet; another subnet for cross-subnet moves
let poolBalance0; // 0x…0808's native balance after the setup
const receipts = []; // every successful staking receipt of this file

before(async () => {
  [owner, s1, s2, spender, stranger] = await fundedWallets(provider, 400, 5, ethers.parseEther("1000"));
  [c, c1, c2, csp, cx] = [owner, s1, s2, spender, stranger].map(taoContracts);
  const ownerHotkey = randomAddress();
  HO = keyOf(ownerHotkey);
  H2 = keyOf(randomAddress());
  ({ netuid: A } = await registerSubnet(owner, ownerHotkey));
  await send(c.neuron.burnedRegister(A, H2));
  // Another subnet for cross-subnet moves: the newest one registered before
  // A (another file's), or a second one of this file's own.
  B = A > 1 ? A - 1 : (await registerSubnet(owner, randomAddress())).netuid;
  poolBalance0 = await provider.getBalance(ADDR.alpha);
});

const ceilDiv = (a, b) => (a + b - 1n) / b;

// staking waits for a successful staking transaction and records its receipt.
async function staking(txPromise) {
  const r = await send(txPromise);
  receipts.push(r);
  return r;
}

test("addStake buys alpha at the simulated price and debits amount × 1e9 wei", async () => {
  const amount = 10n * RAO_PER_TAO;
  const [taoIn, alphaIn, alphaOut, volume] = await Promise.all([
    c.alpha.getTaoInPool(A), c.alpha.getAlphaInPool(A), c.alpha.getAlphaOutPool(A), c.alpha.getSubnetVolume(A)]);
  const want = await c.alpha.simSwapTaoForAlpha(A, amount);
  assert.equal(await c1.staking.addStake.staticCall(HO, amount, A), want);
  const bal = await provider.getBalance(s1.address);
  const pool = await provider.getBalance(ADDR.alpha);

  const r = await staking(c1.staking.addStake(HO, amount, A));
  const names = events(r, c.staking).map((e) => e.name);
  assert.deepEqual(names, ["Swap", "StakeAdded"]);
  const sw = oneEvent(r, c.staking, "Swap");
  const ev = oneEvent(r, c.staking, "StakeAdded");
  assert.deepEqual([ev.netuid, ev.hotkey, ev.coldkey, ev.tao, ev.alpha], [BigInt(A), HO, s1.address, amount, want]);
  // The fee, 33/65535 of the input rounded up (in the pool's favour), stays in the pool.
  assert.equal(ev.fee, ceilDiv(amount * FEE_RATE, 65535n));
  assert.deepEqual([sw.netuid, sw.coldkey, sw.taoForAlpha, sw.amountIn, sw.amountOut, sw.fee, sw.taoReserve, sw.alphaReserve],
    [BigInt(A), s1.address, true, amount, want, ev.fee, taoIn + amount, alphaIn - want]);

  assert.equal(await provider.getBalance(s1.address), bal - wei(amount) - gasCost(r));
  assert.equal(await provider.getBalance(ADDR.alpha), pool + wei(amount));
  assert.equal(await c.alpha.getTaoInPool(A), taoIn + amount);
  assert.equal(await c.alpha.getAlphaInPool(A), alphaIn - want);
  assert.equal(await c.alpha.getAlphaOutPool(A), alphaOut + want);
  assert.equal(await c.alpha.getAlphaIssuance(A), alphaIn + alphaOut, "buying moves alpha out, issues none");
  assert.equal(await c.alpha.getSubnetVolume(A), volume + amount);
  assert.ok(await c.alpha.getAlphaPriceRao(A) > RAO_PER_TAO, "buying raised the price");

  assert.equal(await c.staking.getStake(HO, keyOf(s1.address), A), want);
  assert.equal(await c.staking.getTotalAlphaStaked(HO, A), want);
  assert.deepEqual([...(await c.staking.getAlphaStakedValidators(HO, A))], [keyOf(s1.address)]);
  const [noms, total] = await c.staking.getNominators(HO, A, 0, 10);
  assert.deepEqual([[...noms], total], [[keyOf(s1.address)], 1n]);
  // The coldkey's stake is worth what a full unstake pays, plus its fee at the spot price.
  const worth = await c.staking.getTotalColdkeyStakeOnSubnet(keyOf(s1.address), A);
  assert.ok(worth >= await c.alpha.simSwapAlphaForTao(A, want) && worth < amount, `worth ${worth}`);
  assert.equal(await c.staking.getTotalColdkeyStake(keyOf(s1.address)), worth);
  // The hotkey's stake valued at the spot price, the same in the staking and metagraph views.
  const hotkeyStake = await c.staking.getTotalHotkeyStake(HO);
  const spot = (want * (taoIn + amount)) / (alphaIn - want);
  assert.ok(hotkeyStake >= spot - 1n && hotkeyStake <= spot + 1n, `hotkey stake ${hotkeyStake}, alpha × spot ${spot}`);
  assert.equal(await c.metagraph.getStake(A, 0), hotkeyStake, "uid 0 is HO");
});

test("addStake refusals: minimum, unknown hotkey and subnet, keys, value, overflow, balance", async () => {
  const [amt, min] = await expectRevert(c1.staking.addStake.staticCall(HO, MIN_STAKE - 1n, A), c.staking, "BelowMinimumStake");
  assert.deepEqual([amt, min], [MIN_STAKE - 1n, MIN_STAKE]);
  assert.equal(await c.staking.getMinStake(), MIN_STAKE);
  const unknown = keyOf(randomAddress());
  assert.equal((await expectRevert(c1.staking.addStake.staticCall(unknown, RAO_PER_TAO, A), c.staking, "HotkeyNotFound"))[0], unknown);
  await expectRevert(c1.staking.addStake.staticCall(HO, RAO_PER_TAO, 4000), c.staking, "SubnetNotFound");
  await expectRevert(c1.staking.addStake.staticCall(HO, RAO_PER_TAO, 1n << 16n), c.staking, "ValueOutOfBounds");
  const bad = badKey(randomAddress());
  assert.equal((await expectRevert(c1.staking.addStake.staticCall(bad, RAO_PER_TAO, A), c.staking, "InvalidKey"))[0], bad);
  await expectRevert(c1.staking.addStake.staticCall(HO, RAO_PER_TAO, A, { value: 1n }), c.staking, "ValueNotAccepted");
  const [over, max] = await expectRevert(c1.staking.addStake.staticCall(HO, U64_MAX + 1n, A), c.staking, "AmountOverflow");
  assert.deepEqual([over, max], [U64_MAX + 1n, U64_MAX]);
  const empty = randomAddress();
  const [bal, required] = await expectRevert(
    taoContracts(provider).staking.addStake.staticCall(HO, RAO_PER_TAO, A, { from: empty }), c.staking, "InsufficientBalance");
  assert.deepEqual([bal, required], [0n, wei(RAO_PER_TAO)]);
  // A mined refusal costs only gas.
  const before = await provider.getBalance(s1.address);
  const tx = await c1.staking.addStake(HO, MIN_STAKE - 1n, A, { gasLimit: 500_000n });
  const r = await tx.wait(1, 20000).then(() => assert.fail("must revert"), (e) => e.receipt);
  assert.equal(await provider.getBalance(s1.address), before - gasCost(r));
});

test("removeStake sells alpha at the simulated price and credits the TAO", async () => {
  const stake = await c.staking.getStake(HO, keyOf(s1.address), A);
  const amount = stake / 4n;
  const want = await c.alpha.simSwapAlphaForTao(A, amount);
  const [taoIn, alphaIn] = await Promise.all([c.alpha.getTaoInPool(A), c.alpha.getAlphaInPool(A)]);
  const bal = await provider.getBalance(s1.address);

  const r = await staking(c1.staking.removeStake(HO, amount, A));
  const ev = oneEvent(r, c.staking, "StakeRemoved");
  assert.deepEqual([ev.netuid, ev.hotkey, ev.coldkey, ev.alpha, ev.tao], [BigInt(A), HO, s1.address, amount, want]);
  assert.equal(ev.fee, ceilDiv(amount * FEE_RATE, 65535n), "the fee is taken in alpha");
  const sw = oneEvent(r, c.staking, "Swap");
  assert.deepEqual([sw.taoForAlpha, sw.amountIn, sw.amountOut, sw.fee, sw.taoReserve, sw.alphaReserve],
    [false, amount, want, ev.fee, taoIn - want, alphaIn + amount]);
  assert.equal(await provider.getBalance(s1.address), bal + wei(want) - gasCost(r));
  assert.equal(await c.staking.getStake(HO, keyOf(s1.address), A), stake - amount);

  const [avail, req] = await expectRevert(c1.staking.removeStake.staticCall(HO, stake, A), c.staking, "InsufficientStake");
  assert.deepEqual([avail, req], [stake - amount, stake]);
  // An unstake that leaves a remainder must pay out at least the minimum stake.
  await expectRevert(c1.staking.removeStake.staticCall(HO, 1000n, A), c.staking, "BelowMinimumStake");
  await expectRevert(c2.staking.removeStake.staticCall(HO, 1000n, A), c.staking, "InsufficientStake");
});

test("addStakeLimit: PriceLimitExceeded, fill-or-kill SlippageExceeded, allow-partial up to the limit", async () => {
  const price = await c.alpha.getAlphaPriceRao(A);
  const limit = (price * 101n) / 100n; // at most 1% higher
  const amount = 50n * RAO_PER_TAO; // far more than 1% of the pool
  const maxAdd = await c.alpha.getMaxAmountAdd(A, limit);
  assert.ok(maxAdd > MIN_STAKE && maxAdd < amount, `max at the limit ${maxAdd}`);

  const [p, l] = await expectRevert(c1.staking.addStakeLimit.staticCall(HO, amount, price - 1n, true, A), c.staking, "PriceLimitExceeded");
  assert.deepEqual([p, l], [price, price - 1n]);
  const [req, max] = await expectRevert(c1.staking.addStakeLimit.staticCall(HO, amount, limit, false, A), c.staking, "SlippageExceeded");
  assert.deepEqual([req, max], [amount, maxAdd]);

  const bal = await provider.getBalance(s1.address);
  const stake = await c.staking.getStake(HO, keyOf(s1.address), A);
  const wantAlpha = await c.alpha.simSwapTaoForAlpha(A, maxAdd);
  const r = await staking(c1.staking.addStakeLimit(HO, amount, limit, true, A));
  const ev = oneEvent(r, c.staking, "StakeAdded");
  assert.deepEqual([ev.tao, ev.alpha], [maxAdd, wantAlpha], "only what fits under the limit is staked");
  assert.equal(await provider.getBalance(s1.address), bal - wei(maxAdd) - gasCost(r));
  assert.equal(await c.staking.getStake(HO, keyOf(s1.address), A), stake + wantAlpha);
  const after = await c.alpha.getAlphaPriceRao(A);
  assert.ok(after <= limit && after > price, `price ${price} -> ${after}, limit ${limit}`);

  // Fill-or-kill within a generous limit executes in full.
  const r2 = await staking(c1.staking.addStakeLimit(HO, RAO_PER_TAO, after * 2n, false, A));
  assert.equal(oneEvent(r2, c.staking, "StakeAdded").tao, RAO_PER_TAO);
});

test("removeStakeLimit and removeStakeFullLimit at a floor price", async () => {
  const price = await c.alpha.getAlphaPriceRao(A);
  const limit = (price * 99n) / 100n;
  const stake = await c.staking.getStake(HO, keyOf(s1.address), A);
  const maxRemove = await c.alpha.getMaxAmountRemove(A, limit);
  assert.ok(maxRemove > 0n && maxRemove < stake, `max remove ${maxRemove} of ${stake}`);

  await expectRevert(c1.staking.removeStakeLimit.staticCall(HO, stake, price + 1n, true, A), c.staking, "PriceLimitExceeded");
  const [req, max] = await expectRevert(c1.staking.removeStakeLimit.staticCall(HO, stake, limit, false, A), c.staking, "SlippageExceeded");
  assert.deepEqual([req, max], [stake, maxRemove]);
  await expectRevert(c1.staking.removeStakeFullLimit.staticCall(HO, A, limit), c.staking, "SlippageExceeded");

  const wantTao = await c.alpha.simSwapAlphaForTao(A, maxRemove);
  const bal = await provider.getBalance(s1.address);
  const r = await staking(c1.staking.removeStakeLimit(HO, stake, limit, true, A));
  const ev = oneEvent(r, c.staking, "StakeRemoved");
  assert.deepEqual([ev.alpha, ev.tao], [maxRemove, wantTao]);
  assert.equal(await provider.getBalance(s1.address), bal + wei(wantTao) - gasCost(r));
  assert.equal(await c.staking.getStake(HO, keyOf(s1.address), A), stake - maxRemove);
  assert.ok(await c.alpha.getAlphaPriceRao(A) >= limit);
});

test("moveStake within a subnet (no swap) and across subnets (both pools, one fee)", async () => {
  const s1k = keyOf(s1.address);
  const stake = await c.staking.getStake(HO, s1k, A);
  const [taoIn, alphaIn] = await Promise.all([c.alpha.getTaoInPool(A), c.alpha.getAlphaInPool(A)]);

  await expectRevert(c1.staking.moveStake.staticCall(HO, HO, A, A, 1000n), c.staking, "SameStakePosition");
  const amount = stake / 5n;
  const r = await staking(c1.staking.moveStake(HO, H2, A, A, amount));
  assert.equal(events(r, c.staking, "Swap").length, 0, "no pool leg within a subnet");
  const mv = oneEvent(r, c.staking, "StakeMoved");
  assert.deepEqual([mv.coldkey, mv.originHotkey, mv.destinationHotkey, mv.originNetuid, mv.destinationNetuid, mv.alphaIn, mv.tao],
    [s1.address, HO, H2, BigInt(A), BigInt(A), amount, 0n]);
  assert.equal(mv.alphaOut, amount, "no emission yet: a share is worth one alpha");
  assert.equal(await c.staking.getStake(HO, s1k, A), stake - amount);
  assert.equal(await c.staking.getStake(H2, s1k, A), mv.alphaOut);
  assert.deepEqual([await c.alpha.getTaoInPool(A), await c.alpha.getAlphaInPool(A)], [taoIn, alphaIn]);

  // Across subnets: sold in A's pool, bought in B's; only the origin leg pays the fee.
  const amount2 = (stake - amount) / 4n;
  const taoInB = await c.alpha.getTaoInPool(B);
  const bal = await provider.getBalance(s1.address);
  const r2 = await staking(c1.staking.moveStake(HO, HO, A, B, amount2));
  const legs = events(r2, c.staking, "Swap").map((e) => e.args);
  assert.equal(legs.length, 2);
  assert.deepEqual([legs[0].netuid, legs[0].taoForAlpha, legs[0].amountIn], [BigInt(A), false, amount2]);
  assert.deepEqual([legs[1].netuid, legs[1].taoForAlpha, legs[1].amountIn, legs[1].fee], [BigInt(B), true, legs[0].amountOut, 0n]);
  assert.ok(legs[0].fee > 0n);
  const mv2 = oneEvent(r2, c.staking, "StakeMoved");
  assert.deepEqual([mv2.originNetuid, mv2.destinationNetuid, mv2.alphaIn, mv2.alphaOut, mv2.tao],
    [BigInt(A), BigInt(B), amount2, legs[1].amountOut, legs[0].amountOut]);
  assert.equal(await c.staking.getStake(HO, s1k, B), mv2.alphaOut);
  assert.equal(await c.alpha.getTaoInPool(B), taoInB + mv2.tao);
  assert.equal(await provider.getBalance(s1.address), bal - gasCost(r2), "a move pays nothing out");
  // Too small a move across subnets passes less than the minimum stake between the pools.
  await expectRevert(c1.staking.moveStake.staticCall(HO, HO, A, B, 1000n), c.staking, "BelowMinimumStake");
});

test("transferStake hands stake to another coldkey, within a subnet and across subnets", async () => {
  const [k1, k2] = [keyOf(s1.address), keyOf(s2.address)];
  const stake = await c.staking.getStake(HO, k1, A);
  const amount = stake / 4n;
  await expectRevert(c1.staking.transferStake.staticCall(ethers.ZeroHash, HO, A, A, amount), c.staking, "InvalidKey");
  await expectRevert(c1.staking.transferStake.staticCall(k1, HO, A, A, amount), c.staking, "SameStakePosition");
  const r = await staking(c1.staking.transferStake(k2, HO, A, A, amount));
  const ev = oneEvent(r, c.staking, "StakeTransferred");
  assert.deepEqual([ev.from, ev.to, ev.hotkey, ev.originNetuid, ev.destinationNetuid, ev.alphaIn, ev.spender],
    [s1.address, s2.address, HO, BigInt(A), BigInt(A), amount, s1.address]);
  assert.equal(await c.staking.getStake(HO, k1, A), stake - amount);
  assert.equal(await c.staking.getStake(HO, k2, A), ev.alphaOut);
  assert.equal(ev.alphaOut, amount);
  const [, total] = await c.staking.getNominators(HO, A, 0, 10);
  assert.equal(total, 2n);

  // Across subnets the stake goes through both pools, as in moveStake.
  const amount2 = (stake - amount) / 4n;
  const r2 = await staking(c1.staking.transferStake(k2, HO, A, B, amount2));
  const legs = events(r2, c.staking, "Swap").map((e) => e.args);
  // Sold for the sender in A, bought for the receiver in B; only the origin leg pays the fee.
  assert.deepEqual(legs.map((l) => [l.netuid, l.coldkey, l.taoForAlpha]), [[BigInt(A), s1.address, false], [BigInt(B), s2.address, true]]);
  assert.equal(legs[1].amountIn, legs[0].amountOut);
  assert.ok(legs[0].fee > 0n);
  assert.equal(legs[1].fee, 0n);
  const ev2 = oneEvent(r2, c.staking, "StakeTransferred");
  assert.deepEqual([ev2.from, ev2.to, ev2.originNetuid, ev2.destinationNetuid, ev2.alphaIn, ev2.alphaOut],
    [s1.address, s2.address, BigInt(A), BigInt(B), amount2, legs[1].amountOut]);
  assert.equal(await c.staking.getStake(HO, k2, B), ev2.alphaOut);
  assert.equal(await c.staking.getStake(HO, k1, A), stake - amount - amount2);
});

test("allowances: approve, increase, decrease, transferStakeFrom", async () => {
  const k1 = keyOf(s1.address);
  const dest = randomAddress();
  const X = 1_000_000_000n;
  let r = await staking(c1.staking.approve(spender.address, A, X));
  let ap = oneEvent(r, c.staking, "Approval");
  assert.deepEqual([ap.owner, ap.spender, ap.netuid, ap.amount], [s1.address, spender.address, BigInt(A), X]);
  assert.equal(await c.staking.allowance(s1.address, spender.address, A), X);
  assert.equal(await c.staking.allowance(s1.address, spender.address, B), 0n, "per subnet");
  r = await staking(c1.staking.increaseAllowance(spender.address, A, 5n));
  assert.equal(oneEvent(r, c.staking, "Approval").amount, X + 5n);
  r = await staking(c1.staking.decreaseAllowance(spender.address, A, 5n));
  assert.equal(oneEvent(r, c.staking, "Approval").amount, X);
  const [al, rq] = await expectRevert(c1.staking.decreaseAllowance.staticCall(spender.address, A, X + 1n), c.staking, "InsufficientAllowance");
  assert.deepEqual([al, rq], [X, X + 1n]);

  const stake = await c.staking.getStake(HO, k1, A);
  const y = 400_000_000n;
  assert.ok(stake > y);
  await expectRevert(cx.staking.transferStakeFrom.staticCall(s1.address, dest, HO, A, A, y), c.staking, "InsufficientAllowance");
  r = await staking(csp.staking.transferStakeFrom(s1.address, dest, HO, A, A, y));
  const tr = oneEvent(r, c.staking, "StakeTransferred");
  assert.deepEqual([tr.from, tr.to, tr.hotkey, tr.alphaIn, tr.spender], [s1.address, dest, HO, y, spender.address]);
  assert.equal(oneEvent(r, c.staking, "Approval").amount, X - y);
  assert.equal(await c.staking.allowance(s1.address, spender.address, A), X - y);
  assert.equal(await c.staking.getStake(HO, keyOf(dest), A), tr.alphaOut);
  assert.equal(await c.staking.getStake(HO, k1, A), stake - y);
  const [left, want] = await expectRevert(csp.staking.transferStakeFrom.staticCall(s1.address, dest, HO, A, A, X), c.staking, "InsufficientAllowance");
  assert.deepEqual([left, want], [X - y, X]);

  // Unlimited allowances are never decreased and log no Approval on use.
  await staking(c1.staking.approve(spender.address, A, ethers.MaxUint256));
  r = await staking(csp.staking.transferStakeFrom(s1.address, dest, HO, A, A, 10_000_000n));
  assert.equal(events(r, c.staking, "Approval").length, 0);
  assert.equal(await c.staking.allowance(s1.address, spender.address, A), ethers.MaxUint256);
  await expectRevert(c1.staking.increaseAllowance.staticCall(spender.address, A, 1n), c.staking, "AmountOverflow");
});

test("validator take: decrease by the owner, increase rate-limited, refusals", async () => {
  assert.equal(await c.staking.getDelegateTake(HO), MAX_TAKE);
  const [hk, who] = await expectRevert(cx.staking.decreaseTake.staticCall(HO, 100), c.staking, "NotHotkeyOwner");
  assert.deepEqual([hk, who], [HO, stranger.address]);
  await expectRevert(c.staking.decreaseTake.staticCall(keyOf(randomAddress()), 100), c.staking, "HotkeyNotFound");
  await expectRevert(c.staking.increaseTake.staticCall(HO, MAX_TAKE), c.staking, "InvalidTake");
  const r = await staking(c.staking.decreaseTake(HO, 10000));
  const ev = oneEvent(r, c.staking, "TakeChanged");
  assert.deepEqual([ev.hotkey, ev.owner, ev.oldTake, ev.newTake], [HO, owner.address, MAX_TAKE, 10000n]);
  assert.equal(await c.staking.getDelegateTake(HO), 10000n);
  const [next] = await expectRevert(c.staking.increaseTake.staticCall(HO, 11000), c.staking, "RateLimited");
  assert.equal(next, BigInt(r.blockNumber) + TAKE_RATE_LIMIT);
});

test("burnAlpha destroys alpha outside the pool; root stakes TAO 1:1", async () => {
  const k2 = keyOf(s2.address);
  const stake = await c.staking.getStake(HO, k2, A);
  const [taoIn, alphaIn, out] = await Promise.all([c.alpha.getTaoInPool(A), c.alpha.getAlphaInPool(A), c.alpha.getAlphaOutPool(A)]);
  const amount = stake / 2n;
  const r = await staking(c2.staking.burnAlpha(HO, amount, A));
  const ev = oneEvent(r, c.staking, "AlphaBurned");
  assert.deepEqual([ev.netuid, ev.hotkey, ev.coldkey, ev.alpha], [BigInt(A), HO, s2.address, amount]);
  assert.equal(await c.alpha.getAlphaOutPool(A), out - amount);
  assert.deepEqual([await c.alpha.getTaoInPool(A), await c.alpha.getAlphaInPool(A)], [taoIn, alphaIn]);
  assert.equal(await c.staking.getStake(HO, k2, A), stake - amount);
  await expectRevert(c2.staking.burnAlpha.staticCall(HO, 1n, 0), c.staking, "NotSupported");

  // Root: no pool, no fee, 1:1.
  const amt = 5n * RAO_PER_TAO;
  const bal = await provider.getBalance(s2.address);
  const r1 = await staking(c2.staking.addStake(HO, amt, 0));
  assert.equal(events(r1, c.staking, "Swap").length, 0);
  const add = oneEvent(r1, c.staking, "StakeAdded");
  assert.deepEqual([add.netuid, add.tao, add.alpha, add.fee], [0n, amt, amt, 0n]);
  assert.equal(await c.staking.getStake(HO, k2, 0), amt);
  const r2 = await staking(c2.staking.removeStakeFull(HO, 0));
  const rem = oneEvent(r2, c.staking, "StakeRemoved");
  assert.deepEqual([rem.alpha, rem.tao, rem.fee], [amt, amt, 0n]);
  assert.equal(await provider.getBalance(s2.address), bal - gasCost(r1) - gasCost(r2));
  assert.equal(await c.staking.getStake(HO, k2, 0), 0n);
});

test("proxies are NotSupported; transfers disabled by the owner are refused", async () => {
  await expectRevert(c1.staking.addProxy.staticCall(keyOf(s2.address)), c.staking, "NotSupported");
  await expectRevert(c1.staking.removeProxy.staticCall(keyOf(s2.address)), c.staking, "NotSupported");
  await send(c.subnet.toggleTransfers(A, false));
  const [n] = await expectRevert(c1.staking.transferStake.staticCall(keyOf(s2.address), HO, A, A, 10_000_000n), c.staking, "TransfersDisabled");
  assert.equal(n, BigInt(A));
  await expectRevert(csp.staking.transferStakeFrom.staticCall(s1.address, s2.address, HO, A, A, 10_000_000n), c.staking, "TransfersDisabled");
  // Moving between one's own positions is still allowed.
  await staking(c1.staking.moveStake(HO, H2, A, A, 10_000_000n));
});

test("removeStakeFull empties a position at the simulated price", async () => {
  const k2 = keyOf(s2.address);
  const stake = await c.staking.getStake(HO, k2, A);
  const want = await c.alpha.simSwapAlphaForTao(A, stake);
  const r = await staking(c2.staking.removeStakeFull(HO, A));
  const ev = oneEvent(r, c.staking, "StakeRemoved");
  assert.deepEqual([ev.alpha, ev.tao], [stake, want]);
  assert.equal(await c.staking.getStake(HO, k2, A), 0n);
  assert.deepEqual([...(await c.staking.getAlphaStakedValidators(HO, A))].includes(k2), false);
});

test("stake events filter by indexed netuid, hotkey and coldkey", async () => {
  const from = receipts[0].blockNumber;
  const mine = (name) => receipts.flatMap((r) => events(r, c.staking, name)).map((e) => e.args);
  const added = await c.staking.queryFilter(c.staking.filters.StakeAdded(A, HO), from);
  assert.deepEqual(added.map((l) => l.args.tao), mine("StakeAdded").filter((e) => e.netuid === BigInt(A)).map((e) => e.tao));
  const bys1 = await c.staking.queryFilter(c.staking.filters.StakeRemoved(null, null, s1.address), from);
  assert.deepEqual(bys1.map((l) => l.args.alpha), mine("StakeRemoved").filter((e) => e.coldkey === s1.address).map((e) => e.alpha));
  const swapsB = await c.staking.queryFilter(c.staking.filters.Swap(B, s1.address), from);
  assert.equal(swapsB.length, 1);
  const moved = await c.staking.queryFilter(c.staking.filters.StakeMoved(s1.address, HO, H2), from);
  assert.equal(moved.length, 2);
});

test("the pools' native balance changed by exactly the TAO staked minus the TAO paid out", async () => {
  let net = 0n;
  for (const e of receipts.flatMap((r) => events(r, c.staking))) {
    if (e.name === "StakeAdded") net += e.args.tao;
    if (e.name === "StakeRemoved") net -= e.args.tao;
  }
  assert.equal(await provider.getBalance(ADDR.alpha), poolBalance0 + wei(net));
});
