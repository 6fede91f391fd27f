-- Only the ledger can extend a chain. The chain hash is plain SHA-256, which anyone can
-- compute; each link is therefore also signed with the instance's Ed25519 key, which is
-- kept outside the database (LEDGER_SIGNING_KEY). A link's signature covers
-- {scheme, partnershipId, sequenceNumber, eventId, chainHash, previousHash}; scheme names
-- how (ed25519-link-v1). Links made before this migration are signed once, by the first
-- start after it. Append-only, as the links are.

CREATE TABLE chain_link_signature (
    event_id  VARCHAR(255) NOT NULL,
    scheme    VARCHAR(32)  NOT NULL,
    signature TEXT         NOT NULL,
    signed_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT chain_link_signature_pkey PRIMARY KEY (event_id),
    CONSTRAINT chain_link_signature_link FOREIGN KEY (event_id) REFERENCES event_chain (event_id)
);

CREATE TRIGGER chain_link_signature_append_only BEFORE UPDATE OR DELETE ON chain_link_signature
    FOR EACH ROW EXECUTE FUNCTION refuse_rewriting_history();
CREATE TRIGGER chain_link_signature_no_truncate BEFORE TRUNCATE ON chain_link_signature
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewriting_history();

-- The private key is never kept in the database any more.
DROP TABLE instance_signing_key;
