#!/usr/bin/env bash
# Installs what the tests need beyond the .NET 10 SDK: Debian's Chromium, for the report page's browser test
# (Playwright drives it; it never downloads a browser of its own), and Debian's PostgreSQL server binaries, for the
# store tests (they start a throwaway server of their own with initdb and pg_ctl; no system service is used).
# Idempotent; safe on a fresh machine.
set -euo pipefail

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || need+=(postgresql)

if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  echo "setup: installing ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
initdb=$(compgen -G '/usr/lib/postgresql/*/bin/initdb' | sort -V | tail -n 1 || true)
echo "setup: ready (chromium: $(/usr/bin/chromium --version 2>/dev/null || echo missing); postgresql: $([ -n "$initdb" ] && "$initdb" --version || echo missing))"
