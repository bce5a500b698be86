#!/usr/bin/env bash
# Whole-process benchmark of the shipped executable: the first extraction of the 5,000-word benchmark article in N
# fresh `./corridor articles speed --rounds 0` processes (ReadyToRun as ./corridor publishes it), the same after the
# server's start-up warm-up (--warm-up), then one process with warm rounds. Goal: < 200 ms (issue 15). Usage: bench/extraction-cold.sh [RUNS] [WARM_ROUNDS]
# CORRIDOR_DLL=path/to/corridor.dll measures another build (e.g. a plain `dotnet build`, not ReadyToRun).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
rounds="${2:-200}"
./corridor --help >/dev/null   # build once, outside the measurement
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
# Interleaved, so that a change of load falls on both alike: plain fresh process (a CLI import), and after the
# warm-up the server runs when it starts (the first upload to `corridor serve`).
field() { awk -F, -v name="$1" 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == name) c = i } NR == 2 { print $c }'; }
plain=(); warmed=(); jit=()
for i in $(seq 1 "$runs"); do
  out=$(./corridor articles speed --rounds 0 --format csv)
  plain+=("$(field first_ms <<<"$out")"); jit+=("$(field first_jit_methods <<<"$out")")
  warmed+=("$(./corridor articles speed --rounds 0 --warm-up --format csv | field first_ms)")
done
report() {
  local name="$1"; shift
  local sorted=($(printf '%s\n' "$@" | sort -n))
  echo "$name, $runs fresh processes, ms: $* -> median ${sorted[$(( (runs - 1) / 2 ))]}, min ${sorted[0]}, max ${sorted[$(( runs - 1 ))]} (goal < 200 ms)"
}
report "first extraction" "${plain[@]}"
echo "  methods JIT-compiled during it: ${jit[*]}"
report "first extraction after the start-up warm-up" "${warmed[@]}"
./corridor articles speed --rounds "$rounds"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
