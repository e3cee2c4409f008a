-- Sitrep event store, schema version 7: fewer indexes for a bulk import to build (issue 9).
--
-- event_actors holds one row per distinct actor of an incident. Keyed (event_pk, actor_id)
-- WITHOUT ROWID, the table is itself the index that ON DELETE CASCADE and the date trigger look
-- rows up by, so ix_event_actors_event goes, and a row is one B-tree entry instead of a rowid row
-- plus an entry in that index. ix_event_actors_actor_date stays: the actor filter and its
-- date-ordered page read it alone (it holds every column of the table).
DROP TRIGGER tr_events_date_start_actors;
CREATE TABLE event_actors_keyed (
    event_pk   INTEGER NOT NULL REFERENCES events (pk) ON DELETE CASCADE,
    actor_id   INTEGER NOT NULL REFERENCES actors (id),
    date_start TEXT NOT NULL,
    PRIMARY KEY (event_pk, actor_id)
) WITHOUT ROWID;
INSERT INTO event_actors_keyed (event_pk, actor_id, date_start)
    SELECT event_pk, actor_id, min(date_start) FROM event_actors GROUP BY event_pk, actor_id ORDER BY event_pk, actor_id;
DROP TABLE event_actors;
ALTER TABLE event_actors_keyed RENAME TO event_actors;
CREATE INDEX ix_event_actors_actor_date ON event_actors (actor_id, date_start, event_pk);

-- Merging moves an incident's dates; its actor rows follow, so the copy can never go stale.
CREATE TRIGGER tr_events_date_start_actors AFTER UPDATE OF date_start ON events
BEGIN
    UPDATE event_actors SET date_start = NEW.date_start WHERE event_pk = NEW.pk;
END;

-- No statement looks documents up by URL or publication date (revisions find them by
-- source_key, which keeps its index), yet every bulk import built both.
DROP INDEX ix_documents_url;
DROP INDEX ix_documents_published;
