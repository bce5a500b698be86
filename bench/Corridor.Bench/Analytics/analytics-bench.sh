#!/usr/bin/env bash
# Whole-process analytics benchmark: generates SCALE × the reference programme (2021-01-01 … 2026-01-01; scale 10 ≈ 1M
# shipment lines, scale 105 ≈ 10M) into SQLite and into a throwaway PostgreSQL, times the dashboard's queries on each
# (p50/p95 over REPEATS), exports the same lines to Parquet and times the same aggregations in DuckDB (the peer).
# Usage: bench/Corridor.Bench/Analytics/analytics-bench.sh [SCALE] [REPEATS]   (figures in docs/analytics.md)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
scale="${1:-10}"
repeats="${2:-20}"
work="$(mktemp -d /tmp/corridor-analytics-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
cd "$root"
dotnet build bench/Corridor.Bench -c Release -nologo -clp:ErrorsOnly -v:q >&2
bench="dotnet bench/Corridor.Bench/bin/Release/net10.0/Corridor.Bench.dll analytics"
export CORRIDOR_HOME="$work"

echo "== machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== SQLite, scale $scale"
./corridor demo --setup-only --database "$work/sqlite.db" >/dev/null
./corridor generate --from 2021-01-01 --until 2026-01-01 --scale "$scale" --database "$work/sqlite.db" 2>/dev/null
$bench queries "$work/sqlite.db" "$repeats"

echo "== DuckDB over Parquet (same lines)"
$bench parquet "$work/sqlite.db" "$work/lines.parquet"
$bench duckdb "$work/lines.parquet" "$repeats"

echo "== PostgreSQL, scale $scale"
scripts/with-postgres.sh bash -c "
  ./corridor demo --setup-only --database \"\$CORRIDOR_TEST_POSTGRES\" >/dev/null &&
  ./corridor generate --from 2021-01-01 --until 2026-01-01 --scale $scale --database \"\$CORRIDOR_TEST_POSTGRES\" 2>/dev/null &&
  $bench queries \"\$CORRIDOR_TEST_POSTGRES\" $repeats"
