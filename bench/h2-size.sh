#!/usr/bin/env bash
# H2 file size under intake load, live and compacted (docs/benchmarks.md, "H2 file size").
#
#   bench/h2-size.sh <supportflow.jar> <name> [extra SupportFlow arguments...]
#
# Starts the jar on a fresh ./data/ (port $PORT, default 8095), loads POST /api/tickets with 4 callers (wrk), or
# with RATE set a steady RATE tickets a second from one caller, for $SECONDS_LOADED (default 60) seconds, samples
# the file size every 5 s, waits $SECONDS_IDLE (default 30) idle seconds, stops the server (SIGTERM, a normal
# shutdown), then opens the file with H2's Shell, counts the tickets and runs SHUTDOWN COMPACT. Prints one line:
#   <name> <tickets> <max live KB> <live KB at end of load> <after idle KB> <after shutdown KB> <compacted KB>
#   <shutdown ms>
# BARE=yes measures the bare engine of shared/bench instead (<camunda-baseline-1.jar>, its file data/baseline.mv.db,
# its process started over engine REST with its start.lua, START_LUA; not with RATE): "tickets" are then its process
# instances.
set -euo pipefail
JAR="$(realpath "$1")"; NAME="$2"; shift 2
HERE="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=clock.sh
source "$HERE/clock.sh"    # SF_AT: SupportFlow's clock starts at that moment
PORT="${PORT:-8095}"; SECONDS_LOADED="${SECONDS_LOADED:-60}"; SECONDS_IDLE="${SECONDS_IDLE:-30}"
H2_JAR="${H2_JAR:-$HOME/.m2/repository/com/h2database/h2/2.3.232/h2-2.3.232.jar}"
WORK="$(mktemp -d /tmp/supportflow-h2size.XXXXXX)"
if [ "${BARE:-no}" = yes ]; then
  DB_NAME=baseline; DB_USER=""; COUNTED=ACT_HI_PROCINST; READY=/engine-rest/engine
  LOAD_SCRIPT="${START_LUA:-$(dirname "$JAR")/../start.lua}"; LOAD_PATH=/engine-rest/process-definition/key/baseline/start
else
  DB_NAME=supportflow; DB_USER=sa; COUNTED=TICKET; READY=/actuator/health; LOAD_SCRIPT="$HERE/intake.lua"; LOAD_PATH=/api/tickets
fi
FILE="$WORK/data/$DB_NAME.mv.db"
trap 'kill "$(cat "$WORK/pid" 2>/dev/null)" 2>/dev/null || true' EXIT

kb() { echo $(( $(stat -c %s "$FILE") / 1024 )); }

(cd "$WORK" && exec "${SF_CLOCK[@]}" java -Xmx1g -jar "$JAR" --server.port="$PORT" "$@" >"$WORK/server.log" 2>&1) &
echo $! >"$WORK/pid"
for _ in $(seq 1 180); do
  curl -s -o /dev/null "http://127.0.0.1:$PORT$READY" && break
  sleep 1
done

max=0
if [ -n "${RATE:-}" ]; then
  # A steady trickle instead of full load: $RATE tickets a second, one at a time, for $SECONDS_LOADED seconds.
  (end=$(( $(date +%s) + SECONDS_LOADED )); n=0
   while [ "$(date +%s)" -lt "$end" ]; do
     curl -s -o /dev/null -w '%{http_code}\n' -u leiloes-basic:demo -H 'Content-Type: application/json' \
       -d '{"channel":"WHATSAPP_OFFICIAL","type":"INCIDENT","topic":"SOFTWARE_FAILURE","symptom":"SERVER_DOWN","subject":"Servidor fora do ar","description":"Carga de teste"}' \
       "http://127.0.0.1:$PORT/api/tickets" >>"$WORK/codes.txt"
     sleep "$(awk "BEGIN {print 1 / $RATE}")"
   done
   echo "requests $(wc -l <"$WORK/codes.txt"), non-201 $(grep -vc '^201$' "$WORK/codes.txt" || true)") >"$WORK/wrk.txt" &
else
  wrk -t2 -c4 -d"${SECONDS_LOADED}s" -s "$LOAD_SCRIPT" "http://127.0.0.1:$PORT$LOAD_PATH" >"$WORK/wrk.txt" &
fi
wrk_pid=$!
while kill -0 "$wrk_pid" 2>/dev/null; do
  size=$(kb); [ "$size" -gt "$max" ] && max=$size
  echo "size $(date +%T) $size KB" >&2
  sleep 5
done
wait "$wrk_pid"
loaded=$(kb); [ "$loaded" -gt "$max" ] && max=$loaded
sleep "$SECONDS_IDLE"
idle=$(kb)
stop_started=$(date +%s%N)
kill "$(cat "$WORK/pid")"; wait "$(cat "$WORK/pid")" 2>/dev/null || true
stop_ms=$(( ($(date +%s%N) - stop_started) / 1000000 ))
stopped=$(kb)
tickets=$(java -cp "$H2_JAR" org.h2.tools.Shell -url "jdbc:h2:file:$WORK/data/$DB_NAME" -user "$DB_USER" -password "" \
  -sql "SELECT COUNT(*) FROM $COUNTED" | sed -n 2p | tr -d ' ')
java -cp "$H2_JAR" org.h2.tools.Shell -url "jdbc:h2:file:$WORK/data/$DB_NAME" -user "$DB_USER" -password "" -sql "SHUTDOWN COMPACT" >/dev/null
compacted=$(kb)
cat "$WORK/wrk.txt" >&2
echo "$NAME $tickets $max $loaded $idle $stopped $compacted $stop_ms"
rm -rf "$WORK"
