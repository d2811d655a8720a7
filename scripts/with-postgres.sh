#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL 15 on loopback, exported as TEST_DATABASE_URL,
# and stops it afterwards. Without the server binaries (and without root to install them)
# the command still runs, and PostgreSQL is reported as not available.
#   scripts/with-postgres.sh npm test
set -u
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
PORT=${KAWASAN_TEST_PG_PORT:-55432}

if [ ! -x "$PGBIN/postgres" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing PostgreSQL 15 (Debian package postgresql-15)…"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15; } >/dev/null
fi
if [ ! -x "$PGBIN/postgres" ]; then
  echo "PostgreSQL 15 not available: running without it." >&2
  exec "$@"
fi

ROOT=$(mktemp -d)
run_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" = 0 ]; then
  id -u postgres >/dev/null 2>&1 || useradd --system --user-group postgres
  chown postgres: "$ROOT"
fi
chmod 700 "$ROOT"
run_pg "$PGBIN/initdb" -D "$ROOT/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
run_pg "$PGBIN/pg_ctl" -D "$ROOT/data" -l "$ROOT/log" -w start \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k $ROOT ${KAWASAN_TEST_PG_OPTS--c fsync=off -c synchronous_commit=off}" >/dev/null
stop() { run_pg "$PGBIN/pg_ctl" -D "$ROOT/data" -m fast -w stop >/dev/null; rm -rf "$ROOT"; }
trap stop EXIT
export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PORT/postgres"
echo "PostgreSQL 15 started for this run at 127.0.0.1:$PORT"
"$@"
