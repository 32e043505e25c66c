-- H2 only: unlocks, PIN resets and recovery codes made are a history, never edited or deleted (see V2).
CREATE TRIGGER IF NOT EXISTS therapist_event_append_only BEFORE UPDATE, DELETE ON therapist_event
    FOR EACH ROW CALL 'app.holdpoint.store.h2.AppendOnlyTrigger';
