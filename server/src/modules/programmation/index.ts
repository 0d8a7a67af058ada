import { ProgrammationEntity, ProgrammationTotalEntity, FunderTotalEntity } from './entities/programmation.entity.js';
import { OperatorEntity, FunderEntity } from './entities/operator.entity.js';
import { ActionEntity, ActionCommuneEntity, ActionQuartierEntity, FundingEntity } from './entities/action.entity.js';
import { FundEntity, UrbanRenewalOperationEntity } from './entities/fund.entity.js';

/** Public surface of the programmation module: other modules import only from here. */
export { createProgrammationStore, type ProgrammationStore } from './programmation.store.js';
export { createProgrammationLoaders, type ProgrammationLoaders } from './programmation.loaders.js';
export { createProgrammationService, type ProgrammationService } from './programmation.service.js';
export { programmationResolvers } from './resolvers/index.js';
export type * from './programmation.types.js';

export const programmationEntities = [
  ProgrammationEntity,
  ProgrammationTotalEntity,
  FunderTotalEntity,
  OperatorEntity,
  FunderEntity,
  ActionEntity,
  ActionCommuneEntity,
  ActionQuartierEntity,
  FundingEntity,
  FundEntity,
  UrbanRenewalOperationEntity,
];
