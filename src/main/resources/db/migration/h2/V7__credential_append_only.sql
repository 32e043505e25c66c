-- H2 only: credential grants and revocations are a history, never edited or deleted (see V2).
CREATE TRIGGER IF NOT EXISTS therapist_credential_append_only BEFORE UPDATE, DELETE ON therapist_credential
    FOR EACH ROW CALL 'app.holdpoint.store.h2.AppendOnlyTrigger';
