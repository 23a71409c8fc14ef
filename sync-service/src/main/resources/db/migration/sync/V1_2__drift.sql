-- What a scan or a verification found out of line with the catalog, with its evidence; OPEN until repaired or
-- settled by an operator.
create table drift_finding (
    id           bigserial    primary key,
    -- MISSING, CHANGED, LEFTOVER, CHECKSUM_MISMATCH
    kind         varchar(24)  not null,
    -- OPEN, REPAIRED, RESOLVED, DISMISSED
    state        varchar(16)  not null,
    object_id    varchar(36),
    location     text         not null,
    account      varchar(255) not null,
    bucket       varchar(255) not null,
    evidence     jsonb        not null,
    scan_id      bigint,
    detected_at  timestamp with time zone not null,
    closed_at    timestamp with time zone,
    closed_by    varchar(255),
    note         text
);
create unique index drift_finding_open_uk on drift_finding (kind, location) where state = 'OPEN';
create index drift_finding_state_idx on drift_finding (state, id desc);
create index drift_finding_object_idx on drift_finding (object_id);
