// Approximate admin1 areas: no admin1 polygons are among the allowed packages, so each country's
// Natural Earth polygon (world-atlas) is sampled on a grid and every cell is given to the admin1
// area of the nearest GeoNames place of that country (a Voronoi partition clipped to the coast).
// An area's point is the area-weighted centroid of its cells: the geographic centre, which is
// what GeoNames and ACLED give a state, even where the places crowd one part of it (southern
// Ontario, coastal Queensland) or stop short of its empty north (Manitoba, Alaska).
'use strict';

// Cells per country: enough that a small province gets a few dozen, few enough to stay fast.
const TARGET_CELLS = 5000;
const MIN_STEP = 0.02, MAX_STEP = 0.25;
const RAD = Math.PI / 180;

function rings(geometry) {
  if (geometry.type === 'Polygon') return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
  return [];
}

// Area in square degrees, scaled by cos(latitude), of all rings (holes subtract by winding).
function areaDeg2(rs) {
  let total = 0;
  for (const r of rs) {
    let a = 0;
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) a += (r[j][0] - r[i][0]) * (r[j][1] + r[i][1]);
    const lat = r.reduce((s, p) => s + p[1], 0) / r.length;
    total += a / 2 * Math.cos(lat * RAD);
  }
  return Math.abs(total);
}

// Cell centres inside the rings, found row by row (even-odd rule, so holes and islands need no care).
function cellsInside(rs, step) {
  const edges = [];
  let south = 90, north = -90;
  for (const r of rs) {
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      edges.push([r[j][0], r[j][1], r[i][0], r[i][1]]);
      south = Math.min(south, r[i][1]); north = Math.max(north, r[i][1]);
    }
  }
  const cells = [];
  for (let row = Math.floor(south / step); row * step < north; row++) {
    const y = (row + 0.5) * step;
    const xs = [];
    for (const [x1, y1, x2, y2] of edges) {
      if ((y1 <= y) !== (y2 <= y)) xs.push(x1 + (y - y1) * (x2 - x1) / (y2 - y1));
    }
    xs.sort((a, b) => a - b);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      for (let col = Math.ceil(xs[k] / step - 0.5); (col + 0.5) * step <= xs[k + 1]; col++) cells.push([y, (col + 0.5) * step]);
    }
  }
  return cells;
}

const unit = (lat, lon) => [Math.cos(lat * RAD) * Math.cos(lon * RAD), Math.cos(lat * RAD) * Math.sin(lon * RAD), Math.sin(lat * RAD)];

// A k-d tree over the places' unit vectors: chord length orders places as great-circle distance
// does, with no special case at the antimeridian.
function kdTree(sites) {
  const pts = sites.map(s => ({ v: unit(s.lat, s.lon), site: s }));
  const build = (lo, hi, depth) => {
    if (lo >= hi) return null;
    const axis = depth % 3, mid = (lo + hi) >> 1;
    const part = pts.slice(lo, hi).sort((a, b) => a.v[axis] - b.v[axis]);
    for (let i = lo; i < hi; i++) pts[i] = part[i - lo];
    return { p: pts[mid], axis, left: build(lo, mid, depth + 1), right: build(mid + 1, hi, depth + 1) };
  };
  return build(0, pts.length, 0);
}

function nearest(tree, v) {
  let best = null, bestD = Infinity;
  const visit = node => {
    if (!node) return;
    const p = node.p.v, d = (p[0] - v[0]) ** 2 + (p[1] - v[1]) ** 2 + (p[2] - v[2]) ** 2;
    if (d < bestD) { bestD = d; best = node.p.site; }
    const diff = v[node.axis] - p[node.axis];
    visit(diff < 0 ? node.left : node.right);
    if (diff * diff < bestD) visit(diff < 0 ? node.right : node.left);
  };
  visit(tree);
  return best;
}

/**
 * The area-weighted centroid of each admin1 area's cells, keyed by admin1 code.
 * @param places [{ iso3, a1code, lat, lon }]
 * @param shapes [{ iso3, geometry }] (GeoJSON Polygon or MultiPolygon)
 */
function admin1Centroids(places, shapes) {
  const sitesByCountry = new Map();
  for (const p of places) {
    if (!p.a1code) continue;
    if (!sitesByCountry.has(p.iso3)) sitesByCountry.set(p.iso3, []);
    sitesByCountry.get(p.iso3).push(p);
  }
  const sums = new Map();
  for (const { iso3, geometry } of shapes) {
    const sites = sitesByCountry.get(iso3);
    if (!sites) continue;
    const rs = rings(geometry);
    const step = Math.min(MAX_STEP, Math.max(MIN_STEP, Math.sqrt(areaDeg2(rs) / TARGET_CELLS)));
    const tree = kdTree(sites);
    for (const [lat, lon] of cellsInside(rs, step)) {
      const site = nearest(tree, unit(lat, lon));
      if (!site) continue;
      const w = Math.cos(lat * RAD) * step * step;
      let s = sums.get(site.a1code);
      if (!s) sums.set(site.a1code, s = { x: 0, y: 0, z: 0 });
      s.x += w * Math.cos(lat * RAD) * Math.cos(lon * RAD);
      s.y += w * Math.cos(lat * RAD) * Math.sin(lon * RAD);
      s.z += w * Math.sin(lat * RAD);
    }
  }
  const result = new Map();
  for (const [code, { x, y, z }] of sums) {
    result.set(code, { lat: Math.atan2(z, Math.hypot(x, y)) / RAD, lon: Math.atan2(y, x) / RAD });
  }
  return result;
}

module.exports = { admin1Centroids };
