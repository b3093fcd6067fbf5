#!/usr/bin/env bash
# Intake load run against the bare-engine baseline, alternating A B A B on one machine (docs/benchmarks.md).
#
#   bench/compare.sh <supportflow.jar> <camunda-baseline.jar> [extra SupportFlow arguments...]
#
# Each server starts on a fresh data folder, gets a warm-up (SECONDS_WARMUP, 5 s by default; SupportFlow's code needs
# about a minute of load before the JIT compiler has caught up), then a measured run with 4 callers and one with a
# single caller; only one server runs at a time (two cores are shared by the server and wrk). Prints the wrk
# summaries and one line per measured run: "<name> <round> <callers> <requests/s> <p50> <p90> <p99> <non-2xx>
# <server CPU ms per request>". The CPU time the server's process spent per request (user + system, from
# /proc/<pid>/stat) moves much less than throughput when other work shares the machine.
# SF_AT="2026-12-02 13:00:00" runs SupportFlow from that moment (bench/clock.sh), in business hours here.
# DRAIN=yes also charges the 4-caller run with the work it leaves behind (the outbox sending its mail): after it,
# the server's CPU is counted on until a 6 s window is idle (under 20 ticks), and one more line is printed:
# "<name> <round> drained <seconds waited> <server CPU ms per request, the run and its drain>".
set -euo pipefail
SF_JAR="$(realpath "$1")"; BL_JAR="$(realpath "$2")"; shift 2
HERE="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=clock.sh
source "$HERE/clock.sh"
BL_LUA="${BL_LUA:-$HERE/../../shared/bench/camunda-baseline/start.lua}"
ROUNDS="${ROUNDS:-2}"; SECONDS_MEASURED="${SECONDS_MEASURED:-20}"; SECONDS_WARMUP="${SECONDS_WARMUP:-5}"
WORK="$(mktemp -d /tmp/supportflow-bench.XXXXXX)"
trap 'kill "$(cat "$WORK/pid" 2>/dev/null)" 2>/dev/null || true; [ "${KEEP:-no}" = yes ] || rm -rf "$WORK"' EXIT   # KEEP=yes keeps the work folder

start() { # name port command...
  local name="$1" port="$2"; shift 2
  rm -rf "$WORK/$name" && mkdir -p "$WORK/$name"
  (cd "$WORK/$name" && exec "$@" >"$WORK/$name.log" 2>&1) & echo $! >"$WORK/pid"
  for _ in $(seq 1 180); do
    curl -s -o /dev/null "http://127.0.0.1:$port/" && return 0
    sleep 1
  done
  echo "$name did not start"; tail -50 "$WORK/$name.log"; exit 1
}
per_request() { awk -v c="$1" -v t="$(getconf CLK_TCK)" -v r="$2" 'BEGIN {printf "%.1f", c * 1000 / t / r}'; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$(cat "$WORK/pid")/stat"; }
stop() { kill "$(cat "$WORK/pid")"; wait "$(cat "$WORK/pid")" 2>/dev/null || true; }

measure() { # name round url lua
  local name="$1" round="$2" url="$3" lua="$4"
  wrk -t2 -c4 -d"${SECONDS_WARMUP}s" -s "$lua" "$url" >/dev/null
  for callers in 4 1; do
    local threads=$(( callers < 2 ? 1 : 2 )) cpu_before
    cpu_before="$(cpu_ticks)"
    out="$(wrk -t$threads -c$callers -d${SECONDS_MEASURED}s --latency -s "$lua" "$url")"
    local cpu=$(( $(cpu_ticks) - cpu_before ))
    echo "$out" >&2
    rps="$(echo "$out" | awk '/Requests\/sec/ {print $2}')"
    p50="$(echo "$out" | awk '$1=="50%" {print $2}')"; p90="$(echo "$out" | awk '$1=="90%" {print $2}')"
    p99="$(echo "$out" | awk '$1=="99%" {print $2}')"
    bad="$(echo "$out" | awk '/Non-2xx/ {print $5}')"
    local requests
    requests="$(echo "$out" | awk '/requests in/ {print $1}')"
    echo "$name $round $callers $rps $p50 $p90 $p99 ${bad:-0} $(per_request "$cpu" "$requests")"
    if [[ "${DRAIN:-no}" == yes && "$callers" == 4 ]]; then
      local waited=0 window
      while (( waited < 180 )); do
        window="$(cpu_ticks)"; sleep 6; waited=$(( waited + 6 ))
        (( $(cpu_ticks) - window < 20 )) && break
      done
      echo "$name $round drained $waited $(per_request $(( $(cpu_ticks) - cpu_before )) "$requests")"
    fi
  done
}

for round in $(seq 1 "$ROUNDS"); do
  start baseline 8091 java -Xmx1g -jar "$BL_JAR" --server.port=8091
  measure baseline "$round" http://127.0.0.1:8091/engine-rest/process-definition/key/baseline/start "$BL_LUA"
  stop
  start supportflow 8090 "${SF_CLOCK[@]}" java -Xmx1g -jar "$SF_JAR" --server.port=8090 "$@"
  measure supportflow "$round" http://127.0.0.1:8090/api/tickets "$HERE/intake.lua"
  stop
done
