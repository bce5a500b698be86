#!/usr/bin/env bash
# Whole-process benchmark of the shipped executable: the first extraction of the 5,000-word benchmark article in N
# fresh `./corridor articles speed --rounds 0` processes (ReadyToRun as ./corridor publishes it), then one process with
# warm rounds. Goal: < 200 ms (issue 15). Usage: bench/extraction-cold.sh [RUNS] [WARM_ROUNDS]
# CORRIDOR_DLL=path/to/corridor.dll measures another build (e.g. a plain `dotnet build`, not ReadyToRun).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
rounds="${2:-200}"
./corridor --help >/dev/null   # build once, outside the measurement
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
firsts=()
for i in $(seq 1 "$runs"); do
  first=$(./corridor articles speed --rounds 0 --format csv | awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "first_ms") c = i } NR == 2 { print $c }')
  firsts+=("$first")
done
sorted=($(printf '%s\n' "${firsts[@]}" | sort -n))
echo "first extraction of $runs fresh processes, ms: ${firsts[*]}"
echo "median ${sorted[$(( (runs - 1) / 2 ))]} ms, min ${sorted[0]} ms, max ${sorted[$(( runs - 1 ))]} ms (goal < 200 ms)"
./corridor articles speed --rounds "$rounds"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
