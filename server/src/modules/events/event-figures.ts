import { TZDate } from '@date-fns/tz';
import { PARIS } from '../../shared/clock.js';
import type { EventCountRow, EventFiguresRow, EventKind, EventRow } from './events.types.js';

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  LABO: 'Rencontre du Labo de la participation',
  TERRITORIAL_MEETING: 'Rencontre territoriale',
  PARTICIPATORY_WORKSHOP: 'Atelier participatif',
  THEMATIC_WORKING_GROUP: 'Groupe de travail thématique',
  GOVERNANCE_MEETING: 'Instance de gouvernance',
  OTHER: 'Autre',
};
const NO_COMMUNE = 'Sans commune précisée';

export const parisYear = (instant: Date) => new TZDate(instant, PARIS).getFullYear();

/** Events and participants summed by a key, in the order keys first appear unless sorted after. */
function countBy(rows: (EventRow & { participants: number })[], keyOf: (r: EventRow) => [string, string]) {
  const counts = new Map<string, EventCountRow>();
  for (const r of rows) {
    const [key, label] = keyOf(r);
    const c = counts.get(key) ?? { key, label, events: 0, participants: 0 };
    c.events += 1;
    c.participants += r.participants;
    counts.set(key, c);
  }
  return [...counts.values()];
}

/** The public figures of held events: by kind (the SDL's order), by commune (most participants first), by year. */
export function eventFigures(
  year: number | null,
  rows: (EventRow & { participants: number })[],
  communeNames: Map<string, string>,
): EventFiguresRow {
  const kindOrder = Object.keys(EVENT_KIND_LABELS);
  return {
    year,
    events: rows.length,
    participants: rows.reduce((sum, r) => sum + r.participants, 0),
    byKind: countBy(rows, (r) => [r.kind, EVENT_KIND_LABELS[r.kind]]).sort(
      (a, b) => kindOrder.indexOf(a.key) - kindOrder.indexOf(b.key),
    ),
    byCommune: countBy(rows, (r) => {
      const name = r.communeId ? communeNames.get(r.communeId) : undefined;
      return name ? [r.communeId!, name] : ['', NO_COMMUNE];
    }).sort((a, b) => b.participants - a.participants || a.label.localeCompare(b.label, 'fr')),
    byYear: countBy(rows, (r) => {
      const y = String(parisYear(r.startsAt));
      return [y, y];
    }).sort((a, b) => a.key.localeCompare(b.key)),
    heldEvents: rows,
  };
}
