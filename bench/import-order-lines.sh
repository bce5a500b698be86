#!/usr/bin/env bash
# Whole-process benchmark: `corridor import` of a generated order-lines.csv (default 1,000,000 rows) into SQLite
# and into PostgreSQL, with rows/s and peak memory (max RSS from GNU time). Peers in the same run: the
# databases' own bulk loaders on the same file (sqlite3 .import and psql \copy into a bare table), as a ceiling.
# Usage: bench/import-order-lines.sh [ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-1000000}"
work="$(mktemp -d /tmp/corridor-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
command -v sqlite3 >/dev/null || { apt-get update -qq && apt-get install -y -qq sqlite3 >/dev/null; }
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }

dotnet build src/Corridor/Corridor.csproj -c Release -o .build/corridor -nologo -v:q -clp:ErrorsOnly >/dev/null
dotnet run --project bench/Corridor.Bench -c Release -- gen-order-lines "$rows" "$work/order-lines.csv"
echo "file: $rows rows, $(du -m "$work/order-lines.csv" | cut -f1) MB"

measure() { # label, command...: prints seconds and max RSS
  local label="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err"; exit 1; }
  read -r secs kb < "$work/time"
  printf "%-34s %8.2f s %12.0f rows/s %8.0f MB peak\n" "$label" "$secs" "$(echo "$rows / $secs" | bc -l)" "$(echo "$kb / 1024" | bc -l)"
}

run_for() { # database
  local db="$1"
  CORRIDOR_HOME="$work/home" dotnet .build/corridor/corridor.dll demo --setup-only --database "$db" --data data/reference >/dev/null
  measure "corridor import ($2), new rows" dotnet .build/corridor/corridor.dll import "$work/order-lines.csv" --database "$db" --organisation DEMO --format json
  measure "corridor import ($2), re-import" dotnet .build/corridor/corridor.dll import "$work/order-lines.csv" --database "$db" --organisation DEMO --format json
}

run_for "$work/bench.db" SQLite
sqlite3 "$work/peer.db" "CREATE TABLE lines (order_number TEXT, line INT, order_date TEXT, buyer TEXT, market TEXT, item_kind TEXT, item_code TEXT, quantity INT, unit_price TEXT, currency TEXT, requested_date TEXT);"
measure "peer: sqlite3 .import (no checks)" sqlite3 "$work/peer.db" -cmd ".mode csv" ".import --skip 1 $work/order-lines.csv lines"

pg_part() {
  local cs="$CORRIDOR_TEST_POSTGRES"
  "$CORRIDOR_PG_BIN/psql" -h 127.0.0.1 -p "$CORRIDOR_PG_PORT" -U postgres -qc "CREATE DATABASE bench" >/dev/null
  run_for "${cs/Database=postgres/Database=bench}" PostgreSQL
  "$CORRIDOR_PG_BIN/psql" -h 127.0.0.1 -p "$CORRIDOR_PG_PORT" -U postgres -d bench -qc "CREATE TABLE peer (order_number text, line int, order_date date, buyer text, market text, item_kind text, item_code text, quantity int, unit_price numeric, currency text, requested_date date)" >/dev/null
  measure "peer: psql \\copy (no checks)" "$CORRIDOR_PG_BIN/psql" -h 127.0.0.1 -p "$CORRIDOR_PG_PORT" -U postgres -d bench -qc "\\copy peer FROM '$work/order-lines.csv' CSV HEADER"
}
export -f pg_part run_for measure
export rows work
scripts/with-postgres.sh bash -c pg_part
