#!/usr/bin/env bash
# The tests: set up, build, run every test; then the plugin manager and store tests again
# under AddressSanitizer + UndefinedBehaviorSanitizer (hot swap and transactions are where
# memory errors would hide). The long reliability runs (label `reliability`) are left out:
# README, Reliability, gives their command.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh default
ctest --preset default -j 2 -LE reliability

cmake --preset asan >/dev/null
cmake --build --preset asan -j "$(nproc)" --target plugin_manager_tests store_tests
ctest --preset asan -j 2 -R '^(plugin_manager_tests|store_tests)[.]' --no-tests=error
