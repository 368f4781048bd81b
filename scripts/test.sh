#!/usr/bin/env bash
# The whole test run: dependencies, PostgreSQL and Redis, Chromium, type check, lint, the web console's build,
# unit and e2e tests (the browser tests serve the built console).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
bash scripts/services.sh
bash scripts/ensure-chromium.sh
# The typed contract must be the api's: regenerated to a temporary file, it must not differ from the committed one.
contract=$(mktemp --suffix=.d.ts)
npm run --silent api:types -- "$contract"
diff -u libs/contract/src/api.d.ts "$contract" || {
  echo 'libs/contract/src/api.d.ts is stale: run npm run api:types and commit it' >&2
  exit 1
}
rm -f "$contract"
npx tsc --noEmit -p tsconfig.json
npx tsc --noEmit -p apps/web/tsconfig.json
npx eslint apps libs test scripts
npm run --silent build:web
# The unit, e2e and fuzz projects (docs/testing.md). One worker, not --runInBand: the worker is recycled past
# workerIdleMemoryLimit (jest.config.js).
npx jest --maxWorkers=1 "$@"
# The same service on PostgreSQL alone (QUEUE_BACKEND=postgres, no Redis): a second pass of a few e2e suites
# (docs/testing.md#postgresql-only). Only on a whole run: arguments pick tests of the first pass.
# The suites that go through every queue (intake, deadlines and escalations, notifications, portal sync) and the
# two counters that move to PostgreSQL in this mode.
POSTGRES_ONLY_SUITES=(test/postgres-only.e2e-spec.ts test/intake.e2e-spec.ts test/deadlines.e2e-spec.ts
  test/notifications.e2e-spec.ts test/portal-sync.e2e-spec.ts test/login-throttle.e2e-spec.ts test/public-lookup.e2e-spec.ts)
if [ $# -eq 0 ]; then
  TEST_QUEUE_BACKEND=postgres npx jest --maxWorkers=1 --selectProjects=e2e -- "${POSTGRES_ONLY_SUITES[@]}"
fi
