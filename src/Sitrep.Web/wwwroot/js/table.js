// The event table: click a header to sort, type to filter rows, click a row to open the event.
import { el, clear } from './dom.js';
import { colourOf, fatalitiesOf, actorNames } from './types.js';

const COLUMNS = [
  { key: 'date', label: 'Date', value: e => e.date_start },
  { key: 'type', label: 'Type', value: e => e.event_type, cell: e => [el('span', { class: 'type-dot', style: { background: colourOf(e.event_type) } }), e.sub_event_type] },
  { key: 'actors', label: 'Actors', value: e => actorNames(e).join(' vs ') },
  { key: 'place', label: 'Place', value: e => [e.location, e.admin1, e.country].filter(Boolean).join(', ') },
  { key: 'fatalities', label: 'Killed', value: e => fatalitiesOf(e), numeric: true },
];

export function createTable(table, filterInput, countLabel, onSelect) {
  let events = [];
  let sort = { key: 'date', descending: true };
  let selected = null;
  const head = table.tHead, body = table.tBodies[0];

  head.append(el('tr', {}, COLUMNS.map(column => el('th', {
    scope: 'col', dataset: { key: column.key },
    onclick: () => {
      sort = { key: column.key, descending: sort.key === column.key ? !sort.descending : column.numeric === true };
      render();
    },
  }, column.label))));
  filterInput.addEventListener('input', () => render());

  function rowText(e) {
    return COLUMNS.map(c => String(c.value(e))).join(' ').toLowerCase();
  }

  function render() {
    const column = COLUMNS.find(c => c.key === sort.key);
    const needle = filterInput.value.trim().toLowerCase();
    const rows = events.filter(e => needle === '' || rowText(e).includes(needle));
    rows.sort((a, b) => {
      const x = column.value(a), y = column.value(b);
      const order = column.numeric ? x - y : String(x).localeCompare(String(y));
      return sort.descending ? -order : order;
    });
    for (const th of head.querySelectorAll('th')) {
      th.setAttribute('aria-sort', th.dataset.key === sort.key ? (sort.descending ? 'descending' : 'ascending') : 'none');
    }
    clear(body);
    for (const e of rows) {
      body.append(el('tr', { dataset: { id: e.id }, class: e.id === selected ? 'selected' : null, onclick: () => onSelect(e.id) },
        COLUMNS.map(c => el('td', { class: c.numeric ? 'num' : null }, c.cell ? c.cell(e) : String(c.value(e))))));
    }
    countLabel.textContent = `${rows.length} of ${events.length} events`;
  }

  return {
    show(list) { events = list; render(); },
    select(id) {
      selected = id;
      for (const tr of body.rows) tr.classList.toggle('selected', tr.dataset.id === id);
    },
  };
}
