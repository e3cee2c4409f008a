// The shared filters, kept in the URL so a view can be bookmarked and shared.
// Server filters (country, type, actor) pick the events loaded; the date range filters them in the page,
// so brushing the timeline does not empty the timeline itself.
export const FILTER_KEYS = ['country', 'type', 'actor', 'since', 'until'];

export function readState(search = window.location.search) {
  const params = new URLSearchParams(search);
  const state = {};
  for (const key of [...FILTER_KEYS, 'event']) {
    const value = params.get(key);
    if (value) state[key] = value;
  }
  return state;
}

export function writeState(state, replace = false) {
  const params = new URLSearchParams();
  for (const key of [...FILTER_KEYS, 'event']) {
    if (state[key]) params.set(key, state[key]);
  }
  const query = params.toString();
  const url = window.location.pathname + (query ? '?' + query : '');
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
}

export function inDateRange(event, state) {
  if (state.since && event.date_end < state.since) return false;
  if (state.until && event.date_start > state.until) return false;
  return true;
}
