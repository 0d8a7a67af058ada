import { graphql } from '../__generated__/index.js';
import { seedContract, seedIndicator } from '../seed-contract.js';
import { call, type Case, type World } from './case.js';

const indicatorFields = { name: 'Taux de chômage', scope: 'territoire', value: 13.9, approximate: false };

/** The contract's versions, strategy tree and indicators: each call acts on a contract of its own. */
export function contractCases(w: World): Case[] {
  const draft = () => seedContract(w.h, w.here.id);
  const itemInput = async () => {
    const { items } = await draft();
    const item = items[2]!; // the second root: it can move up
    return { territoryId: w.here.id, id: item.id, expectedVersion: item.version };
  };
  return [
    {
      mutation: 'createContract',
      build: async () =>
        call(
          graphql(`
            mutation MatrixCreateContract($i: CreateContractInput!) {
              createContract(input: $i) {
                contract {
                  id
                }
              }
            }
          `),
          { i: { territoryId: w.here.id, name: 'Contrat de ville', startYear: 2024, endYear: 2030 } },
        ),
    },
    {
      mutation: 'draftAmendment',
      build: async () => {
        const { id } = await seedContract(w.h, w.here.id, { status: 'IN_FORCE' });
        return call(
          graphql(`
            mutation MatrixDraftAmendment($i: DraftAmendmentInput!) {
              draftAmendment(input: $i) {
                contract {
                  id
                }
              }
            }
          `),
          { i: { territoryId: w.here.id, contractId: id } },
        );
      },
    },
    {
      mutation: 'putAmendmentInForce',
      build: async () => {
        const { id, version } = await draft();
        return call(
          graphql(`
            mutation MatrixPutAmendmentInForce($i: PutAmendmentInForceInput!) {
              putAmendmentInForce(input: $i) {
                contract {
                  id
                }
              }
            }
          `),
          { i: { territoryId: w.here.id, contractId: id, expectedVersion: version, inForceFrom: '2025-01-01' } },
        );
      },
    },
    {
      mutation: 'createFrameworkItem',
      build: async () => {
        const { id } = await draft();
        return call(
          graphql(`
            mutation MatrixCreateFrameworkItem($i: CreateFrameworkItemInput!) {
              createFrameworkItem(input: $i) {
                item {
                  id
                }
              }
            }
          `),
          { i: { territoryId: w.here.id, contractId: id, kind: 'axe', title: 'Nouvel axe' } },
        );
      },
    },
    {
      mutation: 'updateFrameworkItem',
      build: async () =>
        call(
          graphql(`
            mutation MatrixUpdateFrameworkItem($i: UpdateFrameworkItemInput!) {
              updateFrameworkItem(input: $i) {
                item {
                  id
                }
              }
            }
          `),
          { i: { ...(await itemInput()), kind: 'axe', title: 'Axe renommé' } },
        ),
    },
    {
      mutation: 'moveFrameworkItem',
      build: async () =>
        call(
          graphql(`
            mutation MatrixMoveFrameworkItem($i: MoveFrameworkItemInput!) {
              moveFrameworkItem(input: $i) {
                item {
                  id
                }
              }
            }
          `),
          { i: { ...(await itemInput()), direction: 'UP' } },
        ),
    },
    {
      mutation: 'removeFrameworkItem',
      build: async () =>
        call(
          graphql(`
            mutation MatrixRemoveFrameworkItem($i: RemoveFrameworkItemInput!) {
              removeFrameworkItem(input: $i) {
                contract {
                  id
                }
              }
            }
          `),
          { i: await itemInput() },
        ),
    },
    {
      mutation: 'createIndicator',
      build: async () =>
        call(
          graphql(`
            mutation MatrixCreateIndicator($i: CreateIndicatorInput!) {
              createIndicator(input: $i) {
                indicator {
                  id
                }
              }
            }
          `),
          { i: { territoryId: w.here.id, indicator: indicatorFields } },
        ),
    },
    {
      mutation: 'updateIndicator',
      build: async () => {
        const { id, version } = await seedIndicator(w.h, w.here.id);
        return call(
          graphql(`
            mutation MatrixUpdateIndicator($i: UpdateIndicatorInput!) {
              updateIndicator(input: $i) {
                indicator {
                  id
                }
              }
            }
          `),
          { i: { territoryId: w.here.id, id, expectedVersion: version, indicator: indicatorFields } },
        );
      },
    },
  ];
}
