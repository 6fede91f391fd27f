-- Least privilege, applied after every migration (a Flyway callback, so tables added later are
-- covered too). Migrations run as the tables' owner; the application runs as the runtime
-- account named by the runtime_account placeholder (spring.flyway.placeholders.runtime_account,
-- by default the datasource's user). When the two are the same account (development, tests)
-- there is nothing to grant.
--
-- The runtime account may only read and append the history (events, chain links,
-- checkpoints); it may keep its working tables (tokens, sagas, snapshots, deadlines, relay
-- positions, idempotency keys). It owns nothing, so it can neither alter a table nor disable
-- the triggers that keep the history append-only, and it is never granted TRUNCATE.
DO $$
DECLARE
    runtime text := '${runtime_account}';
    working record;
BEGIN
    IF runtime = '' OR runtime = current_user
            OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = runtime) THEN
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', runtime);
    EXECUTE format('GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA public TO %I', runtime);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', runtime);
    FOR working IN
        SELECT tablename FROM pg_tables
        WHERE schemaname = 'public'
          AND tablename NOT IN ('domainevententry', 'event_chain', 'chain_checkpoint',
                                'chain_link_signature', 'instance_signing_key', 'flyway_schema_history')
    LOOP
        EXECUTE format('GRANT UPDATE, DELETE ON %I TO %I', working.tablename, runtime);
    END LOOP;
    EXECUTE format('REVOKE ALL ON flyway_schema_history FROM %I', runtime);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON domainevententry, event_chain,'
        || ' chain_checkpoint, chain_link_signature FROM %I', runtime);
END
$$;
