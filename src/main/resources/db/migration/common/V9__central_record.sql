-- Issue 12: one central record for many kiosks. Portable SQL (H2 2.x and PostgreSQL), idempotent like V1: unique
-- rules are unique indexes (CREATE UNIQUE INDEX IF NOT EXISTS works on both, ADD CONSTRAINT IF NOT EXISTS does not).
--
-- A kiosk's own rows have origin '' (this database's own chains). On the central record every replicated row
-- carries its kiosk's name (origin) and, for sessions, the kiosk's own session number (origin_id): the event,
-- seal and addendum hashes cover that number, so a replicated session verifies exactly as it does on its kiosk.
-- origin is NOT NULL so the unique indexes below also hold for a kiosk's own rows (NULLs never collide).
ALTER TABLE therapy_session ADD COLUMN IF NOT EXISTS origin VARCHAR(64) DEFAULT '' NOT NULL;
ALTER TABLE therapy_session ADD COLUMN IF NOT EXISTS origin_id BIGINT;
ALTER TABLE addendum ADD COLUMN IF NOT EXISTS origin VARCHAR(64) DEFAULT '' NOT NULL;

-- Each kiosk's seal chain and addendum chain are numbered on their own: seal #1 of two kiosks coexist centrally.
ALTER TABLE therapy_session DROP CONSTRAINT IF EXISTS session_seal_seq_unique;
CREATE UNIQUE INDEX IF NOT EXISTS session_origin_seal ON therapy_session (origin, seal_seq);
ALTER TABLE addendum DROP CONSTRAINT IF EXISTS addendum_chain_unique;
CREATE UNIQUE INDEX IF NOT EXISTS addendum_origin_chain ON addendum (origin, chain_seq);

-- The replication key: a kiosk's session arrives once, whatever crashes or retries happen on the way.
CREATE UNIQUE INDEX IF NOT EXISTS session_origin_id ON therapy_session (origin, origin_id);

-- On a kiosk configured with a central record: its name there (fixed at the first start in central mode) and how
-- far its chains have been copied, as last noted. The central record is the truth (the replicator reads its
-- position there on every connection); this note lets the kiosk say "3 sessions waiting" while it is offline.
-- A row here also means the therapist directory is managed centrally (the kiosk adds no therapists itself).
CREATE TABLE IF NOT EXISTS replication_position (
    central          VARCHAR(16) PRIMARY KEY,
    origin           VARCHAR(64) NOT NULL,
    sessions_through BIGINT      NOT NULL,
    addenda_through  BIGINT      NOT NULL,
    noted_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Where each replicated kiosk's signed era begins (its own signing_start, V8, copied by its replicator), so
-- verify on the central record treats that kiosk's older unsigned seals and addenda as legacy, as the kiosk does.
CREATE TABLE IF NOT EXISTS replica_signing_start (
    origin    VARCHAR(64) NOT NULL,
    chain     VARCHAR(16) NOT NULL,
    first_seq BIGINT      NOT NULL,
    PRIMARY KEY (origin, chain)
);
