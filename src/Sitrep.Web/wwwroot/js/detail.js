// The event view: every field with its evidence highlighted in the source text, the sources, and
// claims shown as claims. All text goes in through text nodes.
import { el, clear, safeLink } from './dom.js';
import { colourOf } from './types.js';

const CLAIM_VERBS = {
  responsibility: 'claims responsibility',
  fatalities: 'claims the death toll',
  occurrence: 'reports that it happened',
  denial: 'denies it',
};

const actorText = a => a ? a.name + (a.aliases?.length ? ` (“${a.aliases.join('”, “')}”)` : '') : '—';

function fields(e) {
  const f = e.fatalities ?? {};
  const toll = f.best === null || f.best === undefined ? 'unknown'
    : `${f.best}` + (f.low !== f.best || f.high !== f.best ? ` (range ${f.low ?? '?'}–${f.high ?? '?'})` : '');
  return [
    { label: 'Type', evidence: 'event', text: `${e.event_type} — ${e.sub_event_type}` },
    { label: 'Date', evidence: 'date', text: e.date_start === e.date_end ? `${e.date_start} (${e.date_precision})` : `${e.date_start} to ${e.date_end} (${e.date_precision})` },
    { label: 'Place', evidence: 'place', text: [e.location, e.admin1, e.country].filter(Boolean).join(', ') + ` (${e.geo_precision})` },
    { label: 'Actor 1', evidence: 'actor1', text: [actorText(e.actor1), ...e.assoc_actor1.map(actorText)].join('; ') },
    { label: 'Actor 2', evidence: 'actor2', text: [actorText(e.actor2), ...e.assoc_actor2.map(actorText)].join('; ') },
    { label: 'Fatalities', evidence: 'fatalities', text: toll },
    { label: 'Confidence', evidence: null, text: String(e.confidence) },
  ];
}

// Splits the window at every evidence boundary; each piece is marked with the fields whose evidence covers it.
export function highlight(context, evidence) {
  const start = context.start, text = context.text;
  const spans = evidence
    .map(v => ({ field: v.field, from: Math.max(0, v.start - start), to: Math.min(text.length, v.end - start) }))
    .filter(s => s.to > s.from);
  const cuts = [...new Set([0, text.length, ...spans.flatMap(s => [s.from, s.to])])].sort((a, b) => a - b);
  const nodes = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const piece = text.slice(cuts[i], cuts[i + 1]);
    const covering = spans.filter(s => s.from <= cuts[i] && s.to >= cuts[i + 1]).map(s => s.field);
    if (covering.length === 0) { nodes.push(document.createTextNode(piece)); continue; }
    const onlySentence = covering.every(f => f === 'event');
    nodes.push(el('mark', { class: 'evidence' + (onlySentence ? ' sentence' : ''), dataset: { fields: [...new Set(covering)].join(' ') } }, piece));
  }
  return nodes;
}

export function renderDetail(panel, e, onClose) {
  clear(panel);
  panel.hidden = false;
  panel.dataset.eventId = e.id;
  const evidenceFields = new Set(e.evidence.map(v => v.field));
  const source = el('div', { class: 'source-text' });
  const activate = field => {
    for (const mark of source.querySelectorAll('mark.evidence')) {
      mark.classList.toggle('active', field !== null && mark.dataset.fields.split(' ').includes(field));
    }
    source.querySelector('mark.active')?.scrollIntoView({ block: 'nearest' });
  };

  panel.append(
    el('button', { class: 'close', type: 'button', 'aria-label': 'Close', onclick: onClose }, '×'),
    el('h2', {}, el('span', { class: 'type-dot', style: { background: colourOf(e.event_type) } }), `${e.sub_event_type}, ${e.location ?? e.country}, ${e.date_start}`),
    el('dl', {}, fields(e).flatMap(f => {
      const has = f.evidence !== null && evidenceFields.has(f.evidence);
      return [el('dt', {}, f.label), el('dd', {
        class: has ? 'has-evidence' : null, dataset: { field: f.evidence ?? '' },
        title: has ? 'Show the evidence in the source text' : null,
        onmouseenter: has ? () => activate(f.evidence) : null,
        onclick: has ? () => activate(f.evidence) : null,
      }, f.text)];
    })));

  panel.append(el('h3', {}, 'Claims'));
  panel.append(e.claims.length === 0 ? el('p', {}, 'No claims: the report states the event itself.')
    : el('ul', { class: 'claims' }, e.claims.map(c => el('li', {}, `${c.by.length ? c.by.join(' and ') : 'An unnamed source'} ${CLAIM_VERBS[c.what] ?? c.what}`))));

  panel.append(el('h3', {}, 'Sources'));
  panel.append(el('ul', { class: 'sources' }, e.sources.map(s => el('li', {},
    s.url ? safeLink(s.url, s.outlet ?? s.url) : (s.outlet ?? s.source), s.published ? ` — ${s.published}` : '', ` (document ${s.document_id})`))));

  panel.append(el('h3', {}, 'Evidence in the source text'));
  if (e.context) {
    const ctx = e.context;
    if (ctx.title) panel.append(el('p', {}, el('strong', {}, ctx.title)));
    source.append(ctx.start > 0 ? '… ' : '', ...highlight(ctx, e.evidence), ctx.end < ctx.document_length ? ' …' : '');
    panel.append(source);
  } else {
    panel.append(el('p', {}, 'The source document is not in the store.'));
  }
}
