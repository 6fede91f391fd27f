-- When each scheduled review counts as missed, kept by the review-deadlines processor from
-- the event store (its token lives in tokenentry, so it catches up after any downtime).
-- due_at is the start of the day after dueDate + graceDays, UTC. The sweep reads the OPEN
-- rows whose due_at has passed.

CREATE TABLE review_deadline (
    partnership_id VARCHAR(255) NOT NULL,
    review_id      VARCHAR(255) NOT NULL,
    due_date       DATE         NOT NULL,
    grace_days     INTEGER      NOT NULL,
    due_at         TIMESTAMPTZ  NOT NULL,
    state          VARCHAR(16)  NOT NULL,
    CONSTRAINT review_deadline_pkey PRIMARY KEY (partnership_id, review_id),
    CONSTRAINT review_deadline_state_check CHECK (state IN ('OPEN', 'CLOSED'))
);

CREATE INDEX review_deadline_open_due_idx ON review_deadline (due_at) WHERE state = 'OPEN';
