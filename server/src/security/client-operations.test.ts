import { describe, expect, it } from 'vitest';
import { Kind, validate, visit, type DocumentNode, type SelectionSetNode } from 'graphql';
import { standaloneSchema } from '../composition/index.js';
import { queryLimits } from './apollo-options.js';
import * as portal from '../../../portal/src/__generated__/graphql.js';
import * as admin from '../../../admin/src/__generated__/graphql.js';

/**
 * Every operation each front end sends, checked one by one as it goes over the wire: the generated
 * document of one operation with the fragments it spreads, and the `__typename` fields Apollo adds. The cost limit prices a field inside a
 * fragment spread higher than the same field written out, so each operation is measured alone.
 */
function operationsOf(app: Record<string, unknown>) {
  return Object.entries(app).filter(
    (entry): entry is [string, DocumentNode] =>
      entry[0].endsWith('Document') &&
      (entry[1] as DocumentNode).definitions?.some((d) => d.kind === Kind.OPERATION_DEFINITION),
  );
}

const TYPENAME = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } } as const;

/** What Apollo Client's cache does to every document before sending it: `__typename` in each selection set. */
const withTypenames = (document: DocumentNode) =>
  visit(document, {
    SelectionSet(set: SelectionSetNode, _key, parent) {
      const isRoot = parent && 'kind' in parent && parent.kind === Kind.OPERATION_DEFINITION;
      const has = set.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename');
      return isRoot || has ? undefined : { ...set, selections: [...set.selections, TYPENAME] };
    },
  });

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
      validate(schema, withTypenames(document), rules).map((e) => `${name}: ${e.message}`),
    );
    expect(refused).toEqual([]);
  });
});
