import { territoryEntities } from '../modules/territory/index.js';
import { programmationEntities } from '../modules/programmation/index.js';

/** Every TypeORM entity, module by module. */
export const entities = [...territoryEntities, ...programmationEntities];
