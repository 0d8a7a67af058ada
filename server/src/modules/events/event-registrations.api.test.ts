import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../test/harness.js';
import { seed } from '../../../test/builder.js';
import { graphql } from '../../../test/__generated__/index.js';
import { lastLinkToken, seedUser, uniqueEmail } from '../../../test/seed.js';
import { insertEventRow, outboxOf } from '../../../test/seed-event-rows.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const REGISTER = graphql(`
  mutation EvS2Register($i: RegisterForEventInput!) {
    registerForEvent(input: $i) {
      awaitingConfirmation
      message
      registration {
        id
        status
        waitingRank
        name
        email
      }
    }
  }
`);
const CONFIRM = graphql(`
  mutation EvS2Confirm($i: ConfirmEventRegistrationInput!) {
    confirmEventRegistration(input: $i) {
      message
      registration {
        id
        status
        name
      }
    }
  }
`);
const CANCEL = graphql(`
  mutation EvS2Cancel($i: CancelEventRegistrationInput!) {
    cancelEventRegistration(input: $i) {
      message
      registration {
        id
        status
      }
    }
  }
`);
const LIST = graphql(`
  mutation EvS2RecordAndList($i: RecordEventRegistrationInput!, $filter: EventRegistrationFilter) {
    recordEventRegistration(input: $i) {
      registration {
        id
        event {
          registrations(first: 100, filter: $filter) {
            totalCount
            edges {
              node {
                name
                status
                waitingRank
                email
                phone
                channel
              }
            }
          }
        }
      }
    }
  }
`);

const ids = async (territoryId: string, eventId: string) =>
  (await h.dataSource.query(
    `SELECT user_id, status FROM event_registrations WHERE territory_id = $1 AND event_id = $2 ORDER BY arrival`,
    [territoryId, eventId],
  )) as { user_id: string; status: string }[];

describe('registering for an event', () => {
  it('gives exactly 10 places to 50 concurrent registrations and puts 40 on the waiting list, in arrival order', async () => {
    const { territory } = await seed(h).territory();
    const eventId = await insertEventRow(h, territory.id, { capacity: 10 });
    const people = await Promise.all(
      Array.from({ length: 50 }, async () => {
        const user = await seedUser(h, { territory, role: 'RESIDENT' });
        return { user, client: await h.signedIn(user.id) };
      }),
    );
    const answers = await Promise.all(
      people.map((p) => p.client.execute(REGISTER, { i: { territoryId: territory.id, eventId } })),
    );
    expect(answers.flatMap((a) => a.errors ?? [])).toEqual([]);
    const rows = await ids(territory.id, eventId);
    expect(rows.map((r) => r.status)).toEqual([...Array(10).fill('CONFIRMED'), ...Array(40).fill('WAITING')]);
    // Each answer's waiting rank follows the arrival order the database recorded.
    const rankOf = new Map(
      answers.map((a, n) => [people[n]!.user.id, a.data!.registerForEvent.registration!.waitingRank]),
    );
    expect(rows.map((r) => rankOf.get(r.user_id))).toEqual([
      ...Array(10).fill(null),
      ...Array.from({ length: 40 }, (_, n) => n + 1),
    ]);
    const [first, waiting] = [people.find((p) => p.user.id === rows[0]!.user_id)!, rows[10]!];
    expect((await outboxOf(h, first.user.email!)).map((m) => [m.kind, m.files])).toEqual([
      ['event-registered', ['evenement.ics']],
    ]);
    expect((await outboxOf(h, people.find((p) => p.user.id === waiting.user_id)!.user.email!))[0]).toMatchObject({
      kind: 'event-waiting',
      body: expect.stringContaining('en position 1'),
    });
  });

  it('keeps one registration when the same person registers twice, even at once', async () => {
    const { territory, resident } = await seed(h).territory().resident();
    const eventId = await insertEventRow(h, territory.id, { capacity: 3 });
    const i = { territoryId: territory.id, eventId };
    const [a, b] = await Promise.all([
      resident.client.execute(REGISTER, { i }),
      resident.client.execute(REGISTER, { i }),
    ]);
    const again = await resident.client.execute(REGISTER, { i });
    const regIds = [a, b, again].map((r) => r.data!.registerForEvent.registration!.id);
    expect(new Set(regIds).size).toBe(1);
    expect(again.data!.registerForEvent.message).toBe('Vous êtes déjà inscrit·e à cet événement.');
    expect(await ids(territory.id, eventId)).toHaveLength(1);
  });

  it('with an email only: holds the registration until the link is followed, then takes the place', async () => {
    const { territory } = await seed(h).territory();
    const eventId = await insertEventRow(h, territory.id, { capacity: 1 });
    const email = uniqueEmail('labo');
    const visitor = h.client();
    const held = await visitor.execute(REGISTER, {
      i: { territoryId: territory.id, eventId, email, pseudonym: 'Nadia' },
    });
    expect(held.data!.registerForEvent).toMatchObject({ awaitingConfirmation: true, registration: null });
    expect((await ids(territory.id, eventId)).map((r) => r.status)).toEqual(['UNCONFIRMED']);
    const [confirmMail] = await outboxOf(h, email);
    expect(confirmMail!.body).toContain(`http://quartiers.test/${territory.code}/evenements/confirmer#jeton=`);

    // The held registration takes no place: someone signed in gets it first.
    const other = await seedUser(h, { territory, role: 'RESIDENT' });
    await (await h.signedIn(other.id)).execute(REGISTER, { i: { territoryId: territory.id, eventId } });
    const confirmed = await visitor.execute(CONFIRM, {
      i: { territoryId: territory.id, token: await lastLinkToken(h, email) },
    });
    expect(confirmed.data!.confirmEventRegistration.registration).toMatchObject({ status: 'WAITING', name: 'Nadia' });
    expect(visitor.token).not.toBeNull(); // the link signed the person in
    const replay = await h
      .client()
      .execute(CONFIRM, { i: { territoryId: territory.id, token: await lastLinkToken(h, email) } });
    expect(replay.errors?.[0]?.message).toBeTruthy();
    expect((await outboxOf(h, email)).map((m) => m.kind)).toEqual(['event-confirm', 'event-waiting']);
  });

  it('takes the place of a registration held for its link when its owner registers again signed in', async () => {
    const { territory, resident } = await seed(h).territory().resident();
    const eventId = await insertEventRow(h, territory.id, { capacity: 5 });
    const i = { territoryId: territory.id, eventId };
    await h.client().execute(REGISTER, { i: { ...i, email: resident.user.email!, pseudonym: null } });
    expect((await ids(territory.id, eventId)).map((r) => r.status)).toEqual(['UNCONFIRMED']);
    const signedIn = await resident.client.execute(REGISTER, { i });
    expect(signedIn.data!.registerForEvent.registration!.status).toBe('CONFIRMED');
    expect((await ids(territory.id, eventId)).map((r) => r.status)).toEqual(['CONFIRMED']);
  });

  it('cancels by the emailed link without signing in, and the first waiting person is promoted and emailed an .ics', async () => {
    const { territory, resident } = await seed(h).territory().resident();
    const eventId = await insertEventRow(h, territory.id, { capacity: 1, title: 'Labo de Liévin' });
    const i = { territoryId: territory.id, eventId };
    await resident.client.execute(REGISTER, { i });
    const second = await seedUser(h, { territory, role: 'RESIDENT' });
    const third = await seedUser(h, { territory, role: 'RESIDENT' });
    for (const u of [second, third]) await (await h.signedIn(u.id)).execute(REGISTER, { i });

    const token = /annuler#jeton=([\w-]+)/.exec((await outboxOf(h, resident.user.email!))[0]!.body)![1]!;
    const cancelled = await h.client().execute(CANCEL, { i: { territoryId: territory.id, token } });
    expect(cancelled.data!.cancelEventRegistration.registration!.status).toBe('CANCELLED');
    expect((await ids(territory.id, eventId)).map((r) => [r.user_id, r.status])).toEqual([
      [resident.user.id, 'CANCELLED'],
      [second.id, 'CONFIRMED'],
      [third.id, 'WAITING'],
    ]);
    const promoted = (await outboxOf(h, second.email!)).at(-1)!;
    expect(promoted).toMatchObject({ kind: 'event-promoted', files: ['evenement.ics'] });
    expect(promoted.attachments[0]!.content).toMatch(/BEGIN:VEVENT[\s\S]*SUMMARY:Labo de Liévin/);
    // The same link again: already cancelled, nothing moves.
    const again = await h.client().execute(CANCEL, { i: { territoryId: territory.id, token } });
    expect(again.data!.cancelEventRegistration.message).toBe('Cette inscription est déjà annulée.');
    expect((await ids(territory.id, eventId)).map((r) => r.status)).toEqual(['CANCELLED', 'CONFIRMED', 'WAITING']);
  });

  it('refuses a closed, cancelled or past event in French on the event field', async () => {
    const { territory, resident } = await seed(h).territory().resident();
    const closed = await insertEventRow(h, territory.id, { registrationOpen: false });
    const past = await insertEventRow(h, territory.id, { inDays: -3 });
    const cancelled = await insertEventRow(h, territory.id);
    await h.dataSource.query(`UPDATE participation_events SET status = 'CANCELLED' WHERE id = $1`, [cancelled]);
    const refusal = async (eventId: string) =>
      (await resident.client.execute(REGISTER, { i: { territoryId: territory.id, eventId } })).errors?.[0];
    expect(await refusal(closed)).toMatchObject({ message: 'Les inscriptions à cet événement sont fermées.' });
    expect(await refusal(past)).toMatchObject({ message: 'Cet événement a déjà eu lieu.' });
    expect((await refusal(cancelled))!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { eventId: 'fermé' },
    });
    const anonymous = await h.client().execute(REGISTER, { i: { territoryId: territory.id, eventId: closed } });
    expect(anonymous.errors?.[0]?.message).toBe('Les inscriptions à cet événement sont fermées.');
  });

  it('lets staff record a person met by phone and list registrants with search, accents ignored', async () => {
    const { territory, staff, resident } = await seed(h).territory().staff().resident();
    const eventId = await insertEventRow(h, territory.id, { capacity: 1 });
    await resident.client.execute(REGISTER, { i: { territoryId: territory.id, eventId } });
    const recorded = await staff.client.execute(LIST, {
      i: { territoryId: territory.id, eventId, name: 'Hélène Dupré', phone: '06 12 34 56 78' },
      filter: { search: 'helene' },
    });
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data!.recordEventRegistration.registration!.event.registrations).toEqual({
      totalCount: 1,
      edges: [
        {
          node: {
            name: 'Hélène Dupré',
            status: 'WAITING',
            waitingRank: 1,
            email: null,
            phone: '06 12 34 56 78',
            channel: 'STAFF',
          },
        },
      ],
    });
    const [entry] = (await h.dataSource.query(
      `SELECT action, after FROM audit_log WHERE territory_id = $1 AND action = 'event-registration.record'`,
      [territory.id],
    )) as { action: string; after: Record<string, unknown> }[];
    expect(entry!.after).toMatchObject({ name: 'Hélène Dupré', status: 'WAITING', channel: 'STAFF' });
  });
});
