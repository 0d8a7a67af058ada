import type { TerritoryLoaders } from './territory.loaders.js';
import type { TerritoryService } from './territory.service.js';
import type { CouncilsService } from './councils.service.js';
import type { ThemeService } from './theme.service.js';

/** The territory module's part of the request scope and of the GraphQL context. */
export interface TerritorySlice {
  loaders: { territory: TerritoryLoaders };
  services: { territory: TerritoryService; councils: CouncilsService; theme: ThemeService };
}
