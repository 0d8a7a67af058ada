import { TZDate } from '@date-fns/tz';
import type { TerritoryFile } from './territory-file.schema.js';

type FileEvent = NonNullable<TerritoryFile['participationEvents']>[number];
type Row = Record<string, unknown>;

interface PlanContext {
  territoryId: string;
  /** Communes by normalized name (official names and the sources' spellings). */
  communeIds: Map<string, string>;
  idFor: (kind: string, ...key: string[]) => string;
  /** import.plan's name normalization (case, accents, dashes). */
  normalizeName: (name: string) => string;
  now: Date;
}

/** The sources' kinds, as the events module names them; any other is OTHER. */
const KINDS: Record<string, string> = {
  labo: 'LABO',
  rencontre_territoriale: 'TERRITORIAL_MEETING',
  chantier_participatif: 'PARTICIPATORY_WORKSHOP',
  atelier: 'PARTICIPATORY_WORKSHOP',
  groupe_technique: 'THEMATIC_WORKING_GROUP',
  gat: 'THEMATIC_WORKING_GROUP',
  comite_pilotage: 'GOVERNANCE_MEETING',
};

/** Midnight in Paris of a calendar day (a day or month past the end rolls over, as Date does). */
const parisMidnight = (y: number, m: number, d: number) => new Date(new TZDate(y, m - 1, d, 'Europe/Paris').getTime());
const parts = (v: string) => v.split('-').map(Number) as [number, number, number?];

/**
 * The period an event covers, as precisely as the source gives it: a day (through `endDate`), a month
 * (through an `endDate` month) or a year; null without a date or a year. Ends are exclusive, at
 * midnight in Paris.
 */
export function eventPeriod(e: Pick<FileEvent, 'date' | 'endDate' | 'year'>) {
  const day = /^\d{4}-\d{2}-\d{2}$/;
  const month = /^\d{4}-\d{2}$/;
  if (e.date && day.test(e.date)) {
    const [y, m, d] = parts(e.date);
    const [ey, em, ed] = parts(e.endDate && day.test(e.endDate) && e.endDate >= e.date ? e.endDate : e.date);
    return { precision: 'DAY', startsAt: parisMidnight(y, m, d!), endsAt: parisMidnight(ey, em, ed! + 1) };
  }
  if (e.date && month.test(e.date)) {
    const [y, m] = parts(e.date);
    const [ey, em] = parts(e.endDate && month.test(e.endDate) && e.endDate >= e.date ? e.endDate : e.date);
    return { precision: 'MONTH', startsAt: parisMidnight(y, m, 1), endsAt: parisMidnight(ey, em + 1, 1) };
  }
  if (!e.date && e.year) {
    return {
      precision: 'YEAR',
      startsAt: parisMidnight(e.year, 1, 1),
      endsAt: parisMidnight(e.year + 1, 1, 1),
    };
  }
  return null;
}

/** The commune an event names (its `commune`, or its place « Salle X, Béthune » when a part is a commune). */
function communeOfEvent(e: FileEvent, { communeIds, normalizeName }: PlanContext) {
  const candidates = [e.commune, e.place, ...(e.place?.split(',') ?? [])].filter((v): v is string => Boolean(v));
  for (const c of candidates) {
    const id = communeIds.get(normalizeName(c));
    if (id) return id;
  }
  return null;
}

/**
 * Rows of participation_events for the file's past events: a stable import key (date and title), hence a
 * stable id, so a re-import updates them. Events of the past are HELD unless the source says planned.
 */
export function planParticipationEvents(events: FileEvent[], ctx: PlanContext): Row[] {
  const { normalizeName } = ctx;
  return events.flatMap((e) => {
    const period = eventPeriod(e);
    if (!period) return [];
    const importKey = `${e.date ?? e.year}|${normalizeName(e.title)}`;
    const planned = e.status ? normalizeName(e.status) === 'planned' : false;
    return [
      {
        id: ctx.idFor('participation-event', importKey),
        territory_id: ctx.territoryId,
        kind: KINDS[normalizeName(e.kind).replace(/ /g, '_')] ?? 'OTHER',
        title: e.title,
        starts_at: period.startsAt.toISOString(),
        ends_at: period.endsAt.toISOString(),
        date_precision: period.precision,
        place: e.place ?? null,
        commune_id: communeOfEvent(e, ctx),
        topics: e.themes ?? [],
        organiser: e.organiser ?? null,
        sessions: e.sessions ?? e.occurrences ?? 1,
        status: !planned && period.endsAt <= ctx.now ? 'HELD' : 'PLANNED',
        participants_reported: e.participants ?? null,
        participants_note: e.participantsScope ?? e.participantsNote ?? null,
        import_key: importKey,
        source: e.source ?? null,
        // Deterministic, so importing the same file again writes nothing.
        created_at: period.startsAt.toISOString(),
        updated_at: period.startsAt.toISOString(),
      },
    ];
  });
}
