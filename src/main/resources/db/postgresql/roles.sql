-- Holdpoint's roles on the clinic's central PostgreSQL record (docs/postgresql.md quotes this file; the test
-- KioskRoleTest runs it). Safe to run again. Set each role's password afterwards in psql: \password ROLE
--
-- @section server: as a superuser, once per server
DO $$
BEGIN
    -- Owns the schema: its first start runs the migrations; therapist add/disable runs as it.
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'holdpoint_owner') THEN
        CREATE ROLE holdpoint_owner LOGIN;
    END IF;
    -- What kiosks (their replicators) log in as: adds finished records and reads; never changes or removes any.
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'holdpoint_kiosk') THEN
        CREATE ROLE holdpoint_kiosk LOGIN;
    END IF;
    -- Audits, exports and verify: reads only.
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'holdpoint_auditor') THEN
        CREATE ROLE holdpoint_auditor LOGIN;
    END IF;
END
$$;
--
-- @section database: in the holdpoint database, as holdpoint_owner, after Holdpoint's first start as it
-- Nobody else may create tables or functions in the schema (PostgreSQL 14 and older allow it by default).
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO holdpoint_kiosk, holdpoint_auditor;
-- Kiosks: INSERT and SELECT only. No UPDATE, DELETE or TRUNCATE on any table, so even a kiosk's stolen
-- password cannot rewrite the central record; the append-only triggers stand behind that for the owner.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM holdpoint_kiosk, holdpoint_auditor;
GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA public TO holdpoint_kiosk;
-- Identity columns draw from sequences: inserting needs USAGE on them (nothing else).
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO holdpoint_kiosk;
-- The migration history is Flyway's: kiosks and auditors only read it (to see the schema is up to date).
REVOKE INSERT ON flyway_schema_history FROM holdpoint_kiosk;
-- Auditors: SELECT only.
GRANT SELECT ON ALL TABLES IN SCHEMA public TO holdpoint_auditor;
-- Tables later versions add get the same grants when the owner's migrations create them.
ALTER DEFAULT PRIVILEGES FOR ROLE holdpoint_owner IN SCHEMA public GRANT SELECT, INSERT ON TABLES TO holdpoint_kiosk;
ALTER DEFAULT PRIVILEGES FOR ROLE holdpoint_owner IN SCHEMA public GRANT USAGE ON SEQUENCES TO holdpoint_kiosk;
ALTER DEFAULT PRIVILEGES FOR ROLE holdpoint_owner IN SCHEMA public GRANT SELECT ON TABLES TO holdpoint_auditor;
