#!/usr/bin/env bash
# Installs what the tests need beyond the .NET 10 SDK: Debian's Chromium, for the report page's browser test
# (Playwright drives it; it never downloads a browser of its own). Idempotent; safe on a fresh machine.
set -euo pipefail

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)

if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  echo "setup: installing ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
echo "setup: ready (chromium: $(/usr/bin/chromium --version 2>/dev/null || echo missing))"
