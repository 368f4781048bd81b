#!/usr/bin/env bash
# npm run bench: dependencies, PostgreSQL and Redis, then every benchmark (scripts/bench/main.ts) with the
# arguments given: --quick, --only=<id,...>, --no-write.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
bash scripts/services.sh
exec node -r @swc-node/register scripts/bench/main.ts "$@"
