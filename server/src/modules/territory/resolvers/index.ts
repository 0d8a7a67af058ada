import type { Resolvers } from '../../../graphql/__generated__/resolvers-types.js';
import { territories } from './Query/territories.js';
import { territory } from './Query/territory.js';
import { Territory } from './Territory.js';
import { TerritoryAbilities } from './TerritoryAbilities.js';
import { Theme } from './Theme.js';
import { Commune } from './Commune.js';
import { Quartier } from './Quartier.js';
import { Contract } from './Contract.js';
import { FrameworkItem } from './FrameworkItem.js';
import { Indicator } from './Indicator.js';
import { CitizenCouncil } from './CitizenCouncil.js';
import { createCitizenCouncil } from './Mutation/createCitizenCouncil.js';
import { updateCitizenCouncil } from './Mutation/updateCitizenCouncil.js';
import { updateTerritoryTheme } from './Mutation/updateTerritoryTheme.js';

export const territoryResolvers: Resolvers = {
  Query: { territories, territory },
  Mutation: { createCitizenCouncil, updateCitizenCouncil, updateTerritoryTheme },
  Territory,
  TerritoryAbilities,
  Theme,
  Commune,
  Quartier,
  Contract,
  FrameworkItem,
  Indicator,
  CitizenCouncil,
};
