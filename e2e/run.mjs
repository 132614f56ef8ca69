// run.mjs is the end-to-end harness behind `npm test`:
//
//  1. builds taod once (go build -o <tmp>/taod ./cmd/taod), unless TAOD_BIN
//     names a binary already built;
//  2. starts `taod --dev` on two free loopback ports with a fresh temporary
//     --datadir and waits until JSON-RPC answers;
//  3. runs every test/*.test.mjs file with Node's built-in test runner
//     (node --test), passing the endpoints as TAOD_HTTP_URL / TAOD_WS_URL;
//  4. always stops taod (SIGTERM, then SIGKILL) and removes the temp dir,
//     also when the tests fail, time out or the harness is interrupted.
//
// Setting TAOD_HTTP_URL (and TAOD_WS_URL) runs the tests against a node that
// is already running instead. Extra arguments are passed to `node --test`
// (for example --test-name-pattern=ERC-20). The taod log is printed when
// anything fails, and kept when TAOEVM_E2E_KEEP=1.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const e2eDir = path.dirname(fileURLToPath(import.meta.url));
const repoDir = path.resolve(e2eDir, "..");
const BUILD_TIMEOUT_MS = 15 * 60 * 1000; // a cold build compiles go-ethereum
const READY_TIMEOUT_MS = 60 * 1000;
// Hard stop for the tests (the suite takes well under 2 minutes);
// TAOEVM_E2E_TIMEOUT_S overrides it.
const TESTS_TIMEOUT_MS = Number(process.env.TAOEVM_E2E_TIMEOUT_S || 300) * 1000;
// Blocks come from transactions and evm_mine/anvil_mine only: period 0
// turns off empty blocks, so block numbers and timestamps stay under the
// tests' control.
const DEV_PERIOD = "0";

const log = (msg) => process.stderr.write(`[e2e] ${msg}\n`);

let taod = null;
let tests = null;
let tmpDir = null;
let taodLog = null;
let cleaned = false;
let cleanupDone = null;

// signalChild sends sig to a child, or to its whole process group when it
// was started detached (the test runner, whose per-file processes must not
// outlive it).
function signalChild(child, sig) {
  try {
    if (child === tests) process.kill(-child.pid, sig);
    else child.kill(sig);
  } catch {
    // already gone
  }
}

// stopChild terminates a child process by pid: SIGTERM, then SIGKILL.
async function stopChild(child, name, graceMs = 10000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  signalChild(child, "SIGTERM");
  const t = setTimeout(() => {
    log(`${name} did not stop within ${graceMs} ms, killing it`);
    signalChild(child, "SIGKILL");
  }, graceMs);
  await exited;
  clearTimeout(t);
}

// cleanup stops the children and removes the temp dir; every caller (normal
// end, signal handler) awaits the same single run of it.
function cleanup(failed) {
  cleanupDone ??= doCleanup(failed);
  return cleanupDone;
}

async function doCleanup(failed) {
  cleaned = true;
  await stopChild(tests, "test runner", 3000);
  await stopChild(taod, "taod");
  if (taodLog && (failed || process.env.TAOEVM_E2E_KEEP === "1")) {
    try {
      const text = fs.readFileSync(taodLog, "utf8");
      const tail = text.split("\n").slice(-80).join("\n");
      log(`last lines of ${taodLog}:\n${tail}`);
    } catch {
      // no log written
    }
  }
  if (tmpDir && process.env.TAOEVM_E2E_KEEP !== "1") {
    fs.rmSync(tmpDir, { recursive: true, force: true });
  }
}

// Synchronous last resort: never leave taod running behind us.
process.on("exit", () => {
  for (const c of [tests, taod]) {
    if (c && c.exitCode === null && c.signalCode === null) signalChild(c, "SIGKILL");
  }
});
for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(sig, async () => {
    log(`${sig}: stopping`);
    await cleanup(true);
    process.exit(130);
  });
}

// freePort asks the kernel for an unused loopback port.
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function buildTaod() {
  if (process.env.TAOD_BIN) return process.env.TAOD_BIN;
  const bin = path.join(tmpDir, "taod");
  log("building taod (go build ./cmd/taod)");
  const t0 = Date.now();
  const r = spawnSync("go", ["build", "-o", bin, "./cmd/taod"], {
    cwd: repoDir,
    stdio: ["ignore", "inherit", "inherit"],
    timeout: BUILD_TIMEOUT_MS,
  });
  if (r.error) throw new Error(`go build: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`go build exited with ${r.status ?? r.signal}`);
  log(`built taod in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return bin;
}

async function rpcReady(url) {
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_chainId", params: [] }),
      signal: AbortSignal.timeout(2000),
    });
    if (!res.ok) return false;
    const body = await res.json();
    return typeof body.result === "string";
  } catch {
    return false;
  }
}

async function startTaod(bin) {
  const httpPort = await freePort();
  let wsPort = await freePort();
  while (wsPort === httpPort) wsPort = await freePort();
  const datadir = path.join(tmpDir, "datadir");
  taodLog = path.join(tmpDir, "taod.log");
  const out = fs.openSync(taodLog, "a");
  const args = [
    "--dev",
    "--datadir", datadir,
    "--http.addr", "127.0.0.1",
    "--http.port", String(httpPort),
    "--ws.addr", "127.0.0.1",
    "--ws.port", String(wsPort),
    "--dev.period", DEV_PERIOD,
  ];
  log(`starting ${bin} ${args.join(" ")}`);
  taod = spawn(bin, args, { cwd: tmpDir, stdio: ["ignore", out, out] });
  fs.closeSync(out);
  let exitInfo = null;
  taod.once("exit", (code, signal) => {
    exitInfo = { code, signal };
    if (!cleaned) log(`taod exited (code ${code}, signal ${signal})`);
  });

  const httpUrl = `http://127.0.0.1:${httpPort}`;
  const wsUrl = `ws://127.0.0.1:${wsPort}`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!(await rpcReady(httpUrl))) {
    if (exitInfo) throw new Error(`taod exited before JSON-RPC was ready (code ${exitInfo.code})`);
    if (Date.now() > deadline) throw new Error(`taod JSON-RPC not ready after ${READY_TIMEOUT_MS} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
  log(`taod ready: ${httpUrl} ${wsUrl}`);
  return { httpUrl, wsUrl };
}

// counts collects the test runner's closing totals (TAP "# pass N" or the
// spec reporter's "ℹ pass N") while its output is passed through.
const counts = {};
const COUNT_LINE = /^(?:# |\u2139 )(pass|fail|skipped|cancelled|todo) (\d+)\s*$/;

function runTests(env) {
  const testDir = path.join(e2eDir, "test");
  const files = fs
    .readdirSync(testDir)
    .filter((f) => f.endsWith(".test.mjs"))
    .sort()
    .map((f) => path.join("test", f));
  // Files run one at a time: mining and fee tests reason about consecutive
  // blocks, which a concurrent file's transactions would interleave with.
  const args = ["--test", "--test-concurrency=1", ...process.argv.slice(2), ...files];
  return new Promise((resolve) => {
    tests = spawn(process.execPath, args, {
      cwd: e2eDir,
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, ...env },
      detached: true, // own process group, so a timeout stops every test process
    });
    let partial = "";
    tests.stdout.on("data", (chunk) => {
      process.stdout.write(chunk);
      const lines = (partial + chunk.toString("utf8")).split("\n");
      partial = lines.pop();
      for (const line of lines) {
        const m = COUNT_LINE.exec(line);
        if (m) counts[m[1]] = Number(m[2]);
      }
    });
    const timer = setTimeout(() => {
      log(`tests still running after ${TESTS_TIMEOUT_MS / 1000} s, stopping them`);
      signalChild(tests, "SIGKILL");
    }, TESTS_TIMEOUT_MS);
    tests.once("close", (code, signal) => {
      clearTimeout(timer);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

async function main() {
  tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), "taoevm-e2e-"));
  const env = { TAOEVM_E2E_TMP: tmpDir };
  if (process.env.TAOD_HTTP_URL) {
    log(`using the running node at ${process.env.TAOD_HTTP_URL}`);
  } else {
    const bin = buildTaod();
    const urls = await startTaod(bin);
    env.TAOD_HTTP_URL = urls.httpUrl;
    env.TAOD_WS_URL = urls.wsUrl;
  }
  const t0 = Date.now();
  const code = await runTests(env);
  log(`tests finished in ${((Date.now() - t0) / 1000).toFixed(1)} s with exit code ${code}`);
  if (taod && (taod.exitCode !== null || taod.signalCode !== null)) {
    log("taod died during the tests");
    return 1;
  }
  return code;
}

let code = 1;
try {
  code = await main();
} catch (err) {
  log(`error: ${err.message}`);
  code = 1;
}
await cleanup(code !== 0);
// The last line is the plain summary "e2e: N passed, N failed[, N skipped]".
if (counts.pass !== undefined && counts.fail !== undefined) {
  const skipped = (counts.skipped ?? 0) + (counts.todo ?? 0);
  const failed = counts.fail + (counts.cancelled ?? 0);
  process.stdout.write(`e2e: ${counts.pass} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}\n`);
}
process.exit(code);
