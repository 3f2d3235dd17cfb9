#!/usr/bin/env bash
# The README's first command: the whole lifecycle of the shipped example (examples/churn) on this
# machine, against a local GitHub (the emulator the tests use). The example repository's own
# workflow files run job by job, step by step, through the suite's reusable workflows and its
# actions' committed bundles: pull request → release (staging, production) → a drifted week →
# the drift issue and the retraining it dispatches → a clean week → the issue closed.
# Everything lands in mlops-out/example/. Pass --keep to leave the services and the web view up.
set -euo pipefail
cd "$(dirname "$0")/.."
exec node bin/mlops.js example "$@"
