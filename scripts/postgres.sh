#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL cluster on 127.0.0.1 for the tests (no systemd, no tty needed).
#   scripts/postgres.sh start DIR PORT   -> prints the connection string
#   scripts/postgres.sh stop DIR
set -euo pipefail
action=${1:?start|stop}
dir=${2:?data folder}
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$pgbin" ] || { echo "PostgreSQL server binaries not found under /usr/lib/postgresql" >&2; exit 1; }
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "$action" in
  start)
    port=${3:?port}
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
    echo postgres > "$dir/pw"; [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir/pw"; chmod 600 "$dir/pw"
    as_postgres "$pgbin/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
      --pwfile="$dir/pw" -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    as_postgres "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Password=postgres;Database=postgres;Include Error Detail=true"
    ;;
  stop)
    [ -d "$dir/data" ] && as_postgres "$pgbin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    rm -rf "$dir"
    ;;
esac
