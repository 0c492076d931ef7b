#!/usr/bin/env bash
# Start (or stop) a throw-away PostgreSQL cluster for the tests, on 127.0.0.1:$PGPORT, data under $PGDATA_DIR.
# Installs Debian's PostgreSQL server if it is missing. Prints the admin URL on stdout.
#   scripts/pg.sh start | stop
set -euo pipefail
PGPORT=${RASAD_PG_PORT:-54329}
PGDATA_DIR=${RASAD_PG_DATA:-/tmp/rasad-test-pg}
LOG=${PGDATA_DIR}.log

pg_bin() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -z "$d" ]; then
    echo "installing PostgreSQL from Debian's packages…" >&2
    export DEBIAN_FRONTEND=noninteractive
    (apt-get update -qq && apt-get install -y -qq postgresql >/dev/null) >&2
    d=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  fi
  echo "$d"
}

as_pg() {  # PostgreSQL refuses to run as root: run as the postgres user when we are root
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-start}" in
  start)
    BIN=$(pg_bin)
    if [ -f "$PGDATA_DIR/postmaster.pid" ] && as_pg "$BIN/pg_ctl" -D "$PGDATA_DIR" status >/dev/null 2>&1; then
      echo "postgresql://postgres@127.0.0.1:$PGPORT/postgres"; exit 0
    fi
    rm -rf "$PGDATA_DIR"; mkdir -p "$PGDATA_DIR"
    [ "$(id -u)" = 0 ] && chown postgres "$PGDATA_DIR"
    as_pg "$BIN/initdb" -D "$PGDATA_DIR" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
    touch "$LOG"; [ "$(id -u)" = 0 ] && chown postgres "$LOG"
    as_pg "$BIN/pg_ctl" -D "$PGDATA_DIR" -l "$LOG" -w -t 60 \
      -o "-p $PGPORT -c listen_addresses=127.0.0.1 -k $PGDATA_DIR -c fsync=off -c max_connections=200" start >/dev/null
    echo "postgresql://postgres@127.0.0.1:$PGPORT/postgres"
    ;;
  stop)
    BIN=$(pg_bin)
    as_pg "$BIN/pg_ctl" -D "$PGDATA_DIR" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$PGDATA_DIR"
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
