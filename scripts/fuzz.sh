#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz, clang, ASan + UBSan) and runs each for N
# seconds, one after the other, seeded from the fixtures; prints each run's figures.
# Usage: scripts/fuzz.sh [seconds per target, default 600] [target ...]
# Targets: webhook_payload graphql_order_decoder bulk_orders_file (default: all three).
# A crash input is written to tests/fuzz/corpus/<target>/ (keep it: every later run
# replays that folder first) and the script exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
shift || true
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(webhook_payload graphql_order_decoder bulk_orders_file)
fixtures="$(cd .. && pwd)/shared/fixtures"

export CMAKE_CXX_COMPILER_LAUNCHER="${CMAKE_CXX_COMPILER_LAUNCHER:-$(command -v ccache || true)}"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "${FUZZ_BUILD_JOBS:-2}" --target fuzz_seeds "${targets[@]/%/_fuzz}"

out=build-fuzz/fuzz-runs
rm -rf "$out/seeds"
mkdir -p "$out"
build-fuzz/bin/fuzz_seeds "$fixtures" "$out/seeds"
mkdir -p "$out/seeds/webhook_payload"
cp "$fixtures"/shopify/webhooks/*.json "$fixtures"/shopify/rest/*.json "$out/seeds/webhook_payload/"

failed=0
summary=()
for target in "${targets[@]}"; do
    kept="tests/fuzz/corpus/$target"   # crash inputs found so far, replayed first
    work="$out/corpus/$target"         # what this and later runs grow
    log="$out/$target.log"
    mkdir -p "$kept" "$work"
    echo "== $target: ${seconds}s (log: $log)"
    status=0
    build-fuzz/bin/"$target"_fuzz -max_total_time="$seconds" -print_final_stats=1 -timeout=10 \
        -artifact_prefix="$kept/" "$work" "$out/seeds/$target" "$kept" >"$log" 2>&1 || status=$?
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    cov=$(grep -Eo 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+' "$log" | tail -1 || echo "cov: ?")
    crashes=$(grep -c '^artifact_prefix=\|Test unit written to' "$log" || true)
    line="$target: ${runs} runs, ${rate} exec/s, ${cov}, crashes: ${crashes}, exit ${status}"
    echo "$line"
    summary+=("$line")
    [[ $status -eq 0 ]] || failed=1
done
echo "== summary (${seconds}s each)"
printf '%s\n' "${summary[@]}"
exit "$failed"
