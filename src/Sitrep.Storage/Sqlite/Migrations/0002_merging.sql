-- Sitrep event store, schema version 2: cross-article merging and revisions (issue 9).
--
-- An event row is now an incident: the merge of one or more reports. A report is one event as
-- the extractor coded it from one document; reports are what the matcher compares and what a
-- merged incident is recomputed from, so the incident is a function of its set of reports.

-- The key under which a re-ingested article is recognised as a revision of a stored one: its URL,
-- else outlet and source path. A revised document points at the document that replaced it.
ALTER TABLE documents ADD COLUMN source_key TEXT;
ALTER TABLE documents ADD COLUMN superseded_by TEXT REFERENCES documents (id);
UPDATE documents SET source_key =
    CASE WHEN url IS NOT NULL THEN 'url:' || url ELSE 'src:' || coalesce(outlet, '') || '|' || source END;
CREATE INDEX ix_documents_source_key ON documents (source_key) WHERE superseded_by IS NULL;

-- body is the report as a JSON line (StoredEventJsonWriter, exact); NULL while the report is the
-- only member of its incident, whose event row then holds exactly the report. The window columns
-- (country, IncidentMatcher.Family, dates) let the writer find candidate reports by an index range scan. event_pk is checked at commit,
-- because merging deletes and re-inserts the incident a report belongs to.
CREATE TABLE reports (
    pk          INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE CHECK (length(id) > 0),
    document_id TEXT NOT NULL REFERENCES documents (id),
    event_pk    INTEGER NOT NULL REFERENCES events (pk) DEFERRABLE INITIALLY DEFERRED,
    country     TEXT NOT NULL,
    family      TEXT NOT NULL,
    date_start  TEXT NOT NULL,
    date_end    TEXT NOT NULL,
    body        TEXT
);
CREATE INDEX ix_reports_window ON reports (country, family, date_start);
CREATE INDEX ix_reports_event ON reports (event_pk);
CREATE INDEX ix_reports_document ON reports (document_id);
INSERT INTO reports (id, document_id, event_pk, country, family, date_start, date_end, body)
    SELECT id, document_id, pk, upper(country),
        CASE WHEN event_type IN ('Battles', 'Explosions/Remote violence', 'Violence against civilians') THEN 'political violence'
             WHEN event_type IN ('Protests', 'Riots') THEN 'demonstrations'
             ELSE event_type || '/' || sub_event_type END,
        date_start, date_end, NULL FROM events;

-- The living record of every public event id: created, updated (a source added, revised or
-- withdrawn), merged into another incident, or deleted (no current source reports it any more).
CREATE TABLE revisions (
    id          INTEGER PRIMARY KEY,
    event_id    TEXT NOT NULL,
    revision    INTEGER NOT NULL CHECK (revision >= 1),
    change      TEXT NOT NULL CHECK (change IN ('created', 'updated', 'merged', 'deleted')),
    merged_into TEXT,
    at          TEXT NOT NULL,
    document_id TEXT REFERENCES documents (id),
    UNIQUE (event_id, revision)
);
INSERT INTO revisions (event_id, revision, change, at, document_id)
    SELECT e.id, 1, 'created', d.ingested_at, e.document_id FROM events e JOIN documents d ON d.id = e.document_id;
