#!/usr/bin/env bash
# Screenshots of every page of the web console for each role (reception, officer, head, leader, supervisor,
# admin) at 1366, 1024 and 390 px, taken by the browser suite test/web-tour.e2e-spec.ts on the test database
# (TEST_DATABASE_URL, TEST_REDIS_URL as for npm test), which also runs axe on each page at the office widths.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
bash scripts/services.sh
bash scripts/ensure-chromium.sh
npm run --silent build:web
npx jest --selectProjects e2e --runInBand --runTestsByPath test/web-tour.e2e-spec.ts
echo "screenshots: test/screenshots/tour/1366, test/screenshots/tour/1024, test/screenshots/tour/390"
