import { TerritoryEntity } from './entities/territory.entity.js';
import { CommuneEntity } from './entities/commune.entity.js';
import { QuartierEntity, QuartierCommuneEntity } from './entities/quartier.entity.js';
import { ContractEntity, FrameworkItemEntity } from './entities/contract.entity.js';
import { IndicatorEntity } from './entities/indicator.entity.js';
import { GovernanceBodyEntity } from './entities/governance-body.entity.js';
import { CitizenCouncilEntity } from './entities/citizen-council.entity.js';
import { TerritoryLogoEntity } from './entities/territory-logo.entity.js';

/** Public surface of the territory module: other modules import only from here. */
export { TerritoryEntity, CommuneEntity, QuartierEntity, ContractEntity, FrameworkItemEntity, CitizenCouncilEntity };
export { createTerritoryStore, type TerritoryStore } from './territory.store.js';
export { createTerritoryLoaders, type TerritoryLoaders } from './territory.loaders.js';
export { createTerritoryService, type TerritoryService } from './territory.service.js';
export { createTerritoryDirectory, TERRITORY_TTL_MS, type TerritoryDirectory } from './territory-directory.js';
export { territoryResolvers } from './resolvers/index.js';
export { located, scopedCouncil } from './resolvers/located.js';
export type * from './territory.types.js';

export const territoryEntities = [
  TerritoryEntity,
  CommuneEntity,
  QuartierEntity,
  QuartierCommuneEntity,
  ContractEntity,
  FrameworkItemEntity,
  IndicatorEntity,
  GovernanceBodyEntity,
  CitizenCouncilEntity,
  TerritoryLogoEntity,
];
export { createCouncilsService, type CouncilsService } from './councils.service.js';
export { createThemeService, type ThemeService } from './theme.service.js';
