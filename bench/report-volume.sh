#!/usr/bin/env bash
# The SLA report at volume (docs/benchmarks.md, "SLA report").
#
#   bench/report-volume.sh <supportflow.jar> [extra SupportFlow arguments...]
#
# Starts the jar once on a fresh ./data/ (port $PORT, default 8096) so Flyway and the engine create the schema,
# stops it, loads 100,000 oobj tickets over Aug–Oct 2026 with bench/report-volume.sql (H2's Shell, app stopped),
# starts it again and measures GET /api/reports/sla for October 2026 (one month, ~34,000 tickets) as
# oobj-supervisor with wrk: a warm-up, then 1 and 4 callers for $SECONDS_LOADED (default 20) seconds each, for
# groupBy=week and groupBy=service. Prints wrk's summary and percentiles per run.
set -euo pipefail
JAR="$(realpath "$1")"; shift
HERE="$(cd "$(dirname "$0")" && pwd)"
PORT="${PORT:-8096}"; SECONDS_LOADED="${SECONDS_LOADED:-20}"
H2_JAR="${H2_JAR:-$HOME/.m2/repository/com/h2database/h2/2.3.232/h2-2.3.232.jar}"
WORK="$(mktemp -d /tmp/supportflow-report.XXXXXX)"
URL="http://127.0.0.1:$PORT/api/reports/sla?from=2026-10-01&to=2026-11-01"
trap 'kill "$(cat "$WORK/pid" 2>/dev/null)" 2>/dev/null || true; [ "${KEEP:-no}" = yes ] || rm -rf "$WORK"' EXIT   # KEEP=yes keeps the work folder

start() {
  (cd "$WORK" && exec java -Xmx1g -jar "$JAR" --server.port="$PORT" "$@" >>"$WORK/server.log" 2>&1) &
  echo $! >"$WORK/pid"
  for _ in $(seq 1 180); do
    curl -s -o /dev/null "http://127.0.0.1:$PORT/actuator/health" && return
    sleep 1
  done
  echo "server did not start, see $WORK/server.log" >&2; exit 1
}

stop() {
  kill "$(cat "$WORK/pid")"; wait "$(cat "$WORK/pid")" 2>/dev/null || true
}

start "$@"
stop
java -cp "$H2_JAR" org.h2.tools.RunScript -url "jdbc:h2:file:$WORK/data/supportflow" -user sa \
  -script "$HERE/report-volume.sql"
java -cp "$H2_JAR" org.h2.tools.Shell -url "jdbc:h2:file:$WORK/data/supportflow" -user sa \
  -sql "SELECT COUNT(*) AS tickets, MIN(received_at), MAX(received_at) FROM ticket WHERE tenant = 'oobj'"
start "$@"

curl -s -u oobj-supervisor:demo "$URL&groupBy=week"; echo
wrk -t1 -c1 -d10s -s "$HERE/report.lua" "$URL&groupBy=week" >/dev/null   # warm-up, discarded
for group in week service; do
  for callers in 1 4; do
    echo "== groupBy=$group, $callers caller(s), ${SECONDS_LOADED}s"
    wrk -t"$(( callers < 2 ? 1 : 2 ))" -c"$callers" -d"${SECONDS_LOADED}s" -s "$HERE/report.lua" "$URL&groupBy=$group" \
      | grep -E '^(requests|p[0-9]|Requests/sec)'
  done
done
stop
