#!/bin/sh
# Bundles bench.ts and the bootstrap worker (the repository's sources are TypeScript with NodeNext
# `.js` imports; the action ships them bundled the same way) and runs the benchmark.
set -e
cd "$(dirname "$0")/../.."
out="$(mktemp -d)"
npx rolldown bench/evaluate/bench.ts --platform node --format esm -o "$out/bench.mjs" > /dev/null
npx rolldown shared/metrics/bootstrap-worker.ts --platform node --format esm -o "$out/bootstrap-worker.mjs" > /dev/null
cp bench/evaluate/sklearn_bootstrap.py "$out/"
MLOPS_BOOTSTRAP_WORKER="$out/bootstrap-worker.mjs" "${NODE:-node}" "$out/bench.mjs" "$@"
rm -rf "$out"
