-- A training's preferred date is an instant, like an intervention's (API v1.1: a plain date in a request means 09:00
-- in the tenant's zone). Existing rows held plain dates: they become 09:00 America/Sao_Paulo (no daylight saving
-- time), that is 12:00 UTC. Portable SQL: the same migration runs on H2 and PostgreSQL (both cast a date to text as
-- yyyy-mm-dd, and the text carries its offset, so the session's time zone plays no part).
ALTER TABLE training ADD COLUMN preferred_at TIMESTAMP WITH TIME ZONE;

UPDATE training
SET preferred_at = CAST(CAST(preferred_date AS VARCHAR(10)) || ' 12:00:00+00:00' AS TIMESTAMP WITH TIME ZONE);

ALTER TABLE training ALTER COLUMN preferred_at SET NOT NULL;
ALTER TABLE training DROP COLUMN preferred_date;
ALTER TABLE training RENAME COLUMN preferred_at TO preferred_date;
