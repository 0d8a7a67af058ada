import { graphql } from '../__generated__/index.js';
import { eventForm, seedEventRow } from '../seed-events.js';
import { call, type Case, type World } from './case.js';

/** Staff's work on events (S1): each call acts on a fresh event of `here`. */
export function eventCoreCases(w: World): Case[] {
  const fresh = (hoursFromNow?: number) => seedEventRow(w.h, w.here.id, { hoursFromNow });
  return [
    {
      mutation: 'createEvent',
      build: async () =>
        call(
          graphql(`
            mutation MatrixCreateEvent($i: CreateEventInput!) {
              createEvent(input: $i) {
                event {
                  id
                }
              }
            }
          `),
          { i: { territoryId: w.here.id, event: eventForm() } },
        ),
    },
    {
      mutation: 'updateEvent',
      build: async () =>
        call(
          graphql(`
            mutation MatrixUpdateEvent($i: UpdateEventInput!) {
              updateEvent(input: $i) {
                event {
                  id
                }
              }
            }
          `),
          { i: { territoryId: w.here.id, eventId: await fresh(), event: eventForm({ title: 'Modifié' }) } },
        ),
    },
    {
      mutation: 'setEventStatus',
      build: async () =>
        call(
          graphql(`
            mutation MatrixSetEventStatus($i: SetEventStatusInput!) {
              setEventStatus(input: $i) {
                event {
                  status
                }
              }
            }
          `),
          {
            i: { territoryId: w.here.id, eventId: await fresh(), status: 'CANCELLED', message: 'Salle indisponible.' },
          },
        ),
    },
    {
      mutation: 'recordEventOutcomes',
      build: async () =>
        call(
          graphql(`
            mutation MatrixRecordEventOutcomes($i: RecordEventOutcomesInput!) {
              recordEventOutcomes(input: $i) {
                event {
                  id
                }
              }
            }
          `),
          {
            i: {
              territoryId: w.here.id,
              eventId: await fresh(-3),
              minutes: 'Compte rendu',
              outcomes: [{ kind: 'DECISION', text: 'Une décision' }],
            },
          },
        ),
    },
    {
      mutation: 'setEventWalkIns',
      build: async () =>
        call(
          graphql(`
            mutation MatrixSetEventWalkIns($i: SetEventWalkInsInput!) {
              setEventWalkIns(input: $i) {
                event {
                  walkIns
                }
              }
            }
          `),
          { i: { territoryId: w.here.id, eventId: await fresh(-3), walkIns: 4 } },
        ),
    },
    {
      mutation: 'setEventSettings',
      build: async () =>
        call(
          graphql(`
            mutation MatrixSetEventSettings($i: EventSettingsInput!) {
              setEventSettings(input: $i) {
                settings {
                  contactRetentionMonths
                }
              }
            }
          `),
          { i: { territoryId: w.here.id, contactRetentionMonths: 6 } },
        ),
    },
  ];
}
