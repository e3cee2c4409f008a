#!/usr/bin/env python3
"""Grows a Sitrep store to N events for load benchmarks (not tests).

Each new event copies a real extracted event of the store (with its actors, claims, evidence and
sources, so responses are as large as real ones) and moves it to another date and to a country drawn
so that about 40% are in Mali. Usage: fill-bench-store.py STORE.db N [SEED]
"""
import random
import sqlite3
import sys
from datetime import date, timedelta

CENTRES = {
    "MLI": (16.0, -3.0), "BFA": (12.3, -1.5), "NER": (15.0, 8.0), "NGA": (9.5, 8.0), "SDN": (14.0, 30.0),
    "SOM": (4.0, 45.5), "COD": (-1.5, 28.0), "UKR": (48.5, 35.0), "SYR": (35.0, 38.0), "YEM": (15.5, 46.0),
}
COUNTRIES = ["MLI"] * 6 + [c for c in CENTRES if c != "MLI"]

EVENT_COLUMNS = [
    "document_id", "event_type", "sub_event_type", "plover_type", "plover_mode", "date_precision", "admin1",
    "location", "geo_precision", "fatalities_low", "fatalities_best", "fatalities_high", "background", "aggregate",
    "confidence", "span_start", "span_end", "evidence", "evidence_lower", "country",
]


def main() -> None:
    path, target = sys.argv[1], int(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7)
    db = sqlite3.connect(path)
    db.execute("PRAGMA foreign_keys = ON")
    templates = [row[0] for row in db.execute("SELECT pk FROM events")]
    if not templates:
        sys.exit(f"{path}: no events to copy; ingest some articles first")
    have = db.execute("SELECT count(*) FROM events").fetchone()[0]
    start = date(2024, 1, 1)
    with db:
        for i in range(have, target):
            template = rng.choice(templates)
            row = dict(zip(EVENT_COLUMNS, db.execute(f"SELECT {', '.join(EVENT_COLUMNS)} FROM events WHERE pk = ?", (template,)).fetchone()))
            country = rng.choice(COUNTRIES)
            lat, lon = CENTRES[country]
            if row["country"] != country:
                row["admin1"] = None
            row["country"] = country
            day = (start + timedelta(days=rng.randrange(700))).isoformat()
            columns = EVENT_COLUMNS + ["id", "date_start", "date_end", "latitude", "longitude"]
            values = [row[c] for c in EVENT_COLUMNS] + [f"bench-{i:06d}", day, day,
                                                          round(lat + rng.uniform(-2, 2), 4), round(lon + rng.uniform(-2, 2), 4)]
            cursor = db.execute(f"INSERT INTO events ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", values)
            copy_children(db, template, cursor.lastrowid)
    print(f"{path}: {db.execute('SELECT count(*) FROM events').fetchone()[0]} events")


def copy_children(db: sqlite3.Connection, old: int, new: int) -> None:
    for (actor_row, role, ordinal, actor_id, type_, inter, country) in db.execute(
            "SELECT id, role, ordinal, actor_id, type, inter, country FROM event_actors WHERE event_pk = ?", (old,)).fetchall():
        new_actor = db.execute(
            "INSERT INTO event_actors (event_pk, role, ordinal, actor_id, type, inter, country) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (new, role, ordinal, actor_id, type_, inter, country)).lastrowid
        db.execute("INSERT INTO event_actor_aliases (event_actor_id, ordinal, alias_id) "
                   "SELECT ?, ordinal, alias_id FROM event_actor_aliases WHERE event_actor_id = ?", (new_actor, actor_row))
    db.execute("INSERT INTO event_sources (event_pk, document_id) SELECT ?, document_id FROM event_sources WHERE event_pk = ?", (new, old))
    db.execute("INSERT INTO evidence (event_pk, document_id, ordinal, field, span_start, span_end, text, text_lower) "
               "SELECT ?, document_id, ordinal, field, span_start, span_end, text, text_lower FROM evidence WHERE event_pk = ?", (new, old))
    for (claim, document_id, ordinal, what) in db.execute(
            "SELECT id, document_id, ordinal, what FROM claims WHERE event_pk = ?", (old,)).fetchall():
        new_claim = db.execute("INSERT INTO claims (event_pk, document_id, ordinal, what) VALUES (?, ?, ?, ?)",
                               (new, document_id, ordinal, what)).lastrowid
        db.execute("INSERT INTO claim_by (claim_id, ordinal, name) SELECT ?, ordinal, name FROM claim_by WHERE claim_id = ?", (new_claim, claim))


if __name__ == "__main__":
    main()
