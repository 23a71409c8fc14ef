-- The idempotency ledger every service keeps in its own schema (see ProcessedEvents).
create table processed_event (
    event_id     uuid primary key,
    topic        varchar(249) not null,
    processed_at timestamp with time zone not null
);
