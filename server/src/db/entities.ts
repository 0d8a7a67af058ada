import { territoryEntities } from '../modules/territory/entities/index.js';
import { programmationEntities } from '../modules/programmation/entities/index.js';
import { identityEntities } from '../modules/identity/entities/index.js';
import { notificationsEntities } from '../modules/notifications/entities/index.js';
import { auditEntities } from '../modules/audit/entities/index.js';
import { consultationEntities } from '../modules/consultation/entities/index.js';
import { moderationEntities } from '../modules/moderation/entities/index.js';
import { ideasEntities } from '../modules/ideas/entities/index.js';
import { eventsEntities } from '../modules/events/entities/index.js';

/** Every TypeORM entity, module by module (each module's `entities/index.ts`). */
export const entities = [
  ...territoryEntities,
  ...programmationEntities,
  ...identityEntities,
  ...notificationsEntities,
  ...auditEntities,
  ...consultationEntities,
  ...moderationEntities,
  ...ideasEntities,
  ...eventsEntities,
];
