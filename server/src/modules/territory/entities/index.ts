import { TerritoryEntity } from './territory.entity.js';
import { CommuneEntity } from './commune.entity.js';
import { QuartierEntity, QuartierCommuneEntity } from './quartier.entity.js';
import { ContractEntity, FrameworkItemEntity } from './contract.entity.js';
import { IndicatorEntity } from './indicator.entity.js';
import { GovernanceBodyEntity } from './governance-body.entity.js';
import { CitizenCouncilEntity } from './citizen-council.entity.js';
import { TerritoryLogoEntity } from './territory-logo.entity.js';

export { TerritoryEntity, CommuneEntity, QuartierEntity, ContractEntity, FrameworkItemEntity, CitizenCouncilEntity };

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
