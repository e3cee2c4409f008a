-- Sitrep event store, schema version 4: actor queries read a page in date order (issue 9).
--
-- An actor's events used to be found through event_actors and then every one of them sorted by
-- date; a frequent actor has tens of thousands at a million events. Each event_actors row now
-- carries its event's start date, so (actor_id, date_start, event_pk) hands an actor's events
-- over in page order from the index alone and only the page's events are read.
ALTER TABLE event_actors ADD COLUMN date_start TEXT;
UPDATE event_actors SET date_start = (SELECT e.date_start FROM events e WHERE e.pk = event_actors.event_pk);
DROP INDEX ix_event_actors_actor;
CREATE INDEX ix_event_actors_actor_date ON event_actors (actor_id, date_start, event_pk);

-- Merging moves an incident's dates; its actor rows follow, so the copy can never go stale.
CREATE TRIGGER tr_events_date_start_actors AFTER UPDATE OF date_start ON events
BEGIN
    UPDATE event_actors SET date_start = NEW.date_start WHERE event_pk = NEW.pk;
END;
