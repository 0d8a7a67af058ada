import { toPage, type PageArgs } from '../../shared/pagination.js';
import { parseInput } from '../../shared/validation.js';
import { renderMarkdown } from '../../shared/markdown.js';
import { DomainError } from '../../shared/errors.js';
import type { EventsRequest } from './events.deps.js';
import { createEventsStore } from './events.store.js';
import { eventListFilter } from './events.inputs.js';
import { eventFigures } from './event-figures.js';
import { eventIcsPath } from './event-ics.js';
import { mayManageEvents } from './events.policy.js';
import type { FrameworkItemRow } from '../territory/index.js';
import type { EventListFilter, EventRow } from './events.types.js';

const MAX_NEXT_EVENTS = 10;

/** Lists, one event, a quartier's next ones, an event's computed fields and the figures. */
export function createEventReads(deps: EventsRequest) {
  const { ds, clock, viewer, publicUrl } = deps;
  const loaders = deps.loaders.events;
  const keyOf = (e: EventRow) => ({ territoryId: e.territoryId, id: e.id });
  const counts = (e: EventRow) => loaders.countsByEventId.load(keyOf(e));
  const prime = <R extends EventRow>(rows: R[]) => {
    for (const r of rows) loaders.eventById.prime(keyOf(r), r);
    return rows;
  };

  return {
    async list(territoryId: string, args: PageArgs & { filter?: EventListFilter | null }) {
      const filter = parseInput(eventListFilter, args.filter) ?? {};
      if (filter.from && filter.to && filter.to <= filter.from) {
        throw new DomainError('BAD_USER_INPUT', 'La fin de la période doit venir après son début.', {
          'filter.to': 'après le début',
        });
      }
      const page = await createEventsStore(ds).list(territoryId, toPage(args), filter, clock.now());
      prime(page.edges.map((e) => e.node));
      return page;
    },

    event: (territoryId: string, id: string) => loaders.eventById.load({ territoryId, id }),

    async nextEvents(territoryId: string, quartierId: string, first: number | null | undefined) {
      const limit = first ?? 3;
      if (!Number.isInteger(limit) || limit < 0 || limit > MAX_NEXT_EVENTS) {
        throw new DomainError('BAD_USER_INPUT', `« first » doit être compris entre 0 et ${MAX_NEXT_EVENTS}.`, {
          first: 'hors limites',
        });
      }
      return prime(await loaders.nextByQuartier.load({ territoryId, quartierId, limit }));
    },

    themes: async (e: EventRow) => {
      const links = await loaders.themesByEventId.load(keyOf(e));
      const items = await deps.loaders.territory.frameworkItemById.loadMany(
        links.map((l) => ({ territoryId: e.territoryId, id: l.themeId })),
      );
      return items
        .filter((i): i is FrameworkItemRow => i !== null && !(i instanceof Error))
        .sort((a, b) => a.position - b.position);
    },
    outcomes: (e: EventRow) => loaders.outcomesByEventId.load(keyOf(e)),
    accessibility: (e: EventRow) => ({
      stepFreeAccess: e.stepFreeAccess,
      childcare: e.childcare,
      interpretation: e.interpretation,
      hearingLoop: e.hearingLoop,
      note: e.accessibilityNote,
    }),
    minutesHtml: (e: EventRow) => (e.minutes ? renderMarkdown(e.minutes) : null),
    confirmedCount: async (e: EventRow) => (await counts(e)).confirmed,
    waitingCount: async (e: EventRow) => (await counts(e)).waiting,
    placesLeft: async (e: EventRow) =>
      e.capacity === null ? null : Math.max(0, e.capacity - (await counts(e)).confirmed),
    /** Who came is staff's to know before the event is held; the participant count is public. */
    checkedInCount: async (e: EventRow) => (mayManageEvents(viewer, e.territoryId) ? (await counts(e)).checkedIn : 0),
    async participantCount(e: EventRow) {
      if (e.participantsReported !== null) return e.participantsReported;
      // An imported meeting without a count was not counted (its file says nothing), not attended by nobody.
      if (e.importKey !== null) return null;
      return e.status === 'HELD' ? (await counts(e)).checkedIn + e.walkIns : null;
    },
    async icsUrl(e: EventRow) {
      const territory = await deps.loaders.territory.territoryById.load(e.territoryId);
      return `${publicUrl}${eventIcsPath(territory!.code, e.id)}`;
    },

    async figures(territoryId: string, year: number | null | undefined) {
      if (year != null && (!Number.isInteger(year) || year < 1900 || year > 2200)) {
        throw new DomainError('BAD_USER_INPUT', 'Année invalide.', { year: 'année invalide' });
      }
      const rows = prime(await createEventsStore(ds).heldEvents(territoryId, year ?? null, clock.now()));
      const communes = await deps.loaders.territory.communeById.loadMany(
        [...new Set(rows.flatMap((r) => (r.communeId ? [r.communeId] : [])))].map((id) => ({ territoryId, id })),
      );
      const names = new Map(communes.flatMap((c) => (c && !(c instanceof Error) ? [[c.id, c.name] as const] : [])));
      return eventFigures(year ?? null, rows, names);
    },

    settings: (territoryId: string) => loaders.settingsByTerritoryId.load(territoryId),
  };
}
