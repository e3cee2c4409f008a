// Calls to the Sitrep HTTP API. Problems (RFC 7807) become errors carrying their detail.
async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    let detail = response.statusText;
    try { detail = (await response.json()).detail ?? detail; } catch { /* body was not JSON */ }
    throw new Error(`${response.status}: ${detail}`);
  }
  return response.json();
}

export const PAGE_LIMIT = 5000;

export async function loadEvents(state) {
  const params = new URLSearchParams({ limit: String(PAGE_LIMIT), sort: 'date' });
  for (const key of ['country', 'type', 'actor']) if (state[key]) params.set(key, state[key]);
  return getJson('/api/events?' + params.toString());
}

export const loadEvent = id => getJson('/api/events/' + encodeURIComponent(id));
export const loadStats = by => getJson('/api/stats?period=month&by=' + encodeURIComponent(by));
