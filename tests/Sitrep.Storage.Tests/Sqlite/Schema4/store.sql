PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
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
, source_key TEXT, superseded_by TEXT REFERENCES documents (id));
INSERT INTO documents VALUES('78e7b25d5f53a780c14b23e6','bamako.txt','/data/bamako.txt','https://example.org/bamako.txt','Example News','Attack near Bamako','2025-06-06','2025-06-06T09:30:00.0000000+02:00','text','en','On Wednesday, JNIM fighters attacked Malian soldiers near Bamako, killing at least 12 people, the group said in a statement.','2026-11-26T01:31:21.3701884+00:00','url:https://example.org/bamako.txt',NULL);
INSERT INTO documents VALUES('b408f9282cbfa4b24f04bff3','https://wire.example/mali-boulkessi',NULL,'https://wire.example/mali-boulkessi','Wire',NULL,'2025-06-04',NULL,'text','en','BAMAKO (Wire) - Islamist militants attacked an army post in Boulkessi in central Mali on Wednesday, killing at least 12 soldiers, security sources said. JNIM claimed responsibility.','2026-11-26T01:31:21.8906338+00:00','url:https://wire.example/mali-boulkessi','d56815a146cb9862047b539c');
INSERT INTO documents VALUES('2acb88c1114f7f6abe609109','https://local.example.ml/boulkessi-attaque',NULL,'https://local.example.ml/boulkessi-attaque','Le Local',NULL,'2025-06-05',NULL,'text','en','Boulkessi : l''attaque de mercredi contre le poste militaire a fait 20 morts parmi les soldats des FAMa, selon des sources locales. Les assaillants du JNIM sont repartis vers la frontière.','2026-11-26T01:31:22.1979955+00:00','url:https://local.example.ml/boulkessi-attaque',NULL);
INSERT INTO documents VALUES('8383a49f13341c7603ed6969','https://t.me/example_channel/1234',NULL,'https://t.me/example_channel/1234','Telegram: example_channel',NULL,'2025-06-05',NULL,'text','en','⚡️ Mujahideen of Jama''at Nusrat al-Islam wal-Muslimin stormed the apostate army base at Boulkessi yesterday. 40 soldiers killed. Praise be to Allah.','2026-11-26T01:31:22.1979955+00:00','url:https://t.me/example_channel/1234',NULL);
INSERT INTO documents VALUES('d56815a146cb9862047b539c','https://wire.example/mali-boulkessi',NULL,'https://wire.example/mali-boulkessi','Wire',NULL,'2025-06-04',NULL,'text','en','BAMAKO (Wire) - Islamist militants attacked an army post in Boulkessi in central Mali on Wednesday, killing at least 12 soldiers, security sources said. JNIM claimed responsibility. The toll rose to 15.','2026-11-26T01:31:22.8382281+00:00','url:https://wire.example/mali-boulkessi',NULL);
INSERT INTO documents VALUES('000000000000000000000001','https://bench.example/000000000000000000000001',NULL,'https://bench.example/000000000000000000000001','Bench',NULL,'2020-01-08',NULL,'import','und','','2026-11-26T01:31:23.2141500+00:00',NULL,NULL);
INSERT INTO documents VALUES('000000000000000000000002','https://bench.example/000000000000000000000002',NULL,'https://bench.example/000000000000000000000002','Bench',NULL,'2020-01-09',NULL,'import','und','','2026-11-26T01:31:23.2141500+00:00',NULL,NULL);
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
INSERT INTO events VALUES(1,'78e7b25d5f53a780c14b23e6-e1','78e7b25d5f53a780c14b23e6','Battles','Armed clash','ASSAULT','firearms','2025-06-04','2025-06-04','day','MLI','Bamako','Bamako',12.639200000000000656,-8.0029000000000003467,'near',12,12,40,0,1,0.8125,0,124,'On Wednesday, JNIM fighters attacked Malian soldiers near Bamako, killing at least 12 people, the group said in a statement.','on wednesday, jnim fighters attacked malian soldiers near bamako, killing at least 12 people, the group said in a statement.');
INSERT INTO events VALUES(2,'78e7b25d5f53a780c14b23e6-e2','78e7b25d5f53a780c14b23e6','Strategic developments','Other',NULL,NULL,'2025-05-01','2025-05-31','month','MLI',NULL,NULL,NULL,NULL,'country',NULL,NULL,NULL,0,0,1.0,0,0,'','');
INSERT INTO events VALUES(3,'b408f9282cbfa4b24f04bff3-e1','d56815a146cb9862047b539c','Battles','Armed clash',NULL,NULL,'2025-06-04','2025-06-04','day','MLI','Mopti','Boulkessi',14.566700000000000869,-1.3332999999999999296,'exact',15,15,40,0,0,0.8000000000000000444,0,40,'BAMAKO (Wire) - Islamist militants attac','bamako (wire) - islamist militants attac');
INSERT INTO events VALUES(4,'000000000000000000000001-e3','000000000000000000000001','Explosions/Remote violence','Chemical weapon',NULL,NULL,'2020-01-08','2020-01-08','day','ETH',NULL,'Town 7',-29.300000000000000709,-19.30000000000000071,'exact',0,0,0,0,0,0.75,0,0,'','');
INSERT INTO events VALUES(5,'000000000000000000000002-e0','000000000000000000000002','Violence against civilians','Sexual violence',NULL,NULL,'2020-01-09','2020-01-09','day','SOM',NULL,'Town 8',-29.199999999999999289,-19.199999999999999289,'exact',1,1,1,0,0,0.75,0,0,'','');
CREATE TABLE actors (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
    name_lower TEXT NOT NULL,
    type       TEXT,
    inter      INTEGER,
    country    TEXT
);
INSERT INTO actors VALUES(1,'JNIM: Group for Support of Islam and Muslims','jnim: group for support of islam and muslims','Rebel group',2,NULL);
INSERT INTO actors VALUES(2,'Military Forces of Mali (2021-)','military forces of mali (2021-)','State forces',1,'MLI');
INSERT INTO actors VALUES(3,'Katiba Macina','katiba macina',NULL,2,NULL);
INSERT INTO actors VALUES(4,'Military Forces of Russia (2000-)','military forces of russia (2000-)',NULL,8,'RUS');
INSERT INTO actors VALUES(5,'Civilians (Mali)','civilians (mali)',NULL,7,'MLI');
INSERT INTO actors VALUES(6,'Armed Group 7','armed group 7',NULL,2,NULL);
INSERT INTO actors VALUES(7,'Military Forces','military forces',NULL,1,NULL);
INSERT INTO actors VALUES(8,'Armed Group 8','armed group 8',NULL,2,NULL);
CREATE TABLE actor_aliases (
    id          INTEGER PRIMARY KEY,
    actor_id    INTEGER NOT NULL REFERENCES actors (id),
    alias       TEXT NOT NULL,
    alias_lower TEXT NOT NULL,
    UNIQUE (actor_id, alias)
);
INSERT INTO actor_aliases VALUES(1,1,'JNIM','jnim');
INSERT INTO actor_aliases VALUES(2,1,'Jama''a Nusrat ul-Islam wa al-Muslimin','jama''a nusrat ul-islam wa al-muslimin');
INSERT INTO actor_aliases VALUES(3,2,'Malian soldiers','malian soldiers');
INSERT INTO actor_aliases VALUES(4,2,'Forces Armées Maliennes','forces armées maliennes');
INSERT INTO actor_aliases VALUES(5,4,'Russian soldiers','russian soldiers');
INSERT INTO actor_aliases VALUES(6,2,'Wire soldiers','wire soldiers');
INSERT INTO actor_aliases VALUES(7,2,'Local soldiers','local soldiers');
INSERT INTO actor_aliases VALUES(8,1,'Jama''at Nusrat al-Islam wal-Muslimin','jama''at nusrat al-islam wal-muslimin');
INSERT INTO actor_aliases VALUES(9,2,'Telegram soldiers','telegram soldiers');
INSERT INTO actor_aliases VALUES(10,6,'AG7','ag7');
INSERT INTO actor_aliases VALUES(11,8,'AG8','ag8');
CREATE TABLE event_actors (
    id       INTEGER PRIMARY KEY,
    event_pk INTEGER NOT NULL REFERENCES events (pk) ON DELETE CASCADE,
    role     TEXT NOT NULL CHECK (role IN ('actor1', 'actor2', 'assoc1', 'assoc2')),
    ordinal  INTEGER NOT NULL CHECK (ordinal >= 0),
    actor_id INTEGER NOT NULL REFERENCES actors (id),
    type     TEXT,
    inter    INTEGER,
    country  TEXT, date_start TEXT,
    UNIQUE (event_pk, role, ordinal)
);
INSERT INTO event_actors VALUES(1,1,'actor1',0,1,'Rebel group',2,NULL,'2025-06-04');
INSERT INTO event_actors VALUES(2,1,'actor2',0,2,'State forces',1,'MLI','2025-06-04');
INSERT INTO event_actors VALUES(3,1,'assoc1',0,3,NULL,2,NULL,'2025-06-04');
INSERT INTO event_actors VALUES(4,1,'assoc2',0,4,NULL,8,'RUS','2025-06-04');
INSERT INTO event_actors VALUES(5,1,'assoc2',1,5,NULL,7,'MLI','2025-06-04');
INSERT INTO event_actors VALUES(6,3,'actor1',0,1,NULL,2,NULL,'2025-06-04');
INSERT INTO event_actors VALUES(7,3,'actor2',0,2,NULL,1,'MLI','2025-06-04');
INSERT INTO event_actors VALUES(8,4,'actor1',0,6,NULL,2,NULL,'2020-01-08');
INSERT INTO event_actors VALUES(9,4,'actor2',0,7,NULL,1,NULL,'2020-01-08');
INSERT INTO event_actors VALUES(10,5,'actor1',0,8,NULL,2,NULL,'2020-01-09');
INSERT INTO event_actors VALUES(11,5,'actor2',0,7,NULL,1,NULL,'2020-01-09');
CREATE TABLE event_actor_aliases (
    event_actor_id INTEGER NOT NULL REFERENCES event_actors (id) ON DELETE CASCADE,
    ordinal        INTEGER NOT NULL CHECK (ordinal >= 0),
    alias_id       INTEGER NOT NULL REFERENCES actor_aliases (id),
    PRIMARY KEY (event_actor_id, ordinal)
);
INSERT INTO event_actor_aliases VALUES(1,0,1);
INSERT INTO event_actor_aliases VALUES(1,1,2);
INSERT INTO event_actor_aliases VALUES(2,0,3);
INSERT INTO event_actor_aliases VALUES(2,1,4);
INSERT INTO event_actor_aliases VALUES(4,0,5);
INSERT INTO event_actor_aliases VALUES(6,0,1);
INSERT INTO event_actor_aliases VALUES(6,1,8);
INSERT INTO event_actor_aliases VALUES(7,0,6);
INSERT INTO event_actor_aliases VALUES(7,1,7);
INSERT INTO event_actor_aliases VALUES(7,2,9);
INSERT INTO event_actor_aliases VALUES(8,0,10);
INSERT INTO event_actor_aliases VALUES(10,0,11);
CREATE TABLE event_sources (
    event_pk    INTEGER NOT NULL REFERENCES events (pk) ON DELETE CASCADE,
    document_id TEXT NOT NULL REFERENCES documents (id),
    PRIMARY KEY (event_pk, document_id)
);
INSERT INTO event_sources VALUES(1,'78e7b25d5f53a780c14b23e6');
INSERT INTO event_sources VALUES(2,'78e7b25d5f53a780c14b23e6');
INSERT INTO event_sources VALUES(3,'d56815a146cb9862047b539c');
INSERT INTO event_sources VALUES(3,'2acb88c1114f7f6abe609109');
INSERT INTO event_sources VALUES(3,'8383a49f13341c7603ed6969');
INSERT INTO event_sources VALUES(4,'000000000000000000000001');
INSERT INTO event_sources VALUES(5,'000000000000000000000002');
CREATE TABLE claims (
    id          INTEGER PRIMARY KEY,
    event_pk    INTEGER NOT NULL REFERENCES events (pk) ON DELETE CASCADE,
    document_id TEXT NOT NULL REFERENCES documents (id),
    ordinal     INTEGER NOT NULL CHECK (ordinal >= 0),
    what        TEXT NOT NULL CHECK (what IN ('responsibility', 'fatalities', 'occurrence', 'denial')),
    UNIQUE (event_pk, ordinal)
);
INSERT INTO claims VALUES(1,1,'78e7b25d5f53a780c14b23e6',0,'responsibility');
INSERT INTO claims VALUES(2,1,'78e7b25d5f53a780c14b23e6',1,'fatalities');
INSERT INTO claims VALUES(3,3,'d56815a146cb9862047b539c',0,'responsibility');
INSERT INTO claims VALUES(4,3,'2acb88c1114f7f6abe609109',1,'fatalities');
INSERT INTO claims VALUES(5,3,'8383a49f13341c7603ed6969',2,'fatalities');
CREATE TABLE claim_by (
    claim_id INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    ordinal  INTEGER NOT NULL CHECK (ordinal >= 0),
    name     TEXT NOT NULL,
    PRIMARY KEY (claim_id, ordinal)
);
INSERT INTO claim_by VALUES(1,0,'JNIM');
INSERT INTO claim_by VALUES(1,1,'the group');
INSERT INTO claim_by VALUES(2,0,'the group');
INSERT INTO claim_by VALUES(3,0,'JNIM');
INSERT INTO claim_by VALUES(4,0,'sources locales');
INSERT INTO claim_by VALUES(5,0,'JNIM');
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
INSERT INTO evidence VALUES(1,1,'78e7b25d5f53a780c14b23e6',0,'date',0,12,'On Wednesday','on wednesday');
INSERT INTO evidence VALUES(2,1,'78e7b25d5f53a780c14b23e6',1,'fatalities',62,124,'ko, killing at least 12 people, the group said in a statement.','ko, killing at least 12 people, the group said in a statement.');
INSERT INTO evidence VALUES(3,3,'d56815a146cb9862047b539c',0,'place',0,10,'BAMAKO (Wi','bamako (wi');
INSERT INTO evidence VALUES(4,4,'000000000000000000000001',0,'actor1',0,10,'the attack','the attack');
INSERT INTO evidence VALUES(5,5,'000000000000000000000002',0,'actor1',0,10,'the attack','the attack');
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
INSERT INTO reports VALUES(1,'78e7b25d5f53a780c14b23e6-e1','78e7b25d5f53a780c14b23e6',1,'MLI','political violence','2025-06-04','2025-06-04',NULL);
INSERT INTO reports VALUES(2,'78e7b25d5f53a780c14b23e6-e2','78e7b25d5f53a780c14b23e6',2,'MLI','Strategic developments/Other','2025-05-01','2025-05-31',NULL);
INSERT INTO reports VALUES(4,'2acb88c1114f7f6abe609109-e1','2acb88c1114f7f6abe609109',3,'MLI','political violence','2025-06-04','2025-06-04','{"id":"2acb88c1114f7f6abe609109-e1","event_type":"Battles","sub_event_type":"Armed clash","plover_type":null,"plover_mode":null,"background":false,"aggregate":false,"actor1":{"name":"JNIM: Group for Support of Islam and Muslims","aliases":["JNIM"],"type":null,"inter":2,"country":null},"actor2":{"name":"Military Forces of Mali (2021-)","aliases":["Local soldiers"],"type":null,"inter":1,"country":"MLI"},"assoc_actor1":[],"assoc_actor2":[],"date_start":"2025-06-04","date_end":"2025-06-04","date_precision":"day","country":"MLI","admin1":"Mopti","admin2":null,"location":"Boulkessi","latitude":14.5667,"longitude":-1.3333,"geo_precision":"exact","fatalities":{"low":20,"best":20,"high":20},"claims":[{"by":["sources locales"],"what":"fatalities"}],"confidence":0.7,"evidence":[{"field":"place","text":"Boulkessi ","start":0,"end":10}],"span_start":0,"span_end":40,"document_id":"2acb88c1114f7f6abe609109","sources":[{"document_id":"2acb88c1114f7f6abe609109","source":"https://local.example.ml/boulkessi-attaque","url":"https://local.example.ml/boulkessi-attaque","outlet":"Le Local","published":"2025-06-05"}],"exact":{"latitude":14.5667,"longitude":-1.3333,"confidence":0.7}}');
INSERT INTO reports VALUES(5,'8383a49f13341c7603ed6969-e1','8383a49f13341c7603ed6969',3,'MLI','political violence','2025-06-04','2025-06-04','{"id":"8383a49f13341c7603ed6969-e1","event_type":"Battles","sub_event_type":"Armed clash","plover_type":null,"plover_mode":null,"background":false,"aggregate":false,"actor1":{"name":"Military Forces of Mali (2021-)","aliases":["Telegram soldiers"],"type":null,"inter":1,"country":"MLI"},"actor2":{"name":"JNIM: Group for Support of Islam and Muslims","aliases":["Jama''at Nusrat al-Islam wal-Muslimin"],"type":null,"inter":2,"country":null},"assoc_actor1":[],"assoc_actor2":[],"date_start":"2025-06-04","date_end":"2025-06-04","date_precision":"day","country":"MLI","admin1":"Mopti","admin2":null,"location":"Boulkessi","latitude":14.5667,"longitude":-1.3333,"geo_precision":"near","fatalities":{"low":40,"best":40,"high":40},"claims":[{"by":["JNIM"],"what":"responsibility"},{"by":["JNIM"],"what":"fatalities"}],"confidence":0.6,"evidence":[{"field":"place","text":"⚡️ Mujahid","start":0,"end":10}],"span_start":0,"span_end":40,"document_id":"8383a49f13341c7603ed6969","sources":[{"document_id":"8383a49f13341c7603ed6969","source":"https://t.me/example_channel/1234","url":"https://t.me/example_channel/1234","outlet":"Telegram: example_channel","published":"2025-06-05"}],"exact":{"latitude":14.5667,"longitude":-1.3333,"confidence":0.6}}');
INSERT INTO reports VALUES(6,'b408f9282cbfa4b24f04bff3-e1','d56815a146cb9862047b539c',3,'MLI','political violence','2025-06-04','2025-06-04','{"id":"b408f9282cbfa4b24f04bff3-e1","event_type":"Battles","sub_event_type":"Armed clash","plover_type":null,"plover_mode":null,"background":false,"aggregate":false,"actor1":{"name":"JNIM: Group for Support of Islam and Muslims","aliases":["JNIM"],"type":null,"inter":2,"country":null},"actor2":{"name":"Military Forces of Mali (2021-)","aliases":["Wire soldiers"],"type":null,"inter":1,"country":"MLI"},"assoc_actor1":[],"assoc_actor2":[],"date_start":"2025-06-04","date_end":"2025-06-04","date_precision":"day","country":"MLI","admin1":"Mopti","admin2":null,"location":"Boulkessi","latitude":14.5667,"longitude":-1.3333,"geo_precision":"near","fatalities":{"low":15,"best":15,"high":null},"claims":[{"by":["JNIM"],"what":"responsibility"}],"confidence":0.8,"evidence":[{"field":"place","text":"BAMAKO (Wi","start":0,"end":10}],"span_start":0,"span_end":40,"document_id":"d56815a146cb9862047b539c","sources":[{"document_id":"d56815a146cb9862047b539c","source":"https://wire.example/mali-boulkessi","url":"https://wire.example/mali-boulkessi","outlet":"Wire","published":"2025-06-04"}],"exact":{"latitude":14.5667,"longitude":-1.3333,"confidence":0.8}}');
INSERT INTO reports VALUES(7,'000000000000000000000001-e3','000000000000000000000001',4,'ETH','political violence','2020-01-08','2020-01-08',NULL);
INSERT INTO reports VALUES(8,'000000000000000000000002-e0','000000000000000000000002',5,'SOM','political violence','2020-01-09','2020-01-09',NULL);
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
INSERT INTO revisions VALUES(1,'78e7b25d5f53a780c14b23e6-e1',1,'created',NULL,'2026-11-26T01:31:21.3701884+00:00','78e7b25d5f53a780c14b23e6');
INSERT INTO revisions VALUES(2,'78e7b25d5f53a780c14b23e6-e2',1,'created',NULL,'2026-11-26T01:31:21.3701884+00:00','78e7b25d5f53a780c14b23e6');
INSERT INTO revisions VALUES(3,'b408f9282cbfa4b24f04bff3-e1',1,'created',NULL,'2026-11-26T01:31:21.8906338+00:00','b408f9282cbfa4b24f04bff3');
INSERT INTO revisions VALUES(4,'b408f9282cbfa4b24f04bff3-e1',2,'updated',NULL,'2026-11-26T01:31:22.1979955+00:00','2acb88c1114f7f6abe609109');
INSERT INTO revisions VALUES(5,'b408f9282cbfa4b24f04bff3-e1',3,'updated',NULL,'2026-11-26T01:31:22.1979955+00:00','8383a49f13341c7603ed6969');
INSERT INTO revisions VALUES(6,'b408f9282cbfa4b24f04bff3-e1',4,'updated',NULL,'2026-11-26T01:31:22.8382281+00:00','d56815a146cb9862047b539c');
INSERT INTO revisions VALUES(7,'000000000000000000000001-e3',1,'created',NULL,'2026-11-26T01:31:23.2141500+00:00','000000000000000000000001');
INSERT INTO revisions VALUES(8,'000000000000000000000002-e0',1,'created',NULL,'2026-11-26T01:31:23.2141500+00:00','000000000000000000000002');
CREATE INDEX ix_documents_url ON documents (url);
CREATE INDEX ix_documents_published ON documents (published);
CREATE INDEX ix_events_document ON events (document_id);
CREATE INDEX ix_events_type_date ON events (event_type, date_start);
CREATE INDEX ix_events_subtype_date ON events (sub_event_type, date_start);
CREATE INDEX ix_event_sources_document ON event_sources (document_id);
CREATE INDEX ix_documents_source_key ON documents (source_key) WHERE superseded_by IS NULL;
CREATE INDEX ix_reports_window ON reports (country, family, date_start);
CREATE INDEX ix_reports_event ON reports (event_pk);
CREATE INDEX ix_reports_document ON reports (document_id);
CREATE INDEX ix_events_date ON events (date_start);
CREATE INDEX ix_events_country_date ON events (country, date_start);
CREATE INDEX ix_events_span ON events ((julianday(date_end) - julianday(date_start)));
CREATE INDEX ix_event_actors_actor_date ON event_actors (actor_id, date_start, event_pk);
CREATE TRIGGER tr_events_date_start_actors AFTER UPDATE OF date_start ON events
BEGIN
    UPDATE event_actors SET date_start = NEW.date_start WHERE event_pk = NEW.pk;
END;
COMMIT;
