-- How far the Kafka relay has published each partnership: the highest sequence number
-- Kafka acknowledged, written in the transaction that advances the relay's token. The
-- relay sends a partnership's missing earlier events before a later one, and its check
-- sends events its stream passed without delivering (a transaction open longer than the
-- event store's gap timeout). A store that already has events starts as fully published
-- (the relay's token still delivers what it had not yet sent).

CREATE TABLE relay_position (
    partnership_id  VARCHAR(255) NOT NULL,
    sequence_number BIGINT       NOT NULL,
    relayed_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT relay_position_pkey PRIMARY KEY (partnership_id)
);

INSERT INTO relay_position (partnership_id, sequence_number)
SELECT aggregateidentifier, max(sequencenumber) FROM domainevententry GROUP BY aggregateidentifier;

-- One entry per partnership: lets the check list partnerships without reading every event.
CREATE INDEX domainevententry_first_event_idx ON domainevententry (aggregateidentifier) WHERE sequencenumber = 0;
