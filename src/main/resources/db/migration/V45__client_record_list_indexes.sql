-- The lists of client records (GET /api/tickets, /api/meetings, /api/trainings, /api/interventions), newest first, read
-- from an index and stopped at the page for every filter web/Paging writes: a client's records (<table>_by_client), a
-- tenant's in one status (<table>_by_status), a client's in one status (<table>_by_client_status). Through
-- <table>_by_client, a status the client has few of meant reading the client's whole history: PostgreSQL's generic
-- plan for the prepared statement does that for every status (12,499 rows read for none returned, for a client with
-- 12,500 tickets). Declared in the order of the query: H2 passes over an ascending one here and sorts.
-- docs/architecture.md, "Newest first".
CREATE INDEX ticket_by_client_status ON ticket (tenant DESC, client_id DESC, status DESC, ticket_number DESC);
CREATE INDEX meeting_by_client_status ON meeting (tenant DESC, client_id DESC, status DESC, meeting_number DESC);
CREATE INDEX meeting_by_status ON meeting (tenant DESC, status DESC, meeting_number DESC);
CREATE INDEX training_by_client_status ON training (tenant DESC, client_id DESC, status DESC, training_number DESC);
CREATE INDEX training_by_status ON training (tenant DESC, status DESC, training_number DESC);
CREATE INDEX intervention_by_client_status
    ON intervention (tenant DESC, client_id DESC, status DESC, intervention_number DESC);
CREATE INDEX intervention_by_status ON intervention (tenant DESC, status DESC, intervention_number DESC);
