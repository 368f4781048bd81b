#!/usr/bin/env bash
# The whole test run: dependencies, PostgreSQL and Redis, type check, lint, unit and e2e tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
bash scripts/services.sh
npx tsc --noEmit -p tsconfig.json
npx eslint apps libs test scripts
npx jest --runInBand "$@"
