#!/usr/bin/env bash
# Whole-process benchmark: bookings through the HTTP API of one `corridor serve` process on PostgreSQL, with
# CLIENTS concurrent clients (default 64; the client is `Corridor.Bench http-bookings`, loopback only, bounded by
# MAX_REQUESTS and SECONDS), one vehicle per booking over the first DEPARTURES (default 8, 150 places each) future
# vehicle departures of the reference data: few enough that they fill up during the run, so refusals happen too. Reports bookings/s,
# latency and the CPU per request of the server, of PostgreSQL (its processes that lived through the timed run) and of
# the whole machine, then checks zero oversell in the database: no departure booked above capacity, booked = sum of its
# confirmed bookings, every accepted booking stored.
# Peer in the same run, on the same PostgreSQL server: the transactions per second `pgbench` reaches for a
# single-row update (`UPDATE t SET n = n + 1 WHERE id = 1`, -c CLIENTS -T 10), the ceiling for one hot row.
# Usage: bench/bookings-http.sh [CLIENTS] [SECONDS] [MAX_REQUESTS] [DEPARTURES] [WARMUP_SECONDS]
# WARMUP_SECONDS (default 0): an untimed warm-up that books on the next 200 departures after the timed ones, so that
# the server's tiered JIT reaches its optimised code before the timed run; the timed departures start empty either way.
# Before/after: CORRIDOR_DLL=/path/to/corridor.dll serves (and seeds) with that build instead of building this checkout's.
# BOOKINGS_CONNECTION_OPTIONS=";Max Auto Prepare=20" appends Npgsql settings to the connection string of every corridor command.
# Profiling: TRACE_OUT=/tmp/serve.nettrace (and DOTNET_TRACE=path/to/dotnet-trace if it is not on PATH) samples the
# server's CPU with dotnet-trace during the timed run; `dotnet-trace report FILE topN` reads it.
# PERF_OUT=/tmp/serve.perf samples the server's CPU with `perf record -g` (the server writes /tmp/perf-PID.map for
# JIT-compiled frames, with W^X off so that perf sees them); `perf report -i FILE --no-children` reads it.
set -euo pipefail
cd "$(dirname "$0")/.."
export clients="${1:-64}" seconds="${2:-20}" max_requests="${3:-100000}" departures="${4:-8}" warmup="${5:-0}"
export work="$(mktemp -d /tmp/corridor-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [ -z "${CORRIDOR_DLL:-}" ]; then
  dotnet build src/Corridor/Corridor.csproj -c Release -o .build/corridor -nologo -v:q -clp:ErrorsOnly >/dev/null
fi
export CORRIDOR_DLL="${CORRIDOR_DLL:-.build/corridor/corridor.dll}"
dotnet build bench/Corridor.Bench -c Release -nologo -v:q -clp:ErrorsOnly >/dev/null
echo "machine: $(nproc) cores; load before the run:$(uptime | sed 's/.*load average://')"

bench_part() {
  local psql=("$CORRIDOR_PG_BIN/psql" -h 127.0.0.1 -p "$CORRIDOR_PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qAt)
  local cs="${CORRIDOR_TEST_POSTGRES/Database=postgres/Database=bookings}${BOOKINGS_CONNECTION_OPTIONS:-}"
  local corridor=(dotnet "$CORRIDOR_DLL")
  export CORRIDOR_HOME="$work/home" CORRIDOR_DATABASE=""
  "${psql[@]}" -c "CREATE DATABASE bookings" -c "CREATE DATABASE pgb"

  "${corridor[@]}" db migrate --database "$cs" >/dev/null
  "${corridor[@]}" users add --organisation DEMO --create-organisation Demo --email planner@demo.test --role logistics-planner \
    --password long-enough-pw --database "$cs" >/dev/null
  "${corridor[@]}" import data/reference --organisation DEMO --database "$cs" >/dev/null
  local token
  token="$("${corridor[@]}" users token --email planner@demo.test --name bench --database "$cs")"

  local port=$(( CORRIDOR_PG_PORT + 1 ))
  local perf_env=()
  [ -n "${PERF_OUT:-}" ] && perf_env=(DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0)
  env "${perf_env[@]}" Logging__LogLevel__Default=Warning "${corridor[@]}" serve --port "$port" --database "$cs" --no-migrate >"$work/serve.log" 2>&1 &
  server=$!
  trap 'kill "$server" 2>/dev/null || true' EXIT
  for _ in $(seq 1 240); do
    curl -fs "http://127.0.0.1:$port/health" >/dev/null && break
    kill -0 "$server" 2>/dev/null || { cat "$work/serve.log"; return 1; }
    sleep 0.5
  done
  curl -fs "http://127.0.0.1:$port/health" >/dev/null || { echo "server did not answer /health"; cat "$work/serve.log"; return 1; }

  local tracer=""
  if [ -n "${TRACE_OUT:-}" ]; then
    "${DOTNET_TRACE:-dotnet-trace}" collect -p "$server" --profile dotnet-sampled-thread-time --duration "00:00:00:$(( seconds < 59 ? seconds : 59 ))" -o "$TRACE_OUT" >"$work/trace.log" 2>&1 &
    tracer=$!
  fi
  if [ -n "${PERF_OUT:-}" ]; then
    { sleep "$warmup"; perf record -F 499 -g -p "$server" -o "$PERF_OUT" -- sleep "$seconds"; } >"$work/perf.log" 2>&1 &
    tracer=$!
  fi
  echo "== corridor serve, POST /api/logistics/bookings, $clients clients, $departures departures, at most $seconds s / $max_requests requests"
  # CPU seconds the server process used during the run (utime + stime), a figure the other load on a shared machine
  # inflates far less than wall-clock rates.
  cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$server/stat"; }
  local cpu_before; cpu_before="$(cpu_ticks)"
  CORRIDOR_SERVER_PID="$server" dotnet bench/Corridor.Bench/bin/Release/net10.0/Corridor.Bench.dll http-bookings "http://127.0.0.1:$port" "$token" \
    "$clients" "$max_requests" "$seconds" "$departures" "$warmup" | tee "$work/client.out"
  echo "load after the HTTP run:$(uptime | sed 's/.*load average://')"
  local cpu_used requests_done
  cpu_used=$(( $(cpu_ticks) - cpu_before ))
  requests_done="$(awk '/^clients/ { print $(NF-4) }' "$work/client.out")"
  awk -v t="$cpu_used" -v hz="$(getconf CLK_TCK)" -v n="$requests_done" -v c="$clients" \
    'BEGIN { printf "server CPU, whole client run (warm-up included): %.2f s for %d timed requests\n", t / hz, n }'
  if [ -n "$tracer" ]; then wait "$tracer" || cat "$work/trace.log" "$work/perf.log" 2>/dev/null; fi

  local accepted stored oversold mismatched
  accepted="$(awk '/^accepted-references/ { print $2 }' "$work/client.out")"
  local q=("${psql[@]}" -d bookings -c)
  stored="$("${q[@]}" "SELECT count(*) FROM bookings WHERE status = 'Confirmed' AND (reference LIKE 'BENCH-%' OR reference LIKE 'WARM-%')")"
  oversold="$("${q[@]}" "SELECT count(*) FROM departures WHERE booked > capacity")"
  mismatched="$("${q[@]}" "SELECT count(*) FROM departures d WHERE d.booked <> (SELECT coalesce(sum(quantity), 0) FROM bookings b WHERE b.departure_id = d.id AND b.status = 'Confirmed')")"
  echo "check: oversold departures $oversold; departures whose booked differs from their stored bookings $mismatched; accepted by the client $accepted, stored $stored; full departures $("${q[@]}" "SELECT count(*) FROM departures WHERE booked = capacity AND booked > 0")"
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true

  echo "== peer: pgbench, single-row update, -c $clients -T 10, same server"
  "${psql[@]}" -d pgb -c "CREATE TABLE t (id int PRIMARY KEY, n bigint NOT NULL)" -c "INSERT INTO t VALUES (1, 0)"
  echo 'UPDATE t SET n = n + 1 WHERE id = 1;' > "$work/update.sql"
  "$CORRIDOR_PG_BIN/pgbench" -h 127.0.0.1 -p "$CORRIDOR_PG_PORT" -U postgres -n -f "$work/update.sql" -c "$clients" -j 2 -T 10 pgb \
    | grep -E '^(number of clients|number of transactions actually processed|latency average|tps)'
  echo "load after pgbench:$(uptime | sed 's/.*load average://')"

  [ "$oversold" = 0 ] && [ "$mismatched" = 0 ] && [ "$accepted" = "$stored" ] || { echo "FAILED: oversell or lost bookings"; return 1; }
  echo "zero oversell: ok"
}
export -f bench_part
scripts/with-postgres.sh bash -c bench_part
