// compile.mjs compiles the suite's Solidity contracts (e2e/contracts/) with
// the pinned solc through its standard-JSON interface. Imports resolve
// through a callback: "@openzeppelin/..." and other npm paths come from
// e2e/node_modules, "taoevm/..." from the project's own interfaces in
// contracts/src. Results are cached in a JSON file in the harness's temp
// directory (TAOEVM_E2E_TMP) keyed by the sources' hash, so the suite compiles
// once even though every test file runs in its own process.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);

/** The solc version package.json pins; compile() refuses any other. */
export const SOLC_VERSION = "0.8.37";

const e2eDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const repoDir = path.resolve(e2eDir, "..");
const contractsDir = path.join(e2eDir, "contracts");

/** Fixed compiler settings, matching contracts/build.mjs's EVM version. */
const SETTINGS = {
  evmVersion: "prague",
  optimizer: { enabled: true, runs: 200 },
  outputSelection: {
    "*": { "*": ["abi", "evm.bytecode.object", "evm.deployedBytecode.object"] },
  },
};

// resolveImport maps an import path to a file on disk, or null.
function resolveImport(unit) {
  const roots = unit.startsWith("taoevm/")
    ? [[path.join(repoDir, "contracts", "src"), unit.slice("taoevm/".length)]]
    : [[contractsDir, unit], [path.join(e2eDir, "node_modules"), unit]];
  for (const [root, rel] of roots) {
    const p = path.resolve(root, rel);
    if (!p.startsWith(root + path.sep)) continue;
    if (fs.existsSync(p) && fs.statSync(p).isFile()) return p;
  }
  return null;
}

/** findImports is the solc import callback. */
export function findImports(unit) {
  const p = resolveImport(unit);
  if (p === null) return { error: `import not found: ${unit}` };
  return { contents: fs.readFileSync(p, "utf8") };
}

/**
 * compile compiles the named files of e2e/contracts together and returns
 * { ContractName: { abi, bytecode, deployedBytecode } }. It throws with the
 * compiler's messages on any error.
 */
export function compile(files) {
  const sources = {};
  for (const f of [...files].sort()) {
    sources[f] = { content: fs.readFileSync(path.join(contractsDir, f), "utf8") };
  }
  const input = { language: "Solidity", sources, settings: SETTINGS };
  const key = crypto.createHash("sha256").update(JSON.stringify(input)).digest("hex").slice(0, 16);
  const cacheDir = process.env.TAOEVM_E2E_TMP;
  const cacheFile = cacheDir ? path.join(cacheDir, `solc-${key}.json`) : null;
  if (cacheFile && fs.existsSync(cacheFile)) {
    const cached = JSON.parse(fs.readFileSync(cacheFile, "utf8"));
    if (cached.key === key) return cached.contracts;
  }

  const solc = require("solc");
  const version = solc.version();
  if (!version.startsWith(SOLC_VERSION + "+")) {
    throw new Error(`solc ${version} loaded, ${SOLC_VERSION} pinned`);
  }
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
  const errors = (output.errors ?? []).filter((e) => e.severity === "error");
  if (errors.length > 0) {
    throw new Error("solc: " + errors.map((e) => e.formattedMessage).join("\n"));
  }
  const contracts = {};
  for (const f of Object.keys(sources)) {
    for (const [name, c] of Object.entries(output.contracts[f] ?? {})) {
      contracts[name] = {
        abi: c.abi,
        bytecode: "0x" + c.evm.bytecode.object,
        deployedBytecode: "0x" + c.evm.deployedBytecode.object,
      };
    }
  }
  if (cacheFile) {
    const tmp = `${cacheFile}.${process.pid}`;
    fs.writeFileSync(tmp, JSON.stringify({ key, solc: version, contracts }));
    fs.renameSync(tmp, cacheFile);
  }
  return contracts;
}
