// Wires the dashboard: filters (kept in the URL) → events from the API → map, timeline and table.
import { readState, writeState, inDateRange } from './state.js';
import { loadEvents, loadEvent, loadStats, PAGE_LIMIT } from './api.js';
import { createMap } from './map.js';
import { createTimeline } from './timeline.js';
import { createTable } from './table.js';
import { renderDetail } from './detail.js';
import { el } from './dom.js';
import { TYPE_COLOURS } from './types.js';

const $ = id => document.getElementById(id);
const statusLine = $('status');
const form = $('filters');
let state = readState();
let loaded = [];

const map = createMap($('map'), $('legend'), openEvent);
const timeline = createTimeline($('timeline'), (since, until) => update({ since, until }));
const table = createTable($('events'), $('table-filter'), $('row-count'), openEvent);

async function fillChoices() {
  for (const type of Object.keys(TYPE_COLOURS)) $('f-type').append(el('option', { value: type }, type));
  try {
    const stats = await loadStats('country');
    const countries = [...new Set(stats.rows.map(r => r.group))].sort();
    for (const c of countries) $('f-country').append(el('option', { value: c }, c));
  } catch (error) {
    statusLine.textContent = `Could not load countries: ${error.message}`;
  }
}

function formToState() {
  const data = new FormData(form);
  const next = {};
  for (const [key, value] of data.entries()) if (String(value).trim()) next[key] = String(value).trim();
  return next;
}

function stateToForm() {
  for (const key of ['country', 'type', 'actor', 'since', 'until']) form.elements[key].value = state[key] ?? '';
}

async function update(changes, { push = true, reload = false } = {}) {
  const before = state;
  state = { ...state, ...changes };
  for (const key of Object.keys(state)) if (!state[key]) delete state[key];
  if (push) writeState(state);
  stateToForm();
  const serverChanged = ['country', 'type', 'actor'].some(k => before[k] !== state[k]);
  if (serverChanged || reload) await refresh();
  else render();
}

async function refresh() {
  statusLine.textContent = 'Loading…';
  try {
    const page = await loadEvents(state);
    loaded = page.events;
    statusLine.textContent = page.next ? `Showing the first ${PAGE_LIMIT} events; narrow the filters to see the rest.` : '';
  } catch (error) {
    loaded = [];
    statusLine.textContent = `Could not load events: ${error.message}`;
  }
  render();
}

function render() {
  const visible = loaded.filter(e => inDateRange(e, state));
  timeline.draw(loaded, state);
  map.show(visible);
  table.show(visible);
  document.body.dataset.ready = 'true';
  if (!statusLine.textContent.startsWith('Could not') && !statusLine.textContent.startsWith('Showing')) {
    statusLine.textContent = `${visible.length} events`;
  }
}

async function openEvent(id) {
  if (state.event !== id) { state = { ...state, event: id }; writeState(state); }
  table.select(id);
  try {
    renderDetail($('detail'), await loadEvent(id), closeEvent);
  } catch (error) {
    statusLine.textContent = `Could not load event ${id}: ${error.message}`;
  }
}

function closeEvent() {
  $('detail').hidden = true;
  table.select(null);
  const { event, ...rest } = state;
  state = rest;
  writeState(state);
}

form.addEventListener('submit', event => { event.preventDefault(); update(formToState()); });
$('f-reset').addEventListener('click', () => { form.reset(); update({ country: '', type: '', actor: '', since: '', until: '' }); });
window.addEventListener('popstate', () => {
  state = readState();
  stateToForm();
  refresh().then(() => (state.event ? openEvent(state.event) : ($('detail').hidden = true)));
});

stateToForm();
await fillChoices();
stateToForm();
await refresh();
if (state.event) await openEvent(state.event);
