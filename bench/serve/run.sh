#!/bin/sh
# Bundles bench.ts (TypeScript sources with NodeNext `.js` imports) into .tmp/serve-bench, inside the
# repository so that autocannon and onnxruntime-node (left out of the bundle) resolve from
# node_modules, and runs it; see bench.ts for the options. Without --package it trains the churn
# example's MLP (examples/churn/train.yml) first, in-process.
set -e
cd "$(dirname "$0")/../.."
repo="$PWD"
out="$repo/.tmp/serve-bench"
rm -rf "$out"
mkdir -p "$out"
if ! npx rolldown bench/serve/bench.ts --platform node --format esm --no-codeSplitting \
  -e autocannon -e onnxruntime-node -o "$out/bench.mjs" > "$out/bundle.log" 2>&1; then
  cat "$out/bundle.log" >&2
  exit 1
fi
cp bench/serve/fastapi_server.py "$out/"
${NODE:-node} "$out/bench.mjs" --repo "$repo" "$@"
