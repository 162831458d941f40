#!/usr/bin/env bash
# Installs every Debian package the build and the tests need, then configures and builds.
# Usage: scripts/setup.sh [PRESET...]   (presets of CMakePresets.json; default: default)
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake ninja-build pkg-config
  libboost1.74-dev libboost-filesystem1.74-dev
  rapidjson-dev libspdlog-dev libfmt-dev catch2
  libsqlite3-dev libssl-dev openssl libphonenumber-dev
  chromium
)
# The browser tests run on node; a machine that has one already keeps it.
command -v node >/dev/null 2>&1 || packages+=(nodejs npm)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The browser tests' playwright-core (it drives Debian's Chromium; no browser is downloaded).
browser_tests=tests/browser
if [ ! -d "$browser_tests/node_modules" ] || [ "$browser_tests/package-lock.json" -nt "$browser_tests/node_modules" ]; then
  echo "setup: installing the browser tests' node packages"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --prefix "$browser_tests" --no-audit --no-fund
  touch "$browser_tests/node_modules"
fi

# The webhook benchmark's Node peer (scripts/bench.sh): @shopify/shopify-api, which wants
# Node 20 or later.
bench_peer=tests/bench/peer
if [ ! -d "$bench_peer/node_modules" ] || [ "$bench_peer/package-lock.json" -nt "$bench_peer/node_modules" ]; then
  echo "setup: installing the benchmark peer's node packages"
  npm ci --prefix "$bench_peer" --no-audit --no-fund
  touch "$bench_peer/node_modules"
fi

presets=("$@")
[ ${#presets[@]} -gt 0 ] || presets=(default)
for preset in "${presets[@]}"; do
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" -j "$(nproc)"
done
