-- Sitrep event store on PostgreSQL, schema version 3: the incident's admin2 (district), which the
-- SQLite store keeps in its event bodies and the ACLED export has a column for. Incidents stored
-- before this version have none: the reports of single-member incidents kept no body to recover
-- it from.

ALTER TABLE events ADD COLUMN admin2 text;
