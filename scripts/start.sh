#!/usr/bin/env bash
# The main job: dependencies, PostgreSQL and Redis, build, migrate, then api and worker in the foreground.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
bash scripts/services.sh
npm run --silent build
node dist/scripts/migrate.js
node dist/apps/worker/src/main.js &
worker=$!
node dist/apps/api/src/main.js &
api=$!
trap 'kill $api $worker 2>/dev/null; wait' INT TERM EXIT
wait -n $api $worker
