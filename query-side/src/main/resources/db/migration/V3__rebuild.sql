-- Rebuilds of the read models from event_log: one row per run, with its progress, so that
-- an administrator sees it on /admin/rebuild and only one runs at a time (across instances:
-- the partial unique index admits a single RUNNING row). updated_at is the run's heartbeat;
-- a RUNNING row whose heartbeat stopped belongs to an instance that stopped mid-run.

create table projection_rebuild (
    id                 bigserial   primary key,
    started_by         text        not null,
    started_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    finished_at        timestamptz,
    state              text        not null check (state in ('RUNNING', 'FINISHED', 'FAILED')),
    partnerships_total integer     not null,
    partnerships_done  integer     not null default 0,
    events_total       bigint      not null,
    events_done        bigint      not null default 0,
    failures           text        not null default ''
);

create unique index projection_rebuild_one_running on projection_rebuild ((true)) where state = 'RUNNING';
