#!/bin/sh
# Bundles bench.ts (the repository's sources are TypeScript with NodeNext `.js` imports) and runs
# it; the Optuna side (optuna_bench.py, Debian's /usr/bin/python3) runs from inside it.
set -e
cd "$(dirname "$0")/../.."
out="$(mktemp -d)"
npx rolldown bench/tune/bench.ts --platform node --format esm -o "$out/bench.mjs" > /dev/null
cp bench/tune/optuna_bench.py "$out/"
"${NODE:-node}" "$out/bench.mjs" "$@"
rm -rf "$out"
