-- PostgreSQL twin of h2/V10_1: unlocks, PIN resets and recovery codes made are a history, never edited or
-- deleted, whoever is connected. SQLSTATE HP001 is what the store words as "refused by the database".
CREATE OR REPLACE FUNCTION holdpoint_therapist_event_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'Holdpoint audit record: therapist_event rows are append-only' USING ERRCODE = 'HP001';
END;
$$ LANGUAGE plpgsql;

DROP TRIGGER IF EXISTS therapist_event_append_only ON therapist_event;
CREATE TRIGGER therapist_event_append_only BEFORE UPDATE OR DELETE ON therapist_event
    FOR EACH ROW EXECUTE FUNCTION holdpoint_therapist_event_append_only();
