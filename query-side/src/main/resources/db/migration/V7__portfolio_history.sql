-- The portfolio as it stood: each partnership's stored overview every time what the
-- portfolio shows of it changed (title, status, models, divergence, reviews due,
-- reassessment), so that the portfolio as of a date is read, not replayed. Disposable,
-- like every read model: a rebuild writes it again.

create table portfolio_history (
    partnership_id     text        not null,
    sequence_number    bigint      not null,
    recorded_at        timestamptz not null,
    latest_occurred_at timestamptz not null,
    document           jsonb       not null,
    primary key (partnership_id, sequence_number)
);

create index portfolio_history_recorded on portfolio_history (partnership_id, recorded_at);

update read_model_upgrade set requested = true, updated_at = now(),
    reason = 'The portfolio keeps its history, to be seen as of a date without replaying every partnership'
where id = 1;
