-- The items that grow with a partnership's life (assessments, adaptations, iterations,
-- reviews, variations, extensions, outcome reports, payments, disputes, notices and audit
-- findings) leave the overview document: one row each, written when an event changes it,
-- so that an event costs the same however long the partnership's history is. position is
-- the item's place among its kind, from 0; active says an overview shows it however old
-- it is (an open adaptation, a scheduled review …).

create table overview_item (
    partnership_id text    not null references partnership_overview (partnership_id) on delete cascade,
    kind           text    not null,
    item_id        text    not null,
    position       integer not null,
    active         boolean not null,
    document       jsonb   not null,
    primary key (partnership_id, kind, item_id)
);

create index overview_item_position on overview_item (partnership_id, kind, position);
create index overview_item_active on overview_item (partnership_id, kind, position) where active;

-- The fold's whole state every so many events, so that a view as of a date replays from
-- the nearest one instead of from the first event. Disposable, like every read model; a
-- rebuild writes them as it folds, before the overview they belong to.
create table overview_snapshot (
    partnership_id     text        not null,
    sequence_number    bigint      not null,
    last_recorded_at   timestamptz not null,
    latest_occurred_at timestamptz not null,
    state              jsonb       not null,
    primary key (partnership_id, sequence_number)
);

-- Overviews stored before hold every item inline: the read models are rebuilt from the
-- event log before the listeners start (ReadModelUpgrade), so drop them now.
delete from partnership_overview;

create table read_model_upgrade (
    id          integer     primary key check (id = 1),
    requested   boolean     not null,
    reason      text        not null,
    updated_at  timestamptz not null default now()
);

insert into read_model_upgrade (id, requested, reason)
values (1, true, 'The overview document no longer holds the items that grow with a partnership''s life');
