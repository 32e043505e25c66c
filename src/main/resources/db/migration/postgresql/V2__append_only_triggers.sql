-- PostgreSQL only: the append-only rules of db/migration/h2/V2 (a Java trigger there) as PL/pgSQL triggers.
-- They refuse changes to audit rows whoever connects, even from psql; someone who drops them can still edit
-- rows, which is what the hash chains and verify are for. Unlike H2, PostgreSQL also has TRUNCATE, which
-- skips row triggers: a statement trigger refuses it on every audit table.
-- Errors use SQLSTATE HP001, which the store turns into "refused by the database: ...".
-- Idempotent like the other scripts (CREATE OR REPLACE, DROP ... IF EXISTS), though PostgreSQL runs each
-- migration in one transaction anyway.

-- Text columns that audits sort and page by compare byte for byte (code point order), as H2 does, whatever
-- the server's locale: keyset paging and the Java-side orders must agree with the database's ORDER BY.
ALTER TABLE therapist ALTER COLUMN name TYPE VARCHAR(80) COLLATE "C";
ALTER TABLE protocol_version ALTER COLUMN protocol_id TYPE VARCHAR(100) COLLATE "C";
ALTER TABLE therapy_session ALTER COLUMN client_ref TYPE VARCHAR(64) COLLATE "C";
ALTER TABLE therapy_session ALTER COLUMN protocol_id TYPE VARCHAR(100) COLLATE "C";
ALTER TABLE therapy_session ALTER COLUMN status TYPE VARCHAR(12) COLLATE "C";
ALTER TABLE therapy_session ALTER COLUMN kiosk_id TYPE VARCHAR(64) COLLATE "C";

-- PostgreSQL caches identity values per connection: with CACHE 1000 each new connection (every start of a
-- program) would skip up to 999 session numbers. Its sequences are cheap without a cache.
ALTER TABLE therapy_session ALTER COLUMN id SET CACHE 1;
ALTER TABLE addendum ALTER COLUMN id SET CACHE 1;

CREATE OR REPLACE FUNCTION holdpoint_refuse(why TEXT) RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'Holdpoint audit record: %', why USING ERRCODE = 'HP001';
END
$$;

-- Rows of these tables never change and are never deleted.
CREATE OR REPLACE FUNCTION holdpoint_append_only() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    PERFORM holdpoint_refuse(TG_TABLE_NAME || ' rows are append-only');
    RETURN NULL;
END
$$;

-- No TRUNCATE of an audit table: it would empty it without firing the row triggers.
CREATE OR REPLACE FUNCTION holdpoint_no_truncate() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    PERFORM holdpoint_refuse(TG_TABLE_NAME || ' is never emptied');
    RETURN NULL;
END
$$;

-- A session: never deleted. While open, only its running state changes (status, and the event tail the
-- writer keeps: event_count, last_event_hash); the closing columns are written once, by the update that seals
-- it (seal_hash from NULL to a value); the header (hashed at begin) never changes; a sealed session never
-- changes at all.
CREATE OR REPLACE FUNCTION holdpoint_session_sealed_only() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM holdpoint_refuse('a session is never deleted');
    END IF;
    IF OLD.seal_hash IS NOT NULL THEN
        PERFORM holdpoint_refuse('session ' || OLD.id || ' is sealed; corrections are addenda');
    END IF;
    IF (NEW.id, NEW.therapist_id, NEW.client_ref, NEW.side, NEW.protocol_version_id, NEW.protocol_id,
        NEW.kiosk_id, NEW.started_at, NEW.pain_before, NEW.screening, NEW.override_reason, NEW.override_by,
        NEW.consent, NEW.header_hash, NEW.header_format, NEW.precautions, NEW.trigger_points, NEW.override_kind)
       IS DISTINCT FROM
       (OLD.id, OLD.therapist_id, OLD.client_ref, OLD.side, OLD.protocol_version_id, OLD.protocol_id,
        OLD.kiosk_id, OLD.started_at, OLD.pain_before, OLD.screening, OLD.override_reason, OLD.override_by,
        OLD.consent, OLD.header_hash, OLD.header_format, OLD.precautions, OLD.trigger_points, OLD.override_kind)
    THEN
        PERFORM holdpoint_refuse('session ' || OLD.id || ': what was recorded at its start never changes');
    END IF;
    IF NEW.seal_hash IS NULL AND (NEW.ended_at, NEW.pain_after, NEW.note, NEW.signed_by, NEW.signed_at,
        NEW.planned_ms, NEW.actual_ms, NEW.skipped, NEW.shortened, NEW.extended, NEW.capped, NEW.deviations,
        NEW.seal_seq, NEW.prev_seal_hash)
       IS DISTINCT FROM
       (OLD.ended_at, OLD.pain_after, OLD.note, OLD.signed_by, OLD.signed_at,
        OLD.planned_ms, OLD.actual_ms, OLD.skipped, OLD.shortened, OLD.extended, OLD.capped, OLD.deviations,
        OLD.seal_seq, OLD.prev_seal_hash)
    THEN
        PERFORM holdpoint_refuse('session ' || OLD.id || ': its closing is written once, when it is sealed');
    END IF;
    RETURN NEW;
END
$$;

-- A therapist is never deleted (their sessions name them), and keeps the name and creation the hashes cover;
-- their sign-in state (failed attempts, lock-out, disabled) does change.
CREATE OR REPLACE FUNCTION holdpoint_therapist_kept() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM holdpoint_refuse('a therapist is never deleted (their sessions name them); disable them instead');
    END IF;
    IF (NEW.id, NEW.name, NEW.created_at) IS DISTINCT FROM (OLD.id, OLD.name, OLD.created_at) THEN
        PERFORM holdpoint_refuse('a therapist''s name is never changed (sessions are signed with it)');
    END IF;
    RETURN NEW;
END
$$;

-- A chain head only moves forward.
CREATE OR REPLACE FUNCTION holdpoint_chain_head_forward() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR NEW.chain IS DISTINCT FROM OLD.chain OR NEW.seq < OLD.seq THEN
        PERFORM holdpoint_refuse('a chain head only moves forward');
    END IF;
    RETURN NEW;
END
$$;

DROP TRIGGER IF EXISTS session_event_append_only ON session_event;
CREATE TRIGGER session_event_append_only BEFORE UPDATE OR DELETE ON session_event
    FOR EACH ROW EXECUTE FUNCTION holdpoint_append_only();
DROP TRIGGER IF EXISTS addendum_append_only ON addendum;
CREATE TRIGGER addendum_append_only BEFORE UPDATE OR DELETE ON addendum
    FOR EACH ROW EXECUTE FUNCTION holdpoint_append_only();
DROP TRIGGER IF EXISTS protocol_version_append_only ON protocol_version;
CREATE TRIGGER protocol_version_append_only BEFORE UPDATE OR DELETE ON protocol_version
    FOR EACH ROW EXECUTE FUNCTION holdpoint_append_only();
DROP TRIGGER IF EXISTS session_sealed_only ON therapy_session;
CREATE TRIGGER session_sealed_only BEFORE UPDATE OR DELETE ON therapy_session
    FOR EACH ROW EXECUTE FUNCTION holdpoint_session_sealed_only();
DROP TRIGGER IF EXISTS therapist_never_deleted ON therapist;
CREATE TRIGGER therapist_never_deleted BEFORE UPDATE OR DELETE ON therapist
    FOR EACH ROW EXECUTE FUNCTION holdpoint_therapist_kept();
DROP TRIGGER IF EXISTS chain_head_forward_only ON chain_head;
CREATE TRIGGER chain_head_forward_only BEFORE UPDATE OR DELETE ON chain_head
    FOR EACH ROW EXECUTE FUNCTION holdpoint_chain_head_forward();

DROP TRIGGER IF EXISTS session_event_no_truncate ON session_event;
CREATE TRIGGER session_event_no_truncate BEFORE TRUNCATE ON session_event
    FOR EACH STATEMENT EXECUTE FUNCTION holdpoint_no_truncate();
DROP TRIGGER IF EXISTS addendum_no_truncate ON addendum;
CREATE TRIGGER addendum_no_truncate BEFORE TRUNCATE ON addendum
    FOR EACH STATEMENT EXECUTE FUNCTION holdpoint_no_truncate();
DROP TRIGGER IF EXISTS protocol_version_no_truncate ON protocol_version;
CREATE TRIGGER protocol_version_no_truncate BEFORE TRUNCATE ON protocol_version
    FOR EACH STATEMENT EXECUTE FUNCTION holdpoint_no_truncate();
DROP TRIGGER IF EXISTS session_no_truncate ON therapy_session;
CREATE TRIGGER session_no_truncate BEFORE TRUNCATE ON therapy_session
    FOR EACH STATEMENT EXECUTE FUNCTION holdpoint_no_truncate();
DROP TRIGGER IF EXISTS therapist_no_truncate ON therapist;
CREATE TRIGGER therapist_no_truncate BEFORE TRUNCATE ON therapist
    FOR EACH STATEMENT EXECUTE FUNCTION holdpoint_no_truncate();
DROP TRIGGER IF EXISTS chain_head_no_truncate ON chain_head;
CREATE TRIGGER chain_head_no_truncate BEFORE TRUNCATE ON chain_head
    FOR EACH STATEMENT EXECUTE FUNCTION holdpoint_no_truncate();
