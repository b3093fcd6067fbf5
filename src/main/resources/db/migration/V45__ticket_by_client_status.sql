-- A client's tickets in one status (GET /api/tickets?status=OPEN as a client), newest first, read from this index
-- and stopped at the page. Through ticket_by_client, a status the client has few of meant reading the client's
-- whole history: PostgreSQL's generic plan for the prepared statement does that for every status (12,499 rows read
-- for none returned, for a client with 12,500 tickets). Declared in the order of the query: H2 passes over an
-- ascending one here for ticket_by_client and sorts. docs/architecture.md, "Newest first".
CREATE INDEX ticket_by_client_status ON ticket (tenant DESC, client_id DESC, status DESC, ticket_number DESC);
