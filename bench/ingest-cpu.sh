#!/usr/bin/env bash
# bench/ingest-cpu.sh LABEL CORPUS_DIR APP_DIR: loads CORPUS_DIR into a fresh database with the packaged app in
# APP_DIR (a copy of target/quarkus-app) and prints what the load cost in CPU, which a shared machine stretches far
# less than wall time: the app process's CPU, the CPU of every PostgreSQL process of the server (the postmaster's
# reaped children plus the live ones, before and after), the writer backend's state sampled every 100 ms (active,
# or idle in transaction = waiting for the app), the graph fingerprint and pg_stat_statements' costliest statements.
#
# Needs a PostgreSQL of your own on BENCH_PG_PORT (user bench, trust auth on 127.0.0.1, pg_stat_statements
# preloaded, readable data directory); APP_PORT (default 18083) is the app's HTTP port. See docs/benchmarks.md.
set -euo pipefail
LABEL=$1 CORPUS=$2 APPDIR=$3
PORT=${BENCH_PG_PORT:?set BENCH_PG_PORT to the port of a PostgreSQL you started}
OUT=${BENCH_OUT:-target/bench}
mkdir -p "$OUT"
PSQL="psql -h 127.0.0.1 -p $PORT -U bench -X -q -t -A"
DB="cpu_$LABEL"
$PSQL -d postgres -c "drop database if exists $DB with (force)" >/dev/null 2>&1
$PSQL -d postgres -c "create database $DB" >/dev/null
$PSQL -d "$DB" -c "create extension pg_stat_statements" >/dev/null
HZ=$(getconf CLK_TCK)
PM=$(head -1 "$($PSQL -d postgres -c 'show data_directory')/postmaster.pid")
pg_ticks() {
    local t c
    t=$(awk '{ sub(/^.*\) /, ""); print $12 + $13 + $14 + $15 }' "/proc/$PM/stat")
    for c in $(pgrep -P "$PM"); do
        t=$((t + $(awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$c/stat" 2>/dev/null || echo 0)))
    done
    echo "$t"
}
LOG="$OUT/ingest-cpu-$LABEL.log"
export QUARKUS_DATASOURCE_REACTIVE_URL="postgresql://127.0.0.1:$PORT/$DB" QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PORT/$DB"
export QUARKUS_DATASOURCE_USERNAME=bench QUARKUS_DATASOURCE_PASSWORD=bench
P0=$(pg_ticks)
L0=$(cut -d' ' -f1 /proc/loadavg)
NEWSGRAPH_CORPUS_PATH="$CORPUS" QUARKUS_HTTP_PORT="${APP_PORT:-18083}" QUARKUS_HTTP_HOST=127.0.0.1 \
    java "${BENCH_HEAP:--Xmx512m}" -jar "$APPDIR/quarkus-run.jar" >"$LOG" 2>&1 &
APP=$!
( echo "select coalesce(string_agg(state || ':' || coalesce(wait_event, '-'), ' '), 'none') from pg_stat_activity
        where datname = '$DB' and pid <> pg_backend_pid() and state <> 'idle';"; echo '\watch 0.1' ) \
    | $PSQL -d "$DB" >"$OUT/ingest-cpu-$LABEL.states" 2>/dev/null &
SAMPLER=$!
until grep -q 'Corpus .* loaded:' "$LOG"; do
    kill -0 $APP 2>/dev/null || { tail "$LOG"; kill $SAMPLER; exit 1; }
    sleep 0.5
done
APP_MS=$(awk -v hz="$HZ" '{ sub(/^.*\) /, ""); printf "%.0f", ($12 + $13) * 1000 / hz }' "/proc/$APP/stat")
PG_MS=$(( ($(pg_ticks) - P0) * 1000 / HZ ))
L1=$(cut -d' ' -f1 /proc/loadavg)
kill $APP $SAMPLER 2>/dev/null || true
wait $APP 2>/dev/null || true
N=$($PSQL -d "$DB" -c "select count(*) from article")
echo "$LABEL: $(grep -o 'Corpus .* loaded:.*' "$LOG" | sed 's/^Corpus [^ ]* //')"
echo "$LABEL: $N articles, app CPU $APP_MS ms ($((APP_MS / N)) ms/article incl. JVM start), PostgreSQL CPU $PG_MS ms" \
    "($(awk -v p="$PG_MS" -v n="$N" 'BEGIN { printf "%.2f", p / n }') ms/article), load average $L0 -> $L1"
echo "$LABEL: writer backend, samples every 100 ms: $(grep -v '^$' "$OUT/ingest-cpu-$LABEL.states" | sort | uniq -c | sort -rn | head -4 | tr -s ' ' | tr '\n' ';')"
echo "$LABEL: graph $($PSQL -d "$DB" -c "select left(md5(string_agg(pair, ',' order by pair)), 12) || ' e' || (select count(*) from expert)
        || ' s' || (select count(*) from source) || ' g' || (select count(*) from agreement) || ', ' || count(*) || ' relations'
    from (select a.content_hash || ':' || c.ordinal || '>' || oa.content_hash || ':' || o.ordinal || ':' || r.relation pair
          from claim_relation r join claim c on c.id = r.claim_id join article a on a.id = c.article_id
          join claim o on o.id = r.other_claim_id join article oa on oa.id = o.article_id) pairs"), database $($PSQL -d "$DB" -c "select pg_size_pretty(pg_database_size(current_database()))")"
$PSQL -d "$DB" -F ' | ' -c "select round(total_exec_time)::int || ' ms', calls, rows, left(regexp_replace(query, '\s+', ' ', 'g'), 100)
    from pg_stat_statements s join pg_database d on d.oid = s.dbid where d.datname = '$DB' and query not like '%pairs%'
    order by total_exec_time desc limit 12"
$PSQL -d postgres -c "drop database $DB with (force)" >/dev/null
