#!/usr/bin/env bash
# Load benchmark of the HTTP API (not a unit test): builds a store of 10k events (real extracted
# events from examples/, copied to other dates and places), starts `sitrep serve` on loopback, runs
# wrk for 30 s at 32 connections against /api/events?country=MLI and prints p99 latency and errors.
# Target: p99 < 50 ms, zero errors. Usage: scripts/bench-web.sh [EVENTS] [SECONDS] [CONNECTIONS] [PATH]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
events="${1:-10000}" seconds="${2:-30}" connections="${3:-32}" path="${4:-/api/events?country=MLI}"
port="${SITREP_BENCH_PORT:-18080}"

if ! command -v wrk >/dev/null; then
  echo "bench-web: installing wrk (Debian)" >&2
  apt-get install -y -qq wrk >/dev/null
fi

work="$(mktemp -d)"
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

store="$work/bench.db"
"$root/sitrep" ingest "$root/examples" --db "$store" >&2
python3 "$root/scripts/bench/fill-bench-store.py" "$store" "$events" >&2

"$root/sitrep" serve --db "$store" --urls "http://127.0.0.1:$port" --no-extract 2>"$work/serve.log" &
server=$!
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$port/health" >&2 || { cat "$work/serve.log" >&2; exit 1; }
echo >&2
# A short warm-up so the numbers measure the steady state, not the first JIT compilations.
wrk -t2 -c"$connections" -d3s "http://127.0.0.1:$port$path" >/dev/null

wrk -t2 -c"$connections" -d"${seconds}s" --latency "http://127.0.0.1:$port$path" | tee "$work/wrk.txt"
p99="$(awk '$1 == "99%" { print $2 }' "$work/wrk.txt")"
requests="$(awk '/requests in/ { print $1 }' "$work/wrk.txt")"
non2xx="$(awk -F': ' '/Non-2xx/ { print $2 }' "$work/wrk.txt")"
socket="$(awk '/Socket errors/ { gsub(/,/, ""); print $4 + $6 + $8 + $10 }' "$work/wrk.txt")"
errors=$(( ${non2xx:-0} + ${socket:-0} ))
echo "bench-web: $events events, $connections connections, ${seconds}s on $path: $requests requests, p99 $p99, errors $errors"
