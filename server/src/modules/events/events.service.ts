import { DomainError } from '../../shared/errors.js';
import type { Queryable } from '../../shared/sql.js';
import { parseInput } from '../../shared/validation.js';
import { actorOf } from '../../authz/index.js';
import { recordAudit, type StoredAuditAction } from '../audit/index.js';
import type { EventsRequest } from './events.deps.js';
import { createEventsStore } from './events.store.js';
import type { EventFields } from './event-core.store.js';
import { createEventReads } from './event-reads.js';
import {
  createEventInput,
  eventSettingsInput,
  recordOutcomesInput,
  setEventStatusInput,
  setWalkInsInput,
  updateEventInput,
  type EventInput,
} from './events.inputs.js';
import { demandEventsManager } from './events.policy.js';
import type { EventRow } from './events.types.js';

const MESSAGES = {
  created: 'Événement créé.',
  updated: 'Événement enregistré.',
  PLANNED: 'L’événement est de nouveau prévu.',
  HELD: 'L’événement est noté comme tenu.',
  CANCELLED: 'L’événement est annulé : les personnes inscrites sont prévenues par email.',
  outcomes: 'Compte rendu enregistré.',
  walkIns: 'Participants sans inscription enregistrés.',
} as const;

/** What the journal keeps of an event: enough to tell what changed, no personal data. */
const audited = (e: EventRow) => ({
  title: e.title,
  kind: e.kind,
  startsAt: e.startsAt.toISOString(),
  capacity: e.capacity,
  status: e.status,
});

/** Events: creation, changes, status, outcomes, walk-ins, settings; reads and figures come from event-reads. */
export function createEventsService(deps: EventsRequest) {
  const { ds, clock, viewer, requestId } = deps;
  const loaders = deps.loaders.events;

  /** The form's values, checked against the territory: dates in order, commune, quartier and themes its own. */
  async function checkedFields(territoryId: string, input: EventInput): Promise<EventFields> {
    if (input.endsAt <= input.startsAt) {
      throw new DomainError('BAD_USER_INPUT', 'La fin de l’événement doit venir après son début.', {
        'event.endsAt': 'après le début',
      });
    }
    const t = deps.loaders.territory;
    const [commune, quartier, themes] = await Promise.all([
      input.communeId ? t.communeById.load({ territoryId, id: input.communeId }) : null,
      input.quartierId ? t.quartierById.load({ territoryId, id: input.quartierId }) : null,
      t.frameworkItemById.loadMany(input.themeIds.map((id) => ({ territoryId, id }))),
    ]);
    const unknown = (field: string, what: string) =>
      new DomainError('BAD_USER_INPUT', `${what} n’appartient pas à ce territoire.`, { [`event.${field}`]: 'inconnu' });
    if (input.communeId && !commune) throw unknown('communeId', 'Cette commune');
    if (input.quartierId && !quartier) throw unknown('quartierId', 'Ce quartier');
    if (themes.some((theme) => !theme || theme instanceof Error)) throw unknown('themeIds', 'Un des thèmes');
    const { accessibility: a, themeIds: _themes, ...rest } = input;
    return {
      ...rest,
      stepFreeAccess: a.stepFreeAccess,
      childcare: a.childcare,
      interpretation: a.interpretation,
      hearingLoop: a.hearingLoop,
      accessibilityNote: a.note,
    };
  }

  async function locked(tx: Queryable, territoryId: string, eventId: string) {
    const event = await createEventsStore(tx).lockEvent(territoryId, eventId);
    if (!event) throw new DomainError('NOT_FOUND', 'Événement introuvable dans ce territoire.');
    return event;
  }

  const audit = (
    tx: Queryable,
    territoryId: string,
    action: StoredAuditAction,
    target: string,
    before: object | null,
    after: object,
  ) =>
    recordAudit(tx, clock, actorOf(viewer), requestId, {
      territoryId,
      action,
      targetType: 'ParticipationEvent',
      targetId: target,
      before,
      after,
    });

  /** Reads after a change see it: the event's cached rows are dropped. */
  function changed(event: EventRow) {
    const key = { territoryId: event.territoryId, id: event.id };
    for (const loader of [loaders.eventById, loaders.themesByEventId, loaders.outcomesByEventId]) loader.clear(key);
    loaders.countsByEventId.clear(key);
    loaders.eventById.prime(key, event);
  }

  return {
    ...createEventReads(deps),

    async createEvent(input: unknown) {
      const i = parseInput(createEventInput, input);
      demandEventsManager(viewer, i.territoryId);
      const fields = await checkedFields(i.territoryId, i.event);
      const event = await ds.transaction(async (tx) => {
        const store = createEventsStore(tx);
        const created = await store.insertEvent(i.territoryId, fields, actorOf(viewer).id, clock.now());
        await store.replaceThemes(i.territoryId, created.id, i.event.themeIds);
        await audit(tx, i.territoryId, 'event.create', created.id, null, audited(created));
        return created;
      });
      changed(event);
      return { event, message: MESSAGES.created };
    },

    /** A larger capacity (or none) promotes waiting people, in the same transaction. */
    async updateEvent(input: unknown) {
      const i = parseInput(updateEventInput, input);
      demandEventsManager(viewer, i.territoryId);
      const fields = await checkedFields(i.territoryId, i.event);
      const event = await ds.transaction(async (tx) => {
        const before = await locked(tx, i.territoryId, i.eventId);
        if (before.status === 'CANCELLED') {
          throw new DomainError('CONFLICT', 'Cet événement est annulé : il ne peut plus être modifié.');
        }
        const store = createEventsStore(tx);
        const after = await store.updateEvent(i.territoryId, before.id, fields, clock.now());
        await store.replaceThemes(i.territoryId, before.id, i.event.themeIds);
        const morePlaces =
          after.capacity === null ? before.capacity !== null : after.capacity > (before.capacity ?? Infinity);
        if (morePlaces) await deps.services.eventRegistrations.promoteWaiting(tx, after);
        await audit(tx, i.territoryId, 'event.update', before.id, audited(before), audited(after));
        return after;
      });
      changed(event);
      return { event, message: MESSAGES.updated };
    },

    /** Held once it has begun; cancelled for good, every live registrant emailed in the same transaction. */
    async setEventStatus(input: unknown) {
      const i = parseInput(setEventStatusInput, input);
      demandEventsManager(viewer, i.territoryId);
      const event = await ds.transaction(async (tx) => {
        const before = await locked(tx, i.territoryId, i.eventId);
        if (before.status === i.status) return before;
        if (before.status === 'CANCELLED') {
          throw new DomainError(
            'CONFLICT',
            'Cet événement est annulé et ses inscrits prévenus : il ne peut pas être rétabli.',
          );
        }
        if (i.status === 'HELD' && before.startsAt > clock.now()) {
          throw new DomainError('BAD_USER_INPUT', 'Un événement ne peut être noté comme tenu qu’une fois commencé.', {
            status: 'événement pas encore commencé',
          });
        }
        const message = i.status === 'CANCELLED' ? i.message : null;
        const after = await createEventsStore(tx).setStatus(i.territoryId, before.id, i.status, message, clock.now());
        if (i.status === 'CANCELLED') await deps.services.eventRegistrations.notifyCancellation(tx, after, message);
        await audit(
          tx,
          i.territoryId,
          'event.status',
          before.id,
          { status: before.status },
          { status: after.status, title: after.title },
        );
        return after;
      });
      changed(event);
      return { event, message: MESSAGES[event.status] };
    },

    /** Minutes (Markdown) and the outcomes, replaced as a whole, in the order given. */
    async recordEventOutcomes(input: unknown) {
      const i = parseInput(recordOutcomesInput, input);
      demandEventsManager(viewer, i.territoryId);
      const event = await ds.transaction(async (tx) => {
        const before = await locked(tx, i.territoryId, i.eventId);
        const store = createEventsStore(tx);
        const after = await store.setMinutes(i.territoryId, before.id, i.minutes, clock.now());
        await store.replaceOutcomes(i.territoryId, before.id, i.outcomes);
        await audit(tx, i.territoryId, 'event.outcomes', before.id, null, {
          title: after.title,
          minutes: i.minutes !== null,
          outcomes: i.outcomes.length,
        });
        return after;
      });
      changed(event);
      return { event, message: MESSAGES.outcomes };
    },

    async setEventWalkIns(input: unknown) {
      const i = parseInput(setWalkInsInput, input);
      demandEventsManager(viewer, i.territoryId);
      const event = await ds.transaction(async (tx) => {
        const before = await locked(tx, i.territoryId, i.eventId);
        if (before.status === 'CANCELLED') {
          throw new DomainError('CONFLICT', 'Cet événement est annulé : personne n’y a participé.');
        }
        const after = await createEventsStore(tx).setWalkIns(i.territoryId, before.id, i.walkIns, clock.now());
        if (after.walkIns !== before.walkIns) {
          await audit(
            tx,
            i.territoryId,
            'event.walk-ins',
            before.id,
            { walkIns: before.walkIns },
            { walkIns: after.walkIns, title: after.title },
          );
        }
        return after;
      });
      changed(event);
      return { event, message: MESSAGES.walkIns };
    },

    async setEventSettings(input: unknown) {
      const i = parseInput(eventSettingsInput, input);
      demandEventsManager(viewer, i.territoryId);
      const before = await loaders.settingsByTerritoryId.load(i.territoryId);
      const settings = await ds.transaction(async (tx) => {
        const [saved] = await createEventsStore(tx).saveSettings(i.territoryId, i.contactRetentionMonths);
        await recordAudit(tx, clock, actorOf(viewer), requestId, {
          territoryId: i.territoryId,
          action: 'event.settings',
          targetType: 'Territory',
          targetId: i.territoryId,
          before: { contactRetentionMonths: before.contactRetentionMonths },
          after: { contactRetentionMonths: saved!.contactRetentionMonths },
        });
        return saved!;
      });
      loaders.settingsByTerritoryId.clear(i.territoryId).prime(i.territoryId, settings);
      return { settings };
    },
  };
}
export type EventsService = ReturnType<typeof createEventsService>;
