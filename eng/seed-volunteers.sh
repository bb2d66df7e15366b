#!/usr/bin/env bash
# Loads about 600 made-up volunteers into a running development system (start it with ./eng/run.sh).
# The endpoint it calls exists only in the Development environment, so this cannot touch production.
# Usage: ./eng/seed-volunteers.sh [gateway-url]   (default http://localhost:5100)
set -euo pipefail
gateway="${1:-http://localhost:5100}"

token_json=$(curl -fsS -X POST "$gateway/dev/token" -H 'content-type: application/json' \
  -d '{"role":"admin","subject":"development-seed"}') || {
  echo "No development token from $gateway/dev/token: is the system running with ./eng/run.sh?" >&2
  exit 1
}
token=$(printf '%s' "$token_json" | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')

status=$(curl -sS -o /tmp/herstelwerk-seed.$$ -w '%{http_code}' -X POST "$gateway/api/volunteers/development/seed" \
  -H "authorization: Bearer $token")
cat /tmp/herstelwerk-seed.$$; echo
rm -f /tmp/herstelwerk-seed.$$
case "$status" in
  200|409) exit 0 ;;   # 409: already loaded, which is fine
  *) echo "Seeding failed with HTTP $status" >&2; exit 1 ;;
esac
