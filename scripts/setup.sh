#!/usr/bin/env bash
# Installs what the tests need beyond the .NET 10 SDK. Idempotent; safe to run on a fresh machine.
set -euo pipefail
echo "setup: nothing beyond the .NET SDK is needed yet"
