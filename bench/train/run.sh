#!/bin/sh
# Bundles bench.ts (TypeScript sources with NodeNext `.js` imports) into one ESM file and runs it;
# see bench.ts for options. The banner gives the CommonJS globals tfjs-backend-wasm's loader uses.
set -e
cd "$(dirname "$0")/../.."
out="$(mktemp -d)"
npx rolldown bench/train/bench.ts --platform node --format esm --no-codeSplitting -o "$out/bench.mjs" \
  --banner "import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);" > /dev/null
cp bench/train/torch_mlp.py "$out/"
MLOPS_TFJS_WASM_DIR="${MLOPS_TFJS_WASM_DIR:-$PWD/node_modules/@tensorflow/tfjs-backend-wasm/dist}" node "$out/bench.mjs" "$@"
rm -rf "$out"
