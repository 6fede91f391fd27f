-- Sign-in: personal API tokens (stored only as a SHA-256 hash of the token, which is shown
-- once), and failed sign-ins per username as typed (whether or not such a person exists, so
-- a lockout tells nobody which usernames are real).

create table api_token (
    token_id     uuid        primary key,
    username     text        not null references ledger_user (username) on delete cascade,
    name         text        not null,
    token_hash   text        not null unique,
    hint         text        not null,
    created_at   timestamptz not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);

create index api_token_username on api_token (username);

create table sign_in_failure (
    username        text        primary key,
    failures        integer     not null,
    last_failure_at timestamptz not null,
    locked_until    timestamptz
);
