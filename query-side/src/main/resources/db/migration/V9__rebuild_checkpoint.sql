-- The signed checkpoint the command side took when a rebuild finished (its date and digest),
-- or why none could be taken: a rebuild is vouched for by a checkpoint of the history it was
-- rebuilt from, and an administrator sees which.

alter table projection_rebuild
    add column checkpoint_created_at timestamptz,
    add column checkpoint_digest     text,
    add column checkpoint_problem    text;
