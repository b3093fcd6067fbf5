-- The engine history of the oobj tickets bench/report-volume.sql generates (docs/benchmarks.md, "Flat with volume"),
-- as the history level `trail` records a real one: finished processes only, so no runtime rows. H2 syntax; run
-- after report-volume.sql against the app's file with the app stopped, JVM in UTC (the engine's timestamps are UTC).
-- One run covers the next 10,000 tickets without history: run it until it adds none (ticket-volume.sh does), then
-- ANALYZE. H2 handles ten runs of ~650,000 rows in minutes, one statement of millions of rows in over half an hour.
--   CLOSED   -> resolved and closed at the end of the reopen window (P7D): 1 process instance, 11 steps, 2 tasks,
--               5 decisions in the decision trail, 3 job log entries (two boundary timers deleted, the reopen timer
--               run) = 22 rows, the shape one real ticket leaves.
--   REJECTED -> refused at triage: 1 process instance, 4 steps, 3 decisions = 8 rows.
--   OPEN     -> none: a running process needs runtime rows (executions, task, timers, subscriptions).
-- Business key = ticket id (OOB-000123). Ids start with the zero-padded ticket number ('vol-0000123-…'): unique, and
-- inserted in key order, so H2 appends to its indexes instead of rewriting pages all over a growing file.
SET @pd = (SELECT ID_ FROM ACT_RE_PROCDEF WHERE KEY_ = 'ticket-intake' AND (TENANT_ID_ = 'oobj' OR TENANT_ID_ IS NULL)
            ORDER BY TENANT_ID_ NULLS LAST, VERSION_ DESC LIMIT 1);
SET @deployment = (SELECT DEPLOYMENT_ID_ FROM ACT_RE_PROCDEF WHERE ID_ = @pd);

CREATE TABLE vol_ticket AS
SELECT 'vol-' || LPAD(CAST(ticket_number AS VARCHAR), 7, '0') AS pi,
       'OOB-' || CASE WHEN ticket_number < 1000000 THEN LPAD(CAST(ticket_number AS VARCHAR), 6, '0')
                      ELSE CAST(ticket_number AS VARCHAR) END AS ticket_key,
       status = 'CLOSED' AS resolved, ticket_type, channel, service, symptom, topic, sla_rule,
       COALESCE(emergency, FALSE) AS emergency, COALESCE(out_of_hours, FALSE) AS out_of_hours, billable,
       CAST(received_at AT TIME ZONE 'UTC' AS TIMESTAMP) AS received_time,
       CAST(COALESCE(first_responded_at, received_at) AT TIME ZONE 'UTC' AS TIMESTAMP) AS responded_time,
       CAST(COALESCE(resolved_at, received_at) AT TIME ZONE 'UTC' AS TIMESTAMP) AS resolved_time,
       CAST(COALESCE(DATEADD(DAY, 7, resolved_at), received_at) AT TIME ZONE 'UTC' AS TIMESTAMP) AS ended_time,
       CAST(first_response_due_at AT TIME ZONE 'UTC' AS TIMESTAMP) AS first_response_due,
       CAST(resolution_due_at AT TIME ZONE 'UTC' AS TIMESTAMP) AS resolution_due
  FROM ticket t
 WHERE tenant = 'oobj' AND subject LIKE 'Carga de volume %' AND status IN ('CLOSED', 'REJECTED')
   AND NOT EXISTS (SELECT 1 FROM ACT_HI_PROCINST p WHERE p.BUSINESS_KEY_ = 'OOB-' || CASE WHEN t.ticket_number < 1000000
         THEN LPAD(CAST(t.ticket_number AS VARCHAR), 6, '0') ELSE CAST(t.ticket_number AS VARCHAR) END)
 ORDER BY ticket_number
 LIMIT 10000;

INSERT INTO ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_, END_TIME_,
                             REMOVAL_TIME_, DURATION_, START_ACT_ID_, END_ACT_ID_, ROOT_PROC_INST_ID_, TENANT_ID_, STATE_)
SELECT pi, pi, ticket_key, 'ticket-intake', @pd, received_time, ended_time, DATEADD(DAY, 180, ended_time),
       DATEDIFF(MILLISECOND, received_time, ended_time), 'Event_TicketReceived',
       CASE WHEN resolved THEN 'Event_TicketClosed' ELSE 'Event_ContactRejected' END, pi, 'oobj', 'COMPLETED'
  FROM vol_ticket;

-- Steps. path: A both, C resolved only, R rejected only. Times: r received, f first response, s resolved, e ended.
-- Executions: p the process instance, 1/2/3 the scopes of the first-response task, resolve task, reopen gateway.
INSERT INTO ACT_HI_ACTINST (ID_, PARENT_ACT_INST_ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_,
                            EXECUTION_ID_, ACT_ID_, TASK_ID_, ACT_NAME_, ACT_TYPE_, START_TIME_, END_TIME_, DURATION_,
                            ACT_INST_STATE_, SEQUENCE_COUNTER_, TENANT_ID_, REMOVAL_TIME_)
SELECT pi || '-' || a.act, pi, 'ticket-intake', @pd, pi, pi,
       CASE a.ex WHEN 'p' THEN pi ELSE pi || '-ex' || a.ex END, a.act,
       CASE WHEN a.task IS NOT NULL THEN pi || '-' || a.task END, a.name, a.type, a.started, a.ended,
       DATEDIFF(MILLISECOND, a.started, a.ended), a.state, a.seq, 'oobj', DATEADD(DAY, 180, ended_time)
  FROM (SELECT v.*, s.*,
               CASE s.from_at WHEN 'r' THEN received_time WHEN 'f' THEN responded_time WHEN 's' THEN resolved_time
                    ELSE ended_time END AS started,
               CASE s.to_at WHEN 'r' THEN received_time WHEN 'f' THEN responded_time WHEN 's' THEN resolved_time
                    ELSE ended_time END AS ended
          FROM vol_ticket v
          JOIN (VALUES ('A', 'Event_TicketReceived', 'Chamado recebido', 'startEvent', 'p', NULL, 'r', 'r', 4, 1),
                       ('A', 'Task_CheckBusinessHours', 'Verificar horário de atendimento', 'serviceTask', 'p', NULL, 'r', 'r', 4, 3),
                       ('A', 'Task_RecordTriage', 'Registrar triagem', 'serviceTask', 'p', NULL, 'r', 'r', 4, 11),
                       ('R', 'Event_ContactRejected', 'Contato recusado', 'noneEndEvent', 'p', NULL, 'r', 'r', 1, 13),
                       ('C', 'Task_RecordSlaTargets', 'Registrar metas de SLA', 'serviceTask', 'p', NULL, 'r', 'r', 4, 21),
                       ('C', 'Task_StartSlaClock', 'Iniciar relógio do SLA', 'serviceTask', 'p', NULL, 'r', 'r', 4, 23),
                       ('C', 'Task_FirstResponse', 'Primeira resposta', 'userTask', '1', 'task1', 'r', 'f', 4, 27),
                       ('C', 'Task_Resolve', 'Resolver chamado', 'userTask', '2', 'task2', 'f', 's', 4, 39),
                       ('C', 'Task_MarkResolved', 'Registrar solução', 'serviceTask', 'p', NULL, 's', 's', 4, 45),
                       ('C', 'Gateway_ReopenOrClose', 'Cliente escreve ou prazo termina?', 'eventBasedGateway', '3', NULL, 's', 'e', 2, 47),
                       ('C', 'Event_ReopenWindowEnds', 'Prazo de reabertura terminou', 'intermediateTimer', 'p', NULL, 'e', 'e', 4, 49),
                       ('C', 'Event_TicketClosed', 'Chamado encerrado', 'noneEndEvent', 'p', NULL, 'e', 'e', 1, 51))
               AS s(path, act, name, type, ex, task, from_at, to_at, state, seq)
            ON s.path = 'A' OR s.path = CASE WHEN v.resolved THEN 'C' ELSE 'R' END) a;

INSERT INTO ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_,
                             EXECUTION_ID_, ACT_INST_ID_, NAME_, DESCRIPTION_, START_TIME_, END_TIME_, DURATION_,
                             DELETE_REASON_, PRIORITY_, DUE_DATE_, TENANT_ID_, REMOVAL_TIME_, TASK_STATE_)
SELECT pi || '-task' || k, act, 'ticket-intake', @pd, pi, pi, pi || '-ex' || k, pi || '-' || act,
       name, description, CASE k WHEN 1 THEN received_time ELSE responded_time END,
       CASE k WHEN 1 THEN responded_time ELSE resolved_time END,
       CASE k WHEN 1 THEN DATEDIFF(MILLISECOND, received_time, responded_time)
              ELSE DATEDIFF(MILLISECOND, responded_time, resolved_time) END,
       'completed', 50, CASE k WHEN 1 THEN first_response_due ELSE resolution_due END, 'oobj',
       DATEADD(DAY, 180, ended_time), 'Completed'
  FROM vol_ticket
  JOIN (VALUES (1, 'Task_FirstResponse', 'Primeira resposta',
                'Oferecida à equipe do chamado; quem assumir primeiro fica com ele.'),
               (2, 'Task_Resolve', 'Resolver chamado', 'Trabalhe o chamado até a solução.')) AS t(k, act, name, description)
    ON resolved;

CREATE TABLE vol_decision AS
SELECT d.k, d.decision_key, d.act, d.at_resolution,
       (SELECT ID_ FROM ACT_RE_DECISION_DEF WHERE KEY_ = d.decision_key AND TENANT_ID_ = 'oobj'
         ORDER BY VERSION_ DESC LIMIT 1) AS def_id,
       (SELECT NAME_ FROM ACT_RE_DECISION_DEF WHERE KEY_ = d.decision_key AND TENANT_ID_ = 'oobj'
         ORDER BY VERSION_ DESC LIMIT 1) AS def_name
  FROM (VALUES (1, 'emergency', 'Task_DecideEmergency', FALSE), (2, 'channel-policy', 'Task_DecideChannelPolicy', FALSE),
               (3, 'scope-triage', 'Task_DecideScope', FALSE), (4, 'sla-targets', 'Task_DecideSlaTargets', FALSE),
               (5, 'ticket-lifecycle', 'Task_DecideReopenWindow', TRUE)) AS d(k, decision_key, act, at_resolution);

-- The decision trail (decision_record, policy/DecisionTrail): one row per evaluation, with its inputs by label
-- and its outputs by name as JSON and the rule that matched; built per input and per output, then aggregated.
-- Inputs as the intake passes them: the ticket's facts where the generated row has them, the oobj-saas contract's
-- (no tier, no dedicated developer, no consulting, SaaS, product purchased) for the rest.
CREATE TABLE vol_decision_input AS
SELECT pi, k, '{' || LISTAGG('"' || clause || '":' || CASE WHEN text_value IS NOT NULL THEN '"' || text_value || '"'
                  WHEN long_value IS NOT NULL THEN CASE WHEN long_value = 1 THEN 'true' ELSE 'false' END
                  ELSE 'null' END, ',') WITHIN GROUP (ORDER BY i) || '}' AS inputs
  FROM (SELECT v.pi, v.ended_time, c.k, c.i, c.clause,
               CASE WHEN c.k = 5 THEN v.resolved_time ELSE v.received_time END AS created,
               CASE c.clause WHEN 'symptom' THEN v.symptom WHEN 'type' THEN v.ticket_type
                    WHEN 'channel' THEN v.channel WHEN 'topic' THEN v.topic WHEN 'service' THEN v.service
                    WHEN 'dedicatedDeveloper' THEN 'NONE' WHEN 'deployment' THEN 'SAAS' END AS text_value,
               CASE c.clause WHEN 'emergency' THEN CASE WHEN v.emergency THEN 1 ELSE 0 END
                    WHEN 'outOfHours' THEN CASE WHEN v.out_of_hours THEN 1 ELSE 0 END
                    WHEN 'billable' THEN CASE WHEN v.billable THEN 1 ELSE 0 END
                    WHEN 'consulting' THEN 0 WHEN 'productPurchased' THEN 1 END AS long_value
          FROM vol_ticket v
          JOIN (VALUES (1, 1, 'symptom'), (1, 2, 'type'), (1, 3, 'auctionInProgress'),
                       (2, 1, 'channel'), (2, 2, 'type'), (2, 3, 'emergency'), (2, 4, 'outOfHours'), (2, 5, 'tier'),
                       (2, 6, 'dedicatedDeveloper'), (2, 7, 'consulting'),
                       (3, 1, 'type'), (3, 2, 'topic'), (3, 3, 'productPurchased'), (3, 4, 'deployment'),
                       (3, 5, 'database'),
                       (4, 1, 'type'), (4, 2, 'service'), (4, 3, 'emergency'), (4, 4, 'outOfHours'),
                       (4, 5, 'auctionInProgress'), (4, 6, 'channel'), (4, 7, 'billable'),
                       (5, 1, 'type'), (5, 2, 'emergency')) AS c(k, i, clause)
            ON c.k <= CASE WHEN v.resolved THEN 5 ELSE 3 END) inputs
 GROUP BY pi, k;
CREATE INDEX vol_decision_input_key ON vol_decision_input (pi, k);

-- Outputs of the rules such a ticket matches; a refused one matches O-8-other in channel-policy. path as above.
CREATE TABLE vol_decision_output AS
SELECT pi, o.k, MIN(o.rule_id) AS rule_id,
       '{' || LISTAGG('"' || o.clause || '":' ||
           CASE WHEN o.clause = 'slaRule' AND sla_rule IS NOT NULL THEN '"' || sla_rule || '"' WHEN o.text_value IS NOT NULL THEN '"' || o.text_value || '"'
                WHEN o.long_value IS NOT NULL THEN CASE WHEN o.long_value = 1 THEN 'true' ELSE 'false' END
                ELSE 'null' END, ',') WITHIN GROUP (ORDER BY o.i) || '}' AS outputs
  FROM vol_ticket
  JOIN (VALUES ('A', 1, 1, 'Rule_O_2_default', 'emergency', NULL, 0),
               ('A', 1, 2, 'Rule_O_2_default', 'emergencyReason', 'no emergency symptom', NULL),
               ('C', 2, 1, 'Rule_O_2_accepted', 'channelOutcome', 'ACCEPT', NULL),
               ('C', 2, 2, 'Rule_O_2_accepted', 'routeTo', 'ANALYSTS', NULL),
               ('C', 2, 3, 'Rule_O_2_accepted', 'outOfHoursHandling', 'BILLING', NULL),
               ('C', 2, 4, 'Rule_O_2_accepted', 'reply',
                'Recebemos seu chamado. Um analista responderá dentro do prazo do catálogo de serviços.', NULL),
               ('C', 2, 5, 'Rule_O_2_accepted', 'channelRule', 'O-2-accepted', NULL),
               ('R', 2, 1, 'Rule_O_8_other', 'channelOutcome', 'REJECT', NULL),
               ('R', 2, 2, 'Rule_O_8_other', 'routeTo', NULL, NULL),
               ('R', 2, 3, 'Rule_O_8_other', 'outOfHoursHandling', NULL, NULL),
               ('R', 2, 4, 'Rule_O_8_other', 'reply',
                'Abra seu chamado pelo portal de suporte, por e-mail ou por telefone em horário comercial (seg–sex, 07h–19h).', NULL),
               ('R', 2, 5, 'Rule_O_8_other', 'channelRule', 'O-8-other', NULL),
               ('A', 3, 1, 'Rule_O_1_in_scope', 'scopeOutcome', 'IN_SCOPE', NULL),
               ('A', 3, 2, 'Rule_O_1_in_scope', 'workItem', 'NONE', NULL),
               ('A', 3, 3, 'Rule_O_1_in_scope', 'scopeReply', NULL, NULL),
               ('A', 3, 4, 'Rule_O_1_in_scope', 'scopeRule', 'O-1-in-scope', NULL),
               ('C', 4, 1, 'Rule_O_3_NFE_EMISSION', 'slaApplies', NULL, 1),
               ('C', 4, 2, 'Rule_O_3_NFE_EMISSION', 'firstResponse', 'PT1H', NULL),
               ('C', 4, 3, 'Rule_O_3_NFE_EMISSION', 'firstResponseClock', 'BUSINESS_HOURS', NULL),
               ('C', 4, 4, 'Rule_O_3_NFE_EMISSION', 'resolution', 'PT8H', NULL),
               ('C', 4, 5, 'Rule_O_3_NFE_EMISSION', 'resolutionClock', 'BUSINESS_HOURS', NULL),
               ('C', 4, 6, 'Rule_O_3_NFE_EMISSION', 'slaRule', NULL, NULL),
               ('C', 5, 1, 'Rule_O_lifecycle_default', 'reminderAfter', 'P2D', NULL),
               ('C', 5, 2, 'Rule_O_lifecycle_default', 'reminderAfterClock', 'BUSINESS_HOURS', NULL),
               ('C', 5, 3, 'Rule_O_lifecycle_default', 'closeAfter', 'P5D', NULL),
               ('C', 5, 4, 'Rule_O_lifecycle_default', 'closeAfterClock', 'BUSINESS_HOURS', NULL),
               ('C', 5, 5, 'Rule_O_lifecycle_default', 'reopenWindow', 'P7D', NULL),
               ('C', 5, 6, 'Rule_O_lifecycle_default', 'reopenWindowClock', '24X7', NULL),
               ('C', 5, 7, 'Rule_O_lifecycle_default', 'lifecycleRule', 'O-lifecycle-default', NULL))
       AS o(path, k, i, rule_id, clause, text_value, long_value)
    ON o.path = 'A' OR o.path = CASE WHEN resolved THEN 'C' ELSE 'R' END
 GROUP BY pi, o.k;
CREATE INDEX vol_decision_output_key ON vol_decision_output (pi, k);

INSERT INTO decision_record (decision_key, decision_name, decision_version, decision_definition_id, tenant,
                             business_key, process_instance_id, activity_id, evaluated_at, matched_rules, inputs,
                             outputs)
SELECT d.decision_key, d.def_name, (SELECT VERSION_ FROM ACT_RE_DECISION_DEF WHERE ID_ = d.def_id), d.def_id, 'oobj',
       v.ticket_key, v.pi, d.act,
       CAST(CASE WHEN d.at_resolution THEN v.resolved_time ELSE v.received_time END AS TIMESTAMP) AT TIME ZONE 'UTC',
       '[{"ruleId":"' || o.rule_id || '","ruleOrder":1}]', i.inputs, o.outputs
  FROM vol_ticket v
  JOIN vol_decision d ON d.k <= CASE WHEN v.resolved THEN 5 ELSE 3 END
  JOIN vol_decision_input i ON i.pi = v.pi AND i.k = d.k
  JOIN vol_decision_output o ON o.pi = v.pi AND o.k = d.k
 ORDER BY v.pi, d.k;

-- The job log of a resolved ticket: its two SLA boundary timers deleted with their tasks (state 3), the reopen
-- window's timer run (state 2).
INSERT INTO ACT_HI_JOB_LOG (ID_, TIMESTAMP_, JOB_ID_, JOB_DUEDATE_, JOB_RETRIES_, JOB_PRIORITY_, JOB_STATE_, JOB_DEF_ID_,
                            JOB_DEF_TYPE_, JOB_DEF_CONFIGURATION_, ACT_ID_, EXECUTION_ID_, ROOT_PROC_INST_ID_,
                            PROCESS_INSTANCE_ID_, PROCESS_DEF_ID_, PROCESS_DEF_KEY_, DEPLOYMENT_ID_, SEQUENCE_COUNTER_,
                            TENANT_ID_, HOSTNAME_, REMOVAL_TIME_)
SELECT pi || '-joblog' || j.k, CASE j.k WHEN 1 THEN responded_time WHEN 2 THEN resolved_time ELSE ended_time END,
       pi || '-job' || j.k,
       CASE j.k WHEN 1 THEN first_response_due WHEN 2 THEN resolution_due ELSE ended_time END, 3, 0, j.state,
       (SELECT ID_ FROM ACT_RU_JOBDEF WHERE PROC_DEF_ID_ = @pd AND ACT_ID_ = j.act LIMIT 1), j.type, j.configuration,
       j.act, pi || '-ex' || j.k, pi, pi, @pd, 'ticket-intake', @deployment, j.seq, 'oobj',
       '127.0.0.1$default', DATEADD(DAY, 180, ended_time)
  FROM vol_ticket
  JOIN (VALUES (1, 'Timer_FirstResponseDue', 'timer-transition', 'DATE: ${firstResponseDueAt}', 3, 2),
               (2, 'Timer_ResolutionDue', 'timer-transition', 'DATE: ${resolutionDueAt}', 3, 2),
               (3, 'Event_ReopenWindowEnds', 'timer-intermediate-transition',
                'DATE: ${ticketLifecycle.reopenUntil(execution)}', 2, 4)) AS j(k, act, type, configuration, state, seq)
    ON resolved;

DROP TABLE vol_ticket;
DROP TABLE vol_decision;
DROP TABLE vol_decision_input;
DROP TABLE vol_decision_output;
