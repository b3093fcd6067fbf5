#!/usr/bin/env bash
# Two jars on a database that holds a year of sent e-mail (docs/benchmarks.md, "The mail of the past").
#
#   bench/outbox-volume.sh <a.jar> <b.jar>
#
# Creates the schema with a.jar on a fresh data folder, adds $MAILS (default 100,000) sent messages with
# bench/outbox-history.sql, then measures on a copy of it for each jar:
# - idle: the CPU each server's process uses in 120 s without requests, 60 s after both answered;
# - intake: bench/side-by-side.sh with SEED set (ROUNDS, default 3; SF_AT as there).
set -euo pipefail
A_JAR="$(realpath "$1")"; B_JAR="$(realpath "$2")"
HERE="$(cd "$(dirname "$0")" && pwd)"
H2_JAR="${H2_JAR:-$HOME/.m2/repository/com/h2database/h2/2.3.232/h2-2.3.232.jar}"   # the jar's H2 (mvn package fetches it)
[ -f "$H2_JAR" ] || { echo "H2 not found at $H2_JAR (set H2_JAR)" >&2; exit 1; }
WORK="$(mktemp -d /tmp/supportflow-outbox.XXXXXX)"
trap 'kill $(cat "$WORK"/*.pid 2>/dev/null) 2>/dev/null || true; rm -rf "$WORK"' EXIT

start() { # name port jar [arguments...]
  mkdir -p "$WORK/$1"
  (cd "$WORK/$1" && exec java -Xmx1g -jar "$3" --server.port="$2" "${@:4}" >"$WORK/$1.log" 2>&1) &
  echo $! >"$WORK/$1.pid"
  for _ in $(seq 1 180); do curl -s -o /dev/null "http://127.0.0.1:$2/actuator/health" && return 0; sleep 1; done
  echo "$1 did not start"; exit 1
}
stop() { kill "$(cat "$WORK/$1.pid")"; wait "$(cat "$WORK/$1.pid")" 2>/dev/null || true; rm "$WORK/$1.pid"; }
ticks() { awk '{print $14 + $15}' "/proc/$(cat "$WORK/$1.pid")/stat"; }

start seed 8090 "$A_JAR"; stop seed
sed "s/^SET @mails = .*/SET @mails = ${MAILS:-100000};/" "$HERE/outbox-history.sql" >"$WORK/history.sql"
java -cp "$H2_JAR" org.h2.tools.RunScript -url "jdbc:h2:file:$WORK/seed/data/supportflow" -user sa \
  -script "$WORK/history.sql"
echo "seed: $(du -h "$WORK/seed/data/supportflow.mv.db" | cut -f1) with ${MAILS:-100000} sent messages"

mkdir -p "$WORK/a" "$WORK/b"; cp -r "$WORK/seed/data" "$WORK/a/"; cp -r "$WORK/seed/data" "$WORK/b/"
start a 8090 "$A_JAR"
start b 8092 "$B_JAR" --supportflow.mail.smtp.port=3026 --supportflow.mail.imap.port=3144
sleep 60
a0=$(ticks a); b0=$(ticks b); sleep 120
tick_ms=$(( 1000 / $(getconf CLK_TCK) ))
echo "idle 120 s, CPU: a $(( ($(ticks a) - a0) * tick_ms )) ms, b $(( ($(ticks b) - b0) * tick_ms )) ms"
stop a; stop b

SEED="$WORK/seed/data" "$HERE/side-by-side.sh" "$A_JAR" "$B_JAR"
