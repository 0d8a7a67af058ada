import type { ModuleDeps, ServerModule } from '../contract.js';
import type { TerritorySlice } from './territory.context.js';
import { createTerritoryStore } from './territory.store.js';
import { createTerritoryDirectory } from './territory-directory.js';
import { createTerritoryLoaders, type TerritoryLoaders } from './territory.loaders.js';
import { createTerritoryService } from './territory.service.js';
import { createCouncilsService } from './councils.service.js';
import { createThemeService } from './theme.service.js';
import { createContractService } from './contract.service.js';
import { createFrameworkItemsService } from './framework-items.service.js';
import { createIndicatorsService } from './indicators.service.js';
import { territoryLogoRoutes } from './logo.route.js';
import { territoryResolvers } from './resolvers/index.js';

/** Territories, their communes, quartiers, contracts and their avenants, indicators, conseils citoyens and look. */
export function createTerritoryModule({ ds, clock }: ModuleDeps) {
  const store = createTerritoryStore(ds);
  const internals = { store, directory: createTerritoryDirectory(store, clock) };
  const module: ServerModule<TerritoryLoaders, TerritorySlice['services'], TerritorySlice> = {
    resolvers: territoryResolvers,
    routes: (app, http) => territoryLogoRoutes(app, http, internals),
    loaders: () => createTerritoryLoaders(store),
    services: (request) => ({
      territory: createTerritoryService(request, internals),
      councils: createCouncilsService(request),
      theme: createThemeService(request, internals),
      contracts: createContractService(request, internals),
      frameworkItems: createFrameworkItemsService(request),
      indicators: createIndicatorsService(request),
    }),
  };
  /** Whether a territory code exists, for the front ends' 404 (cached like every lookup by code). */
  const exists = async (code: string) => (await internals.directory.byCode(code)) !== null;
  return { ...module, exists };
}
