// ACLED event types and the colour each is drawn in.
export const TYPE_COLOURS = {
  'Battles': '#c0392b',
  'Explosions/Remote violence': '#e67e22',
  'Violence against civilians': '#8e44ad',
  'Protests': '#2980b9',
  'Riots': '#16a085',
  'Strategic developments': '#7f8c8d',
};

export function colourOf(type) {
  return TYPE_COLOURS[type] ?? '#34495e';
}

export function fatalitiesOf(event) {
  return event.fatalities?.best ?? 0;
}

export function actorNames(event) {
  return [event.actor1, ...(event.assoc_actor1 ?? []), event.actor2, ...(event.assoc_actor2 ?? [])]
    .filter(Boolean)
    .map(a => a.name);
}
