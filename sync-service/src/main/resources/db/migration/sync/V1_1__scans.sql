-- One scan of one bucket prefix. A run that stops before its end keeps its listing marker and is resumed from it.
create table scan_run (
    id              bigserial    primary key,
    account         varchar(255) not null,
    bucket          varchar(255) not null,
    prefix          text         not null,
    mode            varchar(16)  not null,
    trigger         varchar(16)  not null,
    -- RUNNING, COMPLETED, FAILED (resumable), ABANDONED (a failed run too old to resume)
    state           varchar(16)  not null,
    started_at      timestamp with time zone not null,
    finished_at     timestamp with time zone,
    updated_at      timestamp with time zone not null,
    -- Whoever runs it renews the lease after every page; a RUNNING run whose lease ran out was abandoned by a crash.
    lease_owner     varchar(64),
    lease_until     timestamp with time zone,
    -- The token that fetches the next page, and the last key of the last committed page.
    page_token      text,
    last_key        text collate "C",
    -- The listing reached its end; what remains is the sweep.
    listing_done    boolean      not null default false,
    pages           bigint       not null default 0,
    objects_seen    bigint       not null default 0,
    bytes_seen      bigint       not null default 0,
    objects_new     bigint       not null default 0,
    objects_changed bigint       not null default 0,
    objects_missing bigint       not null default 0,
    leftovers       bigint       not null default 0,
    errors          bigint       not null default 0,
    last_error      text,
    active_millis   bigint       not null default 0
);
create index scan_run_scope_idx on scan_run (account, bucket, prefix, id desc);
-- At most one unfinished run per scope: a new trigger resumes it instead of starting another.
create unique index scan_run_one_unfinished_uk on scan_run (account, bucket, prefix) where state in ('RUNNING', 'FAILED');

-- Catalogued objects a page of a FULL run did not list: removed only once the run completes and a HEAD confirms.
create table scan_missing (
    run_id    bigint      not null references scan_run (id) on delete cascade,
    object_id varchar(36) not null,
    primary key (run_id, object_id)
);
