#!/usr/bin/env bash
# Build kb, ingest the sample corpus into ./kb.db, run the tour of example queries, and
# open the REPL when run on a terminal.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
./build/cli/kb --db kb.db ingest examples/corpus/
./build/cli/kb --db kb.db run examples/tour.kbq
if [ -t 0 ] && [ -t 1 ]; then
  echo
  echo "Opening the REPL on kb.db (.help for commands, Ctrl-D to leave)."
  exec ./build/cli/kb --db kb.db repl
fi
