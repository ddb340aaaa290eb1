#!/usr/bin/env bash
# newsgraph benchmarks: bench/run.sh [all|ingest|query|alternate|startup|extract|quality]
#
# Builds the packaged app when it is missing or older than the sources, starts a PostgreSQL of its own, runs
# the named part (default: all) and writes a Markdown table to target/bench/results.md (also printed).
# Every process it starts is stopped on exit, also on Ctrl-C. Settings (environment variables):
#   BENCH_SEED=42                       corpus generator seed
#   BENCH_INGEST_SIZES="1000 10000 100000"
#   BENCH_INGEST_TIMEOUT=300            seconds one ingest size may take; a slower load is cut off and its
#                                       partial rate reported, so a slow build cannot stall the whole run
#                                       (with "all", the size the query part needs gets BENCH_QUERY_LOAD_TIMEOUT)
#   BENCH_QUERY_ARTICLES=10000          corpus size of the query benchmark
#   BENCH_QUERY_LOAD_TIMEOUT=3600       seconds allowed to load that corpus when no ingest run left it behind
#   BENCH_WARMUP=5s BENCH_DURATION=15s  wrk warm-up and measured time per query and concurrency
#   BENCH_CONCURRENCY="1 8 32"
#   BENCH_STATEMENT_SAMPLES=50          requests per query whose SQL statements are counted
#   BENCH_STARTUP_RUNS=5
#   BENCH_HEAP=-Xmx512m                 JVM heap option of the app
#   BENCH_APPCDS=package                class-data-sharing archive the app starts with: package (app-cds.jsa from
#                                       ./mvnw package), training (startup part: one recorded by its first start), off
#   BENCH_ALT_*                         the alternate part (one query at c = 8 and 32 taking turns): bench/lib/alternate.sh
#   BENCH_POSTGRAPHILE=1                query part: also run Q1 and Q2 against PostGraphile 4.14 (installed from npm
#                                       into bench/.postgraphile) on the same database, interleaved; 0 skips it
#   BENCH_PG_PORT=                      use the PostgreSQL already listening on this port (user bench, trust
#                                       auth on 127.0.0.1, pg_stat_statements preloaded) instead of starting one
#   BENCH_QUERY_DATABASE=               database of that server holding the loaded query corpus
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${BENCH_OUT:-$ROOT/target/bench}"
PART="${1:-all}"
SEED="${BENCH_SEED:-42}"
INGEST_SIZES="${BENCH_INGEST_SIZES:-1000 10000 100000}"
INGEST_TIMEOUT="${BENCH_INGEST_TIMEOUT:-300}"
QUERY_ARTICLES="${BENCH_QUERY_ARTICLES:-10000}"
QUERY_LOAD_TIMEOUT="${BENCH_QUERY_LOAD_TIMEOUT:-3600}"
WARMUP="${BENCH_WARMUP:-5s}"
DURATION="${BENCH_DURATION:-15s}"
CONCURRENCY="${BENCH_CONCURRENCY:-1 8 32}"
STATEMENT_SAMPLES="${BENCH_STATEMENT_SAMPLES:-50}"
STARTUP_RUNS="${BENCH_STARTUP_RUNS:-5}"
POSTGRAPHILE="${BENCH_POSTGRAPHILE:-1}"

case "$PART" in
    all | ingest | query | alternate | startup | extract | quality) ;;
    *) echo "usage: bench/run.sh [all|ingest|query|alternate|startup|extract|quality]" >&2; exit 2 ;;
esac

mkdir -p "$OUT"
RUN_STARTED=$(date +%s)

progress() {
    printf '[bench %s +%ds] %s\n' "$(date -u +%H:%M:%S)" $(( $(date +%s) - RUN_STARTED )) "$*" >&2
}

source "$ROOT/bench/lib/postgres.sh"
source "$ROOT/bench/lib/app.sh"
source "$ROOT/bench/lib/postgraphile.sh"
source "$ROOT/bench/lib/alternate.sh"

WRK_PID=""
cleanup() {
    local status=$?
    if [[ -n "$WRK_PID" ]]; then kill "$WRK_PID" 2>/dev/null || true; fi
    postgraphile_stop
    app_stop
    alternate_stop_all
    pg_stop
    exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------------------------------------------------
# Preparation: tools, the packaged app, the corpus

ensure_tools() {
    local missing=()
    command -v wrk >/dev/null || missing+=(wrk)
    command -v jq >/dev/null || missing+=(jq)
    command -v curl >/dev/null || missing+=(curl)
    if (( ${#missing[@]} )); then
        progress "installing ${missing[*]} from Debian packages"
        apt-get install -y -q "${missing[@]}" >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q "${missing[@]}" >/dev/null; }
    fi
}

ensure_build() {
    if [[ -f "$APP_JAR" ]] && [[ -z "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$APP_JAR" -print -quit)" ]]; then
        return
    fi
    progress "packaging the app (./mvnw -B -ntp package -DskipTests)"
    (cd "$ROOT" && ./mvnw -B -ntp -q package -DskipTests) >"$OUT/build.log" 2>&1 \
        || { tail -30 "$OUT/build.log" >&2; exit 1; }
}

# Prints the folder holding the first $1 articles of the seed's corpus, generating what is missing. A corpus
# of N is the first N files of any larger one, so one generated folder serves every size through links.
corpus_of() {
    local size="$1" all="$OUT/corpus/seed-$SEED" dir="$OUT/corpus/seed-$SEED-$1"
    local have=0
    if [[ -d "$all" ]]; then
        have=$(find "$all" -maxdepth 1 -name 'gen_*.txt' | wc -l)
    fi
    if (( have < size )); then
        # Generate the largest size this run needs at once, not each size in turn.
        local largest="$size" s
        for s in $INGEST_SIZES $QUERY_ARTICLES; do
            if (( s > largest )); then largest=$s; fi
        done
        progress "generating $largest articles (seed $SEED)"
        java "$ROOT/bench/CorpusGenerator.java" --articles "$largest" --seed "$SEED" --out "$all" >&2
    fi
    if [[ ! -d "$dir" ]] || (( $(find "$dir" -maxdepth 1 -name 'gen_*.txt' | wc -l) != size )); then
        rm -rf "$dir" && mkdir -p "$dir"
        (cd "$all" && find . -maxdepth 1 -name 'gen_*.txt' | sort | head -n "$size" \
            | while read -r f; do ln -s "$all/${f#./}" "$dir/${f#./}"; done)
    fi
    echo "$dir"
}

machine_section() {
    cat <<EOF
| | |
|---|---|
| Date (UTC) | $(date -u '+%Y-%m-%d %H:%M') |
| Commit | $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$ROOT" diff --quiet 2>/dev/null || echo ' (uncommitted changes)') |
| CPU | $(nproc) × $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo) |
| Memory | $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) |
| JDK | $(java -version 2>&1 | head -1) |
| PostgreSQL | ${PG_VERSION:-not started} |
| App heap | $APP_HEAP |
| Load average at start / end | $LOAD_AT_START / $(cut -d' ' -f1-3 /proc/loadavg) |
EOF
}

# Waits until the app logs its "Corpus ... loaded" line (returns 0), dies (1) or runs past $1 seconds (2),
# printing progress from the article count every 30 seconds.
await_corpus_loaded() {
    local timeout="$1" db="$2" total="$3" started last=0 now count
    started=$(date +%s)
    while true; do
        if grep -q 'Corpus .* loaded:' "$APP_LOG" 2>/dev/null; then return 0; fi
        if ! app_alive; then return 1; fi
        now=$(date +%s)
        if (( now - started >= timeout )); then return 2; fi
        if (( now - last >= 30 )); then
            count=$(pg_sql "$db" -c "select count(*) from article" 2>/dev/null || echo "?")
            progress "  $db: $count / $total articles stored after $(( now - started )) s"
            last=$now
        fi
        sleep 1
    done
}

# ---------------------------------------------------------------------------------------------------------
# Ingest: each corpus size into a fresh database, the packaged app loading it at startup

# Prints a fingerprint of the graph in database $1 that does not depend on ids or on the order rows were written
# in: the first 12 hex digits of the md5 of every claim relation as (text hash, claim position) pairs, sorted, then
# the row counts of experts, sources and agreements. Two builds that store the same graph print the same value.
graph_fingerprint() {
    pg_sql "$1" -c "select left(md5(string_agg(pair, ',' order by pair)), 12) || ' e' || (select count(*) from expert)
        || ' s' || (select count(*) from source) || ' g' || (select count(*) from agreement)
        from (select a.content_hash || ':' || c.ordinal || '>' || oa.content_hash || ':' || o.ordinal || ':' || r.relation pair
              from claim_relation r join claim c on c.id = r.claim_id join article a on a.id = c.article_id
              join claim o on o.id = r.other_claim_id join article oa on oa.id = o.article_id) pairs"
}

run_ingest() {
    local table="$OUT/ingest.md" size corpus db result loaded_line ms created rate peak cpu dbsize stored relations claims per
    local perarticle fingerprint
    {
        echo "### Ingest (startup corpus load, prod profile, $APP_HEAP, one database per size)"
        echo
        echo "| Articles | Outcome | Stored | Total s | Articles/s | App CPU ms/article | Peak RSS MiB (VmHWM) | DB size MiB | DB KiB/article | Claims | Claim relations | Graph fingerprint |"
        echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
    } >"$table"
    for size in $INGEST_SIZES; do
        corpus=$(corpus_of "$size")
        db="ingest_$size"
        pg_fresh_database "$db"
        rm -f "$OUT/$db.complete"
        # The query part needs this size loaded anyway: cutting it off would only make it load again.
        local timeout="$INGEST_TIMEOUT"
        if [[ "$size" == "$QUERY_ARTICLES" && "$PART" == all ]]; then timeout="$QUERY_LOAD_TIMEOUT"; fi
        progress "ingest: loading $size articles into $db (cut-off ${timeout}s)"
        app_start "$db" "$corpus"
        result=0
        await_corpus_loaded "$timeout" "$db" "$size" || result=$?
        peak=$(app_peak_rss_mib 2>/dev/null || echo "?")
        cpu=$(app_cpu_ms 2>/dev/null || echo 0)
        local elapsed=$(( ($(date +%s%N) - APP_STARTED_NS) / 1000000 ))
        app_stop
        stored=$(pg_sql "$db" -c "select count(*) from article")
        claims=$(pg_sql "$db" -c "select count(*) from claim")
        relations=$(pg_sql "$db" -c "select count(*) from claim_relation")
        dbsize=$(pg_sql "$db" -c "select round(pg_database_size(current_database()) / 1048576.0)")
        perarticle=$(pg_sql "$db" -c "select round(pg_database_size(current_database()) / 1024.0 / greatest(count(*), 1), 1) from article")
        fingerprint=$(graph_fingerprint "$db")
        # CPU includes JVM start and the schema migration, a few seconds spread over the whole corpus.
        per=$(awk -v c="$cpu" -v n="$stored" 'BEGIN { printf "%.0f", (n > 0) ? c / n : 0 }')
        if (( result == 0 )); then
            loaded_line=$(grep -o 'Corpus .* loaded: .*' "$APP_LOG" | tail -1)
            ms=$(sed -E 's/.*; ([0-9]+) ms$/\1/' <<<"$loaded_line")
            created=$(sed -E 's/.*files \(([0-9]+) new.*/\1/' <<<"$loaded_line")
            rate=$(awk -v n="$created" -v ms="$ms" 'BEGIN { printf "%.1f", (ms > 0) ? n * 1000 / ms : 0 }')
            echo "| $size | loaded | $stored | $(awk -v ms="$ms" 'BEGIN { printf "%.1f", ms / 1000 }') | $rate | $per | $peak | $dbsize | $perarticle | $claims | $relations | $fingerprint |" >>"$table"
            touch "$OUT/$db.complete"
            progress "ingest: $size articles in $ms ms ($rate articles/s), peak RSS $peak MiB, database $dbsize MiB ($perarticle KiB/article), graph $fingerprint"
        elif (( result == 2 )); then
            rate=$(awk -v n="$stored" -v ms="$elapsed" 'BEGIN { printf "%.1f", n * 1000 / ms }')
            echo "| $size | **cut off** after ${timeout} s | $stored | (${timeout}) | $rate (partial, incl. JVM start) | $per | $peak | $dbsize | $perarticle | $claims | $relations | $fingerprint |" >>"$table"
            progress "ingest: $size cut off after ${timeout}s with $stored articles stored ($rate articles/s)"
        else
            echo "| $size | **app died** (see $(basename "$APP_LOG")) | $stored | | | $per | $peak | $dbsize | $perarticle | $claims | $relations | $fingerprint |" >>"$table"
            grep -E 'OutOfMemory|ERROR' "$APP_LOG" | head -5 >&2 || true
            progress "ingest: the app exited while loading $size articles"
        fi
        if [[ "$size" != "$QUERY_ARTICLES" ]]; then
            pg_sql postgres -c "drop database \"$db\" with (force)"
        fi
    done
    echo >>"$table"
}

# ---------------------------------------------------------------------------------------------------------
# Query: wrk against the app on the QUERY_ARTICLES corpus

# Writes the JSON request body of query file $1 with variables $2 to $3.
request_body() {
    jq -n --rawfile query "$ROOT/bench/wrk/queries/$1.graphql" --argjson variables "$2" \
        '{query: $query, variables: $variables}' >"$3"
}

# Counts the SQL statements (pg_stat_statements calls, BEGIN/COMMIT included) that $2 sequential
# requests of body $1 run, and prints the count per request.
statements_per_request() {
    local body="$1" samples="$2" db="$3" i after
    graphql "$(cat "$body")" >/dev/null
    pg_sql "$db" -c "select pg_stat_statements_reset()" >/dev/null
    for i in $(seq 1 "$samples"); do
        graphql "$(cat "$body")" >/dev/null
    done
    after=$(pg_sql "$db" -c "select coalesce(sum(calls), 0) from pg_stat_statements s join pg_database d on d.oid = s.dbid
        where d.datname = '$db' and s.query not ilike '%pg_stat_statements%'")
    awk -v n="$after" -v s="$samples" 'BEGIN { printf "%.1f", n / s }'
}

# Runs wrk with body $1 at concurrency $2 for $3 against port $4 (default: the app's); prints the BENCH line.
wrk_run() {
    local body="$1" connections="$2" duration="$3" port="${4:-$APP_PORT}" threads=2
    (( connections < 2 )) && threads=1
    BENCH_BODY="$body" wrk -t"$threads" -c"$connections" -d"$duration" --timeout 10s \
        -s "$ROOT/bench/wrk/graphql.lua" "http://127.0.0.1:$port/graphql" >"$OUT/wrk-last.txt" 2>&1 &
    WRK_PID=$!
    wait "$WRK_PID" || true
    WRK_PID=""
    grep '^BENCH ' "$OUT/wrk-last.txt" || { cat "$OUT/wrk-last.txt" >&2; echo "BENCH requests=0 duration_us=1 p50_us=0 p99_us=0 graphql_errors=0 non_2xx=0 socket_errors=-1"; }
}

field() {
    sed -E "s/.*[ ]$1=(-?[0-9]+).*/\1/" <<<"$2"
}

# Sets QUERY_DB to the database holding the QUERY_ARTICLES corpus, loading it first when no earlier run left it
# behind; returns 1 (after writing why to query.md) when it did not load.
query_corpus_loaded() {
    local db="${BENCH_QUERY_DATABASE:-ingest_$QUERY_ARTICLES}" corpus
    QUERY_DB="$db"
    corpus=$(corpus_of "$QUERY_ARTICLES")
    if [[ -n "${BENCH_QUERY_DATABASE:-}" ]]; then
        pg_sql "$db" -c "create extension if not exists pg_stat_statements"
    elif [[ ! -f "$OUT/$db.complete" ]] || ! pg_sql postgres -c "select 1 from pg_database where datname = '$db'" | grep -q 1; then
        pg_fresh_database "$db"
        progress "query: loading the $QUERY_ARTICLES-article corpus first"
        app_start "$db" "$corpus"
        local result=0
        await_corpus_loaded "$QUERY_LOAD_TIMEOUT" "$db" "$QUERY_ARTICLES" || result=$?
        app_stop
        if (( result != 0 )); then
            echo "### Query" >"$OUT/query.md"
            echo >>"$OUT/query.md"
            echo "Not run: the $QUERY_ARTICLES-article corpus did not load within ${QUERY_LOAD_TIMEOUT}s." >>"$OUT/query.md"
            progress "query: corpus did not load; skipped"
            return 1
        fi
        touch "$OUT/$db.complete"
    fi
}

run_query() {
    local db corpus
    query_corpus_loaded || return 0
    db="$QUERY_DB"
    corpus=$(corpus_of "$QUERY_ARTICLES")
    local stored
    stored=$(pg_sql "$db" -c "select count(*) || ' articles, ' || (select count(*) from claim) || ' claims' from article")
    # The corpus is already stored: skip the startup load, so the measured app does nothing but answer.
    NEWSGRAPH_CORPUS_LOAD_AT_START=false app_start "$db" "$corpus"
    app_wait_ready 120 0.1 >/dev/null
    progress "query: app up on $db ($stored)"

    local bodies="$OUT/bodies" id after page q4_page=400
    mkdir -p "$bodies"
    id=$(graphql '{"query":"{ articles(first: 1) { edges { node { id } } } }"}' | jq -r '.data.articles.edges[0].node.id')
    # Q4: walk 399 pages of 25 claims to the cursor that opens page 400 (or the last page of a small corpus).
    after=null
    local answer
    for page in $(seq 1 399); do
        answer=$(graphql "$(jq -nc --argjson after "$after" '{query: "query($after: String) { claims(first: 25, after: $after) { pageInfo { hasNextPage endCursor } } }", variables: {after: $after}}')")
        if [[ "$(jq -r '.data.claims.pageInfo.hasNextPage' <<<"$answer")" != true ]]; then
            q4_page=$page
            progress "query: the corpus has fewer than 400 pages of claims; Q4 reads the last one, page $q4_page"
            break
        fi
        after=$(jq -c '.data.claims.pageInfo.endCursor' <<<"$answer")
    done
    request_body q1-articles '{"first": 20}' "$bodies/q1.json"
    request_body q2-article-page '{"first": 20}' "$bodies/q2.json"
    request_body q3-search '{"query": "nuclear research"}' "$bodies/q3.json"
    request_body q4-claims-page "{\"first\": 25, \"after\": $after}" "$bodies/q4.json"
    request_body q5-article "{\"id\": \"$id\"}" "$bodies/q5.json"
    request_body q1-articles '{"first": 5}' "$bodies/q1-first5.json"
    request_body q1-articles '{"first": 50}' "$bodies/q1-first50.json"
    request_body q2-article-page '{"first": 5}' "$bodies/q2-first5.json"
    request_body q2-article-page '{"first": 50}' "$bodies/q2-first50.json"
    request_body q4-claims-page '{"first": 5}' "$bodies/q4-first5.json"
    request_body q4-claims-page '{"first": 50}' "$bodies/q4-first50.json"
    local q
    for q in q1 q2 q3 q4 q5; do
        if graphql "$(cat "$bodies/$q.json")" | grep -q '"errors"'; then
            progress "query: $q answers with errors:"; graphql "$(cat "$bodies/$q.json")" | head -c 400 >&2; echo >&2
        fi
    done

    local table="$OUT/query.md" names=(
        "q1|Q1 articles(first: 20): title, date, publisher"
        "q2|Q2 20 articles with claims, expert, source"
        "q3|Q3 search \"nuclear research\""
        "q4|Q4 claims page $q4_page (first: 25, after: cursor)"
        "q5|Q5 article(id) with everything")
    {
        echo "### Query (wrk, $WARMUP warm-up then $DURATION measured per row; $stored)"
        echo
        echo "| Query | Concurrency | Requests/s | p50 ms | p99 ms | Errors (non-2xx + GraphQL + socket) | SQL statements/request | CPU ms/response: answering threads | CPU ms/response: whole JVM | MB allocated/response | App RSS MiB after run |"
        echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    } >"$table"
    local entry name label statements c line requests duration rps p50 p99 errors rss peak_under_load=0
    local cpu_before cpu_after thread_cpu_before thread_cpu_after allocated_before allocated_after cpu_per thread_cpu_per mb_per
    for entry in "${names[@]}"; do
        name="${entry%%|*}"
        label="${entry#*|}"
        statements=$(statements_per_request "$bodies/$name.json" "$STATEMENT_SAMPLES" "$db")
        for c in $CONCURRENCY; do
            progress "query: $name at concurrency $c"
            wrk_run "$bodies/$name.json" "$c" "$WARMUP" >/dev/null
            # What each answer costs the app, whatever the machine's load does to the rate: CPU time of the
            # answering threads, of the whole JVM (GC and JIT included) and heap allocated, per response.
            read -r thread_cpu_before allocated_before <<<"$(app_thread_counters)"
            cpu_before=$(app_cpu_ms)
            line=$(wrk_run "$bodies/$name.json" "$c" "$DURATION")
            cpu_after=$(app_cpu_ms)
            read -r thread_cpu_after allocated_after <<<"$(app_thread_counters)"
            rss=$(app_rss_mib)
            (( rss > peak_under_load )) && peak_under_load=$rss
            requests=$(field requests "$line")
            duration=$(field duration_us "$line")
            rps=$(awk -v r="$requests" -v d="$duration" 'BEGIN { printf "%.0f", r * 1000000 / d }')
            p50=$(awk -v v="$(field p50_us "$line")" 'BEGIN { printf "%.1f", v / 1000 }')
            p99=$(awk -v v="$(field p99_us "$line")" 'BEGIN { printf "%.1f", v / 1000 }')
            errors=$(( $(field non_2xx "$line") + $(field graphql_errors "$line") + $(field socket_errors "$line") ))
            thread_cpu_per=$(awk -v a="$thread_cpu_before" -v b="$thread_cpu_after" -v n="$requests" 'BEGIN { printf "%.1f", (n > 0) ? (b - a) / n : 0 }')
            cpu_per=$(awk -v a="$cpu_before" -v b="$cpu_after" -v n="$requests" 'BEGIN { printf "%.1f", (n > 0) ? (b - a) / n : 0 }')
            mb_per=$(awk -v a="$allocated_before" -v b="$allocated_after" -v n="$requests" 'BEGIN { printf "%.2f", (n > 0) ? (b - a) / n / 1048576 : 0 }')
            echo "| $label | $c | $rps | $p50 | $p99 | $errors | $statements | $thread_cpu_per | $cpu_per | $mb_per | $rss |" >>"$table"
            echo "$name $c $rps $p50 $p99 $errors $thread_cpu_per $cpu_per $mb_per" >>"$OUT/query-raw.txt"
        done
    done
    {
        echo
        echo "App RSS: highest VmRSS sampled after a measured run $peak_under_load MiB; VmHWM (peak since start) $(app_peak_rss_mib) MiB."
        echo
        echo "SQL statements per request by page size ($STATEMENT_SAMPLES sequential requests each, pg_stat_statements calls incl. BEGIN/COMMIT):"
        echo
        echo "| Query | first: 5 | first: 20 (Q1/Q2) or 25 (Q4) | first: 50 |"
        echo "|---|---:|---:|---:|"
        echo "| Q1 articles | $(statements_per_request "$bodies/q1-first5.json" "$STATEMENT_SAMPLES" "$db") | $(statements_per_request "$bodies/q1.json" "$STATEMENT_SAMPLES" "$db") | $(statements_per_request "$bodies/q1-first50.json" "$STATEMENT_SAMPLES" "$db") |"
        echo "| Q2 articles with claims | $(statements_per_request "$bodies/q2-first5.json" "$STATEMENT_SAMPLES" "$db") | $(statements_per_request "$bodies/q2.json" "$STATEMENT_SAMPLES" "$db") | $(statements_per_request "$bodies/q2-first50.json" "$STATEMENT_SAMPLES" "$db") |"
        echo "| Q4 claims (first page) | $(statements_per_request "$bodies/q4-first5.json" "$STATEMENT_SAMPLES" "$db") | | $(statements_per_request "$bodies/q4-first50.json" "$STATEMENT_SAMPLES" "$db") |"
        echo
    } >>"$table"
    if [[ "$POSTGRAPHILE" == 1 ]]; then
        run_side_by_side "$db" "$bodies"
    fi
    app_stop
}

# Q1 and Q2 against newsgraph (running) and PostGraphile on the same database, the two taking turns at every
# concurrency (which one goes first alternates) so that both meet the same machine. CPU is each server's whole
# process (the JVM; node), PostgreSQL's own work not included.
run_side_by_side() {
    local db="$1" bodies="$2" table="$OUT/query.md" q c server body port line requests rps p50 p99 errors
    local cpu_before cpu_after cpu_per bytes order first=newsgraph
    if ! postgraphile_install; then
        printf '### Side by side with PostGraphile\n\nNot run: npm could not install postgraphile@%s.\n\n' "$PGL_VERSION" >>"$table"
        return
    fi
    PGL_DB="$db"
    if ! postgraphile_start "$db"; then
        printf '### Side by side with PostGraphile\n\nNot run: PostGraphile did not start (see %s).\n\n' "postgraphile-$db.log" >>"$table"
        postgraphile_stop
        return
    fi
    request_body postgraphile/q1-articles '{"first": 20}' "$bodies/pg-q1.json"
    request_body postgraphile/q2-article-page '{"first": 20}' "$bodies/pg-q2.json"
    {
        echo "### Side by side with PostGraphile $(postgraphile_version) (same database; wrk, $WARMUP warm-up then $DURATION measured per row)"
        echo
        echo "PostGraphile: \`--simple-collections both --disable-graphiql --disable-query-log\`, no watch, default pool (10),"
        echo "plus the index for its order (\`$PGL_INDEX\`, dropped afterwards). Queries: \`bench/wrk/queries/postgraphile/\`."
        echo
        echo "| Query | Server | Concurrency | Requests/s | p50 ms | p99 ms | Errors | Process CPU ms/response | Answer bytes |"
        echo "|---|---|---:|---:|---:|---:|---:|---:|---:|"
    } >>"$table"
    for q in q1 q2; do
        for c in $CONCURRENCY; do
            order="newsgraph postgraphile"
            [[ "$first" == postgraphile ]] && order="postgraphile newsgraph"
            for server in $order; do
                if [[ "$server" == newsgraph ]]; then
                    body="$bodies/$q.json" port="$APP_PORT"
                else
                    body="$bodies/pg-$q.json" port="$PGL_PORT"
                fi
                bytes=$(curl -fsS -H 'Content-Type: application/json' --data-binary "@$body" "http://127.0.0.1:$port/graphql" | wc -c)
                progress "query: side by side, $q on $server at concurrency $c"
                wrk_run "$body" "$c" "$WARMUP" "$port" >/dev/null
                if [[ "$server" == newsgraph ]]; then cpu_before=$(app_cpu_ms); else cpu_before=$(postgraphile_cpu_ms); fi
                line=$(wrk_run "$body" "$c" "$DURATION" "$port")
                if [[ "$server" == newsgraph ]]; then cpu_after=$(app_cpu_ms); else cpu_after=$(postgraphile_cpu_ms); fi
                requests=$(field requests "$line")
                rps=$(awk -v r="$requests" -v d="$(field duration_us "$line")" 'BEGIN { printf "%.0f", r * 1000000 / d }')
                p50=$(awk -v v="$(field p50_us "$line")" 'BEGIN { printf "%.1f", v / 1000 }')
                p99=$(awk -v v="$(field p99_us "$line")" 'BEGIN { printf "%.1f", v / 1000 }')
                errors=$(( $(field non_2xx "$line") + $(field graphql_errors "$line") + $(field socket_errors "$line") ))
                cpu_per=$(awk -v a="$cpu_before" -v b="$cpu_after" -v n="$requests" 'BEGIN { printf "%.1f", (n > 0) ? (b - a) / n : 0 }')
                echo "| ${q^^} | $server | $c | $rps | $p50 | $p99 | $errors | $cpu_per | $bytes |" >>"$table"
                echo "side $q $server $c $rps $p50 $p99 $errors $cpu_per" >>"$OUT/query-raw.txt"
            done
            [[ "$first" == newsgraph ]] && first=postgraphile || first=newsgraph
        done
    done
    echo >>"$table"
    postgraphile_stop
}

# ---------------------------------------------------------------------------------------------------------
# Startup: the seed corpus against a running database that already holds it

run_startup() {
    local db="startup" i ms boot cpu times=() boots=() cpus=() table="$OUT/startup.md"
    pg_fresh_database "$db"
    if [[ "$APP_CDS" == training ]]; then
        # The JVM writes the archive when it exits; a dynamic archive cannot be recorded on top of another one.
        APP_CDS_ARCHIVE="" app_start "$db" "$ROOT/seeds" -XX:ArchiveClassesAtExit=training.jsa
        app_wait_ready 300 0.2 >/dev/null
        app_stop 60
        [[ -f "$APP_COPY/training.jsa" ]] || { echo "the first start recorded no training.jsa; see $APP_LOG" >&2; exit 1; }
        APP_CDS_ARCHIVE=training.jsa
    else
        app_start "$db" "$ROOT/seeds"
        app_wait_ready 300 0.2 >/dev/null
        app_stop
    fi
    for i in $(seq 1 "$STARTUP_RUNS"); do
        app_start "$db" "$ROOT/seeds"
        ms=$(app_wait_ready 120 0.02)
        cpu=$(app_cpu_ms)
        app_stop
        # Quarkus's own "started in" figure: boot until HTTP listens, before the corpus check and readiness.
        boot=$(grep -o 'started in [0-9.]*s' "$APP_LOG" | tail -1 | sed -E 's/started in ([0-9.]+)s/\1/' \
            | awk '{ printf "%.0f", $1 * 1000 }')
        times+=("$ms")
        boots+=("$boot")
        cpus+=("$cpu")
        progress "startup: run $i ready after $ms ms (Quarkus started in $boot ms, $cpu ms CPU)"
    done
    {
        echo "### Startup (java -jar to readiness UP, seed corpus already stored, $STARTUP_RUNS runs, class-data archive: $APP_CDS)"
        echo
        echo "| | Median ms | Runs ms |"
        echo "|---|---:|---|"
        echo "| Process start to readiness UP (polled every 20 ms) | $(median "${times[@]}") | ${times[*]} |"
        echo "| Quarkus \"started in\" (HTTP listening) | $(median "${boots[@]}") | ${boots[*]} |"
        echo "| CPU time used by the JVM until ready (user + system) | $(median "${cpus[@]}") | ${cpus[*]} |"
        echo
    } >"$table"
}

median() {
    printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# ---------------------------------------------------------------------------------------------------------
# Extract: the JMH profile of the extraction engine

run_extract() {
    local table="$OUT/extract.md" json="$ROOT/target/jmh/results.json"
    echo "### Extraction (JMH)" >"$table"
    echo >>"$table"
    if ! grep -q '<id>jmh</id>' "$ROOT/pom.xml"; then
        echo "Not run: the pom has no \`jmh\` profile yet." >>"$table"
        progress "extract: no jmh profile in pom.xml yet; skipped"
        return
    fi
    progress "extract: ./mvnw -B -ntp -Pjmh -DskipTests verify"
    rm -f "$json"
    if ! (cd "$ROOT" && ./mvnw -B -ntp -Pjmh -DskipTests verify) >"$OUT/jmh.log" 2>&1 || [[ ! -f "$json" ]]; then
        echo "Failed: see target/bench/jmh.log." >>"$table"
        tail -20 "$OUT/jmh.log" >&2
        return
    fi
    {
        echo "| Benchmark | Parameters | Mode | Score | Error (99.9%) | Unit |"
        echo "|---|---|---|---:|---:|---|"
        jq -r '.[] | "| \(.benchmark | split(".") | .[-2:] | join(".")) | \((.params // {}) | to_entries | map("\(.key)=\(.value)") | join(", ")) | \(.mode) | \(.primaryMetric.score * 100 | round / 100) | \((.primaryMetric.scoreError // 0) * 100 | round / 100) | \(.primaryMetric.scoreUnit) |"' "$json"
        echo
    } >>"$table"
}

# ---------------------------------------------------------------------------------------------------------
# Quality: extraction measured through the packaged service on corpora nobody here wrote (read from ../shared,
# never copied into the project), plus the seed gold. Not part of "all": it measures quality, not speed.
#   BENCH_QUALITY_POLNEAR_LIMIT=        first N PolNeAR train articles only (default: all 840)

QUALITY_SHARED="${BENCH_QUALITY_SHARED:-$ROOT/../shared}"

# Mints an editor token the way an identity provider would: a throwaway RSA key pair, the public half given to
# the app through the documented production setting (mp.jwt.verify.publickey.location), the private half
# signing one RS256 token here. The prod app has no dev token route and never trusts the bundled dev key.
quality_keys() {
    local dir="$1"
    mkdir -p "$dir"
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$dir/signer.pem" 2>/dev/null
    openssl pkey -in "$dir/signer.pem" -pubout -out "$dir/verifier.pem"
}

quality_token() {
    local dir="$1" now header payload signature
    now=$(date +%s)
    b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
    header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
    payload=$(printf '{"iss":"%s","upn":"quality-bench@newsgraph.dev","groups":["editor"],"iat":%d,"exp":%d}' \
        "${MP_JWT_VERIFY_ISSUER:-https://newsgraph.dev}" "$now" $(( now + 7200 )) | b64url)
    signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$dir/signer.pem" -binary | b64url)
    printf '%s.%s.%s' "$header" "$payload" "$signature"
}

# The last summary line of a scorer's output.
quality_line() {
    grep -E "$1" "$2" | tail -1
}

run_quality() {
    local table="$OUT/quality.md" dir="$OUT/quality" aeb="$QUALITY_SHARED/tools/aeb/score.py"
    local polnear="$QUALITY_SHARED/tools/polnear/score.py" token url limit=()
    rm -rf "$dir" && mkdir -p "$dir"
    quality_keys "$dir/keys"
    token=$(quality_token "$dir/keys")
    [[ -n "${BENCH_QUALITY_POLNEAR_LIMIT:-}" ]] && limit=(--limit "$BENCH_QUALITY_POLNEAR_LIMIT")

    progress "quality: aeb dev, text mode (corpus loaded at startup) and html mode (ingestArticle)"
    python3 "$aeb" --corpus-dir "$dir/aeb-corpus" >/dev/null
    pg_fresh_database quality_aeb
    app_start quality_aeb "$dir/aeb-corpus" -Dmp.jwt.verify.publickey.location="$dir/keys/verifier.pem"
    app_wait_ready 300 0.5 >/dev/null
    await_corpus_loaded 1800 quality_aeb 120 || { progress "quality: aeb corpus did not load"; }
    url="http://127.0.0.1:$APP_PORT/graphql"
    python3 "$aeb" --url "$url" --mode text --save "$dir/aeb-text.json" >"$dir/aeb-text.log" 2>&1 || true
    python3 "$aeb" --url "$url" --mode html --token "$token" --save "$dir/aeb-html.json" >"$dir/aeb-html.log" 2>&1 || true
    app_stop

    progress "quality: polnear train${BENCH_QUALITY_POLNEAR_LIMIT:+ (first $BENCH_QUALITY_POLNEAR_LIMIT)}"
    python3 "$polnear" --corpus-dir "$dir/polnear-corpus" --split train "${limit[@]}" >/dev/null
    pg_fresh_database quality_polnear
    app_start quality_polnear "$dir/polnear-corpus"
    app_wait_ready 300 0.5 >/dev/null
    await_corpus_loaded 3600 quality_polnear "$(find "$dir/polnear-corpus" -name '*.txt' | wc -l)" \
        || { progress "quality: polnear corpus did not load"; }
    python3 "$polnear" --url "http://127.0.0.1:$APP_PORT/graphql" --split train "${limit[@]}" \
        --save "$dir/polnear.json" >"$dir/polnear.log" 2>&1 || true
    app_stop

    progress "quality: seed gold (SeedGoldScoreTest)"
    (cd "$ROOT" && ./mvnw -B -ntp test -Dtest=SeedGoldScoreTest -Dsurefire.failIfNoSpecifiedTests=false) \
        >"$dir/seed-gold.log" 2>&1 || true

    {
        echo "### Extraction quality (packaged app, prod profile)"
        echo
        echo "| Corpus | Figures |"
        echo "|---|---|"
        echo "| aeb dev, scraped text loaded at startup | $(quality_line '^aeb dev text' "$dir/aeb-text.log") |"
        echo "| aeb dev, HTML through ingestArticle | $(quality_line '^aeb dev html' "$dir/aeb-html.log") |"
        echo "| PolNeAR train, loaded at startup | $(quality_line '^polnear train' "$dir/polnear.log" | sed 's/|/\\|/g') |"
        echo
        echo "PolNeAR train (\`score.py --url\`, first lines of its report):"
        echo
        echo '```'
        awk '/^type /{on=1} on{print} /^source acc/{exit}' "$dir/polnear.log"
        echo '```'
        echo
        echo "Seed gold (SeedGoldScoreTest):"
        echo
        echo '```'
        grep -E '^  (type|sources|experts|claims|agreements|metadata) ' "$dir/seed-gold.log" || true
        echo '```'
        echo
        echo "Logs: target/bench/quality/*.log (scorer output with per-page detail via -v by hand)."
        echo
    } >"$table"
}

# ---------------------------------------------------------------------------------------------------------

LOAD_AT_START=$(cut -d' ' -f1-3 /proc/loadavg)
ensure_tools
ensure_build
app_copy
parts=("$PART")
[[ "$PART" == all ]] && parts=(ingest query startup extract)
for part in "${parts[@]}"; do
    rm -f "$OUT/$part.md"
done
rm -f "$OUT/query-raw.txt"
if [[ "$PART" != extract ]]; then
    if [[ -n "${BENCH_PG_PORT:-}" ]]; then
        pg_attach "$BENCH_PG_PORT"
    else
        pg_start
    fi
fi
for part in "${parts[@]}"; do
    progress "== $part =="
    "run_$part"
done
{
    echo "## Results"
    echo
    machine_section
    echo
    for part in "${parts[@]}"; do
        cat "$OUT/$part.md"
    done
    echo "Total benchmark time: $(( $(date +%s) - RUN_STARTED )) s."
} >"$OUT/results.md"
cat "$OUT/results.md"
