import type { GraphQLContext } from '../../../graphql/context.js';

/**
 * The commune and quartier fields of any row placed in a territory (councils, indicators, operators,
 * funds, urban renewal operations): one loader lookup, or null when the row names none.
 */
export const located = {
  commune: (row: { territoryId: string; communeId: string | null }, _args: unknown, ctx: GraphQLContext) =>
    row.communeId ? ctx.loaders.territory.communeById.load({ territoryId: row.territoryId, id: row.communeId }) : null,
  quartier: (row: { territoryId: string; quartierId: string | null }, _args: unknown, ctx: GraphQLContext) =>
    row.quartierId
      ? ctx.loaders.territory.quartierById.load({ territoryId: row.territoryId, id: row.quartierId })
      : null,
};

/** The conseil citoyen a row is scoped to (a role, an invitation, a consulted body), or null. */
export const scopedCouncil = (
  row: { territoryId: string; citizenCouncilId: string | null },
  _args: unknown,
  ctx: GraphQLContext,
) =>
  row.citizenCouncilId
    ? ctx.loaders.territory.citizenCouncilById.load({ territoryId: row.territoryId, id: row.citizenCouncilId })
    : null;
