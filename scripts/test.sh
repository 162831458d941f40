#!/usr/bin/env bash
# The tests: set up, build, run every test. The long reliability runs (label
# `reliability`, README, Reliability) and the sanitizer builds (scripts/sanitizers.sh) are
# separate commands: each takes longer than the test command may.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh default
ctest --preset default -j 2 -LE reliability
