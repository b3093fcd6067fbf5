#!/usr/bin/env bash
# Intake and GET /api/tickets/{id} with few and with 100,000 stored tickets (docs/benchmarks.md, "Flat with volume").
#
#   bench/ticket-volume.sh <supportflow.jar>
#
# Starts the jar on a fresh ./data/ (port $PORT, default 8097), measures POST /api/tickets (4 callers, 30 s, after a
# 10 s warm-up) and GET of the newest ticket (1 caller, 20 s), stops it, adds 100,000 ticket rows with
# bench/report-volume.sql (the app stopped), starts it again and measures the same.
set -euo pipefail
JAR="$(realpath "$1")"; PORT="${PORT:-8097}"; HERE="$(cd "$(dirname "$0")" && pwd)"; B=http://127.0.0.1:$PORT
H2_JAR=$HOME/.m2/repository/com/h2database/h2/2.3.232/h2-2.3.232.jar
WORK=$(mktemp -d /tmp/supportflow-volume.XXXXXX)
trap 'kill "$(cat "$WORK/pid" 2>/dev/null)" 2>/dev/null || true' EXIT
start() { (cd "$WORK" && exec java -Xmx1g -jar "$JAR" --server.port=$PORT >>"$WORK/server.log" 2>&1) & echo $! >"$WORK/pid"
  for _ in $(seq 1 180); do curl -s -o /dev/null $B/actuator/health && return; sleep 1; done; exit 1; }
stop() { kill "$(cat "$WORK/pid")"; wait "$(cat "$WORK/pid")" 2>/dev/null || true; }
measure() {
  echo "== $1"
  wrk -t2 -c4 -d10s -s $HERE/intake.lua $B/api/tickets >/dev/null   # warm-up
  echo "-- intake, 4 callers, 30 s"; wrk -t2 -c4 -d30s -s $HERE/intake.lua $B/api/tickets | grep -E '^(requests|p[0-9]|Requests/sec)'
  ID=$(curl -s -u leiloes-basic:demo "$B/api/tickets?size=1" | python3 -c "import json,sys; r=json.load(sys.stdin); r=r.get('items', r.get('content', r)) if isinstance(r, dict) else r; print(r[0]['id'])")
  echo "-- GET /api/tickets/$ID, 1 caller, 20 s"; wrk -t1 -c1 -d20s -s $HERE/ticket-get.lua $B/api/tickets/$ID | grep -E '^(requests|p[0-9])'
}
start; measure "fresh database"; stop
java -cp "$H2_JAR" org.h2.tools.RunScript -url "jdbc:h2:file:$WORK/data/supportflow" -user sa -script $HERE/report-volume.sql
start; measure "after loading 100,000 ticket rows (bench/report-volume.sql)"; stop
echo "work dir $WORK"
