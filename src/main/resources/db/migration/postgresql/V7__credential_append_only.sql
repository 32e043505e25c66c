-- PostgreSQL only: credential grants and revocations are a history, never edited, deleted or emptied (see V2).
DROP TRIGGER IF EXISTS therapist_credential_append_only ON therapist_credential;
CREATE TRIGGER therapist_credential_append_only BEFORE UPDATE OR DELETE ON therapist_credential
    FOR EACH ROW EXECUTE FUNCTION holdpoint_append_only();
DROP TRIGGER IF EXISTS therapist_credential_no_truncate ON therapist_credential;
CREATE TRIGGER therapist_credential_no_truncate BEFORE TRUNCATE ON therapist_credential
    FOR EACH STATEMENT EXECUTE FUNCTION holdpoint_no_truncate();
