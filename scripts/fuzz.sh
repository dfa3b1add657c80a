#!/usr/bin/env bash
# Build the libFuzzer targets (clang, ASan + UBSan) and run each for a bounded slice over
# its checked-in regression corpus (tests/fuzz/TARGET/): every input there is run first,
# so a crash once found stays found; new inputs go to a scratch folder, crashes too.
#   bash scripts/fuzz.sh [SECONDS]    (default 60 per target; CI runs it)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
bash scripts/deps.sh clang libclang-rt-14-dev
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j"$(nproc)" --target fuzz_dsl fuzz_read
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
status=0
for target in dsl read; do
  mkdir -p "$scratch/$target/new" "$scratch/$target/crashes"
  echo "fuzz_$target: $seconds s over tests/fuzz/$target ($(ls tests/fuzz/$target | wc -l) inputs)"
  if ! build-fuzz/fuzz_$target -max_total_time="$seconds" -max_len=20000 -timeout=10 -rss_limit_mb=2048 \
         -print_final_stats=1 -artifact_prefix="$scratch/$target/crashes/" \
         "$scratch/$target/new" "tests/fuzz/$target" >"$scratch/$target.log" 2>&1; then
    status=1
    tail -n 40 "$scratch/$target.log"
    for f in "$scratch/$target/crashes"/*; do
      [ -e "$f" ] || continue
      echo "crash input (add it to tests/fuzz/$target/ once fixed): $(basename "$f"), $(wc -c <"$f") bytes"
      head -c 300 "$f" | od -c | head -n 8
    done
  fi
  grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb" "$scratch/$target.log" | sed "s/^/  /" || true
done
if [ "$status" -eq 0 ]; then echo "fuzz: 2 passed, 0 failed"; else echo "fuzz: failed"; fi
exit "$status"
