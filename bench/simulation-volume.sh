#!/usr/bin/env bash
# Policy simulation over a large decision history (docs/benchmarks.md, "Policy simulation").
#
#   bench/simulation-volume.sh <supportflow.jar> [extra SupportFlow arguments...]
#
# 1. Starts the jar once on a fresh ./data/ (port $PORT, default 8096) so the schema and the policy exist, and stops it.
# 2. Fills, with SQL through H2's RunScript, $EVALUATIONS (default 100000) leilões tickets received over November 2026
#    (São Paulo; one every 25 s) and their decision trail as the intake writes it: four rows of decision_record per
#    ticket (business key = ticket id; emergency, channel-policy, scope-triage, sla-targets), channel-policy's with its
#    seven inputs. The input tuples are realistic and varied: channel
#    (PORTAL 45 %, official WhatsApp 30 %, e-mail, phone, other numbers, the group, Telegram), type (incident 55 %,
#    service request, question, development, problem), emergency 6 %, out of hours 24 %, the client's plan (standard,
#    premium, enterprise with a dedicated team and consulting), drawn from independent sequences (a few hundred
#    distinct tuples, as a real month has).
# 3. Starts the jar again and times $RUNS (default 5) calls of POST /api/policy/simulations as leiloes-owner over
#    November with dmn/leiloes/channel-policy.dmn edited to refuse PORTAL. Prints the generation time and one line per
#    run: "run <n> <seconds> <evaluations> <changed>".
set -euo pipefail
JAR="$(realpath "$1")"; shift
HERE="$(cd "$(dirname "$0")" && pwd)"
PORT="${PORT:-8096}"; EVALUATIONS="${EVALUATIONS:-100000}"; RUNS="${RUNS:-5}"
H2_JAR="${H2_JAR:-$HOME/.m2/repository/com/h2database/h2/2.3.232/h2-2.3.232.jar}"
WORK="$(mktemp -d /tmp/supportflow-simulation.XXXXXX)"
trap 'kill "$(cat "$WORK/pid" 2>/dev/null)" 2>/dev/null || true; [ "${KEEP:-no}" = yes ] || rm -rf "$WORK"' EXIT   # KEEP=yes keeps the work folder

start() {
  (cd "$WORK" && exec java -Xmx1g -jar "$JAR" --server.port="$PORT" "$@" >>"$WORK/server.log" 2>&1) &
  echo $! >"$WORK/pid"
  for _ in $(seq 1 240); do
    curl -s -o /dev/null "http://127.0.0.1:$PORT/actuator/health" && return 0
    sleep 1
  done
  echo "SupportFlow did not start"; tail -50 "$WORK/server.log"; exit 1
}
stop() { kill "$(cat "$WORK/pid")"; wait "$(cat "$WORK/pid")" 2>/dev/null || true; }

start "$@"
stop

cat >"$WORK/history.sql" <<SQL
CREATE TABLE bench_eval AS
SELECT X AS n,
       CASE WHEN MOD(X * 37, 101) < 45 THEN 'PORTAL' WHEN MOD(X * 37, 101) < 75 THEN 'WHATSAPP_OFFICIAL'
            WHEN MOD(X * 37, 101) < 83 THEN 'EMAIL' WHEN MOD(X * 37, 101) < 90 THEN 'PHONE'
            WHEN MOD(X * 37, 101) < 95 THEN 'WHATSAPP_OTHER' WHEN MOD(X * 37, 101) < 98 THEN 'WHATSAPP_GROUP'
            ELSE 'TELEGRAM' END AS channel,
       CASE WHEN MOD(X * 53, 103) < 57 THEN 'INCIDENT' WHEN MOD(X * 53, 103) < 78 THEN 'SERVICE_REQUEST'
            WHEN MOD(X * 53, 103) < 91 THEN 'QUESTION' WHEN MOD(X * 53, 103) < 98 THEN 'DEVELOPMENT'
            ELSE 'PROBLEM' END AS ticket_type,
       MOD(X * 11, 107) < 6 AS emergency,
       MOD(X * 17, 109) < 26 AS out_of_hours,
       MOD(X * 29, 113) AS plan,
       DATEADD(SECOND, X * 25, TIMESTAMP '2026-11-01 03:00:00') AS received
  FROM SYSTEM_RANGE(1, $EVALUATIONS);

SET @base = (SELECT COALESCE(MAX(ticket_number), 0) FROM ticket);

INSERT INTO ticket (ticket_number, tenant, client_id, status, channel, ticket_type, subject, received_at, billable,
                    created_by, created_at, updated_at)
SELECT @base + n, 'leiloes',
       CASE WHEN plan < 68 THEN 'leiloes-basic' WHEN plan < 102 THEN 'leiloes-premium' ELSE 'leiloes-enterprise' END,
       'CLOSED', channel, ticket_type, 'Carga da simulação', CAST(received AS TIMESTAMP WITH TIME ZONE), FALSE,
       'bench', CAST(received AS TIMESTAMP WITH TIME ZONE), CAST(received AS TIMESTAMP WITH TIME ZONE)
  FROM bench_eval;

SET @emergency = (SELECT ID_ FROM ACT_RE_DECISION_DEF WHERE KEY_ = 'emergency' AND TENANT_ID_ = 'leiloes' ORDER BY VERSION_ DESC LIMIT 1);
SET @channel = (SELECT ID_ FROM ACT_RE_DECISION_DEF WHERE KEY_ = 'channel-policy' AND TENANT_ID_ = 'leiloes' ORDER BY VERSION_ DESC LIMIT 1);
SET @scope = (SELECT ID_ FROM ACT_RE_DECISION_DEF WHERE KEY_ = 'scope-triage' AND TENANT_ID_ = 'leiloes' ORDER BY VERSION_ DESC LIMIT 1);
SET @sla = (SELECT ID_ FROM ACT_RE_DECISION_DEF WHERE KEY_ = 'sla-targets' AND TENANT_ID_ = 'leiloes' ORDER BY VERSION_ DESC LIMIT 1);

-- The decision trail (decision_record): the intake's four evaluations per ticket; channel-policy's with its inputs.
INSERT INTO decision_record (decision_key, decision_name, decision_version, decision_definition_id, tenant,
                             business_key, process_instance_id, activity_id, evaluated_at, matched_rules, inputs,
                             outputs)
SELECT d.decision, d.decision, (SELECT VERSION_ FROM ACT_RE_DECISION_DEF WHERE ID_ = d.def), d.def, 'leiloes',
       'LEI-' || LPAD(CAST(@base + n AS VARCHAR), 6, '0'), 'bench-pi-' || n, d.activity,
       CAST(DATEADD(MILLISECOND, d.k * 10, received) AS TIMESTAMP WITH TIME ZONE), '[]',
       CASE WHEN d.k = 2 THEN
         '{"channel":"' || channel || '","type":"' || ticket_type || '","emergency":'
         || CASE WHEN emergency THEN 'true' ELSE 'false' END || ',"outOfHours":'
         || CASE WHEN out_of_hours THEN 'true' ELSE 'false' END || ',"tier":"'
         || CASE WHEN plan < 68 THEN 'STANDARD' WHEN plan < 102 THEN 'PREMIUM' ELSE 'ENTERPRISE' END
         || '","dedicatedDeveloper":"' || CASE WHEN plan < 102 THEN 'NONE' ELSE 'TEAM' END
         || '","consulting":' || CASE WHEN plan < 102 THEN 'false' ELSE 'true' END || '}'
       ELSE '{}' END, '{}'
  FROM bench_eval
  CROSS JOIN (VALUES (1, @emergency, 'emergency', 'Task_Emergency'), (2, @channel, 'channel-policy', 'Task_ChannelPolicy'),
                     (3, @scope, 'scope-triage', 'Task_ScopeTriage'), (4, @sla, 'sla-targets', 'Task_SlaTargets'))
             AS d(k, def, decision, activity)
 ORDER BY n, d.k;

DROP TABLE bench_eval;
SQL
began=$(date +%s.%N)
java -Duser.timezone=UTC -cp "$H2_JAR" org.h2.tools.RunScript \
  -url "jdbc:h2:file:$WORK/data/supportflow" -user sa -password "" -script "$WORK/history.sql"
echo "generated $EVALUATIONS channel-policy evaluations in $(awk "BEGIN {printf \"%.1f\", $(date +%s.%N) - $began}") s"

start "$@"
sed -e 's|<text>"WHATSAPP_OFFICIAL","PORTAL"</text>|<text>"WHATSAPP_OFFICIAL"</text>|' \
  "$HERE/../dmn/leiloes/channel-policy.dmn" >"$WORK/channel-policy.dmn"
for run in $(seq 1 "$RUNS"); do
  seconds=$(curl -s --max-time 300 -o "$WORK/result.json" -w '%{time_total}' -u leiloes-owner:demo \
    -F "file=@$WORK/channel-policy.dmn" -F from=2026-11-01T03:00:00Z -F to=2026-12-01T03:00:00Z \
    "http://127.0.0.1:$PORT/api/policy/simulations")
  evaluations=$(grep -o '"evaluations":[0-9]*' "$WORK/result.json" | cut -d: -f2)
  changed=$(grep -o '"changed":[0-9]*' "$WORK/result.json" | cut -d: -f2)
  echo "run $run $seconds ${evaluations:-?} ${changed:-?}"
done
stop
