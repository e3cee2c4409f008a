-- Sitrep event store, schema version 5: each incident's whole record in one row (issue 9).
--
-- An incident used to be spread over about nine rows in indexed tables (event actors and their
-- aliases, sources, claims and who made them, evidence), which made a bulk import of a million
-- events cost about 90 s of CPU. event_bodies holds each incident as one binary record
-- (EventBodyCodec: every field, coordinates and confidence exact), which is what queries read
-- back. It is a table of its own, keyed by the incident's pk, so the events rows stay narrow: a
-- bulk import builds five indexes over events, and each build reads the whole table.
--
-- SqliteEventBodies fills it for every stored incident from the child tables in this same
-- transaction, and puts every field's evidence into evidence_lower beside the sentence, so the
-- text filter needs the evidence table no longer. Schema 6 then drops what the bodies made redundant.
CREATE TABLE event_bodies (
    pk   INTEGER PRIMARY KEY REFERENCES events (pk) ON DELETE CASCADE,
    body BLOB NOT NULL
);
