-- PostgreSQL only (the H2 version calls a Java trigger): registered kiosk keys and the start of the signed era
-- are never changed or deleted. Written by the integrity branch; run by the PostgreSQL test suite after merge.
-- A function of its own so this script does not depend on how V2's PostgreSQL version names its functions.
CREATE OR REPLACE FUNCTION holdpoint_refuse_change_v8() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'HP001',
        MESSAGE = 'Holdpoint audit record: ' || TG_TABLE_NAME || ' rows are append-only';
END;
$$;

DROP TRIGGER IF EXISTS kiosk_key_append_only ON kiosk_key;
CREATE TRIGGER kiosk_key_append_only BEFORE UPDATE OR DELETE ON kiosk_key
    FOR EACH ROW EXECUTE FUNCTION holdpoint_refuse_change_v8();
DROP TRIGGER IF EXISTS signing_start_append_only ON signing_start;
CREATE TRIGGER signing_start_append_only BEFORE UPDATE OR DELETE ON signing_start
    FOR EACH ROW EXECUTE FUNCTION holdpoint_refuse_change_v8();
-- TRUNCATE bypasses row triggers: refuse it per statement.
DROP TRIGGER IF EXISTS kiosk_key_no_truncate ON kiosk_key;
CREATE TRIGGER kiosk_key_no_truncate BEFORE TRUNCATE ON kiosk_key
    FOR EACH STATEMENT EXECUTE FUNCTION holdpoint_refuse_change_v8();
DROP TRIGGER IF EXISTS signing_start_no_truncate ON signing_start;
CREATE TRIGGER signing_start_no_truncate BEFORE TRUNCATE ON signing_start
    FOR EACH STATEMENT EXECUTE FUNCTION holdpoint_refuse_change_v8();
