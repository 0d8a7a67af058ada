import type { ProgrammationLoaders } from './programmation.loaders.js';
import type { ProgrammationService } from './programmation.service.js';
import type { ProgrammationEditingService } from './programmation-editing.service.js';
import type { ActionEditingService } from './action-editing.service.js';

/** The programmation module's part of the request scope and of the GraphQL context. */
export interface ProgrammationSlice {
  loaders: { programmation: ProgrammationLoaders };
  services: {
    programmation: ProgrammationService;
    programmationEditing: ProgrammationEditingService;
    actionEditing: ActionEditingService;
  };
}
