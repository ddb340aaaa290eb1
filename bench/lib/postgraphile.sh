# Sourced by bench/run.sh: PostGraphile 4.14, the reference the query benchmark compares newsgraph with, serving
# the benchmark database itself (it reads newsgraph's tables and foreign keys).

PGL_PID=""
PGL_PORT=""
PGL_DIR="$ROOT/bench/.postgraphile"
PGL_VERSION="4.14"
# PostGraphile orders by (published_on desc, id desc), which PostgreSQL cannot read from newsgraph's index
# (published_on desc nulls last, id desc): without one of its own it sorts every article on every request.
PGL_INDEX="bench_postgraphile_article_order"

# Installs PostGraphile from npm into bench/.postgraphile (ignored by git) unless it is there already.
postgraphile_install() {
    if [[ -x "$PGL_DIR/node_modules/.bin/postgraphile" ]]; then
        return
    fi
    command -v npm >/dev/null || { progress "installing Node.js and npm from Debian packages"; apt-get install -y -q nodejs npm >/dev/null; }
    progress "installing postgraphile@$PGL_VERSION from npm into $PGL_DIR"
    mkdir -p "$PGL_DIR"
    npm install --prefix "$PGL_DIR" --no-audit --no-fund --loglevel=error "postgraphile@$PGL_VERSION" >"$OUT/npm-install.log" 2>&1 \
        || { tail -20 "$OUT/npm-install.log" >&2; return 1; }
}

postgraphile_version() {
    node -e "console.log(require('$PGL_DIR/node_modules/postgraphile/package.json').version)"
}

# Starts PostGraphile against database $1 the way its docs suggest for production: no watch mode, no GraphiQL,
# no per-query console log, its default pool (10 connections); relay connections and simple lists both.
postgraphile_start() {
    local db="$1" i
    pg_sql "$db" -c "create index if not exists $PGL_INDEX on article (published_on desc, id desc)"
    PGL_PORT="$(pg_free_port)"
    node "$PGL_DIR/node_modules/.bin/postgraphile" -c "postgres://bench@127.0.0.1:$PG_PORT/$db" -n 127.0.0.1 -p "$PGL_PORT" \
        --simple-collections both --disable-graphiql --disable-query-log >"$OUT/postgraphile-$db.log" 2>&1 &
    PGL_PID=$!
    for i in $(seq 1 300); do
        if curl -fsS -o /dev/null -H 'Content-Type: application/json' --data-binary '{"query":"{ __typename }"}' \
            "http://127.0.0.1:$PGL_PORT/graphql" 2>/dev/null; then
            return 0
        fi
        kill -0 "$PGL_PID" 2>/dev/null || break
        sleep 0.2
    done
    tail -20 "$OUT/postgraphile-$db.log" >&2
    return 1
}

# Stops PostGraphile and drops the index that only it needed.
postgraphile_stop() {
    if [[ -n "$PGL_PID" ]]; then
        kill "$PGL_PID" 2>/dev/null || true
        wait "$PGL_PID" 2>/dev/null || true
        PGL_PID=""
        if [[ -n "${PGL_DB:-}" ]]; then
            pg_sql "$PGL_DB" -c "drop index if exists $PGL_INDEX" >/dev/null 2>&1 || true
        fi
    fi
}

# CPU time (user + system) PostGraphile's node process has used so far, in ms.
postgraphile_cpu_ms() {
    awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.0f", ($12 + $13) * 1000 / hz }' "/proc/$PGL_PID/stat"
}
