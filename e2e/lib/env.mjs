// env.mjs is what every test file shares: where the node under test listens
// (set by run.mjs through TAOD_HTTP_URL / TAOD_WS_URL), the dev mnemonic and
// its accounts, providers tuned for a fast dev chain, and small RPC helpers.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ethers } from "ethers";

/** The well-known test mnemonic whose first 10 accounts the dev genesis funds. */
export const MNEMONIC = "test test test test test test test test test test test junk";
/** The dev chain's default chain id. */
export const CHAIN_ID = 31337n;
/** Every dev account's genesis balance: 100,000 TAO in wei. */
export const DEV_BALANCE = ethers.parseEther("100000");
/** The balance-transfer precompile's address. */
export const BALANCE_TRANSFER = "0x0000000000000000000000000000000000000800";

/**
 * Dev account indexes, one per test file, so files never race on nonces and
 * each one can reason about its own balances exactly.
 */
export const ACCOUNT = Object.freeze({
  devSigner: 0, // node-side signing (eth_sendTransaction)
  transfers: 1,
  erc20: 2,
  precompile: 3,
  mining: 4,
  fees: 5,
  rpc: 6,
  tao: 7, // funds the issue-4 wallets of lib/tao.mjs
  untouched: 9, // never sends or receives anything
});

const e2eDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** The repository root. */
export const REPO_DIR = path.resolve(e2eDir, "..");

function requireEnv(name) {
  const v = process.env[name];
  if (!v) {
    throw new Error(`${name} is not set: run the suite with "npm test" (run.mjs starts taod)`);
  }
  return v;
}

/** The node's HTTP JSON-RPC endpoint. */
export const httpUrl = () => requireEnv("TAOD_HTTP_URL");
/** The node's WebSocket JSON-RPC endpoint. */
export const wsUrl = () => requireEnv("TAOD_WS_URL");

/**
 * httpProvider returns an ethers JsonRpcProvider with a short polling
 * interval and no response cache (blocks appear within milliseconds here).
 */
export function httpProvider(opts = {}) {
  const p = new ethers.JsonRpcProvider(httpUrl(), undefined, {
    pollingInterval: 100,
    cacheTimeout: -1,
    ...opts,
  });
  p.pollingInterval = 100;
  return p;
}

/** wsProvider returns an ethers WebSocketProvider; destroy() it when done. */
export function wsProvider() {
  return new ethers.WebSocketProvider(wsUrl());
}

/** hdPath is the derivation path of dev account i. */
export const hdPath = (i) => `m/44'/60'/0'/0/${i}`;

// The mnemonic's root node, derived once: the seed's PBKDF2 is slow in JS.
let rootNode = null;

/**
 * devWallet derives dev account i from the mnemonic (m/44'/60'/0'/0/i) and
 * connects it to provider if one is given.
 */
export function devWallet(i, provider) {
  rootNode ??= ethers.HDNodeWallet.fromPhrase(MNEMONIC, undefined, "m");
  const w = rootNode.derivePath(hdPath(i));
  return provider ? w.connect(provider) : w;
}

/**
 * tipsEarned is what the block's coinbase earned from priority fees if it is
 * addr (the dev authority may pay fees to a dev account), else 0.
 */
export async function tipsEarned(provider, blockNumber, addr) {
  const block = await provider.getBlock(blockNumber);
  if (block.miner.toLowerCase() !== addr.toLowerCase()) return 0n;
  const receipts = await provider.send("eth_getBlockReceipts", [ethers.toQuantity(blockNumber)]);
  let tips = 0n;
  for (const r of receipts) {
    tips += BigInt(r.gasUsed) * (BigInt(r.effectiveGasPrice) - block.baseFeePerGas);
  }
  return tips;
}

/** keyOf right-aligns an address in a bytes32 key, as Subtensor's ABI expects. */
export const keyOf = (address) => ethers.zeroPadValue(ethers.getAddress(address), 32);

/** randomAddress returns a fresh address that has never been used. */
export const randomAddress = () => ethers.Wallet.createRandom().address;

/** balanceTransferAbi loads the precompile's ABI from contracts/out. */
export function balanceTransferAbi() {
  const p = path.join(REPO_DIR, "contracts", "out", "IBalanceTransfer.abi.json");
  return JSON.parse(fs.readFileSync(p, "utf8"));
}

/**
 * revertData digs the raw revert data out of an ethers error, whichever of
 * its fields carries it.
 */
export function revertData(err) {
  const cands = [err?.data, err?.error?.data, err?.info?.error?.data, err?.revert?.data];
  for (const c of cands) {
    if (typeof c === "string" && c.startsWith("0x")) return c;
    if (c && typeof c.data === "string") return c.data;
  }
  return null;
}

/** gasCost is what a mined receipt charged its sender. */
export const gasCost = (receipt) => receipt.gasUsed * receipt.gasPrice;

/**
 * rawRpc posts one JSON-RPC request over HTTP and returns the whole response
 * object ({result} or {error: {code, message, data}}), so tests can check
 * error codes exactly as the node sends them.
 */
export async function rawRpc(method, params = []) {
  const res = await fetch(httpUrl(), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
  });
  return res.json();
}

/** traceCalls runs debug_traceTransaction with geth's callTracer. */
export function traceCalls(provider, hash, config = {}) {
  return provider.send("debug_traceTransaction", [hash, { tracer: "callTracer", tracerConfig: config }]);
}
