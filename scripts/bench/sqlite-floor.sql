-- SQLite's own share of importing a million events, with no client at all: what the engine
-- itself spends on the rows, indexes and commit of the store's schema (docs/STORAGE.md,
-- "The engine's floor"). Run: scripts/bench/sqlite-floor.sh   (or: sqlite3 FILE < this file)
--
-- The rows are made first, in memory, as close to real events as plain SQL allows: ids drawn in
-- order (the cheapest case for the unique indexes), 1,800 days of dates, about 400 characters of
-- evidence text, a 970-byte body (the average over the dev corpus's stored events), 2.3 actors,
-- one report and one revision per event, a document per four events. Then each table is filled
-- from them with INSERT ... SELECT, so every second timed below is SQLite's B-tree, index and
-- page work; durability is switched off as the importer's best case (journal_mode = OFF).
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
PRAGMA cache_size = -65536;
PRAGMA temp_store = MEMORY;

CREATE TEMP TABLE n (i INTEGER PRIMARY KEY);
WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 1000000)
INSERT INTO n SELECT i FROM c;
CREATE TEMP TABLE src AS
SELECT i AS pk,
       printf('ev-%012d', i) AS id,
       printf('doc-%08d', i / 4) AS document_id,
       CASE i % 4 WHEN 0 THEN 'Battles' WHEN 1 THEN 'Explosions/Remote violence'
                  WHEN 2 THEN 'Violence against civilians' ELSE 'Protests' END AS event_type,
       CASE i % 6 WHEN 0 THEN 'Armed clash' WHEN 1 THEN 'Air/drone strike' WHEN 2 THEN 'Attack'
                  WHEN 3 THEN 'Peaceful protest' WHEN 4 THEN 'Shelling/artillery/missile attack'
                  ELSE 'Abduction/forced disappearance' END AS sub_event_type,
       date('2021-01-01', '+' || (i * 7919 % 1800) || ' days') AS date_start,
       printf('%03d', i % 197) AS country,
       printf('admin-%d', i % 3000) AS admin1,
       -60 + (i * 37 % 12000) / 100.0 AS latitude,
       -170 + (i * 53 % 34000) / 100.0 AS longitude,
       i % 13 AS fatalities_best,
       printf('%.400c', 'x') || i AS evidence_lower,
       randomblob(970) AS body
FROM n;
CREATE TEMP TABLE actor_src AS
SELECT pk AS event_pk, pk % 5000 + 1 AS actor_id, date_start FROM src
UNION ALL SELECT pk, pk % 5000 + 5001, date_start FROM src
UNION ALL SELECT pk, pk % 5000 + 10001, date_start FROM src WHERE pk % 10 < 3;

CREATE TABLE documents (id TEXT PRIMARY KEY NOT NULL, source TEXT NOT NULL, format TEXT NOT NULL,
    language TEXT NOT NULL, text TEXT NOT NULL, ingested_at TEXT NOT NULL);
CREATE TABLE events (pk INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, document_id TEXT NOT NULL,
    event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL, date_start TEXT NOT NULL,
    date_end TEXT NOT NULL, country TEXT NOT NULL, admin1 TEXT, latitude REAL, longitude REAL,
    fatalities_best INTEGER, evidence_lower TEXT NOT NULL);
CREATE TABLE event_bodies (pk INTEGER PRIMARY KEY, body BLOB NOT NULL);
CREATE TABLE event_actors (event_pk INTEGER NOT NULL, actor_id INTEGER NOT NULL,
    date_start TEXT NOT NULL, PRIMARY KEY (event_pk, actor_id)) WITHOUT ROWID;
CREATE TABLE reports (pk INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, document_id TEXT NOT NULL,
    event_pk INTEGER NOT NULL, country TEXT NOT NULL, family TEXT NOT NULL,
    date_start TEXT NOT NULL, date_end TEXT NOT NULL, body TEXT);
CREATE TABLE revisions (id INTEGER PRIMARY KEY, event_id TEXT NOT NULL, revision INTEGER NOT NULL,
    change TEXT NOT NULL, merged_into TEXT, at TEXT NOT NULL, document_id TEXT,
    UNIQUE (event_id, revision));

.print
.print each step's time (real: wall; user + sys: this process's CPU)
.timer on
BEGIN;
INSERT INTO documents SELECT DISTINCT document_id, 'synthetic', 'text', 'en', '', '2026-11-26' FROM src;
INSERT INTO events SELECT pk, id, document_id, event_type, sub_event_type, date_start, date_start,
    country, admin1, latitude, longitude, fatalities_best, evidence_lower FROM src;
INSERT INTO event_bodies SELECT pk, body FROM src;
INSERT INTO event_actors SELECT * FROM actor_src;
INSERT INTO reports SELECT pk, 'r' || id, document_id, pk, country, event_type, date_start, date_start, NULL FROM src;
INSERT INTO revisions SELECT pk, id, 1, 'created', NULL, '2026-11-26T00:00:00Z', document_id FROM src;
CREATE INDEX ix_events_type_date ON events (event_type, date_start);
CREATE INDEX ix_events_subtype_date ON events (sub_event_type, date_start);
CREATE INDEX ix_events_date ON events (date_start);
CREATE INDEX ix_events_country_date ON events (country, date_start);
CREATE INDEX ix_events_span ON events ((julianday(date_end) - julianday(date_start)));
CREATE INDEX ix_event_actors_actor_date ON event_actors (actor_id, date_start, event_pk);
CREATE INDEX ix_reports_window ON reports (country, family, date_start);
CREATE INDEX ix_reports_event ON reports (event_pk);
CREATE INDEX ix_reports_document ON reports (document_id);
COMMIT;
