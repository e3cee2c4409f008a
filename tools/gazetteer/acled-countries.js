// Builds data/gazetteer/acled-countries.tsv: for each country, its ISO 3166-1 numeric code (from
// world-countries), the name ACLED prints (data/actors/countries.tsv, else world-countries' common
// name) and ACLED's region. ACLED's regions follow the UN M49 subregions with the changes listed
// in REGION_OF_SUBREGION and OVERRIDES below. Deterministic: the same inputs give identical bytes.
'use strict';
const fs = require('fs');
const path = require('path');

const out = process.argv[2] || path.join(__dirname, '..', '..', 'data', 'gazetteer');
const actorCountries = process.argv[3] || path.join(__dirname, '..', '..', 'data', 'actors', 'countries.tsv');
const countries = require('world-countries/countries.json');
const version = JSON.parse(fs.readFileSync(path.join(__dirname, 'node_modules', 'world-countries', 'package.json'), 'utf8')).version;

// UN subregion (as world-countries spells it) -> ACLED region.
const REGION_OF_SUBREGION = {
  'Western Africa': 'Western Africa',
  'Middle Africa': 'Middle Africa',
  'Eastern Africa': 'Eastern Africa',
  'Northern Africa': 'Northern Africa',
  'Southern Africa': 'Southern Africa',
  'Western Asia': 'Middle East',
  'Southern Asia': 'South Asia',
  'South-Eastern Asia': 'Southeast Asia',
  'Eastern Asia': 'East Asia',
  'Central Asia': 'Caucasus and Central Asia',
  'Caribbean': 'Caribbean',
  'Central America': 'Central America',
  'South America': 'South America',
  'North America': 'North America',
  'Australia and New Zealand': 'Oceania',
  'Melanesia': 'Oceania',
  'Micronesia': 'Oceania',
  'Polynesia': 'Oceania',
};

// Where ACLED's regions depart from the UN subregions.
const OVERRIDES = {
  ARM: 'Caucasus and Central Asia', AZE: 'Caucasus and Central Asia', GEO: 'Caucasus and Central Asia',
  IRN: 'Middle East',
  CYP: 'Europe',
  MEX: 'Central America',
  SSD: 'Eastern Africa',
  AGO: 'Southern Africa', MOZ: 'Southern Africa', MWI: 'Southern Africa', ZMB: 'Southern Africa', ZWE: 'Southern Africa',
};

const clean = s => String(s ?? '').replace(/[\t\r\n]+/g, ' ').trim();

const acledName = new Map();
for (const line of fs.readFileSync(actorCountries, 'utf8').split('\n')) {
  if (!line || line.startsWith('#') || line.startsWith('iso3\t')) continue;
  const cells = line.split('\t');
  if (cells[0] && cells[1]) acledName.set(cells[0], clean(cells[1]));
}

function regionOf(c) {
  if (OVERRIDES[c.cca3]) return OVERRIDES[c.cca3];
  if (c.region === 'Europe') return 'Europe';
  if (c.region === 'Antarctic') return 'Antarctica';
  const region = REGION_OF_SUBREGION[c.subregion];
  if (!region) throw new Error(`no ACLED region for ${c.cca3} (${c.region} / ${c.subregion})`);
  return region;
}

const rows = [];
for (const c of countries) {
  if (!c.cca3) continue;
  // Kosovo has no ISO 3166-1 numeric code; ACLED writes 0. world-countries codes it UNK, other
  // sources XKX, so both are listed.
  const numeric = c.ccn3 ? String(Number(c.ccn3)) : '0';
  const name = acledName.get(c.cca3) || clean(c.name.common);
  rows.push([c.cca3, numeric, name, regionOf(c)]);
  if (c.cca3 === 'UNK') rows.push(['XKX', numeric, acledName.get('XKX') || name, regionOf(c)]);
}
rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

const text = '# sitrep-gazetteer acled-countries v1\n' +
  `# built by tools/gazetteer/acled-countries.js from world-countries@${version} and data/actors/countries.tsv\n` +
  '# iso_numeric: ISO 3166-1 numeric without leading zeros, as ACLED prints it; region: ACLED region\n' +
  ['iso3', 'iso_numeric', 'country', 'region'].join('\t') + '\n' +
  rows.map(r => r.join('\t')).join('\n') + '\n';
fs.writeFileSync(path.join(out, 'acled-countries.tsv'), text);
console.log(`acled-countries ${rows.length}`);
