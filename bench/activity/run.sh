#!/usr/bin/env bash
# bench/activity/run.sh [ROWS] — the activity benchmark in one run, on one machine and one file (docs/performance.md):
# generate ROWS activity rows (default 10,000,000, about 500 MB of CSV), then time
#   1. CareLedger: 'activity import' (read, check, cost by HRG, store), then 'activity report' by provider × point of
#      delivery, per patient (top 20) and the top 2% of patients' share, and the provider view again (a repeated report);
#   2. DuckDB alone (Node @duckdb/node-api) running the same work as plain SQL (duckdb-alone.sql);
#   3. pandas (pandas_run.py).
# Each step's wall time and peak resident memory come from /usr/bin/time. Scratch files go to $BENCH_DIR
# (default /tmp/careledger-bench), never into the repository. Needs: the .NET SDK, node/npm, Debian's python3-pandas
# (run with /usr/bin/python3, where apt installs it) and time.
set -euo pipefail

rows="${1:-10000000}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="${BENCH_DIR:-/tmp/careledger-bench}"
ncc="${NCC:-$repo/../shared/data/nhs/national_cost_collection_2023_24.csv}"
[ -f "$ncc" ] || { echo "run.sh: the National Cost Collection schedule is not at $ncc; set NCC=PATH." >&2; exit 1; }
mkdir -p "$work"

# DuckDB's Node API in a scratch folder outside the repository.
if [ ! -d "$work/node_modules/@duckdb/node-api" ]; then
  (cd "$work" && npm init -y >/dev/null && npm install --silent @duckdb/node-api)
fi
cp "$here"/*.mjs "$here"/*.sql "$here"/*.py "$work/"

file="$work/activity-$rows.csv"
if [ ! -f "$file" ]; then
  echo "generating $rows rows into $file"
  (cd "$work" && node generate.mjs "$rows" "$ncc" "$file")
fi
echo "file: $(du -h "$file" | cut -f1), $(( $(wc -l < "$file") - 1 )) rows"

dotnet build "$repo/src/CareLedger.Cli" -c Release --nologo -v quiet >/dev/null
cli=(dotnet "$repo/src/CareLedger.Cli/bin/Release/net10.0/careledger.dll")

measure() { # label, command...
  local label="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > "$work/out.txt" 2> "$work/err.txt" || { cat "$work/err.txt" >&2; exit 1; }
  read -r seconds kb < "$work/time.txt"
  printf '%-44s %8.2f s  %7d MB\n' "$label" "$seconds" $(( kb / 1024 ))
}

echo; echo "CareLedger ($(nproc) cores; $(date -u +%Y-%m-%dT%H:%MZ))"
rm -rf "$work/data"
ws=(--data-folder "$work/data" --workspace bench)
measure "import + cost by HRG" "${cli[@]}" activity import "$file" --layout generic --prices "$ncc" "${ws[@]}"
measure "report: spend by provider x pod" "${cli[@]}" activity report --by provider-pod "${ws[@]}"
measure "report: spend per patient (top 20)" "${cli[@]}" activity report --by patient --top 20 "${ws[@]}"
measure "report: top 2% of patients' share" "${cli[@]}" activity report --by cohort --top-percent 2 "${ws[@]}"
cat "$work/out.txt"
measure "repeated report: provider x pod" "${cli[@]}" activity report --by provider-pod "${ws[@]}"

echo; echo "DuckDB alone (Node @duckdb/node-api)"
rm -f "$work/alone.duckdb"
measure "same SQL, end to end" node "$work/duckdb-alone.mjs" "$file" "$ncc" "$work/alone.duckdb"
cat "$work/out.txt"

echo; echo "pandas"
measure "end to end" /usr/bin/python3 "$work/pandas_run.py" "$file" "$ncc"
cat "$work/out.txt"
