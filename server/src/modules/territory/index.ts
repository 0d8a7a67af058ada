/** The territory module's public surface for other modules: entities they refer to, types, resolver helpers. */
export {
  TerritoryEntity,
  CommuneEntity,
  QuartierEntity,
  ContractEntity,
  FrameworkItemEntity,
  CitizenCouncilEntity,
} from './entities/index.js';
export { territoriesByIds, qpvCommunesAndCouncils, demoOutline, importReferences } from './territory-lookup.js';
export type { TerritoryLoaders } from './territory.loaders.js';
export type { TerritoryService } from './territory.service.js';
export type { CouncilsService } from './councils.service.js';
export type { ThemeService } from './theme.service.js';
export type { TerritorySlice } from './territory.context.js';
export { located, scopedCouncil } from './resolvers/located.js';
export type * from './territory.types.js';
