#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for @improvement-plan/store's tests and benchmark.
#
#   pg_env=$(scripts/pg-start.sh) && eval "$pg_env"     # sets the two variables below
#   ... npm test ...
#   scripts/pg-stop.sh "$IMPROVEMENT_PLAN_PG_DIR"
#
# It installs Debian's `postgresql` package when no server binaries are found (needs apt-get and
# root), `initdb`s a data folder in a new temporary directory, starts the server with `pg_ctl` on a
# free port of 127.0.0.1 (as the `postgres` user when run as root: the server refuses root),
# creates the database `improvement_plan_test`, and prints, for `eval`:
#   export IMPROVEMENT_PLAN_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:<port>/improvement_plan_test
#   export IMPROVEMENT_PLAN_PG_DIR=<the temporary directory>
# Progress goes to stderr. Exit status 1 when the server cannot be started.
set -euo pipefail
say() { echo "pg-start: $*" >&2; }

find_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$dir" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return; fi
  if command -v pg_ctl >/dev/null 2>&1; then dirname "$(command -v pg_ctl)"; return; fi
}

bin=$(find_bin)
if [ -z "$bin" ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
    say "installing Debian's postgresql package"
    export DEBIAN_FRONTEND=noninteractive
    if ! { apt-get update -qq >&2 && apt-get install -y -qq postgresql >&2; }; then
      say "apt-get could not install postgresql"
      exit 1
    fi
    bin=$(find_bin)
  fi
fi
if [ -z "$bin" ]; then
  say "no PostgreSQL server binaries (pg_ctl, initdb) found, and they cannot be installed here (needs apt-get and root)"
  exit 1
fi

# The server refuses to run as root: run it as `postgres` then.
as_server_user() {
  if [ "$(id -u)" = "0" ]; then
    if ! id postgres >/dev/null 2>&1; then useradd --system --no-create-home postgres >&2; fi
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

dir=$(mktemp -d "${TMPDIR:-/tmp}/improvement-plan-pg.XXXXXX")
chmod 700 "$dir"
if [ "$(id -u)" = "0" ]; then chown postgres: "$dir"; fi

port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close();})")

say "initdb in $dir/data ($bin)"
if ! as_server_user "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --no-locale >"$dir/initdb.log" 2>&1; then
  cat "$dir/initdb.log" >&2
  say "initdb failed"
  exit 1
fi
say "starting the server on 127.0.0.1:$port"
if ! as_server_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o "-h 127.0.0.1 -p $port -k $dir" start >&2; then
  cat "$dir/server.log" >&2 || true
  say "the server did not start"
  exit 1
fi
if ! as_server_user "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres improvement_plan_test >&2; then
  say "createdb failed"
  as_server_user "$bin/pg_ctl" -D "$dir/data" -m fast stop >&2 || true
  exit 1
fi
say "ready: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') at 127.0.0.1:$port"
echo "export IMPROVEMENT_PLAN_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$port/improvement_plan_test"
echo "export IMPROVEMENT_PLAN_PG_DIR=$dir"
