import type { DataSource } from 'typeorm';
import {
  createTerritoryLoaders,
  createTerritoryService,
  createTerritoryStore,
  type TerritoryLoaders,
  type TerritoryService,
} from '../modules/territory/index.js';
import {
  createProgrammationLoaders,
  createProgrammationService,
  createProgrammationStore,
  type ProgrammationLoaders,
  type ProgrammationService,
} from '../modules/programmation/index.js';

export interface GraphQLContext {
  requestId: string;
  loaders: { territory: TerritoryLoaders; programmation: ProgrammationLoaders };
  services: { territory: TerritoryService; programmation: ProgrammationService };
}

/** Stores are stateless and shared; loaders and the services that use them are per request. */
export function createContextFactory(ds: DataSource) {
  const stores = { territory: createTerritoryStore(ds), programmation: createProgrammationStore(ds) };
  return (requestId: string): GraphQLContext => {
    const loaders = {
      territory: createTerritoryLoaders(stores.territory),
      programmation: createProgrammationLoaders(stores.programmation),
    };
    return {
      requestId,
      loaders,
      services: {
        territory: createTerritoryService(stores.territory, loaders.territory),
        programmation: createProgrammationService(stores.programmation, loaders.programmation, loaders.territory),
      },
    };
  };
}
