-- GET /api/mail/inbound lists a tenant's newest inbound mail: read from this index, the read stops at the page
-- instead of visiting every message the tenant ever received (docs/architecture.md, "Newest first"). Declared in
-- the order of the query: H2 passes over an ascending index here for mail_inbound_once and sorts.
CREATE INDEX mail_inbound_by_tenant ON mail_inbound (tenant DESC, inbound_id DESC);
