#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server: installs Debian's postgresql when it is missing, starts a
# server on a loopback port in a temporary folder, exports CORRIDOR_TEST_POSTGRES (an admin connection string),
# runs "$@", then stops the server and removes the folder. Used by test.sh and the benchmarks.
set -euo pipefail

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

if [ -z "$(pg_bin)" ] || [ ! -x "$(pg_bin)/pg_ctl" ]; then
  echo "with-postgres: installing postgresql from Debian's packages" >&2
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends postgresql postgresql-contrib >/dev/null
fi

PGBIN="$(pg_bin)"
pg_work="$(mktemp -d /tmp/corridor-pg.XXXXXX)"
pg_user=""
if [ "$(id -u)" = 0 ]; then pg_user=postgres; chown postgres "$pg_work"; fi
run_pg() { if [ -n "$pg_user" ]; then runuser -u "$pg_user" -- "$@"; else "$@"; fi; }

cleanup() {
  run_pg "$PGBIN/pg_ctl" -D "$pg_work/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_work"
}
trap cleanup EXIT

run_pg "$PGBIN/initdb" -D "$pg_work/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null

# The port is drawn below the kernel's ephemeral range (32768-60999 on Debian), where an outgoing connection of some
# other process could hold it; a start that fails anyway (port taken meanwhile, a passing resource shortage) is
# retried on another port, and each failure prints the end of the server's log so that CI shows the cause.
# Durability is off (fsync, synchronous_commit): this server lives for one run and holds nothing worth keeping.
started=""
for attempt in 1 2 3 4 5; do
  port="${CORRIDOR_PG_PORT:-$(( 20000 + RANDOM % 12000 ))}"
  # From the third attempt on, dynamic shared memory lives in files of the data folder, not /dev/shm (small in some
  # containers).
  extra=""; [ "$attempt" -ge 3 ] && extra="-c dynamic_shared_memory_type=mmap"
  if run_pg "$PGBIN/pg_ctl" -D "$pg_work/data" -l "$pg_work/postgres.log" -w -t 60 \
      -o "-p $port -k $pg_work -c listen_addresses=127.0.0.1 -c max_connections=400 -c fsync=off -c synchronous_commit=off -c full_page_writes=off $extra ${CORRIDOR_PG_OPTIONS:-}" \
      start >/dev/null; then
    started=1
    break
  fi
  echo "with-postgres: the server did not start on port $port (attempt $attempt of 5); its log ends:" >&2
  tail -n 20 "$pg_work/postgres.log" >&2 || true
  run_pg "$PGBIN/pg_ctl" -D "$pg_work/data" -m immediate stop >/dev/null 2>&1 || true
  [ -n "${CORRIDOR_PG_PORT:-}" ] && break
  sleep 1
done
if [ -z "$started" ]; then
  echo "with-postgres: could not start PostgreSQL from $PGBIN; see the log lines above" >&2
  exit 1
fi
echo "with-postgres: PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2

export CORRIDOR_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
export CORRIDOR_PG_BIN="$PGBIN" CORRIDOR_PG_PORT="$port" CORRIDOR_PG_SOCKET_DIR="$pg_work"
set +e
"$@"
status=$?
set -e
exit "$status"
