import { describe, expect, it } from 'vitest';
import { Kind, validate, type DocumentNode } from 'graphql';
import { standaloneSchema } from '../composition/index.js';
import { queryLimits } from './apollo-options.js';
import * as portal from '../../../portal/src/__generated__/graphql.js';
import * as admin from '../../../admin/src/__generated__/graphql.js';

/**
 * Every operation each front end sends, checked one by one as it goes over the wire: the generated
 * document of one operation with the fragments it spreads. The cost limit prices a field inside a
 * fragment spread higher than the same field written out, so each operation is measured alone.
 */
function operationsOf(app: Record<string, unknown>) {
  return Object.entries(app).filter(
    (entry): entry is [string, DocumentNode] =>
      entry[0].endsWith('Document') &&
      (entry[1] as DocumentNode).definitions?.some((d) => d.kind === Kind.OPERATION_DEFINITION),
  );
}

describe('production query limits', () => {
  const schema = standaloneSchema();
  const rules = queryLimits(true).validationRules;
  it.each([
    ['portal', portal],
    ['admin', admin],
  ] as const)('let every operation of the %s through', (_name, app) => {
    const operations = operationsOf(app);
    expect(operations.length).toBeGreaterThan(10);
    const refused = operations.flatMap(([name, document]) =>
      validate(schema, document, rules).map((e) => `${name}: ${e.message}`),
    );
    expect(refused).toEqual([]);
  });
});
