-- 100,000 oobj tickets over three months (Aug–Oct 2026), with SLA clock fields as the intake and the conversation
-- leave them (docs/benchmarks.md, "SLA report"). H2 syntax; run against the app's file with the app stopped.
-- Deterministic: a hash of the row number stands in for randomness, so every run loads the same figures.
INSERT INTO ticket (tenant, client_id, status, channel, ticket_type, service, subject, received_at,
  sla_applies, sla_rule, first_response_due_at, resolution_due_at, first_responded_at, resolved_at,
  sla_started_at, sla_paused_business_minutes, first_response_business_minutes, first_response_met,
  resolution_business_minutes, resolution_met, created_by, created_at, updated_at)
SELECT 'oobj', 'oobj-saas',
  CASE WHEN NOT sla THEN 'REJECTED' WHEN still_open THEN 'OPEN' ELSE 'CLOSED' END,
  CASE MOD(h, 5) WHEN 0 THEN 'EMAIL' WHEN 1 THEN 'PHONE' ELSE 'PORTAL' END,
  CASE MOD(h / 5, 4) WHEN 0 THEN 'SERVICE_REQUEST' WHEN 1 THEN 'QUESTION' ELSE 'INCIDENT' END,
  CASE MOD(h / 20, 5) WHEN 0 THEN 'NFE_EMISSION' WHEN 1 THEN 'NFCE_EMISSION' WHEN 2 THEN 'CTE_EMISSION'
    WHEN 3 THEN 'MDFE_EMISSION' ELSE NULL END,
  'Carga de volume ' || x, received,
  sla, CASE WHEN sla THEN 'bench' END,
  CASE WHEN sla THEN DATEADD('MINUTE', 60, received) END,
  CASE WHEN sla THEN DATEADD('MINUTE', 480 + paused, received) END,
  CASE WHEN sla AND NOT (still_open AND MOD(h, 3) = 0) THEN DATEADD('MINUTE', fr, received) END,
  CASE WHEN sla AND NOT still_open THEN DATEADD('MINUTE', fr + res + paused, received) END,
  CASE WHEN sla THEN received END,
  CASE WHEN sla THEN paused ELSE 0 END,
  CASE WHEN sla AND NOT (still_open AND MOD(h, 3) = 0) THEN fr END,
  CASE WHEN sla AND NOT (still_open AND MOD(h, 3) = 0) THEN fr <= 60 END,
  CASE WHEN sla AND NOT still_open THEN fr + res END,
  CASE WHEN sla AND NOT still_open THEN fr + res <= 480 END,
  'oobj-saas', received, received
FROM (
  SELECT x, h, received,
    MOD(h / 100, 100) < 92 AS sla,                                   -- 8 % refused or without SLA
    received > TIMESTAMP WITH TIME ZONE '2026-10-28 00:00:00+00' AND MOD(h / 7, 10) < 4 AS still_open,
    MOD(h / 1000, 150) + 5 AS fr,                                    -- 5–154 business minutes to the first response
    MOD(h / 7000, 600) AS res,                                       -- then 0–599 more to the resolution
    CASE WHEN MOD(h / 11, 4) = 0 THEN MOD(h / 13, 1500) ELSE 0 END AS paused  -- a quarter waited for the client
  FROM (
    SELECT x, ORA_HASH(x) AS h,
      DATEADD('SECOND', x * 79, TIMESTAMP WITH TIME ZONE '2026-08-01 03:00:00+00') AS received
    FROM SYSTEM_RANGE(1, 100000)
  ) seeded
) t;
ANALYZE;
