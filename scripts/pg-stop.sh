#!/usr/bin/env bash
# Stop the server scripts/pg-start.sh started and remove its temporary directory.
# Usage: scripts/pg-stop.sh "$IMPROVEMENT_PLAN_PG_DIR"
set -euo pipefail
dir=${1:-${IMPROVEMENT_PLAN_PG_DIR:-}}
if [ -z "$dir" ] || [ ! -d "$dir/data" ]; then
  echo "pg-stop: no data folder to stop (give the directory pg-start.sh printed)" >&2
  exit 1
fi
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/pg_ctl" ]; then bin=$(dirname "$(command -v pg_ctl)"); fi
if [ "$(id -u)" = "0" ]; then
  runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
else
  "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
fi
rm -rf "$dir"
echo "pg-stop: stopped and removed $dir" >&2
