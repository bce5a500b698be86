#!/usr/bin/env bash
# Runs every test of Corridor. Installs what the tests need when it is missing (PostgreSQL and Chromium,
# from Debian's packages), starts a throwaway PostgreSQL server on a loopback port in a temporary folder,
# runs the whole suite against SQLite and PostgreSQL and in headless Chromium, and cleans up after itself.
# Extra arguments go to `dotnet test` (e.g. ./test.sh --filter FullyQualifiedName~Import).
set -euo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
# Chromium for the browser tests and the PDFs of documents, pdftotext to read those PDFs back, and fonts that cover
# Latin, Cyrillic and Persian/Arabic script (the documents print names in their own scripts).
if ! command -v chromium >/dev/null 2>&1 || ! command -v pdftotext >/dev/null 2>&1 || [ ! -d /usr/share/fonts/truetype/noto ]; then
  echo "test.sh: installing chromium, poppler-utils and fonts from Debian's packages"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends chromium poppler-utils \
    fonts-noto-core fonts-dejavu-core >/dev/null
fi

export CORRIDOR_TEST_CHROMIUM="$(command -v chromium)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Every temporary file of this run (databases, exports, browser profiles) lives in one folder of its own, so that
# two runs on one machine never share or delete each other's files.
run_tmp="$(mktemp -d /tmp/corridor-test.XXXXXX)"
log="$run_tmp/test.log"
trap 'rm -rf "$run_tmp"' EXIT
export TMPDIR="$run_tmp"

set +e
scripts/with-postgres.sh dotnet test Corridor.slnx -c Release --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One closing line in the plain form CI reads: "N passed, N failed, N skipped".
awk '/^ *Passed: *[0-9]+ *$/ { p += $2 } /^ *Failed: *[0-9]+ *$/ { f += $2 } /^ *Skipped: *[0-9]+ *$/ { s += $2 }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
