import { randomUUID } from 'node:crypto';
import { graphql } from '../__generated__/index.js';
import { call, type Case, type World } from './case.js';

/** The programmation's staff mutations. An unknown import is « not found », past authorization. */
export function programmationCases(w: World): Case[] {
  return [
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
          { i: { territoryId: w.here.id, importId: randomUUID() } },
        ),
    },
  ];
}
