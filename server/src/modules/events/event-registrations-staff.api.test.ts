import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../test/harness.js';
import { seed } from '../../../test/builder.js';
import { graphql } from '../../../test/__generated__/index.js';
import { seedUser } from '../../../test/seed.js';
import { insertEventRow, outboxOf } from '../../../test/seed-event-rows.js';
import { createEvent, eventForm } from '../../../test/seed-events.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const RECORD = graphql(`
  mutation EvS2StaffRecord($i: RecordEventRegistrationInput!) {
    recordEventRegistration(input: $i) {
      message
      registration {
        id
        status
      }
    }
  }
`);
const CHECK_IN = graphql(`
  mutation EvS2CheckIn($i: CheckInInput!) {
    checkInRegistration(input: $i) {
      registration {
        id
        checkedIn
        checkedInAt
      }
    }
  }
`);
const CANCEL_AND_READ = graphql(`
  mutation EvS2CancelRead($i: CancelEventRegistrationInput!) {
    cancelEventRegistration(input: $i) {
      registration {
        name
        email
        phone
        status
        event {
          registrations {
            totalCount
          }
        }
      }
    }
  }
`);
const CANCEL_PLAIN = graphql(`
  mutation EvS2CancelPlain($i: CancelEventRegistrationInput!) {
    cancelEventRegistration(input: $i) {
      registration {
        name
        email
        phone
        status
      }
    }
  }
`);
const REGISTER = graphql(`
  mutation EvS2StaffRegister($i: RegisterForEventInput!) {
    registerForEvent(input: $i) {
      registration {
        id
        email
        phone
      }
    }
  }
`);
const SET_STATUS = graphql(`
  mutation EvS2SetStatus($i: SetEventStatusInput!) {
    setEventStatus(input: $i) {
      event {
        status
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation EvS2Update($i: UpdateEventInput!) {
    updateEvent(input: $i) {
      event {
        placesLeft
        waitingCount
      }
    }
  }
`);
const EXPORT = graphql(`
  query EvS2Export {
    me {
      dataExport
    }
  }
`);
const ERASE = graphql(`
  mutation EvS2Erase {
    deleteAccount(input: { confirmation: "SUPPRIMER" }) {
      ok
    }
  }
`);

const cancelToken = async (email: string) =>
  /annuler#jeton=([\w-]+)/.exec((await outboxOf(h, email)).at(-1)!.body)![1]!;
const auditCount = async (territoryId: string, action: string) =>
  (
    (await h.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE territory_id = $1 AND action = $2`, [
      territoryId,
      action,
    ])) as { n: number }[]
  )[0]!.n;

describe('registrations on the day and their contact details', () => {
  it('checks someone in once however often the call is retried, and refuses a cancelled registration', async () => {
    const { territory, staff } = await seed(h).territory().staff();
    const eventId = await insertEventRow(h, territory.id);
    const recorded = await staff.client.execute(RECORD, {
      i: { territoryId: territory.id, eventId, name: 'Jean Martin', email: 'jean.martin@exemple.fr' },
    });
    const registrationId = recorded.data!.recordEventRegistration.registration!.id;
    const i = { territoryId: territory.id, registrationId, checkedIn: true };
    const first = (await staff.client.execute(CHECK_IN, { i })).data!.checkInRegistration.registration!;
    const retried = (await staff.client.execute(CHECK_IN, { i })).data!.checkInRegistration.registration!;
    expect(first.checkedIn).toBe(true);
    expect(retried).toEqual(first);
    expect(await auditCount(territory.id, 'event-registration.check-in')).toBe(1);
    const undone = await staff.client.execute(CHECK_IN, { i: { ...i, checkedIn: false } });
    expect(undone.data!.checkInRegistration.registration).toMatchObject({ checkedIn: false, checkedInAt: null });
    expect(await auditCount(territory.id, 'event-registration.check-in')).toBe(2);

    // Staff cancel it: audited, and a cancelled registration is not checked in.
    await staff.client.execute(CANCEL_AND_READ, { i: { territoryId: territory.id, registrationId } });
    expect(await auditCount(territory.id, 'event-registration.cancel')).toBe(1);
    const refused = await staff.client.execute(CHECK_IN, { i });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ fields: { registrationId: 'non inscrite' } });

    // Nor anyone of a cancelled event, and nothing is written.
    const other = await staff.client.execute(RECORD, { i: { territoryId: territory.id, eventId, name: 'Awa Diop' } });
    const otherId = other.data!.recordEventRegistration.registration!.id;
    await h.dataSource.query(`UPDATE participation_events SET status = 'CANCELLED' WHERE id = $1`, [eventId]);
    const onCancelled = await staff.client.execute(CHECK_IN, { i: { ...i, registrationId: otherId } });
    expect(onCancelled.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      fields: { registrationId: 'rencontre annulée' },
    });
    expect(await auditCount(territory.id, 'event-registration.check-in')).toBe(2);
  });

  it('shows emails and phones to staff of the territory only, the email to the registrant', async () => {
    const { territory, staff, resident } = await seed(h).territory().staff().resident();
    const elsewhere = await seed(h).territory().staff();
    const eventId = await insertEventRow(h, territory.id);
    const own = await resident.client.execute(REGISTER, { i: { territoryId: territory.id, eventId } });
    expect(own.data!.registerForEvent.registration).toMatchObject({ email: resident.user.email, phone: null });
    const other = await elsewhere.staff.client.execute(RECORD, {
      i: { territoryId: territory.id, eventId, name: 'Intrus' },
    });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    await staff.client.execute(RECORD, {
      i: { territoryId: territory.id, eventId, name: 'Aïcha', email: 'aicha@exemple.fr', phone: '0611223344' },
    });
    // Whoever holds the emailed link cancels, but reads no contact details nor the list.
    for (const reader of [h.client(), elsewhere.staff.client]) {
      const token = await cancelToken('aicha@exemple.fr');
      const read = await reader.execute(CANCEL_AND_READ, { i: { territoryId: territory.id, token } });
      expect(read.data?.cancelEventRegistration.registration ?? null).toBeNull();
      expect(read.errors?.[0]?.extensions?.code).toMatch(/^(UNAUTHENTICATED|FORBIDDEN)$/);
      await h.dataSource.query(
        `UPDATE event_registrations SET status = 'CONFIRMED' WHERE territory_id = $1 AND email = 'aicha@exemple.fr'`,
        [territory.id],
      );
      const mine = await reader.execute(CANCEL_PLAIN, { i: { territoryId: territory.id, token } });
      expect(mine.data).toEqual({
        cancelEventRegistration: { registration: { name: 'Aïcha', email: null, phone: null, status: 'CANCELLED' } },
      });
      await h.dataSource.query(
        `UPDATE event_registrations SET status = 'CONFIRMED' WHERE territory_id = $1 AND email = 'aicha@exemple.fr'`,
        [territory.id],
      );
    }
    const token = await cancelToken('aicha@exemple.fr');
    const byStaff = await staff.client.execute(CANCEL_AND_READ, { i: { territoryId: territory.id, token } });
    expect(byStaff.data!.cancelEventRegistration.registration).toMatchObject({
      email: 'aicha@exemple.fr',
      phone: '0611223344',
      event: { registrations: { totalCount: 2 } },
    });
  });

  it('exports a person’s registrations, and erasure takes their name off the lists but keeps the counts', async () => {
    const { territory, resident } = await seed(h).territory().resident();
    const eventId = await insertEventRow(h, territory.id, { capacity: 5, title: 'Atelier du contrat' });
    await resident.client.execute(REGISTER, { i: { territoryId: territory.id, eventId } });
    const exported = (await resident.client.execute(EXPORT)).data!.me!.dataExport as Record<string, unknown[]>;
    expect(exported.eventRegistrations).toEqual([
      expect.objectContaining({
        eventId,
        event: 'Atelier du contrat',
        status: 'CONFIRMED',
        email: resident.user.email,
      }),
    ]);
    await h.dataSource.query(`UPDATE event_registrations SET checked_in_at = now() WHERE event_id = $1`, [eventId]);
    expect((await resident.client.execute(ERASE)).errors).toBeUndefined();
    const rows = (await h.dataSource.query(
      `SELECT user_id, name, email, status, checked_in_at IS NOT NULL AS came FROM event_registrations WHERE event_id = $1`,
      [eventId],
    )) as unknown[];
    expect(rows).toEqual([{ user_id: null, name: null, email: null, status: 'CONFIRMED', came: true }]);
    // The place stays taken: the next person still counts it.
    const next = await seedUser(h, { territory, role: 'RESIDENT' });
    const answer = await (await h.signedIn(next.id)).execute(REGISTER, { i: { territoryId: territory.id, eventId } });
    expect(answer.errors).toBeUndefined();
  });

  it('promotes waiting people when staff add places, and emails every registrant when the event is cancelled', async () => {
    const { territory, staff } = await seed(h).territory().staff();
    const event = await createEvent(staff.client, territory.id, { capacity: 1, title: 'Atelier mobilité' });
    const people = [];
    for (let k = 0; k < 3; k++) {
      const user = await seedUser(h, { territory, role: 'RESIDENT' });
      await (await h.signedIn(user.id)).execute(REGISTER, { i: { territoryId: territory.id, eventId: event.id } });
      people.push(user);
    }
    const grown = await staff.client.execute(UPDATE, {
      i: {
        territoryId: territory.id,
        eventId: event.id,
        event: eventForm({ capacity: 2, title: 'Atelier mobilité', startsAt: event.startsAt, endsAt: event.endsAt }),
      },
    });
    expect(grown.data!.updateEvent.event).toEqual({ placesLeft: 0, waitingCount: 1 });
    expect((await outboxOf(h, people[1]!.email!)).map((m) => m.kind)).toEqual(['event-waiting', 'event-promoted']);

    await staff.client.execute(SET_STATUS, {
      i: { territoryId: territory.id, eventId: event.id, status: 'CANCELLED', message: 'La salle est inondée.' },
    });
    for (const person of people) {
      const last = (await outboxOf(h, person.email!)).at(-1)!;
      expect(last).toMatchObject({ kind: 'event-cancelled', files: ['evenement.ics'] });
      expect(last.body).toContain('La salle est inondée.');
      expect(last.attachments[0]!.content).toContain('STATUS:CANCELLED');
    }
  });
});
