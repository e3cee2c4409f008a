#!/usr/bin/env bash
# Fetches the dashboard's front-end libraries from npm (pinned by web/package-lock.json) and copies
# their dist files into src/Sitrep.Web/wwwroot/vendor, which the server serves locally (no CDN).
# Both node_modules and vendor/ are ignored by git. Does nothing when vendor/ is newer than the lock.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
web="$root/web"
vendor="$root/src/Sitrep.Web/wwwroot/vendor"
stamp="$vendor/.stamp"

if [ -f "$stamp" ] && [ "$stamp" -nt "$web/package-lock.json" ] && [ "${1:-}" != "--force" ]; then
  exit 0
fi
if ! command -v npm >/dev/null; then
  echo "web-assets: npm is not installed (apt-get install -y npm); the dashboard will lack its libraries" >&2
  exit 1
fi

echo "web-assets: npm ci in web/" >&2
(cd "$web" && npm ci --no-audit --no-fund --loglevel=error >&2)

rm -rf "$vendor"
mkdir -p "$vendor/leaflet" "$vendor/markercluster" "$vendor/topojson" "$vendor/world-atlas"
nm="$web/node_modules"
cp "$nm/leaflet/dist/leaflet.js" "$nm/leaflet/dist/leaflet.css" "$vendor/leaflet/"
cp -r "$nm/leaflet/dist/images" "$vendor/leaflet/"
cp "$nm/leaflet.markercluster/dist/leaflet.markercluster.js" \
   "$nm/leaflet.markercluster/dist/MarkerCluster.css" \
   "$nm/leaflet.markercluster/dist/MarkerCluster.Default.css" "$vendor/markercluster/"
cp "$nm/topojson-client/dist/topojson-client.min.js" "$vendor/topojson/"
cp "$nm/world-atlas/countries-50m.json" "$vendor/world-atlas/"
for package in leaflet leaflet.markercluster topojson-client world-atlas; do
  cp "$nm/$package/LICENSE"* "$vendor/$(basename "$package" | sed 's/leaflet.markercluster/markercluster/; s/topojson-client/topojson/')/LICENSE-$package.txt" 2>/dev/null || true
done
touch "$stamp"
echo "web-assets: copied libraries into $vendor" >&2
