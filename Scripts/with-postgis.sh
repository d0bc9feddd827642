#!/usr/bin/env bash
# Runs a command beside a throwaway PostgreSQL 15 + PostGIS cluster on loopback, then stops and removes it.
#   bash Scripts/with-postgis.sh bash Scripts/test.sh
#   bash Scripts/with-postgis.sh bash Scripts/bench-store.sh
# The cluster lives in a temporary directory, listens on 127.0.0.1 on a free port (password login, no TLS),
# and holds a database `sahel_template` with PostGIS for the tests to copy. The command gets:
#   SAHEL_TEST_PG_URL  postgresql://postgres:PASSWORD@127.0.0.1:PORT/postgres  (a superuser)
#   SAHEL_TEST_PG_BIN  the server's bin directory (pg_ctl, for the tests that restart the server)
#   SAHEL_TEST_PG_DATA the cluster's data directory
# Needs postgresql-15 and postgresql-15-postgis-3: SAHEL_WITH_POSTGIS=1 bash Scripts/bootstrap.sh installs them.
# As root (CI), the server runs as the `postgres` user the Debian package creates.
set -euo pipefail
log() { echo "with-postgis: $*" >&2; }
[ $# -gt 0 ] || { log "usage: $0 COMMAND [ARGS...]"; exit 64; }

bin=${SAHEL_PG_BIN:-/usr/lib/postgresql/15/bin}
if [ ! -x "$bin/initdb" ] || [ ! -d /usr/share/postgresql/15/extension ] || ! ls /usr/share/postgresql/15/extension/postgis.control >/dev/null 2>&1; then
  log "PostgreSQL 15 with PostGIS is not installed (looked in $bin): run SAHEL_WITH_POSTGIS=1 bash Scripts/bootstrap.sh"
  exit 69
fi
as_server() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

dir=$(mktemp -d /tmp/sahel-pg.XXXXXX)
chmod 755 "$dir"
[ "$(id -u)" = 0 ] && chown postgres: "$dir"
password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
stop() {
  as_server "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT

printf '%s\n' "$password" > "$dir/pw"
[ "$(id -u)" = 0 ] && chown postgres: "$dir/pw"
as_server "$bin/initdb" -D "$dir/data" -U postgres --pwfile="$dir/pw" --auth-local=trust --auth-host=scram-sha-256 \
  -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 70; }
as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1" start >/dev/null || { cat "$dir/server.log" >&2; exit 70; }
psql_admin() { as_server psql -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres "$@"; }
psql_admin -d postgres -c "CREATE DATABASE sahel_template"
psql_admin -d sahel_template -c "CREATE EXTENSION postgis"
log "PostgreSQL $(psql_admin -d sahel_template -Atc 'SHOW server_version') with PostGIS $(psql_admin -d sahel_template -Atc 'SELECT postgis_lib_version()') on 127.0.0.1:$port"

export SAHEL_TEST_PG_URL="postgresql://postgres:$password@127.0.0.1:$port/postgres"
export SAHEL_TEST_PG_BIN="$bin" SAHEL_TEST_PG_DATA="$dir/data"
status=0
"$@" || status=$?
exit $status
