#!/usr/bin/env bash
# Install (Debian's postgresql package) and start a throw-away PostgreSQL server for the test
# suite on 127.0.0.1, then print its URL. Idempotent: a server already running is reused.
set -euo pipefail
PORT=${KAIYU_PG_PORT:-54329}
DATA=${KAIYU_PG_DATA:-/tmp/kaiyu-pg-$PORT}
DB=kaiyu_test

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "installing PostgreSQL (apt-get)..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi
BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)

as_owner=()
if [ "$(id -u)" = 0 ]; then
  as_owner=(runuser -u postgres --)  # the server refuses to run as root
fi

if ! "$BIN/pg_isready" -h 127.0.0.1 -p "$PORT" -q; then
  if [ ! -s "$DATA/PG_VERSION" ]; then
    mkdir -p "$DATA"
    [ "$(id -u)" = 0 ] && chown postgres "$DATA"
    "${as_owner[@]}" "$BIN/initdb" -D "$DATA" -U kaiyu --auth=trust -E UTF8 >/dev/null
  fi
  # fsync off: a test server's data is disposable, and the suite runs faster
  "${as_owner[@]}" "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w \
    -o "-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off" start >&2
fi
if ! "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U kaiyu -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname='$DB'" | grep -q 1; then
  "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U kaiyu "$DB"
fi
echo "postgresql://kaiyu@127.0.0.1:$PORT/$DB"
