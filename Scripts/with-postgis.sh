#!/usr/bin/env bash
# Runs a command beside throwaway PostgreSQL 15 + PostGIS clusters on loopback, then stops and removes them.
#   bash Scripts/with-postgis.sh bash Scripts/test.sh
#   bash Scripts/with-postgis.sh bash Scripts/bench-store.sh
# The cluster lives in a temporary directory, listens on 127.0.0.1 on a free port (password login, no TLS),
# and holds a database `sahel_template` with PostGIS for the tests to copy. The command gets:
#   SAHEL_TEST_PG_URL        postgresql://postgres:PASSWORD@127.0.0.1:PORT/postgres  (a superuser)
#   SAHEL_TEST_PG_FAULT_URL  the same on a second cluster, for the tests that stop and restart their server
#   SAHEL_TEST_PG_FAULT_DATA that cluster's data directory, SAHEL_TEST_PG_BIN the server's bin directory
# Needs postgresql-15 and postgresql-15-postgis-3: bash Scripts/bootstrap.sh installs them.
# As root (CI), the server runs as the `postgres` user the Debian package creates.
set -euo pipefail
log() { echo "with-postgis: $*" >&2; }
[ $# -gt 0 ] || { log "usage: $0 COMMAND [ARGS...]"; exit 64; }

bin=${SAHEL_PG_BIN:-/usr/lib/postgresql/15/bin}
if [ ! -x "$bin/initdb" ] || [ ! -d /usr/share/postgresql/15/extension ] || ! ls /usr/share/postgresql/15/extension/postgis.control >/dev/null 2>&1; then
  log "PostgreSQL 15 with PostGIS is not installed (looked in $bin): run bash Scripts/bootstrap.sh"
  exit 69
fi
as_server() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

dirs=()
stop() {
  for dir in "${dirs[@]}"; do
    as_server "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
  done
}
trap stop EXIT

# start_cluster: a new cluster; sets url and data. Its port, socket directory and address are in its
# postgresql.conf, so that a test's `pg_ctl stop`/`start` brings it back as it was.
start_cluster() {
  local dir password port
  dir=$(mktemp -d /tmp/sahel-pg.XXXXXX)
  dirs+=("$dir")
  chmod 755 "$dir"
  if [ "$(id -u)" = 0 ]; then chown postgres: "$dir"; fi
  password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  printf '%s\n' "$password" > "$dir/pw"
  if [ "$(id -u)" = 0 ]; then chown postgres: "$dir/pw"; fi
  as_server "$bin/initdb" -D "$dir/data" -U postgres --pwfile="$dir/pw" --auth-local=trust --auth-host=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 70; }
  printf "port = %s\nunix_socket_directories = '%s'\nlisten_addresses = '127.0.0.1'\n" "$port" "$dir" \
    | as_server tee -a "$dir/data/postgresql.conf" >/dev/null
  as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 70; }
  psql_admin() { as_server psql -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres "$@"; }
  psql_admin -d postgres -c "CREATE DATABASE sahel_template"
  psql_admin -d sahel_template -c "CREATE EXTENSION postgis"
  log "PostgreSQL $(psql_admin -d sahel_template -Atc 'SHOW server_version') with PostGIS $(psql_admin -d sahel_template -Atc 'SELECT postgis_lib_version()') on 127.0.0.1:$port"
  url="postgresql://postgres:$password@127.0.0.1:$port/postgres"
  data="$dir/data"
}

start_cluster
export SAHEL_TEST_PG_URL="$url"
# A second cluster for the tests that stop and restart their server while the others run on the first.
start_cluster
export SAHEL_TEST_PG_FAULT_URL="$url" SAHEL_TEST_PG_FAULT_DATA="$data" SAHEL_TEST_PG_BIN="$bin"
status=0
"$@" || status=$?
exit $status
