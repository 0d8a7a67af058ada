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
import { createContract } from './Mutation/createContract.js';
import { draftAmendment } from './Mutation/draftAmendment.js';
import { putAmendmentInForce } from './Mutation/putAmendmentInForce.js';
import { createFrameworkItem } from './Mutation/createFrameworkItem.js';
import { updateFrameworkItem } from './Mutation/updateFrameworkItem.js';
import { moveFrameworkItem } from './Mutation/moveFrameworkItem.js';
import { removeFrameworkItem } from './Mutation/removeFrameworkItem.js';
import { createIndicator } from './Mutation/createIndicator.js';
import { updateIndicator } from './Mutation/updateIndicator.js';

export const territoryResolvers: Resolvers = {
  Query: { territories, territory },
  Mutation: {
    createCitizenCouncil,
    updateCitizenCouncil,
    updateTerritoryTheme,
    createContract,
    draftAmendment,
    putAmendmentInForce,
    createFrameworkItem,
    updateFrameworkItem,
    moveFrameworkItem,
    removeFrameworkItem,
    createIndicator,
    updateIndicator,
  },
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
