import { sha256 } from '../../src/shared/secrets.js';
import { graphql } from '../__generated__/index.js';
import { lastLinkToken, uniqueEmail } from '../seed.js';
import { seedEventRow } from '../seed-events.js';
import { call, type Case, type World } from './case.js';

const REGISTER = graphql(`
  mutation MatrixRegisterForEvent($i: RegisterForEventInput!) {
    registerForEvent(input: $i) {
      awaitingConfirmation
    }
  }
`);
const CANCEL = graphql(`
  mutation MatrixCancelEventRegistration($i: CancelEventRegistrationInput!) {
    cancelEventRegistration(input: $i) {
      message
    }
  }
`);

/** Registrations (S2): open to everyone with an email or a link, staff for someone else's registration. */
export function eventRegistrationCases(w: World): Case[] {
  const fresh = () => seedEventRow(w.h, w.here.id);
  /** A registration typed by staff (no account), with a known cancellation link. */
  const registration = async () => {
    const token = `matrice-${uniqueEmail()}`;
    const [row] = (await w.h.dataSource.query(
      `INSERT INTO event_registrations (territory_id, event_id, name, email, status, channel, cancel_token_hash, created_at)
       VALUES ($1, $2, 'Personne de la matrice', $3, 'CONFIRMED', 'STAFF', $4, now()) RETURNING id`,
      [w.here.id, await fresh(), uniqueEmail('matrice'), sha256(token)],
    )) as { id: string }[];
    return { id: row!.id, token };
  };
  return [
    {
      mutation: 'registerForEvent',
      build: async ({ email }) =>
        call(REGISTER, { i: { territoryId: w.here.id, eventId: await fresh(), email, pseudonym: 'Matrice' } }),
    },
    {
      mutation: 'confirmEventRegistration',
      build: async () => {
        const email = uniqueEmail('matrice');
        const eventId = await fresh();
        await w.h.client().execute(REGISTER, { i: { territoryId: w.here.id, eventId, email, pseudonym: 'Matrice' } });
        const token = await lastLinkToken(w.h, email);
        return call(
          graphql(`
            mutation MatrixConfirmEventRegistration($i: ConfirmEventRegistrationInput!) {
              confirmEventRegistration(input: $i) {
                message
              }
            }
          `),
          { i: { territoryId: w.here.id, token } },
        );
      },
    },
    {
      mutation: 'cancelEventRegistration',
      label: 'cancelEventRegistration by its emailed link',
      build: async () => call(CANCEL, { i: { territoryId: w.here.id, token: (await registration()).token } }),
    },
    {
      mutation: 'cancelEventRegistration',
      label: 'cancelEventRegistration of someone else’s registration',
      needs: 'EVENTS_MANAGE',
      build: async () => call(CANCEL, { i: { territoryId: w.here.id, registrationId: (await registration()).id } }),
    },
    {
      mutation: 'recordEventRegistration',
      build: async () =>
        call(
          graphql(`
            mutation MatrixRecordEventRegistration($i: RecordEventRegistrationInput!) {
              recordEventRegistration(input: $i) {
                message
              }
            }
          `),
          { i: { territoryId: w.here.id, eventId: await fresh(), name: 'Appel de la matrice', phone: '0612345678' } },
        ),
    },
    {
      mutation: 'checkInRegistration',
      build: async () =>
        call(
          graphql(`
            mutation MatrixCheckInRegistration($i: CheckInInput!) {
              checkInRegistration(input: $i) {
                registration {
                  checkedIn
                }
              }
            }
          `),
          { i: { territoryId: w.here.id, registrationId: (await registration()).id, checkedIn: true } },
        ),
    },
  ];
}
