# Sourced by bench/run.sh: starts and watches the packaged newsgraph app (prod profile).

APP_PID=""
APP_PORT=""
APP_LOG=""
APP_JAR="$ROOT/target/quarkus-app/quarkus-run.jar"
# The benchmark runs a copy, so a rebuild of target/ meanwhile (a test run, say) cannot pull classes from
# under a running app.
APP_COPY="$OUT/quarkus-app"
APP_HEAP="${BENCH_HEAP:--Xmx512m}"
# Class-data-sharing archive the app starts with (BENCH_APPCDS): "package" (default) the app-cds.jsa that packaging
# writes, as docs/deployment.md runs the app; "training" that one for ingest and query, while the startup part
# records its own from the first start (the one storing the seed corpus) and times the later starts with it, as an
# operator can record one from a real start; "off" none. The app runs from its folder, because the archive names the
# jar by a relative path, and with -Xshare:on, so an archive the JVM cannot use stops the run instead of silently
# timing a start without it.
APP_CDS="${BENCH_APPCDS:-package}"
APP_CDS_ARCHIVE=""

# Starts the app against database $1 with corpus folder $2; extra arguments go to the JVM.
app_start() {
    local db="$1" corpus="$2"
    shift 2
    APP_PORT="$(pg_free_port)"
    APP_LOG="$OUT/app-$db-$(date +%s%N).log"
    pg_env_for "$db"
    local cds=()
    if [[ -n "$APP_CDS_ARCHIVE" ]]; then
        cds=(-Xshare:on "-XX:SharedArchiveFile=$APP_CDS_ARCHIVE")
    fi
    (cd "$APP_COPY" && NEWSGRAPH_CORPUS_PATH="$corpus" QUARKUS_HTTP_PORT="$APP_PORT" QUARKUS_HTTP_HOST=127.0.0.1 \
        exec java $APP_HEAP "${cds[@]}" "$@" -jar quarkus-run.jar) >"$APP_LOG" 2>&1 &
    APP_PID=$!
    APP_STARTED_NS=$(date +%s%N)
}

# Copies with the files' times: the JVM checks an archive's jars by size and modification time.
app_copy() {
    rm -rf "$APP_COPY"
    cp -a "$ROOT/target/quarkus-app" "$APP_COPY"
    case "$APP_CDS" in
        package | training)
            [[ -f "$APP_COPY/app-cds.jsa" ]] || { echo "no app-cds.jsa in target/quarkus-app: rebuild, or BENCH_APPCDS=off" >&2; exit 1; }
            APP_CDS_ARCHIVE=app-cds.jsa ;;
        off) APP_CDS_ARCHIVE="" ;;
        *) echo "BENCH_APPCDS must be package, training or off" >&2; exit 2 ;;
    esac
}

# Stops the app (SIGTERM), killing it after $1 seconds (default 10).
app_stop() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID" 2>/dev/null || true
        local i
        for i in $(seq 1 $(( ${1:-10} * 10 ))); do
            kill -0 "$APP_PID" 2>/dev/null || break
            sleep 0.1
        done
        kill -9 "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=""
}

app_alive() {
    [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null
}

# Waits until readiness is UP (at most $1 seconds, polling every $2 seconds); prints elapsed ms since app_start.
app_wait_ready() {
    local timeout="$1" poll="${2:-0.05}" deadline
    deadline=$(( $(date +%s) + timeout ))
    while (( $(date +%s) < deadline )); do
        if ! app_alive; then
            echo "app exited before it was ready; last log lines:" >&2
            tail -20 "$APP_LOG" >&2
            return 1
        fi
        if curl -fsS -o /dev/null "http://127.0.0.1:$APP_PORT/q/health/ready" 2>/dev/null; then
            echo $(( ($(date +%s%N) - APP_STARTED_NS) / 1000000 ))
            return 0
        fi
        sleep "$poll"
    done
    echo "app not ready after ${timeout}s; last log lines:" >&2
    tail -20 "$APP_LOG" >&2
    return 1
}

# Peak resident set (VmHWM) and current resident set (VmRSS) of the app, in MiB.
app_peak_rss_mib() {
    awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$APP_PID/status"
}

# CPU time (user + system, all threads) the app has used so far, in ms: on a loaded machine the wall-clock
# figures stretch, this one much less.
app_cpu_ms() {
    awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.0f", ($12 + $13) * 1000 / hz }' "/proc/$APP_PID/stat"
}

# One reading of HotSpot's per-thread counters (`jcmd Thread.print -e`): prints the CPU ms used so far by the
# threads that answer requests (Vert.x event loops and workers, the executor pool), then the bytes all live
# threads have allocated on the heap. The first leaves out what the JIT compilers and the collector spend, which
# a loaded machine and a short run inflate; the JVM-wide figure is app_cpu_ms. Threads that ended take their
# counts with them; the answering threads live as long as the app, so a difference over a run is what answering
# cost.
app_thread_counters() {
    jcmd "$APP_PID" Thread.print -e 2>/dev/null | awk '
        /^"/ && match($0, /allocated=[0-9]+[BKMG]/) {
            v = substr($0, RSTART + 10, RLENGTH - 10); n = v + 0; u = substr(v, length(v))
            bytes += n * ((u == "K") ? 1024 : (u == "M") ? 1048576 : (u == "G") ? 1073741824 : 1)
            if ($0 ~ /^"(vert\.x-eventloop-thread|vert\.x-worker-thread|executor-thread)/ && match($0, /cpu=[0-9.]+ms/)) {
                cpu += substr($0, RSTART + 4, RLENGTH - 6)
            }
        }
        END { printf "%.0f %.0f\n", cpu, bytes }'
}

app_rss_mib() {
    awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$APP_PID/status"
}

# Posts a GraphQL query (JSON body in $1) and prints the response body.
graphql() {
    curl -fsS -H 'Content-Type: application/json' --data-binary "$1" "http://127.0.0.1:$APP_PORT/graphql"
}
