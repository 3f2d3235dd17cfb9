#!/bin/sh
# Bundles bench.ts (the repository's sources are TypeScript with NodeNext `.js` imports) and runs it.
set -e
cd "$(dirname "$0")/../.."
out="$(mktemp -d)"
npx rolldown bench/evaluate/bench.ts --platform node --format esm -o "$out/bench.mjs" > /dev/null
cp bench/evaluate/sklearn_bootstrap.py "$out/"
node "$out/bench.mjs" "$@"
rm -rf "$out"
