-- Sitrep event store, schema version 6: drop what schema 5's event bodies made redundant (issue 9).
--
-- Claims, evidence, sources and the per-event actor details are read from event_bodies now.
-- The actors and actor_aliases tables stay (the actor filter searches their names), and so does
-- one slim event_actors row per actor of an event, which the actor filter and its date-ordered
-- page index need. The events columns that only the body reads go; the ones the filters, the
-- orders and their indexes use stay.
DROP TABLE claim_by;
DROP TABLE claims;
DROP TABLE evidence;
DROP TABLE event_sources;
DROP TABLE event_actor_aliases;

DROP TRIGGER tr_events_date_start_actors;
CREATE TABLE event_actors_slim (
    event_pk   INTEGER NOT NULL REFERENCES events (pk) ON DELETE CASCADE,
    actor_id   INTEGER NOT NULL REFERENCES actors (id),
    date_start TEXT NOT NULL
);
INSERT INTO event_actors_slim (event_pk, actor_id, date_start)
    SELECT DISTINCT event_pk, actor_id, date_start FROM event_actors ORDER BY event_pk, actor_id;
DROP TABLE event_actors;
ALTER TABLE event_actors_slim RENAME TO event_actors;
CREATE INDEX ix_event_actors_actor_date ON event_actors (actor_id, date_start, event_pk);
CREATE INDEX ix_event_actors_event ON event_actors (event_pk);

-- Merging moves an incident's dates; its actor rows follow, so the copy can never go stale.
CREATE TRIGGER tr_events_date_start_actors AFTER UPDATE OF date_start ON events
BEGIN
    UPDATE event_actors SET date_start = NEW.date_start WHERE event_pk = NEW.pk;
END;

-- No query looks events up by document (reports do that), and documents are never deleted, so
-- the foreign key needs no index either; a bulk import need not build it.
DROP INDEX ix_events_document;

-- A column's own CHECK goes with it; span_end's names span_start, so it goes first.
ALTER TABLE events DROP COLUMN span_end;
ALTER TABLE events DROP COLUMN span_start;
ALTER TABLE events DROP COLUMN plover_type;
ALTER TABLE events DROP COLUMN plover_mode;
ALTER TABLE events DROP COLUMN date_precision;
ALTER TABLE events DROP COLUMN location;
ALTER TABLE events DROP COLUMN geo_precision;
ALTER TABLE events DROP COLUMN fatalities_low;
ALTER TABLE events DROP COLUMN fatalities_high;
ALTER TABLE events DROP COLUMN background;
ALTER TABLE events DROP COLUMN aggregate;
ALTER TABLE events DROP COLUMN confidence;
ALTER TABLE events DROP COLUMN evidence;
