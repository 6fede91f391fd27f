-- Commands sent with an Idempotency-Key: the answer of the first, so that a retry with the
-- same key (a lost response, a timeout) is answered with it instead of applied again.
-- Written in the transaction that stores the command's events. A key belongs to the
-- person who sent it; request_hash covers the route, the path and the body, so the same
-- key with another request is refused. A key expires at expires_at and is purged later.

CREATE TABLE idempotency_key (
    person          VARCHAR(255)  NOT NULL,
    idempotency_key VARCHAR(255)  NOT NULL,
    route           VARCHAR(64)   NOT NULL,
    request_hash    CHAR(64)      NOT NULL,
    status          INTEGER,
    body            TEXT,
    location        VARCHAR(2048),
    created_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    expires_at      TIMESTAMPTZ   NOT NULL,
    CONSTRAINT idempotency_key_pkey PRIMARY KEY (person, idempotency_key)
);

CREATE INDEX idempotency_key_expires_idx ON idempotency_key (expires_at);
