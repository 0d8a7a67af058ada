import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { DateResolver, DateTimeResolver, JSONResolver } from 'graphql-scalars';
import { isObjectType, type GraphQLSchema } from 'graphql';
import type { Connection } from '../shared/pagination.js';
import { applyAuthorization } from './authorization.policy.js';
import { DecimalScalar } from './decimal-scalar.js';
import type { Resolvers } from './__generated__/resolvers-types.js';

const schemaDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../schema');

/** The SDL files of schema/, the single source of truth. */
export function loadTypeDefs(): string[] {
  return readdirSync(schemaDir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(path.join(schemaDir, f), 'utf8'));
}

/** The scalars and the health field: what no module owns. */
export const baseResolvers: Resolvers = {
  Date: DateResolver,
  DateTime: DateTimeResolver,
  Decimal: DecimalScalar,
  JSON: JSONResolver,
  Query: { health: () => 'ok' },
};

/** Every connection's totalCount runs its count thunk, so the count is paid for only when selected. */
function countTotalsOnDemand(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    const field = isObjectType(type) && type.name.endsWith('Connection') ? type.getFields().totalCount : undefined;
    if (field && !field.resolve) field.resolve = (connection: Connection) => connection.totalCount();
  }
  return schema;
}

/** Resolvers for fields the SDL does not declare are refused at start-up; authorization wraps the rest. */
export function buildSchema(resolvers: Resolvers): GraphQLSchema {
  return applyAuthorization(
    countTotalsOnDemand(
      makeExecutableSchema({
        typeDefs: loadTypeDefs(),
        resolvers,
        resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
      }),
    ),
  );
}
