import { toPage, type PageArgs } from '../../shared/pagination.js';
import type { Queryable } from '../../shared/sql.js';
import type { EventsRequest } from './events.deps.js';
import { createEventRegistrationsStore } from './event-registrations.store.js';
import { createPersonRegistrationsStore } from './event-registrations-person.store.js';
import { registrationRefusal } from './event-places.js';
import { maySeeRegistration, maySeeRegistrationPhone } from './events.policy.js';
import type { EventRegistrationRow, EventRegistrationStatus, EventRow } from './events.types.js';

/** Shown once the person erased their account or their contact details passed the retention period. */
export const FORMER_PARTICIPANT = 'Ancien participant';

/** EventRegistration's fields, the viewer's and staff's fields of ParticipationEvent, the person's data (RGPD). */
export function createEventRegistrationReads(deps: EventsRequest) {
  const { viewer, clock } = deps;
  const loaders = deps.loaders.events;
  const store = createEventRegistrationsStore(deps.ds);
  const person = createPersonRegistrationsStore(deps.ds);
  const viewerRegistration = (event: EventRow) =>
    viewer.kind === 'user'
      ? loaders.viewerRegistration.load({ territoryId: event.territoryId, eventId: event.id, userId: viewer.user.id })
      : Promise.resolve(null);
  return {
    viewerRegistration,
    /** Planned, not started, open, and not registered yet (a visitor may: with an email address). */
    async viewerCanRegister(event: EventRow) {
      return registrationRefusal(event, clock.now(), true) === null && !(await viewerRegistration(event));
    },
    name: (r: EventRegistrationRow) => r.name ?? FORMER_PARTICIPANT,
    email: (r: EventRegistrationRow) => (maySeeRegistration(viewer, r) ? r.email : null),
    phone: (r: EventRegistrationRow) => (maySeeRegistrationPhone(viewer, r) ? r.phone : null),
    async waitingRank(r: EventRegistrationRow) {
      if (r.status !== 'WAITING') return null;
      return (await loaders.waitingRankById.load({ territoryId: r.territoryId, id: r.id }))?.rank ?? null;
    },
    event: (r: EventRegistrationRow) => loaders.eventById.load({ territoryId: r.territoryId, id: r.eventId }),

    /** Staff's list (the field requires EVENTS_MANAGE): live registrations by arrival, then the others. */
    list: (
      event: EventRow,
      page: PageArgs,
      filter: { status?: EventRegistrationStatus | null; search?: string | null },
    ) => store.listRegistrations(event.territoryId, event.id, toPage(page), filter),

    /** The person's own list (« Mon compte »; Me is reachable only by that person). */
    upcomingOf: (userId: string) => person.upcomingOfUser(userId, clock.now()),

    /** For the person's data export. */
    async personalData(userId: string) {
      const rows = await person.ofUser(userId);
      return {
        eventRegistrations: rows.map((r) => ({
          territoryId: r.territoryId,
          eventId: r.eventId,
          event: r.eventTitle,
          startsAt: r.eventStartsAt,
          name: r.name,
          email: r.email,
          phone: r.phone,
          status: r.status,
          channel: r.channel,
          checkedInAt: r.checkedInAt,
          createdAt: r.createdAt,
        })),
      };
    },

    /** Erasure: the person's name and contact leave the lists; states and check-ins stay counted. */
    erasePersonalData: (tx: Queryable, userId: string) =>
      createPersonRegistrationsStore(tx).eraseUser(userId, clock.now()),
  };
}
