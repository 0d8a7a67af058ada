import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { mergeResolvers } from '@graphql-tools/merge';
import { DateResolver, DateTimeResolver, JSONResolver } from 'graphql-scalars';
import { isObjectType, type GraphQLSchema } from 'graphql';
import type { Connection } from '../shared/pagination.js';
import { territoryResolvers } from '../modules/territory/index.js';
import { programmationResolvers } from '../modules/programmation/index.js';
import { identityResolvers } from '../modules/identity/index.js';
import { notificationsResolvers } from '../modules/notifications/index.js';
import { auditResolvers } from '../modules/audit/index.js';
import { consultationResolvers } from '../modules/consultation/index.js';
import { moderationResolvers } from '../modules/moderation/index.js';
import { applyAuthorization } from './authorization.js';
import type { Resolvers } from './__generated__/resolvers-types.js';

const schemaDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../schema');

/** The SDL files of schema/, the single source of truth. */
export function loadTypeDefs(): string[] {
  return readdirSync(schemaDir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(path.join(schemaDir, f), 'utf8'));
}

const base: Resolvers = {
  Date: DateResolver,
  DateTime: DateTimeResolver,
  JSON: JSONResolver,
  Query: { health: () => 'ok' },
};

export const resolvers = mergeResolvers([
  base,
  territoryResolvers,
  programmationResolvers,
  identityResolvers,
  notificationsResolvers,
  auditResolvers,
  consultationResolvers,
  moderationResolvers,
]) as Resolvers;

/** Every connection's totalCount runs its count thunk, so the count is paid for only when selected. */
function countTotalsOnDemand(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    const field = isObjectType(type) && type.name.endsWith('Connection') ? type.getFields().totalCount : undefined;
    if (field && !field.resolve) field.resolve = (connection: Connection) => connection.totalCount();
  }
  return schema;
}

/** Resolvers for fields the SDL does not declare are refused at start-up; authorization wraps the rest. */
export function buildSchema(): GraphQLSchema {
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
