-- The group (in the identity service) of a client's dedicated developers / consultants (L-3.2, L-7).
ALTER TABLE client_contract ADD COLUMN dedicated_team VARCHAR(64);
