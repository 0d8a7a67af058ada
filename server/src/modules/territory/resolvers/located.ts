import type { TerritoryLoaders } from '../territory.loaders.js';

/** The context these helpers read: other modules' resolvers use them with their own context. */
type WithTerritoryLoaders = { loaders: { territory: TerritoryLoaders } };

/**
 * The commune and quartier fields of any row placed in a territory (councils, indicators, operators,
 * funds, urban renewal operations): one loader lookup, or null when the row names none.
 */
export const located = {
  commune: (row: { territoryId: string; communeId: string | null }, _args: unknown, ctx: WithTerritoryLoaders) =>
    row.communeId ? ctx.loaders.territory.communeById.load({ territoryId: row.territoryId, id: row.communeId }) : null,
  quartier: (row: { territoryId: string; quartierId: string | null }, _args: unknown, ctx: WithTerritoryLoaders) =>
    row.quartierId
      ? ctx.loaders.territory.quartierById.load({ territoryId: row.territoryId, id: row.quartierId })
      : null,
};

/** The conseil citoyen a row is scoped to (a role, an invitation, a consulted body), or null. */
export const scopedCouncil = (
  row: { territoryId: string; citizenCouncilId: string | null },
  _args: unknown,
  ctx: WithTerritoryLoaders,
) =>
  row.citizenCouncilId
    ? ctx.loaders.territory.citizenCouncilById.load({ territoryId: row.territoryId, id: row.citizenCouncilId })
    : null;
