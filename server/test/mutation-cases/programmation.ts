import { randomUUID } from 'node:crypto';
import { graphql } from '../__generated__/index.js';
import {
  freshYear,
  insertActionRow,
  insertFunderRow,
  insertOperatorRow,
  insertProgrammationRow,
} from '../seed-programmation.js';
import { call, type Case, type World } from './case.js';

/** Staff's editing of the programmation: each call acts on fresh rows of `here`. */
export function programmationCases(w: World): Case[] {
  const draft = () => insertProgrammationRow(w.h, w.here.id);
  const action = async () => insertActionRow(w.h, w.here.id, await draft());
  const actionForm = (title: string) => ({
    title,
    status: 'SUBMITTED' as const,
    communeIds: [w.here.communeId],
    quartierIds: [],
    fundings: [],
  });
  return [
    {
      mutation: 'createProgrammation',
      build: async () =>
        call(
          graphql(`
            mutation MatrixCreateProgrammation($i: CreateProgrammationInput!) {
              createProgrammation(input: $i) {
                programmation {
                  id
                }
              }
            }
          `),
          { i: { territoryId: w.here.id, year: freshYear() } },
        ),
    },
    {
      mutation: 'updateProgrammation',
      build: async () =>
        call(
          graphql(`
            mutation MatrixUpdateProgrammation($i: UpdateProgrammationInput!) {
              updateProgrammation(input: $i) {
                programmation {
                  version
                }
              }
            }
          `),
          { i: { territoryId: w.here.id, programmationId: await draft(), expectedVersion: 1, totalCost: '1000.00' } },
        ),
    },
    {
      mutation: 'publishProgrammation',
      build: async () =>
        call(
          graphql(`
            mutation MatrixPublishProgrammation($i: ProgrammationVersionInput!) {
              publishProgrammation(input: $i) {
                programmation {
                  status
                }
              }
            }
          `),
          { i: { territoryId: w.here.id, programmationId: await draft(), expectedVersion: 1 } },
        ),
    },
    {
      mutation: 'unpublishProgrammation',
      build: async () =>
        call(
          graphql(`
            mutation MatrixUnpublishProgrammation($i: ProgrammationVersionInput!) {
              unpublishProgrammation(input: $i) {
                programmation {
                  status
                }
              }
            }
          `),
          {
            i: {
              territoryId: w.here.id,
              programmationId: await insertProgrammationRow(w.h, w.here.id, { status: 'PUBLISHED' }),
              expectedVersion: 1,
            },
          },
        ),
    },
    {
      mutation: 'createAction',
      build: async () =>
        call(
          graphql(`
            mutation MatrixCreateAction($i: CreateActionInput!) {
              createAction(input: $i) {
                action {
                  id
                }
              }
            }
          `),
          { i: { territoryId: w.here.id, programmationId: await draft(), action: actionForm('Nouvelle action') } },
        ),
    },
    {
      mutation: 'updateAction',
      build: async () =>
        call(
          graphql(`
            mutation MatrixUpdateAction($i: UpdateActionInput!) {
              updateAction(input: $i) {
                action {
                  version
                }
              }
            }
          `),
          {
            i: { territoryId: w.here.id, actionId: await action(), expectedVersion: 1, action: actionForm('Modifiée') },
          },
        ),
    },
    {
      mutation: 'bulkUpdateActions',
      build: async () =>
        call(
          graphql(`
            mutation MatrixBulkUpdateActions($i: BulkUpdateActionsInput!) {
              bulkUpdateActions(input: $i) {
                actions {
                  status
                }
              }
            }
          `),
          { i: { territoryId: w.here.id, actionIds: [await action(), await action()], status: 'FUNDED' } },
        ),
    },
    {
      mutation: 'createOperator',
      build: async () =>
        call(
          graphql(`
            mutation MatrixCreateOperator($i: CreateOperatorInput!) {
              createOperator(input: $i) {
                operator {
                  id
                }
              }
            }
          `),
          { i: { territoryId: w.here.id, operator: { name: `Porteur ${randomUUID()}`, kind: 'ASSOCIATION' } } },
        ),
    },
    {
      mutation: 'updateOperator',
      build: async () =>
        call(
          graphql(`
            mutation MatrixUpdateOperator($i: UpdateOperatorInput!) {
              updateOperator(input: $i) {
                operator {
                  version
                }
              }
            }
          `),
          {
            i: {
              territoryId: w.here.id,
              operatorId: await insertOperatorRow(w.h, w.here.id),
              expectedVersion: 1,
              operator: { name: `Porteur ${randomUUID()}`, kind: 'EPCI' },
            },
          },
        ),
    },
    {
      mutation: 'createFunder',
      build: async () =>
        call(
          graphql(`
            mutation MatrixCreateFunder($i: CreateFunderInput!) {
              createFunder(input: $i) {
                funder {
                  id
                }
              }
            }
          `),
          { i: { territoryId: w.here.id, funder: { name: `Financeur ${randomUUID()}` } } },
        ),
    },
    {
      mutation: 'updateFunder',
      build: async () =>
        call(
          graphql(`
            mutation MatrixUpdateFunder($i: UpdateFunderInput!) {
              updateFunder(input: $i) {
                funder {
                  version
                }
              }
            }
          `),
          {
            i: {
              territoryId: w.here.id,
              funderId: await insertFunderRow(w.h, w.here.id),
              expectedVersion: 1,
              funder: { name: `Financeur ${randomUUID()}`, legalName: 'Préfecture' },
            },
          },
        ),
    },
    {
      mutation: 'applyProgrammationImport',
      build: async () =>
        call(
          graphql(`
            mutation MatrixApplyProgrammationImport($i: ApplyProgrammationImportInput!) {
              applyProgrammationImport(input: $i) {
                message
              }
            }
          `),
          // An unknown import is « not found », past authorization.
          { i: { territoryId: w.here.id, importId: randomUUID() } },
        ),
    },
  ];
}
