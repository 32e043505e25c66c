-- The audit workspace sorts by client reference: an index in page order for it, read forwards (A to Z, newest
-- first within a client) or backwards (the exact reverse). Sorting by therapist, protocol or status reads the
-- V1 filter indexes one value at a time (see AuditQueries), and by start time the started_at index, so they
-- need nothing new.
CREATE INDEX IF NOT EXISTS session_client_started ON therapy_session (client_ref, started_at DESC, id DESC);
