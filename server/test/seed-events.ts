import type { VariablesOf } from '@graphql-typed-document-node/core';
import { graphql } from './__generated__/index.js';
import type { Client, Harness } from './harness.js';

/** Events as the API tests create them: the document and a valid form to start from. */

export const CREATE_EVENT = graphql(`
  mutation SeedEventsCreate($i: CreateEventInput!) {
    createEvent(input: $i) {
      message
      event {
        id
        title
        status
        startsAt
        endsAt
        capacity
        placesLeft
      }
    }
  }
`);
export type EventFormVariables = VariablesOf<typeof CREATE_EVENT>['i']['event'];

const HOUR = 3_600_000;

/** A Labo meeting starting `inHours` from now, two hours long. */
export function eventForm(overrides: Partial<EventFormVariables> = {}, inHours = 72): EventFormVariables {
  const startsAt = new Date(Date.now() + inHours * HOUR);
  return {
    kind: 'LABO',
    title: 'Rencontre du Labo de la participation',
    description: 'Parlons de la vie du quartier.',
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 2 * HOUR).toISOString(),
    place: 'Maison de quartier',
    registrationOpen: true,
    capacity: 30,
    accessibility: { stepFreeAccess: true, childcare: false, interpretation: false, hearingLoop: true },
    ...overrides,
  };
}

/** Creates an event as `staff` and returns its id (the test fails loudly otherwise). */
export async function createEvent(staff: Client, territoryId: string, overrides: Partial<EventFormVariables> = {}) {
  const r = await staff.execute(CREATE_EVENT, { i: { territoryId, event: eventForm(overrides) } });
  if (!r.data?.createEvent) throw new Error(`createEvent: ${r.errors?.[0]?.message}`);
  return r.data.createEvent.event;
}

/** An event row written directly (no staff needed), e.g. for the role × mutation matrix; `hoursFromNow` may be negative. */
export async function seedEventRow(
  h: Pick<Harness, 'dataSource'>,
  territoryId: string,
  { hoursFromNow = 72, capacity = 20 as number | null } = {},
): Promise<string> {
  const startsAt = new Date(Date.now() + hoursFromNow * HOUR);
  const [row] = (await h.dataSource.query(
    `INSERT INTO participation_events (territory_id, kind, title, starts_at, ends_at, capacity, registration_open, created_at, updated_at)
     VALUES ($1, 'LABO', 'Rencontre de la matrice', $2, $3, $4, true, now(), now()) RETURNING id`,
    [territoryId, startsAt, new Date(startsAt.getTime() + 2 * HOUR), capacity],
  )) as { id: string }[];
  return row!.id;
}
