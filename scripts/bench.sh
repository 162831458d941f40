#!/usr/bin/env bash
# Benchmarks, printing their figures. With no argument, all of them side by side in one run:
#   1. webhook intake: signed deliveries per second and p50/p99 at 16 connections, the host
#      (each delivery durable before its 200) beside a Node server with @shopify/shopify-api,
#      taking turns for 3 rounds of 10 s, the medians compared;
#   2. the bulk import (local Shopify on Plus, 10,000 orders) beside its floor measured on
#      the same file in the same run;
#   3. the host's peak memory over a bulk import of 100,000 orders (no floor: its file is
#      larger than one HTTP answer may be).
# With arguments, one run of the import benchmark:
#   scripts/bench.sh --path webhooks|bulk|reconcile|intake [--orders N] [--plan basic|grow|advanced|plus]
#                    [--senders K] [--connections K] [--seconds S] [--rounds R]
# The machines are shared: the load printed first says what else was running.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh default
cmake --build --preset default --target import_benchmark
benchmark=build/bin/import_benchmark
[ $# -eq 0 ] || exec "$benchmark" "$@"

echo "bench: $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
status=0
"$benchmark" --path intake --connections 16 --seconds 10 || status=1
echo "bench: load: $(cut -d' ' -f1-3 /proc/loadavg)"
"$benchmark" --path bulk --orders 10000 --plan plus || status=1
echo "bench: load: $(cut -d' ' -f1-3 /proc/loadavg)"
"$benchmark" --path bulk --orders 100000 --plan plus || status=1
echo "bench: load after: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $status
