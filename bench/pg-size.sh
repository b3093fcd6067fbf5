#!/usr/bin/env bash
# Database size and rows per ticket on PostgreSQL under intake load, live and compacted (docs/benchmarks.md,
# "PostgreSQL footprint").
#
#   bench/pg-size.sh <supportflow.jar> [extra SupportFlow arguments...]
#
# Starts a private PostgreSQL cluster (.ci/postgres: PG_PORT, default 55434 here; a fresh PG_HOME), creates an empty
# database, starts the jar on it once (default profile, so bench/intake.lua's demo user exists; port $PORT, default
# 8097) and stops it, runs VACUUM FULL and takes a snapshot ("before": schema, models, demo users); starts it again,
# loads POST /api/tickets with 4 callers for $SECONDS_LOADED (default 60) seconds, stops it normally, takes a
# snapshot ("after", the live size), runs VACUUM FULL and takes a last one ("compacted"). A snapshot is
# pg_database_size, and per table pg_total_relation_size (with indexes and TOAST), n_tup_ins of pg_stat_user_tables
# (inserts only: an updated or deleted row is not subtracted) and the rows stored (count(*)). Prints the figures per
# ticket and the 10 tables that grew most; the last line:
#   <tickets> <db KB before> <db KB after> <db KB compacted> <tables KB before> <tables KB after>
#   <tables KB compacted> <tables bytes/ticket> <compacted tables bytes/ticket> <inserts/ticket> <rows stored/ticket>
#
#   BARE=yes bench/pg-size.sh <camunda-baseline-1.jar>
#
# The same for the bare engine of shared/bench (its process started over engine REST with its start.lua, history
# full): "tickets" are then its process instances. The baseline ships no PostgreSQL driver; the script runs it with
# Spring Boot's PropertiesLauncher and PG_DRIVER on its class path (default: the newest in the local Maven repository,
# where SupportFlow's build puts it).
set -euo pipefail
export LC_ALL=C  # join and sort below need the byte order psql sorts in (C locale)
JAR="$(realpath "$1")"; shift
HERE="$(cd "$(dirname "$0")" && pwd)"
PORT="${PORT:-8097}"; SECONDS_LOADED="${SECONDS_LOADED:-60}"
export PG_PORT="${PG_PORT:-55434}"
DB=supportflow_size
WORK="$(mktemp -d /tmp/supportflow-pgsize.XXXXXX)"

# shellcheck source=../.ci/postgres
source "$HERE/../.ci/postgres"
stop_all() {
  kill "$(cat "$WORK/pid" 2>/dev/null)" 2>/dev/null || true
  stop_postgres
  rm -rf "$WORK"
}
trap stop_all EXIT

PSQL=("$PG_VERSION_DIR/psql" -h "$PG_HOME" -p "$PG_PORT" -U supportflow -X -q -v ON_ERROR_STOP=1)
"$PG_VERSION_DIR/createdb" -h "$PG_HOME" -p "$PG_PORT" -U supportflow "$DB"

# One line per table: name, bytes with indexes and TOAST, rows inserted since the cluster started, rows stored.
snapshot() { # name
  "${PSQL[@]}" -d "$DB" -At -F $'\t' -c "
    SELECT relname, pg_total_relation_size(relid), n_tup_ins,
           (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM %I.%I', schemaname, relname),
                                                false, true, '')))[1]::text::bigint
    FROM pg_stat_user_tables ORDER BY relname" >"$WORK/$1.tsv"
  "${PSQL[@]}" -d "$DB" -At -c "SELECT pg_database_size(current_database())" >"$WORK/$1.db"
}
column_sum() { awk -F '\t' -v c="$2" '{ s += $c } END { print s + 0 }' "$WORK/$1.tsv"; }
if [ "${BARE:-no}" = yes ]; then
  PG_DRIVER="${PG_DRIVER:-$(ls "$HOME"/.m2/repository/org/postgresql/postgresql/*/postgresql-*[0-9].jar | sort -V | tail -1)}"
  LAUNCH=(-Dloader.path="$PG_DRIVER" -cp "$JAR" org.springframework.boot.loader.launch.PropertiesLauncher)
  READY=/engine-rest/engine; LOAD_SCRIPT="${START_LUA:-$(dirname "$JAR")/../start.lua}"
  LOAD_PATH=/engine-rest/process-definition/key/baseline/start; COUNTED=act_hi_procinst
else
  LAUNCH=(-jar "$JAR"); READY=/actuator/health; LOAD_SCRIPT="$HERE/intake.lua"; LOAD_PATH=/api/tickets; COUNTED=ticket
fi
tickets() { "${PSQL[@]}" -d "$DB" -At -c "SELECT count(*) FROM $COUNTED"; }

start() {
  (cd "$WORK" && exec java -Xmx1g "${LAUNCH[@]}" --server.port="$PORT" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB" \
    --spring.datasource.username=supportflow --spring.datasource.password="$PG_PASSWORD" \
    "$@" >>"$WORK/server.log" 2>&1) &
  echo $! >"$WORK/pid"
  for _ in $(seq 1 180); do
    curl -s -o /dev/null "http://127.0.0.1:$PORT$READY" && return 0
    sleep 1
  done
  tail -50 "$WORK/server.log"; exit 1
}
stop() { kill "$(cat "$WORK/pid")"; wait "$(cat "$WORK/pid")" 2>/dev/null || true; }

# The empty application (schema, models, demo users), compacted: the base every figure is measured from.
start "$@"; stop
"${PSQL[@]}" -d "$DB" -c "VACUUM FULL"
snapshot before; tickets_before=$(tickets)
start "$@"
wrk -t2 -c4 -d"${SECONDS_LOADED}s" -s "$LOAD_SCRIPT" "http://127.0.0.1:$PORT$LOAD_PATH" >&2
# Stopped, so that every connection has reported its inserts to the statistics.
stop
snapshot after; tickets_after=$(tickets)
"${PSQL[@]}" -d "$DB" -c "VACUUM FULL"
snapshot compacted

n=$(( tickets_after - tickets_before ))
[ "$n" -gt 0 ] || { echo "no ticket was opened"; tail -50 "$WORK/server.log"; exit 1; }
db_before=$(cat "$WORK/before.db"); db_after=$(cat "$WORK/after.db"); db_compacted=$(cat "$WORK/compacted.db")
t_before=$(column_sum before 2); t_after=$(column_sum after 2); t_compacted=$(column_sum compacted 2)
ins=$(( $(column_sum after 3) - $(column_sum before 3) ))
stored=$(( $(column_sum after 4) - $(column_sum before 4) ))
per() { awk -v a="$1" -v n="$n" 'BEGIN { printf "%.0f", a / n }'; }
per1() { awk -v a="$1" -v n="$n" 'BEGIN { printf "%.1f", a / n }'; }

echo "tickets opened: $n ($(wc -l <"$WORK/before.tsv") tables)"
printf '%-22s %12s %12s %12s %16s %20s\n' "" before after compacted "growth/ticket" "compacted/ticket"
printf '%-22s %10s KB %10s KB %10s KB %14s B %18s B\n' "pg_database_size" $(( db_before / 1024 )) \
  $(( db_after / 1024 )) $(( db_compacted / 1024 )) "$(per $(( db_after - db_before )))" \
  "$(per $(( db_compacted - db_before )))"
printf '%-22s %10s KB %10s KB %10s KB %14s B %18s B\n' "tables (total size)" $(( t_before / 1024 )) \
  $(( t_after / 1024 )) $(( t_compacted / 1024 )) "$(per $(( t_after - t_before )))" \
  "$(per $(( t_compacted - t_before )))"
echo "rows inserted per ticket (n_tup_ins): $(per1 "$ins"); rows stored per ticket (count): $(per1 "$stored")"
echo "largest growth: table, bytes/ticket live, bytes/ticket compacted, inserts/ticket, rows stored/ticket"
join -t $'\t' "$WORK/before.tsv" "$WORK/after.tsv" | join -t $'\t' - "$WORK/compacted.tsv" \
  | awk -F '\t' -v n="$n" '{ printf "%s\t%.0f\t%.0f\t%.1f\t%.1f\n", $1, ($5 - $2) / n, ($8 - $2) / n,
                                    ($6 - $3) / n, ($7 - $4) / n }' \
  | sort -t $'\t' -k2,2nr | head -10 | column -t -s $'\t'
echo "$n $(( db_before / 1024 )) $(( db_after / 1024 )) $(( db_compacted / 1024 )) $(( t_before / 1024 ))" \
  "$(( t_after / 1024 )) $(( t_compacted / 1024 )) $(per $(( t_after - t_before )))" \
  "$(per $(( t_compacted - t_before )))" "$(per1 "$ins")" "$(per1 "$stored")"
