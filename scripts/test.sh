#!/usr/bin/env bash
# The whole test suite: Go unit, integration and fuzz-seed tests, then the
# JavaScript end-to-end suite (ethers v6) against a freshly built taod.
set -euo pipefail
cd "$(dirname "$0")/.."

# One build variant for everything the tests compile: without this, the
# taod binary (cmd/taod/default.pgo) and the test binaries would each compile
# go-ethereum once. PGO changes speed, never behaviour; benchmarks and
# `go build ./cmd/taod` keep it.
export GOFLAGS="${GOFLAGS:+$GOFLAGS }-pgo=off"

# Pinned npm packages: solc for the contracts check.
(cd contracts && npm ci --no-audit --no-fund --loglevel=error)

go test -count=1 -timeout 20m ./...

# JavaScript end-to-end suite: ethers v6 against a freshly built taod --dev.
(cd e2e && npm ci --no-audit --no-fund --loglevel=error && npm test)
