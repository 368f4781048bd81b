#!/usr/bin/env bash
# npm run test:faults: the fault scenarios of test/faults (docs/faults.md). Each starts its own PostgreSQL cluster
# and Redis server on spare ports under a temporary directory, never the shared ones, and stops them after.
# FAULTS_DOSSIERS=<n> runs every scenario on n dossiers instead of its standard size; arguments go to jest
# (e.g. `npm run test:faults -- sigkill` for one scenario).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh

have_servers() {
  command -v redis-server >/dev/null && command -v redis-cli >/dev/null &&
    { [ -n "${PG_BIN:-}" ] || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v pg_config >/dev/null; }
}
if ! have_servers; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    echo "faults: PostgreSQL and Redis server binaries are needed (initdb, pg_ctl, redis-server); install them" >&2
    exit 1
  fi
  echo "faults: installing PostgreSQL and Redis with apt-get" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql redis-server >/dev/null
fi

FAULTS_RUN_DIR=$(mktemp -d "${TMPDIR:-/tmp}/motcua-faults-run.XXXXXX")
chmod 755 "$FAULTS_RUN_DIR"
export FAULTS_RUN_DIR

# Whatever a killed run left: its clusters stopped, its Redis servers ended, its directory removed.
cleanup() {
  local data pid
  for data in "$FAULTS_RUN_DIR"/motcua-faults-*/pg; do
    [ -f "$data/postmaster.pid" ] || continue
    pid=$(head -n1 "$data/postmaster.pid")
    kill -QUIT "$pid" 2>/dev/null || true
  done
  for pid in "$FAULTS_RUN_DIR"/motcua-faults-*/redis.pid; do
    [ -f "$pid" ] && kill -KILL "$(cat "$pid")" 2>/dev/null || true
  done
  rm -rf "$FAULTS_RUN_DIR"
}
trap cleanup EXIT

started=$(date +%s)
status=0
npx jest -c test/faults/jest.config.js --runInBand "$@" || status=$?
echo "faults: $(($(date +%s) - started)) s" >&2
exit "$status"
