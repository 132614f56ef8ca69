// tao.mjs is what the Bittensor-module tests (test/2x-*.test.mjs) share:
// the precompile addresses and ABIs (contracts/out), ethers Contracts for
// them, wallets of their own funded from one dev account, mining helpers
// that reach a block or an epoch exactly, subnet registration past the
// chain-wide rate limit, assertions for the precompiles' custom errors and
// events, and compilation of a test contract given as Solidity text.
import assert from "node:assert/strict";
import crypto from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { ethers } from "ethers";
import { SOLC_VERSION, findImports } from "./compile.mjs";
import { ACCOUNT, REPO_DIR, devWallet } from "./env.mjs";

const require = createRequire(import.meta.url);

/** The native Bittensor precompiles' addresses (Subtensor's). */
export const ADDR = Object.freeze({
  metagraph: "0x0000000000000000000000000000000000000802",
  subnet: "0x0000000000000000000000000000000000000803",
  neuron: "0x0000000000000000000000000000000000000804",
  staking: "0x0000000000000000000000000000000000000805",
  uidLookup: "0x0000000000000000000000000000000000000806",
  alpha: "0x0000000000000000000000000000000000000808",
});

const ABI_FILE = Object.freeze({
  metagraph: "IMetagraph",
  subnet: "ISubnet",
  neuron: "INeuron",
  staking: "IStaking",
  uidLookup: "IUidLookup",
  alpha: "IAlpha",
});

/** Wei per rao: runtime amounts are rao (1e-9 TAO), native balances wei. */
export const WEI_PER_RAO = 1_000_000_000n;
/** rao per TAO. */
export const RAO_PER_TAO = 1_000_000_000n;
/** wei converts rao to wei. */
export const wei = (rao) => BigInt(rao) * WEI_PER_RAO;

/**
 * FUNDER is the dev account that pays the 2x files' own wallets; no other
 * test file uses it (see ACCOUNT in env.mjs, which stops at 6).
 */
export const FUNDER = ACCOUNT.tao;

/** loadAbi reads contracts/out/<name>.abi.json. */
export function loadAbi(name) {
  return JSON.parse(fs.readFileSync(path.join(REPO_DIR, "contracts", "out", `${name}.abi.json`), "utf8"));
}

/**
 * taoContracts returns { subnet, neuron, staking, alpha, metagraph,
 * uidLookup }: ethers Contracts at the precompiles, connected to runner.
 */
export function taoContracts(runner) {
  const out = {};
  for (const [k, abiName] of Object.entries(ABI_FILE)) {
    out[k] = new ethers.Contract(ADDR[k], loadAbi(abiName), runner);
  }
  return out;
}

/**
 * fundedWallets derives mnemonic accounts base..base+n-1 (beyond the ten
 * genesis-funded ones, so they start empty), sends each `amount` wei from
 * the FUNDER dev account and returns them connected to provider. Each test
 * file passes its own base, so balances are exact per file.
 */
export async function fundedWallets(provider, base, n, amount) {
  const funder = devWallet(FUNDER, provider);
  const wallets = Array.from({ length: n }, (_, i) => devWallet(base + i, provider));
  let nonce = await provider.getTransactionCount(funder.address, "pending");
  const txs = [];
  for (const [i, w] of wallets.entries()) {
    assert.equal(await provider.getBalance(w.address), 0n, `wallet ${base + i} must start empty (run on a fresh dev chain)`);
    txs.push(await funder.sendTransaction({ to: w.address, value: amount, nonce: nonce++ }));
  }
  for (const tx of txs) assert.equal((await tx.wait(1, 20000)).status, 1);
  return wallets;
}

/** mine produces n empty blocks (anvil_mine), none if n <= 0. */
export async function mine(provider, n) {
  if (n > 0) await provider.send("anvil_mine", [ethers.toQuantity(n), "0xc"]);
}

/**
 * mineUntilNext mines so that the next transaction lands in block `block`
 * (the head becomes block - 1); it fails if the head is already past it.
 */
export async function mineUntilNext(provider, block) {
  const head = await provider.getBlockNumber();
  assert.ok(head + 1 <= Number(block), `head ${head} already past block ${block}`);
  await mine(provider, Number(block) - 1 - head);
}

/**
 * mineTo mines until the head is at least block `block` (nothing if it is
 * already there), so that eth_call and eth_estimateGas at "latest" see it.
 */
export async function mineTo(provider, block) {
  await mine(provider, Number(block) - (await provider.getBlockNumber()));
}

/** epochIndex is ⌊(b + netuid + 1) / (tempo + 1)⌋ (INeuron.sol). */
export const epochIndex = (block, netuid, tempo) =>
  (BigInt(block) + BigInt(netuid) + 1n) / (BigInt(tempo) + 1n);

/** firstBlockOfEpoch is the lowest block whose epoch index is e. */
export const firstBlockOfEpoch = (e, netuid, tempo) => {
  const b = BigInt(e) * (BigInt(tempo) + 1n) - BigInt(netuid) - 1n;
  return b < 0n ? 0n : b;
};

/** keyOf right-aligns an address in a bytes32 key. */
export const keyOf = (address) => ethers.zeroPadValue(ethers.getAddress(address), 32);
/** badKey is address's key with a non-zero byte in its top 12 bytes (InvalidKey). */
export const badKey = (address) => "0x01" + keyOf(address).slice(4);

/**
 * expectRevert awaits a promise that must reject with the custom error
 * `name` of contract's ABI and returns the error's decoded arguments. It
 * reads the raw revert data, so it works for staticCall, estimateGas and
 * sendTransaction alike.
 */
export async function expectRevert(promise, contract, name) {
  let args = null;
  await assert.rejects(promise, (err) => {
    const data = rawRevert(err);
    assert.ok(data && data.length >= 10, `want ${name}, got no revert data: ${err.shortMessage ?? err.message}`);
    const parsed = contract.interface.parseError(data);
    assert.ok(parsed, `revert data ${data} is not an error of the ABI (want ${name})`);
    assert.equal(parsed.name, name, `want ${name}(…), got ${parsed.name}(${parsed.args.join(", ")})`);
    args = parsed.args;
    return true;
  });
  return args;
}

function rawRevert(err) {
  const cands = [err?.data, err?.error?.data, err?.info?.error?.data, err?.revert?.data];
  for (const c of cands) {
    if (typeof c === "string" && c.startsWith("0x")) return c;
    if (c && typeof c.data === "string") return c.data;
  }
  return null;
}

/**
 * events returns the receipt's logs emitted by contract, parsed, optionally
 * only those named `name`.
 */
export function events(receipt, contract, name) {
  const addr = contract.target.toLowerCase();
  const out = [];
  for (const l of receipt.logs) {
    if (l.address.toLowerCase() !== addr) continue;
    const parsed = contract.interface.parseLog(l);
    assert.ok(parsed, `log ${l.topics[0]} of ${addr} is not an event of the ABI`);
    if (!name || parsed.name === name) out.push(parsed);
  }
  return out;
}

/** oneEvent asserts the receipt holds exactly one `name` event of contract and returns its args. */
export function oneEvent(receipt, contract, name) {
  const evs = events(receipt, contract, name);
  assert.equal(evs.length, 1, `one ${name} event, got ${evs.length}`);
  return evs[0].args;
}

/** send sends a contract call and waits for its successful receipt. */
export async function send(txPromise) {
  const tx = await txPromise;
  const receipt = await tx.wait(1, 20000);
  assert.equal(receipt.status, 1);
  return receipt;
}

/** gasCost is what a mined receipt charged its sender, in wei. */
export const gasCost = (receipt) => receipt.gasUsed * receipt.gasPrice;

/**
 * waitRegistrationAllowed mines past the chain-wide subnet registration
 * rate limit if registerNetwork(hotkey) from `owner` (hotkey an address) in the next block
 * would revert RateLimited(nextBlock), up to nextBlock (the head), so that
 * gas estimates at "latest" pass too. It returns the number of blocks mined.
 */
export async function waitRegistrationAllowed(owner, hotkey) {
  const { subnet } = taoContracts(owner);
  try {
    await subnet["registerNetwork(bytes32)"].staticCall(keyOf(hotkey), { blockTag: "pending" });
    return 0;
  } catch (err) {
    const data = rawRevert(err);
    const parsed = data ? subnet.interface.parseError(data) : null;
    if (parsed?.name !== "RateLimited") throw err;
    // Up to nextBlock itself: ethers estimates gas at "latest".
    const head = await owner.provider.getBlockNumber();
    await mineTo(owner.provider, parsed.args[0]);
    return Number(parsed.args[0]) - head;
  }
}

/**
 * registerSubnet registers a subnet owned by `owner` with owner hotkey
 * `hotkey` (an address), first mining past the chain-wide registration rate
 * limit if a RateLimited(nextBlock) revert says so. It returns { netuid,
 * receipt, event } with the NetworkRegistered event's args.
 */
export async function registerSubnet(owner, hotkey, identity = null) {
  const { subnet } = taoContracts(owner);
  const fn = identity
    ? subnet["registerNetwork(bytes32,string,string,string,string,string,string,string,string)"]
    : subnet["registerNetwork(bytes32)"];
  const args = identity ? [keyOf(hotkey), ...identity] : [keyOf(hotkey)];
  await waitRegistrationAllowed(owner, hotkey);
  const receipt = await send(fn(...args));
  const event = oneEvent(receipt, subnet, "NetworkRegistered");
  return { netuid: Number(event.netuid), receipt, event };
}

/**
 * compileSource compiles one Solidity source given as text (imports of
 * "taoevm/…" resolve to contracts/src, as in compile.mjs) with the pinned
 * solc and returns { ContractName: { abi, bytecode } }. Results are cached in
 * the harness's temp directory like compile.mjs's.
 */
export function compileSource(fileName, source) {
  const input = {
    language: "Solidity",
    sources: { [fileName]: { content: source } },
    settings: {
      evmVersion: "prague",
      optimizer: { enabled: true, runs: 200 },
      outputSelection: { "*": { "*": ["abi", "evm.bytecode.object"] } },
    },
  };
  const key = crypto.createHash("sha256").update(JSON.stringify(input)).digest("hex").slice(0, 16);
  const cacheFile = process.env.TAOEVM_E2E_TMP ? path.join(process.env.TAOEVM_E2E_TMP, `solc-src-${key}.json`) : null;
  if (cacheFile && fs.existsSync(cacheFile)) return JSON.parse(fs.readFileSync(cacheFile, "utf8"));
  const solc = require("solc");
  assert.ok(solc.version().startsWith(SOLC_VERSION + "+"), `solc ${solc.version()} loaded, ${SOLC_VERSION} pinned`);
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
  const errors = (output.errors ?? []).filter((e) => e.severity === "error");
  if (errors.length > 0) throw new Error("solc: " + errors.map((e) => e.formattedMessage).join("\n"));
  const out = {};
  for (const [name, c] of Object.entries(output.contracts[fileName] ?? {})) {
    out[name] = { abi: c.abi, bytecode: "0x" + c.evm.bytecode.object };
  }
  if (cacheFile) {
    fs.writeFileSync(`${cacheFile}.${process.pid}`, JSON.stringify(out));
    fs.renameSync(`${cacheFile}.${process.pid}`, cacheFile);
  }
  return out;
}
