#!/usr/bin/env bash
# Times SQLite's own work for a million-event import of the store's schema (sqlite-floor.sql) and
# prints the total. Needs the sqlite3 shell (Debian: apt-get install sqlite3).
# Usage: scripts/bench/sqlite-floor.sh [WORK_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="${1:-$(mktemp -d)}"
db="$work/sqlite-floor.db"
rm -f "$db"
command -v sqlite3 >/dev/null || { echo "sqlite3 shell not found (apt-get install sqlite3)" >&2; exit 1; }
sqlite3 "$db" < "$here/sqlite-floor.sql" | tee "$work/sqlite-floor.log"
awk '/^Run Time/ { n++; if (n > 0) { real += $4; cpu += $6 + $8 } }
     END { printf "\ntimed steps: %d; total %.2f s wall, %.2f s CPU (user + sys)\n", n, real, cpu }' \
    <(sed -n '/each step/,$p' "$work/sqlite-floor.log")
rm -f "$db"
