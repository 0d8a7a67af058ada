import type { ProgrammationLoaders } from './programmation.loaders.js';
import type { ProgrammationService } from './programmation.service.js';
import type { ProgrammationExportService } from './programmation-export.service.js';
import type { ProgrammationEditingService } from './programmation-editing.service.js';
import type { ActionEditingService } from './action-editing.service.js';
import type { ProgrammationImportService } from './programmation-import.service.js';

/** The programmation module's part of the request scope and of the GraphQL context. */
export interface ProgrammationSlice {
  loaders: { programmation: ProgrammationLoaders };
  services: {
    programmation: ProgrammationService;
    programmationExport: ProgrammationExportService;
    programmationEditing: ProgrammationEditingService;
    actionEditing: ActionEditingService;
    programmationImport: ProgrammationImportService;
  };
}
