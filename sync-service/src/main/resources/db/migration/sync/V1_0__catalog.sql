-- The catalog: where every object is now. An objectId stays with its object when it moves; a location belongs to at
-- most one object (both uniques below). Keys compare byte-wise (collate "C"), as the providers list them.
create table catalog_object (
    object_id     varchar(36)  primary key,
    provider      varchar(16)  not null,
    account       varchar(255) not null,
    bucket        varchar(255) not null,
    object_key    text collate "C" not null,
    location      text         not null,
    size_bytes    bigint       not null,
    storage_class varchar(64)  not null,
    etag          varchar(255),
    version       varchar(255),
    md5           varchar(32),
    crc32c        varchar(8),
    sha256        varchar(64),
    last_modified timestamp with time zone not null,
    first_seen    timestamp with time zone not null,
    located_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    -- PRESENT, or MISSING: a completed scan did not find it where the catalog expects it.
    state         varchar(16)  not null,
    constraint catalog_object_place_uk unique (provider, account, bucket, object_key),
    constraint catalog_object_location_uk unique (location)
);
-- Finding a catalogued object with the same content as a newly listed one (leftover copies).
create index catalog_object_md5_idx on catalog_object (md5) where md5 is not null;
create index catalog_object_crc32c_idx on catalog_object (crc32c) where crc32c is not null;

-- Where each object was before: one row per location it left.
create table location_history (
    id            bigserial    primary key,
    object_id     varchar(36)  not null references catalog_object (object_id),
    location      text         not null,
    storage_class varchar(64)  not null,
    located_from  timestamp with time zone not null,
    located_until timestamp with time zone not null,
    reason        varchar(32)  not null,
    actor         varchar(255)
);
create index location_history_object_idx on location_history (object_id, id);
create index location_history_location_idx on location_history (location);

-- The transactional outbox: written in the transaction of the change it announces, published in id order, deleted
-- once the broker has acknowledged it.
create table outbox (
    id          bigserial    primary key,
    topic       varchar(249) not null,
    message_key varchar(255) not null,
    payload     text         not null,
    created_at  timestamp with time zone not null
);
