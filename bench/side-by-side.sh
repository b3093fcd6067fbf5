#!/usr/bin/env bash
# Two SupportFlow jars loaded at the same time, so that both meet the same machine (docs/benchmarks.md, "The decision
# trail in a table of its own").
#
#   bench/side-by-side.sh <a.jar> <b.jar> [extra SupportFlow arguments...]
#
# On a shared machine the speed of the cores changes from minute to minute, by more than a change to a jar does; one
# jar after the other (bench/compare.sh) then compares minutes, not jars. Here both jars start on fresh data folders
# (ports 8090 and 8092), get a 10 s warm-up, then $ROUNDS (default 3) runs of $SECONDS_MEASURED (default 40) s in
# which each gets $CALLERS (default 2) callers of POST /api/tickets (bench/intake.lua) at once. Prints per run and
# jar: "<run> <a|b> <tickets/s> <p50> <p99> <server CPU ms per ticket>", the CPU time of the server process (user +
# system, /proc) divided by its tickets. SF_AT pins both clocks (bench/clock.sh). A_ARGS and B_ARGS (split on spaces) go
# to a or b alone, to weigh a setting on one jar against itself: bench/side-by-side.sh <jar> <jar> with
# B_ARGS="--some.setting=x". SEED names a data folder both start from (each on its own copy) instead of an empty one.
set -euo pipefail
A_JAR="$(realpath "$1")"; B_JAR="$(realpath "$2")"; shift 2
HERE="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=clock.sh
source "$HERE/clock.sh"
ROUNDS="${ROUNDS:-3}"; SECONDS_MEASURED="${SECONDS_MEASURED:-40}"; CALLERS="${CALLERS:-2}"
WORK="$(mktemp -d /tmp/supportflow-side.XXXXXX)"
trap 'kill "$(cat "$WORK/a.pid" 2>/dev/null)" "$(cat "$WORK/b.pid" 2>/dev/null)" 2>/dev/null || true; sleep 2; rm -rf "$WORK"' EXIT

start() { # name port jar
  mkdir -p "$WORK/$1"
  if [ -n "${SEED:-}" ]; then cp -r "$SEED" "$WORK/$1/data"; fi
  (cd "$WORK/$1" && exec "${SF_CLOCK[@]}" java -Xmx1g -jar "$3" --server.port="$2" "${@:4}" >"$WORK/$1.log" 2>&1) &
  echo $! >"$WORK/$1.pid"
}
ready() { for _ in $(seq 1 180); do curl -s -o /dev/null "http://127.0.0.1:$1/actuator/health" && return 0; sleep 1; done
  echo "server on $1 did not start"; exit 1; }
ticks() { awk '{print $14 + $15}' "/proc/$(cat "$WORK/$1.pid")/stat"; }

# b's embedded mail server takes the ports next to a's.
# shellcheck disable=SC2086
start a 8090 "$A_JAR" "$@" ${A_ARGS:-}
# shellcheck disable=SC2086
start b 8092 "$B_JAR" --supportflow.mail.smtp.port=3026 --supportflow.mail.imap.port=3144 "$@" ${B_ARGS:-}
ready 8090; ready 8092
wrk -t1 -c"$CALLERS" -d10s -s "$HERE/intake.lua" http://127.0.0.1:8090/api/tickets >/dev/null & warm=$!
wrk -t1 -c"$CALLERS" -d10s -s "$HERE/intake.lua" http://127.0.0.1:8092/api/tickets >/dev/null
wait "$warm"
for run in $(seq 1 "$ROUNDS"); do
  a0=$(ticks a); b0=$(ticks b)
  wrk -t1 -c"$CALLERS" -d"${SECONDS_MEASURED}s" --latency -s "$HERE/intake.lua" http://127.0.0.1:8090/api/tickets \
    >"$WORK/a.out" & loaded=$!
  wrk -t1 -c"$CALLERS" -d"${SECONDS_MEASURED}s" --latency -s "$HERE/intake.lua" http://127.0.0.1:8092/api/tickets \
    >"$WORK/b.out"
  wait "$loaded"
  a1=$(ticks a); b1=$(ticks b)
  for side in a b; do
    out="$WORK/$side.out"
    if [ "$side" = a ]; then cpu=$(( a1 - a0 )); else cpu=$(( b1 - b0 )); fi
    requests=$(awk '/requests in/ {print $1}' "$out")
    echo "$run $side $(awk '/Requests\/sec/ {print $2}' "$out") $(awk '$1=="50%" {print $2}' "$out")" \
      "$(awk '$1=="99%" {print $2}' "$out")" \
      "$(awk -v c="$cpu" -v t="$(getconf CLK_TCK)" -v r="$requests" 'BEGIN {printf "%.1f", c * 1000 / t / r}')"
    if grep -q Non-2xx "$out"; then grep Non-2xx "$out"; fi
  done
done
