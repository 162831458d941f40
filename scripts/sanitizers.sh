#!/usr/bin/env bash
# The tests where memory errors would hide, built again under AddressSanitizer +
# UndefinedBehaviorSanitizer (build-asan/, unoptimised): the plugin manager (hot swap), the
# store (transactions), the HTTP server and route table (answers given later, from other
# threads), the host API's own types, the plugin (the webhook group commit's thread) and
# the 1,000-order import while both adapters are swapped 50 times (R17). Not part of the
# test command: it is a second, unoptimised build of the host, the plugin, the adapters
# and six test programs. Run scripts/test.sh first (it installs what both need).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset asan >/dev/null
cmake --build --preset asan -j "$(nproc)" --target plugin_manager_tests store_tests http_tests host_api_tests plugin_tests \
  integration_tests
ctest --preset asan -j 2 --no-tests=error \
  -R '^(plugin_manager_tests[.]|store_tests[.]|http_tests[.]|host_api_tests[.]|plugin_tests[.]|integration_tests[.]R17 1000 orders)'
