# Throwaway PostgreSQL and RabbitMQ for the integration tests, from Debian's packages, when no
# container engine is available. Source it, then call start_test_servers: it exports
# HERSTELWERK_TEST_POSTGRES and HERSTELWERK_TEST_RABBITMQ and stops both servers on exit.
#
# Both listen on loopback at free ports, keep their data in a temporary folder, and never touch a
# system cluster or broker. PostgreSQL runs without fsync: the data is thrown away anyway.

start_test_servers() {
  TEST_SERVERS_DIR=$(mktemp -d /tmp/herstelwerk-test-XXXXXX)
  chmod 755 "$TEST_SERVERS_DIR"   # PostgreSQL may run as another user and must reach its folder
  EPMD_WAS_RUNNING=$(epmd -names >/dev/null 2>&1 && echo yes || echo no)
  trap stop_test_servers EXIT
  start_test_postgres
  start_test_rabbitmq
}

start_test_postgres() {
  local bin data port
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  data="$TEST_SERVERS_DIR/postgres"
  port=$(free_port)
  mkdir -p "$data"
  local as_postgres=()
  if [ "$(id -u)" -eq 0 ]; then
    # PostgreSQL refuses to run as root.
    chown postgres:postgres "$data"
    as_postgres=(setpriv --reuid=postgres --regid=postgres --init-groups --)
  fi
  "${as_postgres[@]}" "$bin/initdb" -D "$data" -U herstelwerk --auth=trust --encoding=UTF8 --no-locale >"$TEST_SERVERS_DIR/initdb.log" 2>&1
  "${as_postgres[@]}" "$bin/postgres" -D "$data" -p "$port" -k "$data" -c listen_addresses=127.0.0.1 \
    -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=500 \
    >"$TEST_SERVERS_DIR/postgres.log" 2>&1 &
  TEST_POSTGRES_PID=$!
  for _ in $(seq 1 120); do
    pg_isready -q -h 127.0.0.1 -p "$port" && break
    sleep 0.25
  done
  pg_isready -q -h 127.0.0.1 -p "$port" || { cat "$TEST_SERVERS_DIR/postgres.log" >&2; echo "error: test PostgreSQL did not start" >&2; return 1; }
  export HERSTELWERK_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=herstelwerk;Database=postgres"
  echo "==> Test PostgreSQL on 127.0.0.1:$port (pid $TEST_POSTGRES_PID)"
}

start_test_rabbitmq() {
  local home amqp dist node
  home="$TEST_SERVERS_DIR/rabbitmq"
  amqp=$(free_port); dist=$(free_port); TEST_EPMD_PORT=$(free_port)
  node="herstelwerk-test-$$@localhost"
  mkdir -p "$home"
  echo '[].' >"$home/enabled_plugins"
  # A node of its own: own name, ports, data, cookie (HOME) and epmd, all on loopback.
  local env_vars=(
    HOME="$home" ERL_EPMD_PORT="$TEST_EPMD_PORT" ERL_EPMD_ADDRESS=127.0.0.1
    RABBITMQ_NODENAME="$node" RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 RABBITMQ_NODE_PORT="$amqp" RABBITMQ_DIST_PORT="$dist"
    RABBITMQ_MNESIA_BASE="$home/mnesia" RABBITMQ_LOG_BASE="$home/log" RABBITMQ_ENABLED_PLUGINS_FILE="$home/enabled_plugins"
    RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
  )
  env "${env_vars[@]}" /usr/lib/rabbitmq/bin/rabbitmq-server >"$TEST_SERVERS_DIR/rabbitmq.log" 2>&1 &
  TEST_RABBITMQ_PID=$!
  # rabbitmqctl fails at once until the node has registered, so retry it (about 6-9 s in all).
  local started=no
  for _ in $(seq 1 120); do
    if env "${env_vars[@]}" /usr/lib/rabbitmq/bin/rabbitmqctl -n "$node" -q await_startup --timeout 30 >/dev/null 2>&1; then
      started=yes
      break
    fi
    kill -0 "$TEST_RABBITMQ_PID" 2>/dev/null || break
    sleep 0.5
  done
  if [ "$started" != yes ]; then
    cat "$TEST_SERVERS_DIR/rabbitmq.log" >&2
    echo "error: test RabbitMQ did not start" >&2
    return 1
  fi
  export HERSTELWERK_TEST_RABBITMQ="amqp://guest:guest@127.0.0.1:$amqp"
  echo "==> Test RabbitMQ on 127.0.0.1:$amqp (pid $TEST_RABBITMQ_PID)"
}

stop_test_servers() {
  local status=$?
  if [ -n "${TEST_RABBITMQ_PID:-}" ]; then
    kill -TERM "$TEST_RABBITMQ_PID" 2>/dev/null && wait "$TEST_RABBITMQ_PID" 2>/dev/null
  fi
  if [ -n "${TEST_POSTGRES_PID:-}" ]; then
    kill -INT "$TEST_POSTGRES_PID" 2>/dev/null && wait "$TEST_POSTGRES_PID" 2>/dev/null
  fi
  # The epmd daemons the brokers started: the test node's own, and the default one that the
  # end-to-end test's AppHost starts if none ran before.
  [ -n "${TEST_EPMD_PORT:-}" ] && epmd -port "$TEST_EPMD_PORT" -kill >/dev/null 2>&1
  [ "${EPMD_WAS_RUNNING:-yes}" = no ] && epmd -kill >/dev/null 2>&1
  [ -n "${TEST_SERVERS_DIR:-}" ] && rm -rf "$TEST_SERVERS_DIR"
  return $status
}

# Points HERSTELWERK_TEST_POSTGRES and HERSTELWERK_TEST_RABBITMQ at real servers: those already named,
# else none (Testcontainers starts its own where a container engine runs), else throwaway ones.
ensure_test_servers() {
  if [ -n "${HERSTELWERK_TEST_POSTGRES:-}" ] && [ -n "${HERSTELWERK_TEST_RABBITMQ:-}" ]; then
    echo "==> Using the servers named by HERSTELWERK_TEST_POSTGRES and HERSTELWERK_TEST_RABBITMQ"
  elif container_engine_healthy; then
    echo "==> A container engine runs: Testcontainers starts PostgreSQL and RabbitMQ"
  else
    start_test_servers
  fi
}
