#!/usr/bin/env bash
# Runs every test of Corridor. Installs what the tests need when it is missing (PostgreSQL and Chromium,
# from Debian's packages), starts a throwaway PostgreSQL server on a loopback port in a temporary folder,
# runs the whole suite against SQLite and PostgreSQL and in headless Chromium, and cleans up after itself.
# Extra arguments go to `dotnet test` (e.g. ./test.sh --filter FullyQualifiedName~Import).
set -euo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

missing=()
[ -n "$(pg_bin)" ] && [ -x "$(pg_bin)/pg_ctl" ] || missing+=(postgresql postgresql-contrib)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  echo "test.sh: installing ${missing[*]} from Debian's packages"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PGBIN="$(pg_bin)"
work="$(mktemp -d /tmp/corridor-test.XXXXXX)"
port="${CORRIDOR_TEST_PG_PORT:-$(( 20000 + RANDOM % 20000 ))}"
pg_user=""
if [ "$(id -u)" = 0 ]; then pg_user=postgres; chown postgres "$work"; fi
run_pg() { if [ -n "$pg_user" ]; then runuser -u "$pg_user" -- "$@"; else "$@"; fi; }

cleanup() {
  run_pg "$PGBIN/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work" /tmp/corridor-tests
}
trap cleanup EXIT

run_pg "$PGBIN/initdb" -D "$work/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
run_pg "$PGBIN/pg_ctl" -D "$work/data" -l "$work/postgres.log" -w -o "-p $port -k $work -c listen_addresses=127.0.0.1 -c max_connections=400 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
echo "test.sh: PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, Chromium at $(command -v chromium)"

export CORRIDOR_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
export CORRIDOR_TEST_CHROMIUM="$(command -v chromium)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

set +e
dotnet test Corridor.slnx -c Release --logger "console;verbosity=normal" "$@" 2>&1 | tee "$work/test.log"
status=${PIPESTATUS[0]}
set -e

# One closing line in the plain form CI reads: "N passed, N failed, N skipped".
awk '/^ *Passed: *[0-9]+ *$/ { p += $2 } /^ *Failed: *[0-9]+ *$/ { f += $2 } /^ *Skipped: *[0-9]+ *$/ { s += $2 }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$work/test.log"
exit "$status"
