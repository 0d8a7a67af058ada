import type { TerritoryAbilitiesResolvers } from '../../../graphql/__generated__/resolvers-types.js';
import { mayManageCouncils, mayManageSettings } from '../territory.policy.js';
import { mayManageContract } from '../contract.policy.js';

/** The territory module's abilities (the parent is the territory: `Territory.viewerCan` passes it on). */
export const TerritoryAbilities: TerritoryAbilitiesResolvers = {
  manageCouncils: (t, _args, ctx) => mayManageCouncils(ctx.viewer, t.id),
  manageSettings: (t, _args, ctx) => mayManageSettings(ctx.viewer, t.id),
  manageContract: (t, _args, ctx) => mayManageContract(ctx.viewer, t.id),
};
