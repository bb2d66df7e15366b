#!/usr/bin/env bash
# Runs the whole HerstelWerk test suite on real PostgreSQL and RabbitMQ.
#
# Servers come from, in order: HERSTELWERK_TEST_POSTGRES / HERSTELWERK_TEST_RABBITMQ if set;
# Testcontainers if a container engine runs; otherwise throwaway servers from Debian's packages,
# which this script installs if missing and stops when it ends. The end-to-end test starts the
# AppHost in local mode, so the Debian packages are needed in every case; the console's browser tests
# drive Debian's chromium, which it installs too.
# Extra arguments go to 'dotnet test', e.g. --filter "FullyQualifiedName~Outbox".
set -euo pipefail
cd "$(dirname "$0")/.."
. eng/common.sh
. eng/test-servers.sh

ensure_dotnet
ensure_local_servers
ensure_browser
ensure_test_servers

dotnet build HerstelWerk.sln

# Two lanes at once, each one project after another: the suites that start the whole AppHost
# (end-to-end, then the browser tests) take most of the time and mostly wait, so the other projects
# run beside them on the shared test servers. The two AppHost suites never run at the same time.
apphost_suites=(tests/EndToEnd.Tests tests/Web.Tests)
other_suites=()
for project in tests/*.Tests; do
  case " ${apphost_suites[*]} " in *" $project "*) ;; *) other_suites+=("$project") ;; esac
done

run_lane() {
  local failed=0 project
  for project in "$@"; do
    dotnet test "$project" --no-build "${test_arguments[@]}" || failed=1
  done
  return "$failed"
}

test_arguments=("$@")
run_lane "${apphost_suites[@]}" > >(sed -u 's/^/[apphost] /') 2>&1 &
apphost_lane=$!
other_status=0
run_lane "${other_suites[@]}" || other_status=1
apphost_status=0
wait "$apphost_lane" || apphost_status=1
if [ "$other_status" -ne 0 ] || [ "$apphost_status" -ne 0 ]; then
  echo "error: some tests failed (see the Failed! lines above; [apphost] marks the end-to-end and browser suites)" >&2
  exit 1
fi
