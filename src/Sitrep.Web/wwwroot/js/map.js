// The map: Natural Earth country borders (no tile server), events as circles coloured by type and
// sized by fatalities, clustered where dense; a click opens the event's card.
import { el } from './dom.js';
import { colourOf, fatalitiesOf, actorNames, TYPE_COLOURS } from './types.js';

export function createMap(container, legend, onOpen) {
  const L = window.L;
  if (!L) {
    container.append(el('p', { class: 'missing' }, 'Map libraries are missing: run scripts/web-assets.sh.'));
    return { show() {} };
  }
  const map = L.map(container, { worldCopyJump: true, minZoom: 2, maxZoom: 12 }).setView([15, 0], 4);
  loadBorders(map);
  const cluster = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 });
  map.addLayer(cluster);
  drawLegend(legend);

  function show(events) {
    cluster.clearLayers();
    const located = events.filter(e => e.latitude !== null && e.longitude !== null);
    const markers = located.map(e => {
      const marker = L.circleMarker([e.latitude, e.longitude], {
        radius: Math.min(22, 5 + 2 * Math.sqrt(fatalitiesOf(e))),
        color: '#222', weight: 1, fillColor: colourOf(e.event_type), fillOpacity: 0.8,
        className: 'event-marker',
      });
      marker.bindPopup(() => card(e, onOpen));
      return marker;
    });
    cluster.addLayers(markers);
    container.dataset.markers = String(markers.length);
    if (markers.length > 0) map.fitBounds(L.latLngBounds(located.map(e => [e.latitude, e.longitude])).pad(0.3), { maxZoom: 7 });
  }

  return { show, map };
}

async function loadBorders(map) {
  try {
    const response = await fetch('vendor/world-atlas/countries-50m.json');
    const world = await response.json();
    const countries = window.topojson.feature(world, world.objects.countries);
    window.L.geoJSON(countries, {
      interactive: false,
      style: { color: '#667', weight: 0.8, fillColor: '#f7f4ee', fillOpacity: 1 },
    }).addTo(map).bringToBack();
    map.getContainer().dataset.borders = String(countries.features.length);
  } catch (error) {
    console.error('country borders could not be loaded', error);
  }
}

function card(e, onOpen) {
  const fatalities = e.fatalities?.best;
  return el('div', { class: 'event-card' },
    el('h3', {}, el('span', { class: 'type-dot', style: { background: colourOf(e.event_type) } }), `${e.event_type} — ${e.sub_event_type}`),
    el('div', {}, `${e.date_start}${e.date_end !== e.date_start ? ' to ' + e.date_end : ''}`),
    el('div', {}, [e.location, e.admin1, e.country].filter(Boolean).join(', ')),
    el('div', {}, actorNames(e).join(' vs ') || 'no actor coded'),
    el('div', {}, fatalities === null || fatalities === undefined ? 'fatalities unknown' : `${fatalities} killed`),
    el('button', { type: 'button', onclick: () => onOpen(e.id) }, 'Evidence'));
}

function drawLegend(legend) {
  for (const [type, colour] of Object.entries(TYPE_COLOURS)) {
    legend.append(el('span', { class: 'swatch', style: { background: colour } }), type);
  }
}
