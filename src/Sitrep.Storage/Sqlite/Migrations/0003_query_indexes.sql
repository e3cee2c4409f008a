-- Sitrep event store, schema version 3: indexes for the filtered queries at a million events (issue 9).
--
-- Queries return events in (date_start, pk) order a page at a time. An index whose last column
-- is date_start hands rows over in that order (SQLite appends the rowid, which is pk), so a page
-- is read without sorting every match; date_end after date_start broke that, so it goes.
DROP INDEX ix_events_date;
DROP INDEX ix_events_country_date;
CREATE INDEX ix_events_date ON events (date_start);
CREATE INDEX ix_events_country_date ON events (country, date_start);

-- The longest date interval in the store, answered from this index alone: a query for events
-- ending on or after a day D need only read start dates from D minus that length onwards.
CREATE INDEX ix_events_span ON events ((julianday(date_end) - julianday(date_start)));
