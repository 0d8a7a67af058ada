import { ProgrammationEntity, ProgrammationTotalEntity, FunderTotalEntity } from './programmation.entity.js';
import { OperatorEntity, FunderEntity } from './operator.entity.js';
import { ActionEntity, ActionCommuneEntity, ActionQuartierEntity, FundingEntity } from './action.entity.js';
import { FundEntity, UrbanRenewalOperationEntity } from './fund.entity.js';
import { ProgrammationImportEntity } from './programmation-import.entity.js';

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
  ProgrammationImportEntity,
];
