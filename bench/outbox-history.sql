-- The e-mail a desk has sent before (docs/benchmarks.md, "The mail of the past"): @mails rows
-- of mail_outbox in status SENT, each the size of a real ticket-received message (subject 55, text 342, HTML 753
-- characters), spread over the year before 2026-12-02. H2 syntax; run against the app's file with the app stopped:
--   java -cp h2-2.3.232.jar org.h2.tools.RunScript -url jdbc:h2:file:./data/supportflow -user sa -script bench/outbox-history.sql
SET @mails = 100000;
INSERT INTO mail_outbox (tenant, kind, reference, recipient, subject, text_body, html_body, status, attempts,
                         next_attempt_at, created_at, sent_at)
SELECT CASE WHEN MOD(X, 2) = 0 THEN 'oobj' ELSE 'leiloes' END,
       'ticket-received',
       'HIS-' || LPAD(CAST(X AS VARCHAR), 6, '0'),
       'cliente-' || MOD(X, 500) || '@demo.supportflow.dev',
       '[HIS-' || LPAD(CAST(X AS VARCHAR), 6, '0') || '] Recebemos seu chamado: Servidor fora do ar',
       REPEAT('Recebemos seu chamado e ele está na fila da equipe. ', 6) || X,
       '<!DOCTYPE html><html><body>' || REPEAT('<p>Recebemos seu chamado e ele está na fila da equipe.</p> ', 12)
         || X || '</body></html>',
       'SENT', 1, t, t, t
  FROM (SELECT X, DATEADD(SECOND, -CAST((@mails - X) * 315 AS INT), TIMESTAMP WITH TIME ZONE '2026-12-01 12:00:00+00') AS t
          FROM SYSTEM_RANGE(1, @mails));
ANALYZE;
