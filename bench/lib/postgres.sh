# Sourced by bench/run.sh: a throw-away PostgreSQL cluster for one benchmark run.
#
# Uses the Debian PostgreSQL binaries (installs the `postgresql` package when none are found). PostgreSQL
# refuses to run as root, so when the script runs as root the cluster belongs to the `postgres` system user
# and lives under /tmp; otherwise it runs as the calling user.

PG_BIN=""
PG_DATA=""
PG_PORT=""
PG_LOG=""
PG_AS=()

pg_find_binaries() {
    local dir
    for dir in /usr/lib/postgresql/*/bin; do
        if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
            PG_BIN="$dir"
        fi
    done
    if [[ -z "$PG_BIN" ]]; then
        progress "installing PostgreSQL from Debian packages"
        apt-get install -y -q postgresql postgresql-contrib >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q postgresql postgresql-contrib >/dev/null; }
        pg_find_binaries
    fi
}

pg_free_port() {
    python3 - <<'EOF' 2>/dev/null || echo $((20000 + RANDOM % 20000))
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
EOF
}

pg_start() {
    pg_find_binaries
    if [[ "$(id -u)" == 0 ]]; then
        PG_AS=(runuser -u postgres --)
    fi
    PG_DATA="$(mktemp -d /tmp/newsgraph-bench-pg.XXXXXX)"
    PG_LOG="$PG_DATA.log"
    PG_PORT="$(pg_free_port)"
    if [[ "$(id -u)" == 0 ]]; then
        chown postgres: "$PG_DATA"
        touch "$PG_LOG" && chown postgres: "$PG_LOG"
    fi
    "${PG_AS[@]}" "$PG_BIN/initdb" -D "$PG_DATA" -U bench --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    # Durability settings stay at their defaults (fsync, synchronous_commit on): the benchmark should pay
    # what production pays for a commit. pg_stat_statements counts the statements each query runs.
    cat >>"$PG_DATA/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PG_DATA'
max_connections = 100
shared_buffers = 256MB
shared_preload_libraries = 'pg_stat_statements'
pg_stat_statements.max = 10000
pg_stat_statements.track = top
EOF
    "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 60 start >/dev/null
    PG_VERSION="$("$PG_BIN/postgres" --version)"
    progress "PostgreSQL started on port $PG_PORT ($PG_VERSION, data in $PG_DATA)"
}

# Uses a server that is already running (and that this script must not stop).
pg_attach() {
    pg_find_binaries
    PG_PORT="$1"
    PG_VERSION="$(pg_sql postgres -c "select 'PostgreSQL ' || current_setting('server_version')")"
    progress "using the PostgreSQL already running on port $PG_PORT ($PG_VERSION)"
}

pg_stop() {
    if [[ -n "$PG_DATA" && -f "$PG_DATA/postmaster.pid" ]]; then
        "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w -t 30 stop >/dev/null 2>&1 || true
    fi
    if [[ -n "$PG_DATA" ]]; then
        rm -rf "$PG_DATA" "$PG_LOG"
        PG_DATA=""
    fi
}

# psql against database $1 (default postgres); extra arguments are passed through.
pg_sql() {
    local db="${1:-postgres}"
    shift || true
    "$PG_BIN/psql" -X -q -A -t -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U bench -d "$db" "$@"
}

# Drops and recreates database $1, with pg_stat_statements available in it.
pg_fresh_database() {
    pg_sql postgres -c "drop database if exists \"$1\" with (force)" -c "create database \"$1\""
    pg_sql "$1" -c "create extension if not exists pg_stat_statements"
}

pg_env_for() {
    export QUARKUS_DATASOURCE_REACTIVE_URL="postgresql://127.0.0.1:$PG_PORT/$1"
    export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$1"
    export QUARKUS_DATASOURCE_USERNAME=bench
    export QUARKUS_DATASOURCE_PASSWORD=bench
}
