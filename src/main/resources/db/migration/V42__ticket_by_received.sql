-- The SLA report reads one tenant's tickets received in a range: this index finds them without a scan.
CREATE INDEX ticket_by_received ON ticket (tenant, received_at);
