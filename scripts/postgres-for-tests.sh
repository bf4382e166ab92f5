#!/usr/bin/env bash
# Sourced by test.sh: installs PostgreSQL when missing (Debian's package), starts a throwaway cluster in a temporary
# folder listening only on 127.0.0.1 at a free port, and exports CARELEDGER_TEST_POSTGRES for the data tests. The
# cluster and its folder are removed by stop_test_postgres, which test.sh calls from its EXIT trap.

find_pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

free_port() {
  local port
  for port in $(seq 55432 55532); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  return 1
}

start_test_postgres() {
  local pg_bin
  pg_bin="$(find_pg_bin)"
  if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
    echo "Installing PostgreSQL (Debian package 'postgresql') for the data tests..."
    if [ "$(id -u)" -ne 0 ]; then
      echo "PostgreSQL is not installed and this is not root: run 'sudo apt-get install -y postgresql' and try again." >&2
      return 1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null && \
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || { echo "apt-get install postgresql failed" >&2; return 1; }
    pg_bin="$(find_pg_bin)"
  fi

  PG_TEST_DIR="$(mktemp -d /tmp/careledger-pg.XXXXXX)"
  PG_TEST_PORT="$(free_port)" || { echo "no free port for PostgreSQL" >&2; return 1; }
  # PostgreSQL refuses to run as root; the package creates the 'postgres' user, which runs the throwaway cluster.
  local run=()
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$PG_TEST_DIR"
    run=(runuser -u postgres --)
  fi
  PG_TEST_RUN=("${run[@]}")
  PG_TEST_BIN="$pg_bin"
  "${run[@]}" "$pg_bin/initdb" -D "$PG_TEST_DIR/data" -U careledger --auth=trust --encoding=UTF8 --no-locale >"$PG_TEST_DIR/initdb.log" 2>&1 \
    || { cat "$PG_TEST_DIR/initdb.log" >&2; return 1; }
  "${run[@]}" "$pg_bin/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/server.log" -w -t 60 \
    -o "-h 127.0.0.1 -p $PG_TEST_PORT -k $PG_TEST_DIR -c max_connections=200 -c fsync=off" start >/dev/null \
    || { cat "$PG_TEST_DIR/server.log" >&2; return 1; }
  export CARELEDGER_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_TEST_PORT;Username=careledger;Database=postgres"
  echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_TEST_PORT (data in $PG_TEST_DIR, removed at the end)"
}

stop_test_postgres() {
  if [ -n "${PG_TEST_DIR:-}" ] && [ -d "$PG_TEST_DIR/data" ]; then
    "${PG_TEST_RUN[@]}" "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  fi
  [ -n "${PG_TEST_DIR:-}" ] && rm -rf "$PG_TEST_DIR"
  return 0
}
