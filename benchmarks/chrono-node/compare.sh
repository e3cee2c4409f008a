#!/usr/bin/env bash
# Speed of Sitrep's temporal tagger against chrono-node on the same news articles, in one run.
# Joins the texts of DIR (default: ../shared/eval/dev) into articles of at least 600 words in a
# temporary folder, times `sitrep bench --layers time` and chrono-node (bench.mjs) on them, and
# prints a table with the ratio. CPU time is compared, not wall time: the machine may be shared.
# Usage: benchmarks/chrono-node/compare.sh [DIR] [REPEAT]
# REPEAT defaults to 500: `sitrep bench` warms up for one second of wall time, which on a busy
# shared machine buys little CPU, so with a short measured pass (50 repeats of the dev articles is
# about 50 ms) the tiered JIT is still compiling and the figure is mostly warm-up, not steady state.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
src="${1:-$root/../shared/eval/dev}"
repeat="${2:-500}"
[ -d "$src" ] || { echo "no corpus folder $src (pass one)" >&2; exit 2; }
[ -d "$here/node_modules/chrono-node" ] || (cd "$here" && npm ci --no-audit --no-fund >&2)

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
n=0; buf=""; words=0
for f in "$src"/*.txt; do
  buf+="$(cat "$f")"$'\n\n'
  words=$((words + $(wc -w < "$f")))
  if [ "$words" -ge 600 ]; then n=$((n + 1)); printf '%s' "$buf" > "$work/article$n.txt"; buf=""; words=0; fi
done
[ "$n" -gt 0 ] || { echo "$src: not enough text for one 600-word article" >&2; exit 1; }

sitrep="$("$root/sitrep" bench "$work" --layers time --threads 1 --repeat "$repeat" --json)"
chrono="$(node "$here/bench.mjs" "$work" "$repeat")"
python3 - "$sitrep" "$chrono" <<'PY'
import json, sys
s, c = json.loads(sys.argv[1]), json.loads(sys.argv[2])
rows = []
for name, r in (("sitrep time", s), (c["tool"], c)):
    wpd = r["words"] / r["documents"]
    rows.append((name, r["documents"], wpd, r["cpu_us_per_doc"], r["cpu_us_per_doc"] * 600 / wpd))
print(f"{'tagger':<20} {'docs':>6} {'words/doc':>10} {'CPU µs/doc':>11} {'CPU µs/600 words':>17}")
for name, docs, wpd, us, us600 in rows:
    print(f"{name:<20} {docs:>6} {wpd:>10.0f} {us:>11.1f} {us600:>17.1f}")
print(f"chrono-node / sitrep CPU time: {rows[1][4] / rows[0][4]:.1f}x")
PY
