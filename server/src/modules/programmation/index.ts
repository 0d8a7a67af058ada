/** The programmation module's public surface for other modules: its types. */
export type { ProgrammationLoaders } from './programmation.loaders.js';
export type { ProgrammationService } from './programmation.service.js';
export type { ProgrammationSlice } from './programmation.context.js';
export type * from './programmation.types.js';
export { seedDemoProgrammation } from './demo-programmation.js';
export type * from './action-totals.types.js';
