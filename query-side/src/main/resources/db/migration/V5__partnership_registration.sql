-- Who registered a partnership through this web app, so that they, and only they, are told
-- it is still being processed while the views have not caught up with it (anyone else asking
-- for that id is told what they are told of any id they may not see).

create table partnership_registration (
    partnership_id text        primary key,
    username       text        not null,
    registered_at  timestamptz not null default now()
);
