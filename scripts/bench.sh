#!/usr/bin/env bash
# Benchmarks (docs/BENCHMARKS.md): build kb_bench, then print the query table for
# synthetic knowledge bases and the ingest table for synthetic articles.
#   bash scripts/bench.sh            10k, 100k and 1M events; 10k and 100k articles
#   bash scripts/bench.sh --small    a quick run (what CI checks)
# Generated data is kept in bench-data/ and reused by later runs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh >/dev/null
bench=build/bench/kb_bench
dir=${KB_BENCH_DIR:-bench-data}
# Extraction per article on real articles: the samples, and the dev set when it is there.
corpora=(--corpus examples/corpus)
[[ -d ../shared/dev/articles/vi ]] && corpora+=(--corpus ../shared/dev/articles/vi)
if [[ "${1:-}" == "--small" ]]; then
  "$bench" --dir "$dir" queries --events 2000 --reps 3
  "$bench" --dir "$dir" ingest --articles 200
  "$bench" extract "${corpora[@]}" --reps 3
  exit
fi
"$bench" extract "${corpora[@]}"
for n in 10000 100000 1000000; do "$bench" --dir "$dir" queries --events "$n"; done
for n in 10000 100000; do "$bench" --dir "$dir" ingest --articles "$n"; done
