#!/usr/bin/env bash
# Runs the benchmarks on demand (they are not part of the test suite): real PostgreSQL and RabbitMQ,
# started the same way eng/test.sh starts them, and a Release build.
#   bench/run.sh            200 samples
#   bench/run.sh 1000       more samples
set -euo pipefail
cd "$(dirname "$0")/.."
. eng/common.sh
. eng/test-servers.sh

ensure_dotnet
ensure_local_servers
ensure_test_servers

dotnet run -c Release --project bench/OutboxLatency -- "$@"
