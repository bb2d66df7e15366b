#!/usr/bin/env bash
# Runs the benchmarks on demand (they are not part of the test suite): real PostgreSQL and RabbitMQ,
# started the same way eng/test.sh starts them, and a Release build.
#   bench/run.sh                      outbox latency and audit cost, 200 samples
#   bench/run.sh 1000                 the same, more samples
#   bench/run.sh console              the console's speed in Debian's chromium: 10,000 participants, 40 samples
#   bench/run.sh console 20000 100    more participants, more samples
set -euo pipefail
cd "$(dirname "$0")/.."
. eng/common.sh
. eng/test-servers.sh

ensure_dotnet
ensure_local_servers

if [[ "${1:-}" == "console" ]]; then
  shift
  # The console's benchmark starts the whole system in local mode itself, as the browser tests do.
  ensure_browser
  exec dotnet run -c Release --project bench/ConsoleSpeed -- "$@"
fi

ensure_test_servers
dotnet run -c Release --project bench/OutboxLatency -- "$@"
