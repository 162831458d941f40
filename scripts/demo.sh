#!/usr/bin/env bash
# The main job: set up, build, and run the demo on the embedded defaults.
# Usage: scripts/demo.sh [--once] [--listen HOST:PORT]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh default
exec build/bin/exchange-host --data "${DEMO_DATA:-data/demo}" demo "$@"
