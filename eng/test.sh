#!/usr/bin/env bash
# Runs the whole HerstelWerk test suite on real PostgreSQL and RabbitMQ.
#
# Servers come from, in order: HERSTELWERK_TEST_POSTGRES / HERSTELWERK_TEST_RABBITMQ if set;
# Testcontainers if a container engine runs; otherwise throwaway servers from Debian's packages,
# which this script installs if missing and stops when it ends. The end-to-end test starts the
# AppHost in local mode, so the Debian packages are needed in every case; the console's browser tests
# drive Debian's chromium, which it installs too; the event catalogue is validated by the AsyncAPI CLI,
# which it installs with npm (eng/asyncapi/).
# Extra arguments go to 'dotnet test', e.g. --filter "FullyQualifiedName~Outbox".
set -euo pipefail
cd "$(dirname "$0")/.."
. eng/common.sh
. eng/test-servers.sh

ensure_dotnet
ensure_local_servers
ensure_browser
# The AsyncAPI CLI's first install (about 40 s of npm) runs beside the servers' start and the build;
# only Gateway.Tests need it, and they run after the build.
cli_log=$(mktemp)
ensure_asyncapi_cli >"$cli_log" 2>&1 &
cli_pid=$!
ensure_test_servers

dotnet build HerstelWerk.sln -nologo -v q || { kill "$cli_pid" 2>/dev/null; exit 1; }
if ! wait "$cli_pid"; then
  cat "$cli_log" >&2
  exit 1
fi
cat "$cli_log"
rm -f "$cli_log"
dotnet test HerstelWerk.sln --no-build "$@"
