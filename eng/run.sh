#!/usr/bin/env bash
# Runs the whole HerstelWerk system under Aspire: PostgreSQL, RabbitMQ, the four services and the
# gateway, with the dashboard at http://localhost:15080 (its login link is printed below).
#
# Where no container engine runs, it first installs Debian's postgresql and rabbitmq-server packages
# (the AppHost then runs them itself, with data in .state/). Stop with Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")/.."
. eng/common.sh

ensure_dotnet
if ! container_engine_healthy; then
  ensure_local_servers
fi

exec dotnet run --project AppHost --launch-profile http -- "$@"
