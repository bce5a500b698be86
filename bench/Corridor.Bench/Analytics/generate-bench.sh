#!/usr/bin/env bash
# Whole-process generation benchmark: `corridor generate --from 2021-01-01 --until 2026-01-01 --scale SCALE` into a fresh
# demo database (SQLite, and/or a throwaway PostgreSQL), printing the generator's own figure (lines/s including the
# write; index and rollup rebuild reported apart) with the load average before and after. Scale 10 ≈ 1M lines,
# 30 ≈ 3M, 105 ≈ 10M. The generator alone, for comparison: `Corridor.Bench analytics gen-only DB FROM UNTIL SCALE`.
# With a third argument `wal`, another connection holds the SQLite file open during the load (as a running server
# would), so the load cannot leave WAL mode: the same-run peer of the rollback-journal load.
# Usage: bench/Corridor.Bench/Analytics/generate-bench.sh [SCALE] [sqlite|postgres|both] [wal]   (figures in docs/analytics.md)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
scale="${1:-10}"
which="${2:-both}"
mode="${3:-}"
work="$(mktemp -d /tmp/corridor-generate-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
cd "$root"
export CORRIDOR_HOME="$work"
./corridor --help >/dev/null
load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), commit $(git rev-parse --short HEAD)"
if [ "$which" != postgres ]; then
  ./corridor demo --setup-only --database "$work/sqlite.db" >/dev/null
  holder=""
  if [ "$mode" = wal ]; then
    python3 -c 'import sqlite3, sys, time; c = sqlite3.connect(sys.argv[1]); c.execute("SELECT count(*) FROM organisations").fetchall(); time.sleep(86400)' "$work/sqlite.db" &
    holder=$!
    sleep 1
  fi
  echo "== SQLite${mode:+ ($mode held open)}, scale $scale, load before $(load)"
  TIMEFORMAT='   process: %R s wall, %U s user + %S s system CPU (generation, write, index and rollup rebuild)'
  time (./corridor generate --from 2021-01-01 --until 2026-01-01 --scale "$scale" --database "$work/sqlite.db" 2>/dev/null | head -3)
  echo "   load after $(load); database $(du -sh "$work/sqlite.db" | cut -f1)"
  if [ -n "$holder" ]; then kill "$holder"; wait "$holder" 2>/dev/null || true; fi
  rm -f "$work"/sqlite.db*
fi
if [ "$which" != sqlite ]; then
  scripts/with-postgres.sh bash -c "
    ./corridor demo --setup-only --database \"\$CORRIDOR_TEST_POSTGRES\" >/dev/null &&
    echo \"== PostgreSQL, scale $scale, load before \$(cut -d' ' -f1-3 /proc/loadavg)\" &&
    TIMEFORMAT='   corridor process: %R s wall, %U s user + %S s system CPU (the server process is not counted)' &&
    time (./corridor generate --from 2021-01-01 --until 2026-01-01 --scale $scale --database \"\$CORRIDOR_TEST_POSTGRES\" 2>/dev/null | head -3) &&
    echo \"   load after \$(cut -d' ' -f1-3 /proc/loadavg)\""
fi
