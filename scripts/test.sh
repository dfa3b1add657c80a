#!/usr/bin/env bash
# Build kb and run the whole test suite through ctest.
#   bash scripts/test.sh          the normal build (build/)
#   bash scripts/test.sh --asan   the same suite under AddressSanitizer + UBSan (build-asan/)
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${1:-}" == "--asan" ]]; then
  bash scripts/deps.sh
  cmake --preset asan >/dev/null
  cmake --build --preset asan -j"$(nproc)"
  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
    LSAN_OPTIONS=suppressions="$PWD/tests/lsan.supp" \
    ctest --preset asan -j"$(nproc)"
  exit
fi
bash scripts/build.sh
ctest --test-dir build --output-on-failure -j"$(nproc)"
