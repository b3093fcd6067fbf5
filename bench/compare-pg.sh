#!/usr/bin/env bash
# bench/compare.sh with SupportFlow on a private PostgreSQL cluster (.ci/postgres; PG_PORT, default 55434 here;
# restarted with fsync on) and a fresh database for every round; the baseline stays on its own durable H2
# (docs/benchmarks.md).
#
#   bench/compare-pg.sh <supportflow.jar> <camunda-baseline.jar> [extra SupportFlow arguments...]
#
# ROUNDS (default 2) rounds of baseline then SupportFlow; prints compare.sh's lines with the round number.
set -euo pipefail
SF_JAR="$(realpath "$1")"; BL_JAR="$(realpath "$2")"; shift 2
HERE="$(cd "$(dirname "$0")" && pwd)"
ROUNDS="${ROUNDS:-2}"
export PG_PORT="${PG_PORT:-55434}"
DB=supportflow_bench

# shellcheck source=../.ci/postgres
source "$HERE/../.ci/postgres"
PG=(-h "$PG_HOME" -p "$PG_PORT" -U supportflow)
# .ci/postgres turns fsync off for the tests; intake is compared with durable commits on both sides.
"${PG_RUN[@]}" "$PG_VERSION_DIR/pg_ctl" -D "$PG_DATA" -w -t 60 -l "$PG_HOME/server.log" \
  -o "-p $PG_PORT -k $PG_HOME -c listen_addresses=127.0.0.1 -c max_connections=200" restart >/dev/null
echo "fsync $("$PG_VERSION_DIR/psql" "${PG[@]}" -d postgres -XAt -c 'SHOW fsync')"

for round in $(seq 1 "$ROUNDS"); do
  "$PG_VERSION_DIR/dropdb" "${PG[@]}" --if-exists "$DB"
  "$PG_VERSION_DIR/createdb" "${PG[@]}" "$DB"
  ROUNDS=1 "$HERE/compare.sh" "$SF_JAR" "$BL_JAR" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB" \
    --spring.datasource.username=supportflow --spring.datasource.password="$PG_PASSWORD" "$@" \
    | awk -v round="$round" 'NF == 9 || $3 == "drained" { $2 = round } { print }'
done
