-- The query side's own database: people and organisations, the partnership read models,
-- an append-only copy of every applied event, and records parked until they can be applied.

create table organisation (
    identifier_scheme text        not null,
    identifier_id     text        not null,
    name              text        not null,
    created_at        timestamptz not null default now(),
    primary key (identifier_scheme, identifier_id)
);

create table ledger_user (
    username            text        primary key,
    display_name        text        not null,
    role                text        not null check (role in ('COMMISSIONER', 'PROVIDER', 'AUDITOR', 'ADMIN')),
    organisation_scheme text,
    organisation_id     text,
    password_hash       text        not null,
    enabled             boolean     not null default true,
    created_at          timestamptz not null default now(),
    foreign key (organisation_scheme, organisation_id) references organisation (identifier_scheme, identifier_id),
    -- everyone but an administrator belongs to an organisation
    check (role = 'ADMIN' or (organisation_scheme is not null and organisation_id is not null))
);

-- One row per partnership: the overview document (the fold's result) plus the columns
-- the portfolio filters on. version is the last applied sequence number.
create table partnership_overview (
    partnership_id    text        primary key,
    title             text,
    status            text,
    chosen_model      text,
    recommended_model text,
    divergent         boolean     not null default false,
    divergent_since   timestamptz,
    version           bigint      not null,
    document          jsonb       not null,
    updated_at        timestamptz not null default now()
);

create index partnership_overview_status on partnership_overview (status);

-- Who is a party, so that access and the portfolio are a join, not a document scan.
create table partnership_party (
    partnership_id    text not null references partnership_overview (partnership_id) on delete cascade,
    party_id          text not null,
    identifier_scheme text not null,
    identifier_id     text not null,
    primary key (partnership_id, party_id)
);

create index partnership_party_organisation on partnership_party (identifier_scheme, identifier_id);

-- Every applied envelope, in sequence order per partnership. Never updated or deleted.
create table event_log (
    partnership_id  text        not null,
    sequence_number bigint      not null,
    global_index    bigint      not null,
    event_id        text        not null unique,
    type            text        not null,
    revision        text        not null,
    occurred_at     timestamptz not null,
    recorded_at     timestamptz not null,
    actor           jsonb,
    authority       jsonb,
    correlation_id  text,
    causation_id    text,
    payload         jsonb       not null,
    envelope        jsonb       not null,
    primary key (partnership_id, sequence_number)
);

create function event_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'event_log is append-only: % is not allowed', tg_op;
end;
$$;

create trigger event_log_append_only
    before update or delete on event_log
    for each row execute function event_log_is_append_only();

-- Records that could not be applied yet: a gap before them, or a payload that failed.
-- envelope is the Kafka value exactly as received (it may not even be valid JSON).
create table parked_record (
    id              bigserial   primary key,
    partnership_id  text        not null,
    sequence_number bigint,
    kafka_topic     text,
    kafka_partition integer,
    kafka_offset    bigint,
    envelope        text        not null,
    reason          text        not null,
    parked_at       timestamptz not null default now(),
    attempts        integer     not null default 0,
    last_attempt_at timestamptz
);

create unique index parked_record_position on parked_record (partnership_id, sequence_number);
