-- H2 only: registered kiosk keys and the start of the signed era are never changed or deleted (see V2).
CREATE TRIGGER IF NOT EXISTS kiosk_key_append_only BEFORE UPDATE, DELETE ON kiosk_key
    FOR EACH ROW CALL 'app.holdpoint.store.h2.AppendOnlyTrigger';
CREATE TRIGGER IF NOT EXISTS signing_start_append_only BEFORE UPDATE, DELETE ON signing_start
    FOR EACH ROW CALL 'app.holdpoint.store.h2.AppendOnlyTrigger';
