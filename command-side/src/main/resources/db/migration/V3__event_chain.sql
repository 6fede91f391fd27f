-- Tamper evidence. Each partnership's events form a SHA-256 hash chain, one link per event,
-- written in the same transaction as the event. The history is append-only: the database
-- refuses UPDATE, DELETE and TRUNCATE of events, links and checkpoints (snapshots stay
-- deletable; they are a cache). Checkpoints are signed digests of every chain head.

CREATE TABLE event_chain (
    partnership_id  VARCHAR(255) NOT NULL,
    sequence_number BIGINT       NOT NULL,
    event_id        VARCHAR(255) NOT NULL,
    chain_hash      CHAR(64)     NOT NULL,
    previous_hash   CHAR(64)     NOT NULL,
    CONSTRAINT event_chain_pkey PRIMARY KEY (partnership_id, sequence_number),
    CONSTRAINT event_chain_event_id_key UNIQUE (event_id)
);

CREATE TABLE chain_checkpoint (
    id         BIGSERIAL   NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    document   JSONB       NOT NULL,
    CONSTRAINT chain_checkpoint_pkey PRIMARY KEY (id)
);

-- The instance's Ed25519 key, base64 PKCS#8, made on first use when LEDGER_SIGNING_KEY is
-- not given. Production supplies the key instead, kept apart from the database.
CREATE TABLE instance_signing_key (
    id          SMALLINT    NOT NULL,
    private_key TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    CONSTRAINT instance_signing_key_pkey PRIMARY KEY (id),
    CONSTRAINT instance_signing_key_single CHECK (id = 1)
);

CREATE FUNCTION refuse_rewriting_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% on % is refused: the ledger''s history is append-only', TG_OP, TG_TABLE_NAME;
END;
$$;

CREATE TRIGGER domainevententry_append_only BEFORE UPDATE OR DELETE ON domainevententry
    FOR EACH ROW EXECUTE FUNCTION refuse_rewriting_history();
CREATE TRIGGER domainevententry_no_truncate BEFORE TRUNCATE ON domainevententry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewriting_history();

CREATE TRIGGER event_chain_append_only BEFORE UPDATE OR DELETE ON event_chain
    FOR EACH ROW EXECUTE FUNCTION refuse_rewriting_history();
CREATE TRIGGER event_chain_no_truncate BEFORE TRUNCATE ON event_chain
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewriting_history();

CREATE TRIGGER chain_checkpoint_append_only BEFORE UPDATE OR DELETE ON chain_checkpoint
    FOR EACH ROW EXECUTE FUNCTION refuse_rewriting_history();
