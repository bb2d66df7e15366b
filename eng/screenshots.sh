#!/usr/bin/env bash
# Writes the console's screenshots for the README into docs/screenshots/: runs the browser tests that
# photograph every page (375 and 1440 px wide) against the AppHost in local mode.
# Installs what the tests need (PostgreSQL, RabbitMQ, chromium) if missing, like eng/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
. eng/common.sh


ensure_dotnet
ensure_local_servers
ensure_browser

export HERSTELWERK_SCREENSHOTS="$PWD/docs/screenshots"
mkdir -p "$HERSTELWERK_SCREENSHOTS"
dotnet test tests/Web.Tests --filter "FullyQualifiedName~ConsolePagesTests|FullyQualifiedName~ConsoleFlowsTests" "$@"
echo "==> Screenshots in $HERSTELWERK_SCREENSHOTS"
