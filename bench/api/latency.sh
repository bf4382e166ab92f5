#!/usr/bin/env bash
# API latency on loopback under a bounded concurrent load: starts `careledger serve --demo` on a fresh SQLite file
# (or on PostgreSQL with CARELEDGER_POSTGRES set), signs in, makes an API token, then measures with wrk:
#   1. reading one provider's statement of the settled year (GET …/runs/{run}/statements/{party}),
#   2. settling a period whose inputs are unchanged (POST …/settlements: reads and checks everything, stores nothing),
#   3. the web pages of the contract overview and the settled year's period view (signed in with the same token),
# and, serially with curl, settling periods for the first time (each stores a new run): every month of the demo years
# (the demo settles their quarters itself). Figures go to docs/performance.md by hand.
#
#   bench/api/latency.sh [DURATION_SECONDS] [CONNECTIONS]
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
duration="${1:-20}"
connections="${2:-8}"
command -v wrk >/dev/null || { apt-get install -y wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk; }; }

work="$(mktemp -d /tmp/careledger-bench.XXXXXX)"
port=$((20000 + RANDOM % 20000))
"$root/careledger" serve --demo --db "$work/ledger.db" --port "$port" >"$work/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$work"' EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 1 600); do grep -q "CareLedger is serving" "$work/serve.log" && break; sleep 1; done
grep -q "CareLedger is serving" "$work/serve.log" || { cat "$work/serve.log"; exit 1; }

contract=mid-notts-better-together
# An API token for a demo user: sign in for the cookie, then create the token with it.
token_for() {
  local cookie
  cookie="$(curl -s -D - -o /dev/null -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"demo-password-2026\"}" "$base/api/v1/session" \
    | grep -i '^set-cookie: careledger=' | sed -E 's/^[Ss]et-[Cc]ookie: ([^;]*).*/\1/')"
  curl -s -H "Cookie: $cookie" -H 'Content-Type: application/json' -d '{"name":"benchmark"}' "$base/api/v1/me/tokens" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])'
}
token="$(token_for commissioner@mid-notts.demo)"
bedfordshire_token="$(token_for commissioner@bedfordshire.demo)"
run="$(curl -s -H "Authorization: Bearer $token" "$base/api/v1/contracts/$contract/runs?period=2016/17" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)[-1]["id"])')"
export WRK_TOKEN="$token"

echo "== careledger serve on SQLite, $(nproc) cores shared; wrk: 2 threads, $connections connections, ${duration}s each"
echo "-- read a provider's statement: GET /api/v1/contracts/$contract/runs/{run}/statements/nuh"
wrk -t2 -c"$connections" -d"${duration}s" --timeout 30s -s "$root/bench/api/percentiles.lua" "$base/api/v1/contracts/$contract/runs/$run/statements/nuh" | tail -n 2

echo "-- settle an unchanged period (the same run comes back): POST /api/v1/contracts/$contract/settlements {\"period\":\"2016/17\"}"
WRK_METHOD=POST WRK_BODY='{"period":"2016/17"}' \
  wrk -t2 -c"$connections" -d"${duration}s" --timeout 30s -s "$root/bench/api/percentiles.lua" "$base/api/v1/contracts/$contract/settlements" | tail -n 2

echo "-- web page: the contract overview (budget charts and tables, parties, periods): GET /contracts/$contract"
wrk -t2 -c"$connections" -d"${duration}s" --timeout 30s -s "$root/bench/api/percentiles.lua" "$base/contracts/$contract" | tail -n 2

echo "-- web page: the period view (every party's statement): GET /contracts/$contract/period?name=2016%2F17"
wrk -t2 -c"$connections" -d"${duration}s" --timeout 30s -s "$root/bench/api/percentiles.lua" "$base/contracts/$contract/period?name=2016%2F17" | tail -n 2

echo "-- web page: the period view of a quarter (statements, charts, the year so far against plan): GET /contracts/$contract/period?name=2016%2F17-Q4"
wrk -t2 -c"$connections" -d"${duration}s" --timeout 30s -s "$root/bench/api/percentiles.lua" "$base/contracts/$contract/period?name=2016%2F17-Q4" | tail -n 2

echo "-- settle periods for the first time (a new run stored each time), one at a time"
times="$work/times.txt"
for spec in "$contract 2016/17 $token" "bedfordshire-msk 2015/16 $bedfordshire_token"; do
  set -- $spec
  for suffix in M01 M02 M03 M04 M05 M06 M07 M08 M09 M10 M11 M12; do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $3" -H 'Content-Type: application/json' \
      -d "{\"period\":\"$2-$suffix\"}" "$base/api/v1/contracts/$1/settlements" >>"$times"
  done
done
python3 - "$times" <<'PY'
import sys
rows = [line.split() for line in open(sys.argv[1])]
created = sorted(float(t) * 1000 for code, t in rows if code == "201")
def pct(p): return created[min(len(created) - 1, int(round(p / 100 * len(created) + 0.5)) - 1)]
print(f"{len(created)} new runs of {len(rows)} requests; p50 {pct(50):.1f} ms  p95 {pct(95):.1f} ms  p99 {pct(99):.1f} ms  max {created[-1]:.1f} ms")
PY
