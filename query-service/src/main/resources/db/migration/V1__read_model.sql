-- The read model: documents with an explicit processing status, their events, and each event's
-- organizers and participants as rows (the next step resolves people and organisations across
-- documents on top of these).

create table documents (
    id                      varchar(32) primary key,
    content_hash            varchar(71) not null,
    title                   text,
    source_url              text,
    media_type              varchar(40),
    -- PENDING: received, extraction not stored yet; PROCESSED: the newest post's records are stored;
    -- FAILED: the newest post could not be processed (failure_reason says why).
    status                  varchar(16) not null check (status in ('PENDING', 'PROCESSED', 'FAILED')),
    first_received_at       timestamptz not null,
    last_received_at        timestamptz not null,
    -- Version of the stored extraction: (extraction_received_at, extracted_at) only ever grows.
    extraction_received_at  timestamptz,
    extracted_at            timestamptz,
    engine_version          varchar(64),
    language                varchar(16),
    event_count             integer not null default 0,
    notes                   jsonb not null default '[]'::jsonb,
    failure_reason          text,
    failed_at               timestamptz,
    updated_at              timestamptz not null
);

-- One row per post of the same text (same id): how often and when it was sent.
create table document_receipts (
    document_id  varchar(32) not null references documents (id) on delete cascade,
    received_at  timestamptz not null,
    primary key (document_id, received_at)
);

create table events (
    id           varchar(40) primary key,
    document_id  varchar(32) not null references documents (id) on delete cascade,
    ordinal      integer not null,
    title        text,
    start_date   varchar(10),
    end_date     varchar(10),
    start_time   varchar(5),
    end_time     varchar(5),
    -- start_date/end_date as days, for ordering and date-range filters (a month covers its days).
    starts_on    date,
    ends_on      date,
    location     text,
    confidence   double precision not null,
    evidence     jsonb,
    unique (document_id, ordinal)
);
create index events_newest_first on events (starts_on desc nulls last, id);

create table event_organizers (
    event_id  varchar(40) not null references events (id) on delete cascade,
    ordinal   integer not null,
    name      text not null,
    primary key (event_id, ordinal)
);
create index event_organizers_name on event_organizers (lower(name));

create table event_participants (
    event_id      varchar(40) not null references events (id) on delete cascade,
    ordinal       integer not null,
    name          text,
    role          text,
    organization  text,
    kind          varchar(16),
    confidence    double precision not null,
    evidence      jsonb,
    primary key (event_id, ordinal)
);
create index event_participants_name on event_participants (lower(name));
