#!/bin/sh
# Bundles and runs rounds-sweep.ts (see there).
set -e
cd "$(dirname "$0")/../.."
out="$(mktemp -d)"
npx rolldown bench/tune/rounds-sweep.ts --platform node --format esm -o "$out/sweep.mjs" > /dev/null
"${NODE:-node}" "$out/sweep.mjs" "$@"
rm -rf "$out"
