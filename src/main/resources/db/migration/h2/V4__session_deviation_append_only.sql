-- H2 only: the derived deviation rows of sealed sessions never change either (see V2).
CREATE TRIGGER IF NOT EXISTS session_deviation_append_only BEFORE UPDATE, DELETE ON session_deviation
    FOR EACH ROW CALL 'app.holdpoint.store.h2.AppendOnlyTrigger';
