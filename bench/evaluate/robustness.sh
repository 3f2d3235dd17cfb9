#!/bin/sh
# Robustness benchmark (see robustness.ts): trains the churn example's package, then 3 × 3 perturbations on 100k rows.
set -e
out=$(mktemp -d)
npx rolldown bench/evaluate/robustness.ts --platform node --format esm -o "$out/robustness.mjs" > /dev/null
npx rolldown shared/metrics/bootstrap-worker.ts --platform node --format esm -o "$out/bootstrap-worker.mjs" > /dev/null
node bin/mlops.js train --config examples/churn/train.yml --output-dir "$out/model" --backend cpu --seed 1 > "$out/train.log" 2>&1 || { cat "$out/train.log"; exit 1; }
${NODE:-node} "$out/robustness.mjs" "$out/model" examples/churn/data/eval.csv "${ROWS:-100000}" "$out/bootstrap-worker.mjs"
