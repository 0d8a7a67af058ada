import type { TerritoryLoaders } from './territory.loaders.js';
import type { TerritoryService } from './territory.service.js';
import type { CouncilsService } from './councils.service.js';
import type { ThemeService } from './theme.service.js';
import type { ContractService } from './contract.service.js';
import type { FrameworkItemsService } from './framework-items.service.js';
import type { IndicatorsService } from './indicators.service.js';

/** The territory module's part of the request scope and of the GraphQL context. */
export interface TerritorySlice {
  loaders: { territory: TerritoryLoaders };
  services: {
    territory: TerritoryService;
    councils: CouncilsService;
    theme: ThemeService;
    contracts: ContractService;
    frameworkItems: FrameworkItemsService;
    indicators: IndicatorsService;
  };
}
