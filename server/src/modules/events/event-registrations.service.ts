import { DomainError } from '../../shared/errors.js';
import { sha256 } from '../../shared/secrets.js';
import type { Queryable } from '../../shared/sql.js';
import { parseInput } from '../../shared/validation.js';
import { actorOf } from '../../authz/index.js';
import { recordAudit } from '../audit/index.js';
import type { TerritoryRow } from '../territory/index.js';
import type { EventsRequest } from './events.deps.js';
import { createEventRegistrationsStore } from './event-registrations.store.js';
import { registrationMail } from './event-registration-mail.js';
import { createEventRegistrationReads } from './event-registration-reads.js';
import { createEventCheckIn } from './event-check-in.js';
import { lockPlaces, promoteWaiting, registrationHooks, registrationRefusal } from './event-places.js';
import { cancelInput, confirmInput, recordInput, registerInput } from './event-registrations.inputs.js';
import { cancelsAsStaff, demandEventsManager, demandMayCancelRegistration } from './events.policy.js';
import type { EventRegistrationRow, EventRegistrationStatus, EventRow } from './events.types.js';

type Territory = Pick<TerritoryRow, 'id' | 'code' | 'name'>;

const bad = (message: string, field: string, detail: string) =>
  new DomainError('BAD_USER_INPUT', message, { [field]: detail });
const PLACED: Record<'CONFIRMED' | 'WAITING', string> = {
  CONFIRMED: 'Vous êtes inscrit·e : votre place est retenue. Un email de confirmation vous a été envoyé.',
  WAITING:
    'L’événement est complet : vous êtes sur la liste d’attente. Une place libérée vous est attribuée dans l’ordre d’arrivée, avec un email.',
};
const RECORDED: Record<'CONFIRMED' | 'WAITING', string> = {
  CONFIRMED: 'Inscription enregistrée : la place est retenue.',
  WAITING: 'L’événement est complet : la personne est inscrite sur la liste d’attente.',
};
const ALREADY = 'Vous êtes déjà inscrit·e à cet événement.';
const placedAs = (status: EventRegistrationStatus) => (status === 'WAITING' ? 'WAITING' : 'CONFIRMED');
const AWAITING = (email: string) =>
  `Merci ! Pour confirmer votre inscription, ouvrez le lien que nous venons d’envoyer à ${email} (valable 7 jours). Pensez à regarder dans les indésirables.`;

/**
 * Registrations: with an account or an email address only (confirmed by its link), by staff for a
 * person met by phone; the waiting list promoted in arrival order; cancellation by the person (account
 * or emailed link) or staff; check-in. Places are decided under the event's row lock (event-places.ts).
 */
export function createEventRegistrationsService(deps: EventsRequest) {
  const { ds, clock, viewer, requestId } = deps;
  const { account } = deps.services;
  const loaders = deps.loaders.events;
  const mail = registrationMail(deps);
  const store = createEventRegistrationsStore(ds);

  async function territoryOf(id: string) {
    const territory = await deps.loaders.territory.territoryById.load(id);
    if (!territory) throw new DomainError('NOT_FOUND', 'Territoire introuvable.', { territoryId: 'inconnu' });
    return territory;
  }
  async function eventOf(territoryId: string, id: string) {
    const event = await loaders.eventById.load({ territoryId, id });
    if (!event) throw new DomainError('NOT_FOUND', 'Événement introuvable.', { eventId: 'inconnu' });
    return event;
  }
  async function registrationOf(territoryId: string, id: string) {
    const [row] = await store.registrationsByIds(territoryId, [id]);
    if (!row) throw new DomainError('NOT_FOUND', 'Inscription introuvable.', { registrationId: 'inconnue' });
    return row;
  }
  const refuse = (event: EventRow, online: boolean, field = 'eventId') => {
    const refusal = registrationRefusal(event, clock.now(), online);
    if (refusal) throw bad(refusal, field, 'fermé');
  };

  /** The status email of a registration that took a place or joined the waiting list. */
  async function tellPlaced(tx: Queryable, event: EventRow, territory: Territory, r: EventRegistrationRow) {
    if (r.status === 'CONFIRMED') return mail.sendStatus(tx, 'event-registered', event, territory, r);
    const [ranked] = await createEventRegistrationsStore(tx).waitingRanks(r.territoryId, [r.id]);
    return mail.sendStatus(tx, 'event-waiting', event, territory, r, ranked?.rank ?? 0);
  }

  /** Without an account: the registration waits for its emailed link; the answer says nothing of the address. */
  async function holdForEmail(event: EventRow, email: string, pseudonym: string | null) {
    const territory = await territoryOf(event.territoryId);
    await ds.transaction(async (tx) => {
      const txStore = createEventRegistrationsStore(tx);
      const held = await account.holdForEmail(tx, { email, pseudonym, territoryId: event.territoryId });
      const to = { email: held.user.email!, userId: held.user.id, name: held.user.displayName };
      const existing =
        (await txStore.liveRegistration(event.territoryId, event.id, held.user.id, to.email)) ??
        (await txStore.insertRegistration({
          territoryId: event.territoryId,
          eventId: event.id,
          userId: held.user.id,
          name: to.name ?? pseudonym ?? '',
          email: to.email,
          phone: null,
          status: 'UNCONFIRMED',
          channel: 'ONLINE',
          confirmTokenHash: held.tokenHash,
          cancelTokenHash: null,
          recordedBy: null,
          at: clock.now(),
        }));
      // Registered already (or at the same instant): the latest link confirms, or the status is re-sent.
      const row = existing ?? (await txStore.liveRegistration(event.territoryId, event.id, held.user.id, to.email))!;
      if (row.status !== 'UNCONFIRMED') return tellPlaced(tx, event, territory, row);
      await txStore.setTokens(row.territoryId, row.id, { confirm: held.tokenHash });
      await mail.sendConfirmLink(tx, event, territory, to, held.token);
    });
    return { registration: null, awaitingConfirmation: true, message: AWAITING(email) };
  }

  /** Takes a place or joins the waiting list, under the event's lock; the same person twice is one registration. */
  async function place(
    event: EventRow,
    who: { userId: string | null; name: string; email: string | null; phone: string | null },
    online: boolean,
    audit?: (tx: Queryable, row: EventRegistrationRow) => Promise<unknown>,
  ) {
    // Read before the transaction, since one waiting for the event's lock must not also wait for the pool.
    const territory = await territoryOf(event.territoryId);
    return ds.transaction(async (tx) => {
      const locked = await lockPlaces(tx, event.territoryId, event.id);
      refuse(locked.event, online);
      const txStore = createEventRegistrationsStore(tx);
      const existing = await txStore.liveRegistration(event.territoryId, event.id, who.userId, who.email);
      // Held for its emailed link, then registered again signed in: the account proves the address.
      const confirmed =
        existing?.status === 'UNCONFIRMED' && who.userId === existing.userId
          ? await txStore.confirm(existing.territoryId, existing.id, locked.status, clock.now())
          : null;
      if (confirmed) await tellPlaced(tx, locked.event, territory, confirmed);
      if (existing) return { row: confirmed ?? existing, created: confirmed !== null };
      const row = await txStore.insertRegistration({
        territoryId: event.territoryId,
        eventId: event.id,
        ...who,
        status: locked.status,
        channel: online ? 'ONLINE' : 'STAFF',
        confirmTokenHash: null,
        cancelTokenHash: null,
        recordedBy: online ? null : actorOf(viewer).id,
        at: clock.now(),
      });
      if (!row) throw new DomainError('CONFLICT', ALREADY);
      await tellPlaced(tx, locked.event, territory, row);
      await audit?.(tx, row);
      return { row, created: true };
    });
  }

  return {
    ...registrationHooks(deps),
    ...createEventRegistrationReads(deps),
    ...createEventCheckIn(deps),

    async register(input: unknown) {
      const i = parseInput(registerInput, input);
      const event = await eventOf(i.territoryId, i.eventId);
      refuse(event, true);
      if (viewer.kind === 'anonymous') {
        if (!i.email) {
          throw bad(
            'Indiquez votre adresse email : un lien vous sera envoyé pour confirmer votre inscription.',
            'email',
            'obligatoire',
          );
        }
        return holdForEmail(event, i.email, i.pseudonym ?? null);
      }
      const { user } = viewer;
      const who = { userId: user.id, name: user.displayName ?? '', email: user.email, phone: null };
      const { row, created } = await place(event, who, true);
      return {
        registration: row,
        awaitingConfirmation: false,
        message: created ? PLACED[placedAs(row.status)] : ALREADY,
      };
    },

    /** Follows the emailed link: the person is signed in and the registration takes a place (or waits). */
    async confirm(input: unknown) {
      const { territoryId, token } = parseInput(confirmInput, input);
      const territory = await territoryOf(territoryId);
      let answer: { registration: EventRegistrationRow; message: string } | null = null;
      await account.confirmSubmission(token, async (tx, _user, tokenHash) => {
        const txStore = createEventRegistrationsStore(tx);
        const held = await txStore.byConfirmToken(territoryId, tokenHash);
        if (!held)
          throw bad(
            'Ce lien ne confirme aucune inscription en attente : elle est peut-être déjà confirmée.',
            'token',
            'invalide',
          );
        const locked = await lockPlaces(tx, territoryId, held.eventId);
        refuse(locked.event, true, 'token');
        const row = await txStore.confirm(territoryId, held.id, locked.status, clock.now());
        if (!row) throw bad('Cette inscription est déjà confirmée.', 'token', 'déjà utilisé');
        await tellPlaced(tx, locked.event, territory, row);
        answer = { registration: row, message: PLACED[locked.status] };
      });
      return { ...answer!, awaitingConfirmation: false };
    },

    /** By the emailed link, by the person signed in, or by staff; a freed place goes to the first waiting. */
    async cancel(input: unknown) {
      const i = parseInput(cancelInput, input);
      const found = i.token
        ? await store.byCancelToken(i.territoryId, sha256(i.token))
        : await registrationOf(i.territoryId, i.registrationId!);
      if (!found) throw bad('Ce lien d’annulation n’est pas valable.', 'token', 'invalide');
      if (!i.token) demandMayCancelRegistration(viewer, found);
      const byStaff = !i.token && cancelsAsStaff(viewer, found);
      if (found.status === 'CANCELLED')
        return { registration: found, awaitingConfirmation: false, message: 'Cette inscription est déjà annulée.' };
      const territory = await territoryOf(found.territoryId);
      const registration = await ds.transaction(async (tx) => {
        const { event } = await lockPlaces(tx, found.territoryId, found.eventId);
        const cancelled = await createEventRegistrationsStore(tx).cancel(found.territoryId, found.id, clock.now());
        if (!cancelled) return found;
        const { previous, ...row } = cancelled;
        if (previous === 'CONFIRMED') await promoteWaiting(tx, deps, territory, event.id);
        if (byStaff) {
          await recordAudit(tx, clock, actorOf(viewer), requestId, {
            territoryId: found.territoryId,
            action: 'event-registration.cancel',
            targetType: 'EventRegistration',
            targetId: found.id,
            before: { status: previous, name: found.name },
            after: { status: 'CANCELLED', title: event.title },
          });
        }
        return row;
      });
      return { registration, awaitingConfirmation: false, message: 'L’inscription est annulée.' };
    },

    /** Staff register a person met by phone or at a desk, under the same capacity rule. */
    async record(input: unknown) {
      const i = parseInput(recordInput, input);
      demandEventsManager(viewer, i.territoryId);
      const event = await eventOf(i.territoryId, i.eventId);
      refuse(event, false);
      const who = { userId: null, name: i.name, email: i.email, phone: i.phone };
      const { row, created } = await place(event, who, false, (tx, row) =>
        recordAudit(tx, clock, actorOf(viewer), requestId, {
          territoryId: i.territoryId,
          action: 'event-registration.record',
          targetType: 'EventRegistration',
          targetId: row.id,
          before: null,
          after: { name: row.name, status: row.status, channel: row.channel, title: event.title },
        }),
      );
      const message = created ? RECORDED[placedAs(row.status)] : 'Cette personne est déjà inscrite.';
      return { registration: row, awaitingConfirmation: false, message };
    },
  };
}
export type EventRegistrationsService = ReturnType<typeof createEventRegistrationsService>;
