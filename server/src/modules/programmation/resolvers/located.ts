import type { GraphQLContext } from '../../../graphql/context.js';

/** Commune and quartier of rows that may be placed on the map of the territory. */
export const located = {
  commune: (row: { territoryId: string; communeId: string | null }, _args: unknown, ctx: GraphQLContext) =>
    row.communeId ? ctx.loaders.territory.communeById.load({ territoryId: row.territoryId, id: row.communeId }) : null,
  quartier: (row: { territoryId: string; quartierId: string | null }, _args: unknown, ctx: GraphQLContext) =>
    row.quartierId
      ? ctx.loaders.territory.quartierById.load({ territoryId: row.territoryId, id: row.quartierId })
      : null,
};
