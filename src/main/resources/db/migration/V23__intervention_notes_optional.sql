-- An intervention's notes are optional (API v1.1): a request without notes, or with blank ones, stores NULL.
ALTER TABLE intervention ALTER COLUMN notes DROP NOT NULL;
