// build.mjs compiles every Solidity file under src/ with the pinned solc
// (package.json) through its standard-JSON interface and writes, for each
// contract, interface and library:
//
//   out/<Name>.abi.json  the ABI, pretty-printed
//   out/<Name>.bin       the creation bytecode as hex (deployable contracts only)
//
// The output is deterministic: sources are read in sorted order, the EVM
// version and optimizer settings are fixed, and no metadata hash is appended
// to the bytecode, so editing a comment does not change any .bin file.
//
// Usage:
//
//   node build.mjs          compile and rewrite out/ (stale files are removed)
//   node build.mjs --check  compile in memory and fail if out/ differs
//
// Imports: relative imports resolve inside src/; any other import path is
// looked up under contracts/node_modules (for example an npm library).
import fs from "node:fs";
import path from "node:path";
import process from "node:process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const solc = require("solc");

// The compiler version that package.json pins and the settings every
// contract is compiled with. Changing either changes consensus-relevant
// bytecode of the test and example contracts, so both are fixed here.
const SOLC_VERSION = "0.8.37";
const SETTINGS = {
  evmVersion: "prague",
  optimizer: { enabled: true, runs: 200 },
  metadata: { appendCBOR: false, bytecodeHash: "none" },
  outputSelection: {
    "*": { "*": ["abi", "evm.bytecode.object"] },
  },
};

const root = path.dirname(fileURLToPath(import.meta.url));
const srcDir = path.join(root, "src");
const outDir = path.join(root, "out");

function fail(msg) {
  process.stderr.write(`build.mjs: ${msg}\n`);
  process.exit(1);
}

// listSources returns every .sol file under dir as a sorted list of paths
// relative to the contracts folder, with forward slashes.
function listSources(dir) {
  const found = [];
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) {
        walk(p);
      } else if (entry.isFile() && entry.name.endsWith(".sol")) {
        found.push(path.relative(root, p).split(path.sep).join("/"));
      }
    }
  };
  walk(dir);
  return found.sort();
}

// findImport resolves imports that are not among the sources: paths under
// the contracts folder first, then npm packages under node_modules.
function findImport(unit) {
  const candidates = [path.join(root, unit), path.join(root, "node_modules", unit)];
  for (const c of candidates) {
    const rel = path.relative(root, c);
    if (rel.startsWith("..") || path.isAbsolute(rel)) {
      continue;
    }
    if (fs.existsSync(c) && fs.statSync(c).isFile()) {
      return { contents: fs.readFileSync(c, "utf8") };
    }
  }
  return { error: `import not found: ${unit}` };
}

function compile() {
  const version = solc.version();
  if (!version.startsWith(SOLC_VERSION + "+")) {
    fail(`solc ${version} is installed, ${SOLC_VERSION} is required (run npm ci in contracts/)`);
  }
  const files = listSources(srcDir);
  if (files.length === 0) {
    fail("no Solidity sources under src/");
  }
  const sources = {};
  for (const f of files) {
    sources[f] = { content: fs.readFileSync(path.join(root, f), "utf8") };
  }
  const input = { language: "Solidity", sources, settings: SETTINGS };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImport }));

  let failed = false;
  for (const e of output.errors ?? []) {
    process.stderr.write((e.formattedMessage ?? e.message) + "\n");
    if (e.severity === "error") {
      failed = true;
    }
  }
  if (failed) {
    fail("compilation failed");
  }

  // Collect artifacts of the project's own sources only (not imported
  // libraries), keyed by output file name.
  const artifacts = new Map();
  const owner = new Map();
  for (const unit of Object.keys(output.contracts ?? {}).sort()) {
    if (!(unit in sources)) {
      continue;
    }
    for (const name of Object.keys(output.contracts[unit]).sort()) {
      if (owner.has(name)) {
        fail(`contract name ${name} is declared in both ${owner.get(name)} and ${unit}; names must be unique`);
      }
      owner.set(name, unit);
      const c = output.contracts[unit][name];
      artifacts.set(`${name}.abi.json`, JSON.stringify(c.abi, null, 2) + "\n");
      const bin = c.evm?.bytecode?.object ?? "";
      if (bin.includes("__$")) {
        fail(`${name} needs library linking, which the build does not support`);
      }
      if (bin.length > 0) {
        artifacts.set(`${name}.bin`, bin + "\n");
      }
    }
  }
  return artifacts;
}

function isArtifact(name) {
  return name.endsWith(".abi.json") || name.endsWith(".bin");
}

function existing() {
  if (!fs.existsSync(outDir)) {
    return new Map();
  }
  const m = new Map();
  for (const name of fs.readdirSync(outDir).sort()) {
    if (isArtifact(name)) {
      m.set(name, fs.readFileSync(path.join(outDir, name), "utf8"));
    }
  }
  return m;
}

const check = process.argv.includes("--check");
const want = compile();
const have = existing();

if (check) {
  const problems = [];
  for (const [name, content] of want) {
    if (!have.has(name)) {
      problems.push(`missing out/${name}`);
    } else if (have.get(name) !== content) {
      problems.push(`stale out/${name}`);
    }
  }
  for (const name of have.keys()) {
    if (!want.has(name)) {
      problems.push(`extra out/${name}`);
    }
  }
  if (problems.length > 0) {
    fail(`out/ is not up to date (run node contracts/build.mjs):\n  ${problems.join("\n  ")}`);
  }
  process.stdout.write(`out/ is up to date (${want.size} files)\n`);
} else {
  fs.mkdirSync(outDir, { recursive: true });
  for (const name of have.keys()) {
    if (!want.has(name)) {
      fs.rmSync(path.join(outDir, name));
    }
  }
  for (const [name, content] of want) {
    if (have.get(name) !== content) {
      fs.writeFileSync(path.join(outDir, name), content);
    }
  }
  process.stdout.write(`wrote ${want.size} files to out/\n`);
}
