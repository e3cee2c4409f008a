#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for tests and benchmarks.
#
#   scripts/postgres.sh start   install PostgreSQL from Debian apt if missing, create the cluster
#                               (once), start it on 127.0.0.1 and a free port; prints the
#                               connection string. Does nothing more when it already runs.
#   scripts/postgres.sh stop    stop the cluster by the PID in its postmaster.pid.
#   scripts/postgres.sh env     print `export SITREP_TEST_POSTGRES=...` for a running cluster
#                               (use: eval "$(scripts/postgres.sh env)").
#
# The cluster lives in SITREP_PG_DIR (default /tmp/sitrep-postgres-<hash of this checkout>), owned
# by the postgres user when run as root (initdb refuses root). It trusts local TCP connections and
# runs with fsync off: it holds test data only, never anything worth keeping. wal_level=minimal lets a
# bulk import into an empty store (which truncates its tables first) write them without WAL.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="${SITREP_PG_BIN:-/usr/lib/postgresql/15/bin}"
dir="${SITREP_PG_DIR:-/tmp/sitrep-postgres-$(printf '%s' "$root" | sha1sum | cut -c1-10)}"
data="$dir/data"
conn_file="$dir/connection"

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

install_if_missing() {
  [ -x "$bin/initdb" ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "postgres.sh: $bin/initdb is missing; install PostgreSQL 15 (apt-get install postgresql) as root" >&2
    return 1
  fi
  echo "postgres.sh: installing PostgreSQL from apt" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  # The Debian package starts its own cluster on 5432; ours does not need it.
  if command -v pg_ctlcluster >/dev/null; then pg_ctlcluster 15 main stop >/dev/null 2>&1 || true; fi
}

running() {
  [ -f "$data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

connection_string() {
  echo "Host=127.0.0.1;Port=$1;Username=postgres;Database=postgres"
}

start() {
  install_if_missing
  if running; then
    cat "$conn_file"
    return 0
  fi
  mkdir -p "$dir"
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
  chmod 700 "$dir"
  if [ ! -f "$data/PG_VERSION" ]; then
    as_owner "$bin/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; return 1; }
  fi
  local port
  port="$(free_port)"
  as_owner "$bin/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c wal_level=minimal -c max_wal_senders=0 -c maintenance_work_mem=256MB" \
    >/dev/null || { tail -20 "$dir/server.log" >&2; return 1; }
  connection_string "$port" | as_owner tee "$conn_file"
}

stop() {
  [ -f "$data/postmaster.pid" ] || return 0
  local pid
  pid="$(head -1 "$data/postmaster.pid")"
  as_owner "$bin/pg_ctl" -D "$data" -m fast -w -t 30 stop >/dev/null 2>&1 || kill "$pid" 2>/dev/null || true
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  env)
    if running; then echo "export SITREP_TEST_POSTGRES='$(cat "$conn_file")'"; else echo "postgres.sh: not running" >&2; exit 1; fi ;;
  *) echo "usage: scripts/postgres.sh start|stop|env" >&2; exit 2 ;;
esac
