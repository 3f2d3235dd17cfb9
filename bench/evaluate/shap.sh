#!/bin/sh
# SHAP benchmark (see shap.ts): trains the churn example's package, then explains 1,000 rows.
set -e
out=$(mktemp -d)
npx rolldown bench/evaluate/shap.ts --platform node --format esm -o "$out/shap.mjs" > /dev/null
node bin/mlops.js train --config examples/churn/train.yml --output-dir "$out/model" --backend cpu --seed 1 > "$out/train.log" 2>&1 || { cat "$out/train.log"; exit 1; }
${NODE:-node} "$out/shap.mjs" "$out/model" examples/churn/data/eval.csv "${ROWS:-1000}" "${BACKGROUND:-100}"
