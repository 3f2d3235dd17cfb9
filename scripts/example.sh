#!/usr/bin/env bash
# The main job on the shipped example (examples/churn), run on this machine through the CLI
# with the same inputs a workflow gives the actions: validate the data, train the model,
# evaluate it on the hold-out set. Outputs land in mlops-out/example/.
set -euo pipefail
cd "$(dirname "$0")/.."
out=mlops-out/example
mlops() { node bin/mlops.js "$@"; }
banner() { printf '\n=== %s\n' "$*" >&2; }

banner "validate-data: examples/churn/data/train.csv against examples/churn/schema.yml"
mlops validate-data --data examples/churn/data/train.csv --schema examples/churn/schema.yml \
  --profile-output "$out/data-profile.json" --report-output "$out/validation-report.json"

banner "train: the built-in trainer from examples/churn/train.yml"
mlops train --config examples/churn/train.yml --output-dir "$out/model" --seed 42

banner "evaluate: the trained model on examples/churn/data/eval.csv (no registry on a laptop: baseline none)"
mlops evaluate --model-dir "$out/model" --data examples/churn/data/eval.csv --baseline none --comment never \
  --report-output "$out/evaluation.md"
