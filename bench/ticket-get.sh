#!/usr/bin/env bash
# GET /api/tickets/{id} with one caller on a warmed server (docs/benchmarks.md, "Reading a ticket").
#
#   bench/ticket-get.sh <supportflow.jar> [JVM options...]
#
# Starts the jar on a fresh ./data/ (port $PORT, default 8098), opens tickets for 10 s (bench/intake.lua, 4 callers),
# reads the newest one for 10 s as a warm-up, then measures two 20 s runs of one caller (bench/ticket-get.lua) and
# stops it. Run it for each jar in turn (A B A B) to compare two builds. One caller reading one ticket can pass the
# 2,000 requests a second per address of O-6's throttle on a fast machine; the run lifts that limit, since it measures
# the read, not the throttle (wrk's "non-2xx" stays 0).
set -euo pipefail
JAR="$(realpath "$1")"; shift; PORT="${PORT:-8098}"; HERE="$(cd "$(dirname "$0")" && pwd)"; B=http://127.0.0.1:$PORT
WORK=$(mktemp -d /tmp/supportflow-get.XXXXXX)
trap 'kill "$(cat "$WORK/pid" 2>/dev/null)" 2>/dev/null || true; [ "${KEEP:-no}" = yes ] || rm -rf "$WORK"' EXIT   # KEEP=yes keeps the work folder
(cd "$WORK" && exec java -Xmx1g "$@" -jar "$JAR" --server.port=$PORT \
  --supportflow.throttle.requests-per-address.capacity=1000000000 >"$WORK/server.log" 2>&1) & echo $! >"$WORK/pid"
for _ in $(seq 1 180); do curl -s -o /dev/null $B/actuator/health && break; sleep 1; done
wrk -t2 -c4 -d10s -s $HERE/intake.lua $B/api/tickets | grep -E '^requests'
ID=$(curl -s -u leiloes-basic:demo "$B/api/tickets?size=1" | python3 -c "import json,sys; print(json.load(sys.stdin)[0]['id'])")
wrk -t1 -c1 -d10s -s $HERE/ticket-get.lua $B/api/tickets/$ID >/dev/null   # warm-up
for run in a b; do
  echo "-- GET /api/tickets/$ID, 1 caller, 20 s ($run)"
  wrk -t1 -c1 -d20s -s $HERE/ticket-get.lua $B/api/tickets/$ID | grep -E '^(requests|p[0-9])'
done
kill "$(cat "$WORK/pid")"; wait "$(cat "$WORK/pid")" 2>/dev/null || true
