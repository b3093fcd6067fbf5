#!/usr/bin/env bash
# Intake and GET /api/tickets/{id} with few and with 100,000 stored tickets (docs/benchmarks.md, "Flat with volume").
#
#   bench/ticket-volume.sh <supportflow.jar>
#
# Starts the jar on a fresh ./data/ (port $PORT, default 8097) and measures:
# - POST /api/tickets, 4 callers, 30 s, after a warm-up of SECONDS_WARMUP (default 10) s; and how much the H2 file
#   grew per ticket meanwhile;
# - GET of the newest ticket, 1 caller, 20 s, after 20 s of the same (the outbox sends the intake's mail meanwhile).
# Then it stops the jar, adds 100,000 ticket rows with bench/report-volume.sql and their history (engine and decision
# trail) with bench/ticket-history.sql (the app stopped; HISTORY=no leaves the history out), starts it again, checks
# that a generated ticket, its decisions and the SLA report answer, and measures the same. COMPACT=yes rewrites the
# file with SHUTDOWN COMPACT before that second start, so the volume figures are not those of the sparse file the
# generator leaves. A restarted server meets the large file with an empty page cache and its code not yet compiled:
# give it a minute or more (SECONDS_WARMUP=120) before comparing. SF_AT pins SupportFlow's clock (bench/clock.sh).
# MAIL=yes also adds a year of sent e-mail (bench/outbox-history.sql, 100,000 messages) to the large database.
# ROUNDS=N (default 1) measures the two databases N times in turn (fresh, large, fresh, large, ...), each on a freshly
# started server warmed alike: the fresh one is a copy of the database as its first measurement left it.
# O-6's throttle (2,000 requests a second per address) is lifted: one caller reading a ticket can pass it on a fast
# machine, and the run measures the read, not the throttle.
set -euo pipefail
JAR="$(realpath "$1")"; PORT="${PORT:-8097}"; HERE="$(cd "$(dirname "$0")" && pwd)"; B=http://127.0.0.1:$PORT
# shellcheck source=clock.sh
source "$HERE/clock.sh"
H2_JAR=$HOME/.m2/repository/com/h2database/h2/2.3.232/h2-2.3.232.jar
WORK=$(mktemp -d /tmp/supportflow-volume.XXXXXX)
trap 'kill "$(cat "$WORK/pid" 2>/dev/null)" 2>/dev/null || true; [ "${KEEP:-no}" = yes ] || rm -rf "$WORK"' EXIT   # KEEP=yes keeps the work folder
start() { (cd "$WORK" && exec "${SF_CLOCK[@]}" java -Xmx1g -jar "$JAR" --server.port=$PORT \
  --supportflow.throttle.requests-per-address.capacity=1000000000 >>"$WORK/server.log" 2>&1) & echo $! >"$WORK/pid"
  for _ in $(seq 1 180); do curl -s -o /dev/null $B/actuator/health && return; sleep 1; done; exit 1; }
stop() { kill "$(cat "$WORK/pid")"; wait "$(cat "$WORK/pid")" 2>/dev/null || true; }
measure() {
  echo "== $1"
  wrk -t2 -c4 -d"${SECONDS_WARMUP:-10}s" -s $HERE/intake.lua $B/api/tickets >/dev/null   # warm-up
  local bytes_before out
  bytes_before=$(stat -c %s "$WORK/data/supportflow.mv.db")
  echo "-- intake, 4 callers, 30 s"; out=$(wrk -t2 -c4 -d30s -s $HERE/intake.lua $B/api/tickets)
  echo "$out" | grep -E '^(requests|p[0-9]|Requests/sec)'
  # What H2 appended per ticket: with durable commits it writes each commit's changed B-tree pages, from leaf to root.
  echo "file growth per ticket: $(echo "$out" | awk -v b=$(( $(stat -c %s "$WORK/data/supportflow.mv.db") - bytes_before )) \
    '/^requests/ {gsub(",", "", $2); printf "%.0f KB", b / 1024 / $2}')"
  ID=$(curl -s -u leiloes-basic:demo "$B/api/tickets?size=1" | python3 -c "import json,sys; r=json.load(sys.stdin); r=r.get('items', r.get('content', r)) if isinstance(r, dict) else r; print(r[0]['id'])")
  wrk -t1 -c1 -d20s -s $HERE/ticket-get.lua $B/api/tickets/$ID >/dev/null   # warm-up, while the outbox sends the mail
  echo "-- GET /api/tickets/$ID, 1 caller, 20 s"; wrk -t1 -c1 -d20s -s $HERE/ticket-get.lua $B/api/tickets/$ID | grep -E '^(requests|p[0-9])'
}
start; measure "fresh database"; stop
cp -r "$WORK/data" "$WORK/fresh-data"
load() { java -Xmx1g -Duser.timezone=UTC -cp "$H2_JAR" org.h2.tools.RunScript -url "jdbc:h2:file:$WORK/data/supportflow;CACHE_SIZE=524288" -user sa -script "$1"; }
sql() { java -cp "$H2_JAR" org.h2.tools.Shell -url "jdbc:h2:file:$WORK/data/supportflow" -user sa -sql "$1"; }
load $HERE/report-volume.sql
LOADED="100,000 ticket rows (bench/report-volume.sql)"
if [ "${HISTORY:-yes}" != no ]; then
  began=$(date +%s)
  processes() { sql "SELECT COUNT(*) FROM ACT_HI_PROCINST" | grep -o '^[0-9]\+' | head -1; }
  before=-1; while [ "$(processes)" != "$before" ]; do before=$(processes); load $HERE/ticket-history.sql; done
  sql "ANALYZE" >/dev/null
  echo "engine history generated in $(( $(date +%s) - began )) s; rows per table:"
  sql "SELECT TABLE_NAME, ROW_COUNT_ESTIMATE FROM INFORMATION_SCHEMA.TABLES WHERE (TABLE_NAME LIKE 'ACT_HI_%' OR TABLE_NAME = 'DECISION_RECORD') AND ROW_COUNT_ESTIMATE > 0 ORDER BY 1"
  LOADED="$LOADED and their engine history (bench/ticket-history.sql)"
fi
if [ "${MAIL:-no}" = yes ]; then
  load $HERE/outbox-history.sql
  LOADED="$LOADED and a year of sent mail (bench/outbox-history.sql)"
fi
if [ "${COMPACT:-no}" = yes ]; then
  size() { du -m "$WORK/data/supportflow.mv.db" | cut -f1; }
  began=$(date +%s); was=$(size); sql "SHUTDOWN COMPACT" >/dev/null
  echo "SHUTDOWN COMPACT: $was MB -> $(size) MB in $(( $(date +%s) - began )) s"
fi
# A generated ticket to check: the newest closed one (its trail, C-2, holds five decisions), read as oobj-supervisor.
GENERATED=$(sql \
  "SELECT 'OOB-' || LPAD(CAST(MAX(ticket_number) AS VARCHAR), 6, '0') FROM ticket WHERE status = 'CLOSED' AND subject LIKE 'Carga de volume %'" \
  | grep -o 'OOB-[0-9]\+' | head -1)
start
check() { printf '%-60s %s\n' "$1" "$(curl -s -o /dev/null -w '%{http_code} %{size_download} B' -u oobj-supervisor:demo "$B$1")"; }
echo "== checks"; check "/api/tickets/$GENERATED"; check "/api/tickets/$GENERATED/decisions"
echo "decisions: $(curl -s -u oobj-supervisor:demo "$B/api/tickets/$GENERATED/decisions" | grep -o '"decisionKey":"[^"]*"' | cut -d'"' -f4 | tr '\n' ' ')"
check "/api/reports/sla?from=2026-10-01&to=2026-11-01"
measure "after loading $LOADED"; stop
mv "$WORK/data" "$WORK/large-data"
for round in $(seq 2 "${ROUNDS:-1}"); do
  for db in fresh large; do
    mv "$WORK/$db-data" "$WORK/data"; start; measure "round $round: $db database"; stop; mv "$WORK/data" "$WORK/$db-data"
  done
done
[ "${KEEP:-no}" != yes ] || echo "work dir $WORK"
