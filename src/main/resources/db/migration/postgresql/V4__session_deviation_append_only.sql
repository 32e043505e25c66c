-- PostgreSQL only: the derived deviation rows of sealed sessions never change either (see V2).
DROP TRIGGER IF EXISTS session_deviation_append_only ON session_deviation;
CREATE TRIGGER session_deviation_append_only BEFORE UPDATE OR DELETE ON session_deviation
    FOR EACH ROW EXECUTE FUNCTION holdpoint_append_only();
DROP TRIGGER IF EXISTS session_deviation_no_truncate ON session_deviation;
CREATE TRIGGER session_deviation_no_truncate BEFORE TRUNCATE ON session_deviation
    FOR EACH STATEMENT EXECUTE FUNCTION holdpoint_no_truncate();
