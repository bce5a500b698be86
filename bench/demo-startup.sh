#!/usr/bin/env bash
# Whole-process benchmark: from `./corridor demo` (built tree) to the server answering /health, N runs.
# Each run creates a fresh SQLite database, migrates it, imports the reference scenario, creates the demo
# users (hashing five passwords) and starts Kestrel. Usage: bench/demo-startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
home="$(mktemp -d /tmp/corridor-demo-bench.XXXXXX)"
trap 'rm -rf "$home"' EXIT
./corridor --help >/dev/null   # build once, outside the measurement
port=5188
times=()
for i in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  CORRIDOR_HOME="$home" ./corridor demo --port "$port" >"$home/out.$i" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1; do
    sleep 0.02
    kill -0 "$pid" 2>/dev/null || { cat "$home/out.$i"; exit 1; }
  done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  times+=( $(( (end - start) / 1000000 )) )
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "demo to /health, ms per run: ${times[*]}"
echo "median $(( sorted[runs / 2] )) ms, best ${sorted[0]} ms (goal < 3000 ms)"
