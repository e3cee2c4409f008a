-- Sitrep event store, schema version 1.
--
-- Dates are ISO 8601 text (YYYY-MM-DD), so they sort and compare as dates. Columns ending in
-- _lower hold the invariant lower-casing of their neighbour, computed by the writer, because
-- SQLite's own lower() and LIKE fold ASCII only and actor names are not always ASCII.
-- Events carry an internal integer key (pk) besides their public id, so later versions can merge
-- sources into one event and record revisions without rewriting child rows.

CREATE TABLE documents (
    id           TEXT PRIMARY KEY NOT NULL,
    source       TEXT NOT NULL,
    path         TEXT,
    url          TEXT,
    outlet       TEXT,
    title        TEXT,
    published    TEXT,
    published_at TEXT,
    format       TEXT NOT NULL,
    language     TEXT NOT NULL,
    text         TEXT NOT NULL,
    ingested_at  TEXT NOT NULL
);
CREATE INDEX ix_documents_url ON documents (url);
CREATE INDEX ix_documents_published ON documents (published);

CREATE TABLE events (
    pk              INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE CHECK (length(id) > 0),
    document_id     TEXT NOT NULL REFERENCES documents (id),
    event_type      TEXT NOT NULL,
    sub_event_type  TEXT NOT NULL,
    plover_type     TEXT,
    plover_mode     TEXT,
    date_start      TEXT NOT NULL,
    date_end        TEXT NOT NULL,
    date_precision  TEXT NOT NULL CHECK (date_precision IN ('day', 'week', 'month', 'year', 'range')),
    country         TEXT NOT NULL,
    admin1          TEXT,
    location        TEXT,
    latitude        REAL CHECK (latitude BETWEEN -90 AND 90),
    longitude       REAL CHECK (longitude BETWEEN -180 AND 180),
    geo_precision   TEXT NOT NULL CHECK (geo_precision IN ('exact', 'near', 'admin2', 'admin1', 'country')),
    fatalities_low  INTEGER CHECK (fatalities_low >= 0),
    fatalities_best INTEGER CHECK (fatalities_best >= 0),
    fatalities_high INTEGER CHECK (fatalities_high >= 0),
    background      INTEGER NOT NULL CHECK (background IN (0, 1)),
    aggregate       INTEGER NOT NULL CHECK (aggregate IN (0, 1)),
    confidence      REAL NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    span_start      INTEGER NOT NULL CHECK (span_start >= 0),
    span_end        INTEGER NOT NULL CHECK (span_end >= span_start),
    evidence        TEXT NOT NULL,
    evidence_lower  TEXT NOT NULL,
    CHECK (date_end >= date_start),
    CHECK ((latitude IS NULL) = (longitude IS NULL))
);
CREATE INDEX ix_events_document ON events (document_id);
CREATE INDEX ix_events_date ON events (date_start, date_end);
CREATE INDEX ix_events_country_date ON events (country, date_start, date_end);
CREATE INDEX ix_events_type_date ON events (event_type, date_start);
CREATE INDEX ix_events_subtype_date ON events (sub_event_type, date_start);

-- One row per canonical actor name, with the attributes it was first stored with.
CREATE TABLE actors (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
    name_lower TEXT NOT NULL,
    type       TEXT,
    inter      INTEGER,
    country    TEXT
);

-- Every other name an actor was printed under.
CREATE TABLE actor_aliases (
    id          INTEGER PRIMARY KEY,
    actor_id    INTEGER NOT NULL REFERENCES actors (id),
    alias       TEXT NOT NULL,
    alias_lower TEXT NOT NULL,
    UNIQUE (actor_id, alias)
);

-- An actor as coded on one event. Type, inter and country are kept as the event coded them so
-- an event reads back exactly as it was ingested even where extractions disagree.
CREATE TABLE event_actors (
    id       INTEGER PRIMARY KEY,
    event_pk INTEGER NOT NULL REFERENCES events (pk) ON DELETE CASCADE,
    role     TEXT NOT NULL CHECK (role IN ('actor1', 'actor2', 'assoc1', 'assoc2')),
    ordinal  INTEGER NOT NULL CHECK (ordinal >= 0),
    actor_id INTEGER NOT NULL REFERENCES actors (id),
    type     TEXT,
    inter    INTEGER,
    country  TEXT,
    UNIQUE (event_pk, role, ordinal)
);
CREATE INDEX ix_event_actors_actor ON event_actors (actor_id);

-- The aliases, in order, that one event gave for one of its actors.
CREATE TABLE event_actor_aliases (
    event_actor_id INTEGER NOT NULL REFERENCES event_actors (id) ON DELETE CASCADE,
    ordinal        INTEGER NOT NULL CHECK (ordinal >= 0),
    alias_id       INTEGER NOT NULL REFERENCES actor_aliases (id),
    PRIMARY KEY (event_actor_id, ordinal)
);

-- Which documents report an event: one today, several once cross-article merging lands.
CREATE TABLE event_sources (
    event_pk    INTEGER NOT NULL REFERENCES events (pk) ON DELETE CASCADE,
    document_id TEXT NOT NULL REFERENCES documents (id),
    PRIMARY KEY (event_pk, document_id)
);
CREATE INDEX ix_event_sources_document ON event_sources (document_id);

-- Claims and evidence name the document they come from, so merged events keep what each source said.
CREATE TABLE claims (
    id          INTEGER PRIMARY KEY,
    event_pk    INTEGER NOT NULL REFERENCES events (pk) ON DELETE CASCADE,
    document_id TEXT NOT NULL REFERENCES documents (id),
    ordinal     INTEGER NOT NULL CHECK (ordinal >= 0),
    what        TEXT NOT NULL CHECK (what IN ('responsibility', 'fatalities', 'occurrence', 'denial')),
    UNIQUE (event_pk, ordinal)
);

CREATE TABLE claim_by (
    claim_id INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    ordinal  INTEGER NOT NULL CHECK (ordinal >= 0),
    name     TEXT NOT NULL,
    PRIMARY KEY (claim_id, ordinal)
);

CREATE TABLE evidence (
    id          INTEGER PRIMARY KEY,
    event_pk    INTEGER NOT NULL REFERENCES events (pk) ON DELETE CASCADE,
    document_id TEXT NOT NULL REFERENCES documents (id),
    ordinal     INTEGER NOT NULL CHECK (ordinal >= 0),
    field       TEXT NOT NULL,
    span_start  INTEGER NOT NULL CHECK (span_start >= 0),
    span_end    INTEGER NOT NULL CHECK (span_end >= span_start),
    text        TEXT NOT NULL,
    text_lower  TEXT NOT NULL,
    UNIQUE (event_pk, ordinal)
);
