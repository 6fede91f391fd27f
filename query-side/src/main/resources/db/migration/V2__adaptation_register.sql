-- The portfolio-wide adaptation register: one row per adaptation of every partnership,
-- rewritten with the overview in the projection's transaction, so the two never disagree.
-- The overview document holds each adaptation in full; these columns are what the
-- register filters and lists on.

create table adaptation_register (
    partnership_id         text        not null references partnership_overview (partnership_id) on delete cascade,
    adaptation_id          text        not null,
    title                  text        not null,
    category               text        not null,
    formality              text        not null,
    status                 text        not null,
    urgent                 boolean     not null default false,
    proposed_by_party_id   text,
    proposed_by_party_name text,
    proposed_at            timestamptz not null,
    decided_at             timestamptz,
    implemented_on         date,
    effect                 text,
    value_change_pct       numeric,
    term_change_pct        numeric,
    primary key (partnership_id, adaptation_id)
);

create index adaptation_register_category on adaptation_register (category);
create index adaptation_register_status on adaptation_register (status);
