#!/usr/bin/env python3
"""Grows a Sitrep store to N events for load benchmarks (not tests).

Each new event copies a real extracted event of the store (with its actors, claims, evidence and
sources, so responses are as large as real ones) and moves it to another date and to a country drawn
so that about 40% are in Mali. The copies go in through `sitrep import` (the events' JSON lines), so
this script does not depend on the store's schema. Usage: fill-bench-store.py STORE.db N [SEED]
"""
import json
import os
import random
import subprocess
import sys
import tempfile
from datetime import date, timedelta

CENTRES = {
    "MLI": (16.0, -3.0), "BFA": (12.3, -1.5), "NER": (15.0, 8.0), "NGA": (9.5, 8.0), "SDN": (14.0, 30.0),
    "SOM": (4.0, 45.5), "COD": (-1.5, 28.0), "UKR": (48.5, 35.0), "SYR": (35.0, 38.0), "YEM": (15.5, 46.0),
}
COUNTRIES = ["MLI"] * 6 + [c for c in CENTRES if c != "MLI"]
SITREP = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "sitrep")


def sitrep(*args: str) -> str:
    return subprocess.run([SITREP, *args], check=True, capture_output=True, text=True).stdout


def main() -> None:
    path, target = sys.argv[1], int(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7)
    templates = [json.loads(line) for line in sitrep("events", "--db", path, "--format", "jsonl", "--limit", "100000").splitlines() if line.strip()]
    if not templates:
        sys.exit(f"{path}: no events to copy; ingest some articles first")
    have = len(templates)
    start = date(2024, 1, 1)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as out:
        for i in range(have, target):
            event = dict(rng.choice(templates))
            country = rng.choice(COUNTRIES)
            lat, lon = CENTRES[country]
            if event["country"] != country:
                event["admin1"] = None
            event["country"] = country
            day = (start + timedelta(days=rng.randrange(700))).isoformat()
            event["id"] = f"bench-{i:06d}"
            event["date_start"] = event["date_end"] = day
            event["latitude"] = round(lat + rng.uniform(-2, 2), 4)
            event["longitude"] = round(lon + rng.uniform(-2, 2), 4)
            if isinstance(event.get("exact"), dict):
                event["exact"] = dict(event["exact"], latitude=event["latitude"], longitude=event["longitude"])
            out.write(json.dumps(event, ensure_ascii=False) + "\n")
    try:
        if target > have:
            sitrep("import", out.name, "--db", path)
    finally:
        os.unlink(out.name)
    print(f"{path}: {max(have, target)} events")


if __name__ == "__main__":
    main()
