import { territoryEntities } from '../modules/territory/index.js';
import { programmationEntities } from '../modules/programmation/index.js';
import { identityEntities } from '../modules/identity/index.js';
import { OutboxMessageEntity } from '../modules/notifications/index.js';
import { AuditEntryEntity } from '../modules/audit/index.js';
import { consultationEntities } from '../modules/consultation/index.js';
import { moderationEntities } from '../modules/moderation/index.js';

/** Every TypeORM entity, module by module. */
export const entities = [
  ...territoryEntities,
  ...programmationEntities,
  ...identityEntities,
  OutboxMessageEntity,
  AuditEntryEntity,
  ...consultationEntities,
  ...moderationEntities,
];
