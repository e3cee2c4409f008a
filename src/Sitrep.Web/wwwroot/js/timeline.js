// Events (bars) and fatalities (line) per week. Dragging across the chart selects a date range
// that filters the map and the table; a click without a drag clears it.
const SVG = 'http://www.w3.org/2000/svg';
const MARGIN = { left: 32, right: 8, top: 8, bottom: 18 };

function svg(tag, attributes = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

export function mondayOf(isoDate) {
  const d = new Date(isoDate + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d;
}

const iso = d => d.toISOString().slice(0, 10);
const addDays = (d, n) => new Date(d.getTime() + n * 86400000);

export function weeklyBins(events) {
  if (events.length === 0) return [];
  const starts = events.map(e => mondayOf(e.date_start).getTime());
  const first = Math.min(...starts), last = Math.max(...starts);
  const bins = new Map();
  for (let t = first; t <= last; t += 7 * 86400000) bins.set(t, { week: new Date(t), events: 0, fatalities: 0 });
  events.forEach((e, i) => {
    const bin = bins.get(starts[i]);
    bin.events += 1;
    bin.fatalities += e.fatalities?.best ?? 0;
  });
  return [...bins.values()];
}

export function createTimeline(element, onBrush) {
  let bins = [];
  let scale = null;

  function draw(events, range) {
    element.replaceChildren();
    bins = weeklyBins(events);
    element.dataset.weeks = String(bins.length);
    const width = element.clientWidth || 600, height = element.clientHeight || 160;
    if (bins.length === 0) {
      element.append(svg('text', { x: MARGIN.left, y: height / 2 }, 'No events'));
      return;
    }
    const plotWidth = width - MARGIN.left - MARGIN.right, plotHeight = height - MARGIN.top - MARGIN.bottom;
    const t0 = bins[0].week.getTime(), t1 = addDays(bins[bins.length - 1].week, 7).getTime();
    scale = { x: t => MARGIN.left + (t - t0) / (t1 - t0) * plotWidth, t: x => t0 + (x - MARGIN.left) / plotWidth * (t1 - t0) };
    const maxEvents = Math.max(...bins.map(b => b.events)), maxDead = Math.max(1, ...bins.map(b => b.fatalities));
    const barWidth = Math.max(1, plotWidth / bins.length - 1);
    for (const b of bins) {
      const h = b.events / maxEvents * plotHeight;
      const bar = svg('rect', { class: 'bar', x: scale.x(b.week.getTime()), y: MARGIN.top + plotHeight - h, width: barWidth, height: h });
      bar.append(svg('title', {}, `week of ${iso(b.week)}: ${b.events} events, ${b.fatalities} killed`));
      element.append(bar);
    }
    const points = bins.map(b => `${scale.x(b.week.getTime()) + barWidth / 2},${MARGIN.top + plotHeight - b.fatalities / maxDead * plotHeight}`);
    element.append(svg('polyline', { class: 'fatalities', points: points.join(' ') }));
    element.append(svg('text', { x: 2, y: MARGIN.top + 8 }, String(maxEvents)));
    element.append(svg('text', { x: MARGIN.left, y: height - 4 }, iso(bins[0].week)));
    element.append(svg('text', { x: width - MARGIN.right, y: height - 4, 'text-anchor': 'end' }, iso(addDays(bins[bins.length - 1].week, 6))));
    if (range.since || range.until) {
      const x0 = range.since ? scale.x(new Date(range.since + 'T00:00:00Z').getTime()) : MARGIN.left;
      const x1 = range.until ? scale.x(addDays(new Date(range.until + 'T00:00:00Z'), 1).getTime()) : width - MARGIN.right;
      element.append(svg('rect', { class: 'brush', x: Math.max(MARGIN.left, x0), y: MARGIN.top, width: Math.max(1, Math.min(x1, width) - Math.max(MARGIN.left, x0)), height: plotHeight }));
    }
  }

  let dragStart = null;
  const localX = event => event.clientX - element.getBoundingClientRect().left;
  element.addEventListener('mousedown', event => { dragStart = localX(event); });
  element.addEventListener('mouseup', event => {
    if (dragStart === null || !scale) return;
    const a = Math.min(dragStart, localX(event)), b = Math.max(dragStart, localX(event));
    dragStart = null;
    if (b - a < 3) { onBrush(null, null); return; }
    const since = iso(new Date(scale.t(a))), until = iso(addDays(new Date(scale.t(b)), -1));
    onBrush(since, until < since ? since : until);
  });

  return { draw };
}
