#!/usr/bin/env bash
# Prints the path of a Chromium for Playwright: $CHROMIUM_PATH, else /usr/bin/chromium,
# else installs Debian's chromium when apt-get is usable; otherwise says how to get one.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ]; then
  if [ -x "$CHROMIUM_PATH" ]; then echo "$CHROMIUM_PATH"; exit 0; fi
  echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file" >&2; exit 1
fi
for candidate in /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -x "$candidate" ]; then echo "$candidate"; exit 0; fi
done
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  echo "› installing Debian's chromium for the browser tests…" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >&2
  if [ -x /usr/bin/chromium ]; then echo /usr/bin/chromium; exit 0; fi
fi
cat >&2 <<'MSG'
No Chromium found for the end-to-end tests. Either
  - install one (Debian/Ubuntu: sudo apt-get install chromium) and/or set CHROMIUM_PATH to it, or
  - on a machine with internet access: npx playwright install chromium, then set CHROMIUM_PATH
    to the browser it prints.
MSG
exit 1
