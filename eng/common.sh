# Shared helpers for eng/run.sh and eng/test.sh. Source it; do not run it.

# Runs a command as root: directly when we are root, else through sudo.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else
    echo "error: '$*' needs root and sudo is not installed; run it as root, then run this script again." >&2
    return 1
  fi
}

# True when Docker (or Podman, via ASPIRE_CONTAINER_RUNTIME) has a running engine, not just a CLI.
container_engine_healthy() {
  local runtime="${ASPIRE_CONTAINER_RUNTIME:-docker}"
  command -v "$runtime" >/dev/null 2>&1 && timeout 10 "$runtime" info >/dev/null 2>&1
}

# Installs Debian's PostgreSQL and RabbitMQ server packages if they are missing. Nothing is started:
# the AppHost and the test script run their own instances, as the calling user, on loopback.
ensure_local_servers() {
  local missing=()
  ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || missing+=(postgresql)
  [ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || missing+=(rabbitmq-server)
  [ ${#missing[@]} -eq 0 ] && return 0

  if ! command -v apt-get >/dev/null 2>&1; then
    echo "error: ${missing[*]} missing and this is not a Debian/Ubuntu machine; install them, or use Docker." >&2
    return 1
  fi
  echo "==> Installing ${missing[*]} (Debian packages; about a minute)"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  # policy-rc.d may forbid starting services; that is fine, we start our own.
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Installs Debian's chromium (and a font) for the console's browser tests if missing. Playwright's own
# browser download cannot work on these machines; the tests launch this binary instead.
ensure_browser() {
  # chromium-l10n holds its languages: without it the browser writes date fields the American way.
  [ -x /usr/bin/chromium ] && [ -e /usr/lib/chromium/locales/nl.pak ] && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "error: chromium missing and this is not a Debian/Ubuntu machine; install chromium at /usr/bin/chromium." >&2
    return 1
  fi
  echo "==> Installing chromium and its languages (Debian packages, for the console's browser tests)"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium chromium-l10n fonts-dejavu-core >/dev/null
}

# Installs the AsyncAPI CLI pinned in eng/asyncapi/ (Gateway.Tests validate the event catalogue with
# it), and Debian's Node.js and npm for it if missing. npm ci runs again only when the lock file changed.
ensure_asyncapi_cli() {
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    if ! command -v apt-get >/dev/null 2>&1; then
      echo "error: node and npm missing and this is not a Debian/Ubuntu machine; install Node.js 20 or newer with npm." >&2
      return 1
    fi
    echo "==> Installing Node.js and npm (Debian packages, for the AsyncAPI CLI)"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
  fi
  local folder=eng/asyncapi
  local stamp="$folder/node_modules/.package-lock.sha256"
  local wanted
  wanted=$(sha256sum "$folder/package-lock.json" | cut -d' ' -f1)
  [ -x "$folder/node_modules/.bin/asyncapi" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$wanted" ] && return 0
  echo "==> Installing the AsyncAPI CLI (npm ci in $folder; about a minute, 450 MB)"
  (cd "$folder" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$wanted" >"$stamp"
}

# The .NET 10 SDK is the one thing the scripts do not install.
ensure_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1 || ! dotnet --list-sdks | grep -q '^10\.'; then
    echo "error: the .NET 10 SDK is required (https://dot.net); 'dotnet --list-sdks' shows none." >&2
    return 1
  fi
  # The repository's dotnet tools (dotnet-tools.json): smtp4dev, which the AppHost and the tests run.
  dotnet tool restore >/dev/null
}

# A free TCP port on loopback.
free_port() {
  local port
  while :; do
    port=$(( 20000 + RANDOM % 30000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
}
