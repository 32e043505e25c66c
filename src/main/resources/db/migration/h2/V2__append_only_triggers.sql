-- H2 only: row triggers are Java classes in H2 and PL/pgSQL functions in PostgreSQL, so each database gets
-- its own V2 (db/migration/<vendor>). They refuse changes to sealed audit rows even from a plain SQL console;
-- someone who drops them can still edit rows, which is what the hash chains and verify are for.
CREATE TRIGGER IF NOT EXISTS session_event_append_only BEFORE UPDATE, DELETE ON session_event
    FOR EACH ROW CALL 'app.holdpoint.store.h2.AppendOnlyTrigger';
CREATE TRIGGER IF NOT EXISTS addendum_append_only BEFORE UPDATE, DELETE ON addendum
    FOR EACH ROW CALL 'app.holdpoint.store.h2.AppendOnlyTrigger';
CREATE TRIGGER IF NOT EXISTS protocol_version_append_only BEFORE UPDATE, DELETE ON protocol_version
    FOR EACH ROW CALL 'app.holdpoint.store.h2.AppendOnlyTrigger';
CREATE TRIGGER IF NOT EXISTS session_sealed_only BEFORE UPDATE, DELETE ON therapy_session
    FOR EACH ROW CALL 'app.holdpoint.store.h2.AppendOnlyTrigger';
CREATE TRIGGER IF NOT EXISTS therapist_never_deleted BEFORE DELETE ON therapist
    FOR EACH ROW CALL 'app.holdpoint.store.h2.AppendOnlyTrigger';
CREATE TRIGGER IF NOT EXISTS chain_head_forward_only BEFORE UPDATE, DELETE ON chain_head
    FOR EACH ROW CALL 'app.holdpoint.store.h2.AppendOnlyTrigger';
