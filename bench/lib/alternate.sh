# Sourced by bench/run.sh: the "alternate" part. One query (Q2 by default) at two concurrencies (8 and 32), each
# point taken in turn on warmed apps, over several rounds, so that a shared machine's load drifts over both alike.
# Several server settings ("variants", each its own app, all on the same database, only one under load at a time)
# can take part: every round runs every variant at every concurrency, both orders reversing each round.
#   BENCH_ALT_QUERY=q2                    query file prefix (q1..q5 of bench/wrk/queries, the bodies run_query uses)
#   BENCH_ALT_CONCURRENCY="8 32"
#   BENCH_ALT_ROUNDS=3
#   BENCH_ALT_WARMUP=5s BENCH_ALT_DURATION=8s   warm-up of each app once, then measured time per point (seconds)
#   BENCH_ALT_VARIANTS="name=JVM options|name=JVM options"  e.g.
#       "limit8=-Dnewsgraph.graphql.max-in-flight=8|limit16=-Dnewsgraph.graphql.max-in-flight=16"
#                                         (default: one variant, "current", the app as configured)
#
# Besides the rate, each point splits what the two cores spent into the app's, wrk's and PostgreSQL's CPU per
# answer, counts the app's context switches and young collections per answer, and samples PostgreSQL's active
# backends: on a saturated machine the rate is the cores divided by the sum of the three, so whichever share
# grows with concurrency is what costs the throughput.
# The app's share is split by thread (event loops' user and system time, GC, JIT compilers, the rest): JIT
# compilation goes on for minutes after a short warm-up on a busy machine and can outweigh the difference sought.

ALT_PIDS=()

alternate_stop_all() {
    local pid
    for pid in "${ALT_PIDS[@]}"; do
        APP_PID="$pid"
        app_stop
    done
    ALT_PIDS=()
}

# CPU ms (user + system) used so far by every process of the PostgreSQL cluster (the postmaster's children).
pg_cpu_ms() {
    local postmaster
    # The server's own data directory: also right for a server this script attached to (BENCH_PG_PORT).
    [[ -n "${ALT_PG_DIRECTORY:-}" ]] || ALT_PG_DIRECTORY=$(pg_sql postgres -c "show data_directory")
    postmaster=$(head -1 "$ALT_PG_DIRECTORY/postmaster.pid" 2>/dev/null) || { echo 0; return; }
    # shellcheck disable=SC2046
    # A backend may exit between pgrep and cat (the sampler's session, an idle connection): not a failure.
    { cat "/proc/$postmaster/stat" $(pgrep -P "$postmaster" | sed 's|.*|/proc/&/stat|') 2>/dev/null || true; } \
        | awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); ms += ($12 + $13) * 1000 / hz } END { printf "%.0f", ms }'
}

# Context switches (voluntary + involuntary) of all the app's threads so far.
app_context_switches() {
    { cat /proc/"$APP_PID"/task/*/status 2>/dev/null || true; } \
        | awk '/^(voluntary|nonvoluntary)_ctxt_switches:/ { n += $2 } END { printf "%.0f", n }'
}

# CPU ms so far of the app's threads by kind: event loops' user and system time, garbage collector, JIT compilers,
# everything else ("loops_user loops_system gc jit other"). Says which threads an extra cost per answer comes from.
app_thread_cpu() {
    { cat /proc/"$APP_PID"/task/*/stat 2>/dev/null || true; } | awk -v hz="$(getconf CLK_TCK)" '
        { match($0, /\(.*\)/); name = substr($0, RSTART + 1, RLENGTH - 2); split(substr($0, RSTART + RLENGTH + 1), f, " ")
          u = f[12] * 1000 / hz; s = f[13] * 1000 / hz
          if (name ~ /^vert\.x-eventloo/) { lu += u; ls += s }
          else if (name ~ /^(GC Thread|G1 )/) gc += u + s
          else if (name ~ /CompilerThre/) jit += u + s
          else other += u + s }
        END { printf "%.0f %.0f %.0f %.0f %.0f", lu, ls, gc, jit, other }'
}

# Young collections so far and the ms they took (jstat's YGC and YGCT).
app_young_gcs() {
    { jstat -gc "$APP_PID" 2>/dev/null || true; } | awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i } NR == 2 { printf "%d %.0f", $col["YGC"], $col["YGCT"] * 1000 }'
}

# Busy and total jiffies of the whole machine so far (/proc/stat's cpu line; idle and iowait count as not busy).
machine_jiffies() {
    awk '/^cpu / { total = 0; for (i = 2; i <= NF; i++) total += $i; printf "%d %d", total - $5 - $6, total }' /proc/stat
}

# wrk with body $1 at concurrency $2 for $3 against port $4, like wrk_run, but also prints wrk's own CPU ms as
# "wrk_cpu_ms=N" on the BENCH line (the children's times of the subshell that ran it).
wrk_run_timed() {
    local body="$1" connections="$2" duration="$3" port="$4" threads=2
    (( connections < 2 )) && threads=1
    (
        BENCH_BODY="$body" wrk -t"$threads" -c"$connections" -d"$duration" --timeout 10s \
            -s "$ROOT/bench/wrk/graphql.lua" "http://127.0.0.1:$port/graphql" >"$OUT/wrk-last.txt" 2>&1 || true
        # Not in a pipeline: its second line is the children of this very subshell, wrk alone.
        times >"$OUT/wrk-times.raw"
    ) &
    WRK_PID=$!
    wait "$WRK_PID" || true
    WRK_PID=""
    local line
    line=$(grep '^BENCH ' "$OUT/wrk-last.txt") \
        || { cat "$OUT/wrk-last.txt" >&2; line="BENCH requests=0 duration_us=1 p50_us=0 p99_us=0 graphql_errors=0 non_2xx=0 socket_errors=-1"; }
    echo "$line $(tail -1 "$OUT/wrk-times.raw" | awk '{ for (i = 1; i <= 2; i++) { split($i, t, "m"); ms += t[1] * 60000 + t[2] * 1000 } printf "wrk_cpu_ms=%.0f", ms }')"
}

# Samples PostgreSQL's client backends executing a statement every 0.2 s for $2 seconds, through one session
# (a connection per sample would fork a backend each time and add its cost to PostgreSQL's); prints "mean max used",
# used being the client backends that ran a statement during those seconds (how many pool connections took turns).
pg_active_backends() {
    local db="$1" seconds="$2" i
    {
        for i in $(seq 1 $(( seconds * 5 ))); do
            echo "select count(*) from pg_stat_activity where backend_type = 'client backend' and state = 'active' and pid <> pg_backend_pid();"
            echo "select pg_sleep(0.2);"
        done
        echo "select 'used ' || count(*) from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid() and state_change > clock_timestamp() - make_interval(secs => $seconds);"
    } | pg_sql "$db" 2>/dev/null | awk '/^[0-9]+$/ { s += $1; n++; if ($1 > m) m = $1 } /^used / { u = $2 }
        END { printf "%.1f %d %d", (n > 0) ? s / n : 0, m, u }'
}

run_alternate() {
    local db query="${BENCH_ALT_QUERY:-q2}" rounds="${BENCH_ALT_ROUNDS:-3}" concurrency="${BENCH_ALT_CONCURRENCY:-8 32}"
    local warmup="${BENCH_ALT_WARMUP:-5s}" duration="${BENCH_ALT_DURATION:-8s}" table="$OUT/alternate.md"
    local variants_spec="${BENCH_ALT_VARIANTS:-current=}" names=() options=() ports=() i
    query_corpus_loaded || { printf '### Alternating concurrency\n\nNot run: the corpus did not load.\n\n' >"$table"; return; }
    db="$QUERY_DB"
    IFS='|' read -r -a specs <<<"$variants_spec"
    for i in "${!specs[@]}"; do
        names+=("${specs[$i]%%=*}")
        options+=("${specs[$i]#*=}")
    done
    local bodies="$OUT/bodies"
    mkdir -p "$bodies"
    for i in "${!names[@]}"; do
        # shellcheck disable=SC2086
        NEWSGRAPH_CORPUS_LOAD_AT_START=false app_start "$db" "$(corpus_of "$QUERY_ARTICLES")" ${options[$i]}
        ALT_PIDS+=("$APP_PID")
        ports+=("$APP_PORT")
        app_wait_ready 120 0.1 >/dev/null
    done
    case "$query" in
        q1) request_body q1-articles '{"first": 20}' "$bodies/q1.json" ;;
        q2) request_body q2-article-page '{"first": 20}' "$bodies/q2.json" ;;
        q3) request_body q3-search '{"query": "nuclear research"}' "$bodies/q3.json" ;;
        q4) request_body q4-claims-page '{"first": 25}' "$bodies/q4.json" ;; # the first page, not run_query's 400th
        q5) request_body q5-article "{\"id\": \"$(graphql '{"query":"{ articles(first: 1) { edges { node { id } } } }"}' \
                | jq -r '.data.articles.edges[0].node.id')\"}" "$bodies/q5.json" ;;
        *) echo "BENCH_ALT_QUERY must be one of q1..q5" >&2; exit 2 ;;
    esac
    for i in "${!names[@]}"; do
        APP_PID="${ALT_PIDS[$i]}" APP_PORT="${ports[$i]}"
        progress "alternate: warming ${names[$i]} (${options[$i]:-no options}) with $query at each concurrency"
        for c in $concurrency; do
            wrk_run "$bodies/$query.json" "$c" "$warmup" "$APP_PORT" >/dev/null
        done
    done
    {
        echo "### Alternating concurrency: $query, $rounds rounds, $duration per point after a $warmup warm-up of each app ($(pg_sql "$db" -c "select count(*) || ' articles' from article"))"
        echo
        echo "Load average at start: $(cut -d' ' -f1-3 /proc/loadavg). CPU ms per answer: the app (whole JVM), wrk, PostgreSQL (all"
        echo "its processes); machine busy: share of both cores busy during the point, other processes included."
        echo
        echo "| Round | Variant | c | Requests/s | p50 ms | p99 ms | Errors | App CPU ms/answer | App threads ms/answer: loops user / loops sys / GC / JIT / other | wrk CPU ms/answer | PG CPU ms/answer | Sum ms/answer | Machine busy % | App context switches/answer | Young GCs (ms) | PG active backends mean / max / used | Load avg |"
        echo "|---:|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---|---:|"
    } >"$table"
    local round order v c line requests rps p50 p99 errors app0 app1 pg0 pg1 cs0 cs1 gc0 gc1 gcms0 gcms1 busy0 total0 busy1 total1
    local wrk_ms app_per wrk_per pg_per sum_per busy cs_per backends
    for round in $(seq 1 "$rounds"); do
        order=$(seq 0 $(( ${#names[@]} - 1 )))
        (( round % 2 == 0 )) && order=$(seq $(( ${#names[@]} - 1 )) -1 0)
        # Concurrencies reverse each round too: a run's early points pay for JIT compilation that later ones do not.
        local points="$concurrency"
        (( round % 2 == 0 )) && points=$(tr ' ' '\n' <<<"$concurrency" | tac | tr '\n' ' ')
        for v in $order; do
            APP_PID="${ALT_PIDS[$v]}" APP_PORT="${ports[$v]}"
            for c in $points; do
                progress "alternate: round $round, ${names[$v]}, $query at concurrency $c"
                app0=$(app_cpu_ms); read -r -a threads0 <<<"$(app_thread_cpu)"; pg0=$(pg_cpu_ms); cs0=$(app_context_switches); read -r gc0 gcms0 <<<"$(app_young_gcs)"
                read -r busy0 total0 <<<"$(machine_jiffies)"
                pg_active_backends "$db" $(( ${duration%s} - 1 )) >"$OUT/alternate-backends.txt" &
                local sampler=$!
                line=$(wrk_run_timed "$bodies/$query.json" "$c" "$duration" "$APP_PORT")
                wait "$sampler" || true
                backends=$(cat "$OUT/alternate-backends.txt")
                read -r busy1 total1 <<<"$(machine_jiffies)"
                app1=$(app_cpu_ms); read -r -a threads1 <<<"$(app_thread_cpu)"; pg1=$(pg_cpu_ms); cs1=$(app_context_switches); read -r gc1 gcms1 <<<"$(app_young_gcs)"
                requests=$(field requests "$line")
                wrk_ms=$(sed -E 's/.*wrk_cpu_ms=([0-9]+).*/\1/' <<<"$line")
                rps=$(awk -v r="$requests" -v d="$(field duration_us "$line")" 'BEGIN { printf "%.0f", r * 1000000 / d }')
                p50=$(awk -v v="$(field p50_us "$line")" 'BEGIN { printf "%.1f", v / 1000 }')
                p99=$(awk -v v="$(field p99_us "$line")" 'BEGIN { printf "%.1f", v / 1000 }')
                errors=$(( $(field non_2xx "$line") + $(field graphql_errors "$line") + $(field socket_errors "$line") ))
                per() { awk -v d="$1" -v n="$requests" 'BEGIN { printf "%.2f", (n > 0) ? d / n : 0 }'; }
                app_per=$(per $(( app1 - app0 ))); wrk_per=$(per "$wrk_ms"); pg_per=$(per $(( pg1 - pg0 )))
                sum_per=$(awk -v a="$app_per" -v w="$wrk_per" -v p="$pg_per" 'BEGIN { printf "%.2f", a + w + p }')
                split_per=$(for k in 0 1 2 3 4; do per $(( threads1[k] - threads0[k] )); echo; done | paste -sd' ')
                cs_per=$(awk -v d=$(( cs1 - cs0 )) -v n="$requests" 'BEGIN { printf "%.1f", (n > 0) ? d / n : 0 }')
                busy=$(awk -v b=$(( busy1 - busy0 )) -v t=$(( total1 - total0 )) 'BEGIN { printf "%.0f", (t > 0) ? 100 * b / t : 0 }')
                echo "| $round | ${names[$v]} | $c | $rps | $p50 | $p99 | $errors | $app_per | ${split_per// / \/ } | $wrk_per | $pg_per | $sum_per | $busy | $cs_per | $(( gc1 - gc0 )) ($(( gcms1 - gcms0 ))) | ${backends// / \/ } | $(cut -d' ' -f1 /proc/loadavg) |" >>"$table"
                echo "alternate $round ${names[$v]} $c $rps $p50 $p99 $errors $app_per $wrk_per $pg_per $busy $cs_per $(( gc1 - gc0 )) $split_per" >>"$OUT/query-raw.txt"
            done
        done
    done
    {
        echo
        echo "Mean requests/s over the rounds:"
        echo
        echo "| Variant | $(for c in $concurrency; do printf 'c = %s | ' "$c"; done)"
        echo "|---|$(for c in $concurrency; do printf -- '---:|'; done)"
        for v in "${!names[@]}"; do
            printf '| %s |' "${names[$v]}"
            for c in $concurrency; do
                awk -v n="${names[$v]}" -v c="$c" '$1 == "alternate" && $3 == n && $4 == c { s += $5; k++ } END { printf " %.0f |", (k > 0) ? s / k : 0 }' "$OUT/query-raw.txt"
            done
            echo
        done
        echo
        echo "Mean app CPU ms per answer over the rounds after the first (whole JVM; then event loops' user time, GC, JIT):"
        echo
        echo "| Variant | $(for c in $concurrency; do printf 'c = %s: app / loops user / GC / JIT | ' "$c"; done)"
        echo "|---|$(for c in $concurrency; do printf -- '---|'; done)"
        for v in "${!names[@]}"; do
            printf '| %s |' "${names[$v]}"
            for c in $concurrency; do
                awk -v n="${names[$v]}" -v c="$c" '$1 == "alternate" && $2 > 1 && $3 == n && $4 == c { a += $9; l += $15; g += $17; j += $18; k++ }
                    END { if (k > 0) printf " %.2f / %.2f / %.2f / %.2f |", a / k, l / k, g / k, j / k; else printf " – |" }' "$OUT/query-raw.txt"
            done
            echo
        done
        echo
        echo "Load average at end: $(cut -d' ' -f1-3 /proc/loadavg)."
        echo
    } >>"$table"
    alternate_stop_all
}
