#!/usr/bin/env bash
# Benchmarks, printing their figures: the import of N orders through webhooks and GraphQL,
# through the initial import's bulk operation, or through reconciliation.
# Usage: scripts/bench.sh [--path webhooks|bulk|reconcile] [--orders N] [--plan basic|grow|advanced|plus] [--senders K]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh default
cmake --build --preset default --target import_benchmark
exec build/bin/import_benchmark "$@"
