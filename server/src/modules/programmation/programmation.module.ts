import type { ModuleDeps, ServerModule } from '../contract.js';
import type { TerritorySlice } from '../territory/index.js';
import type { ProgrammationSlice } from './programmation.context.js';
import { createProgrammationStore } from './programmation.store.js';
import { createProgrammationLoaders, type ProgrammationLoaders } from './programmation.loaders.js';
import { createProgrammationService } from './programmation.service.js';
import { createProgrammationEditingService } from './programmation-editing.service.js';
import { createActionEditingService } from './action-editing.service.js';
import { createProgrammationImportService } from './programmation-import.service.js';
import { programmationImportRoutes } from './programmation-import.route.js';
import { programmationResolvers } from './resolvers/index.js';
import { createProgrammationExportStore } from './programmation-export.store.js';
import { createProgrammationExportService } from './programmation-export.service.js';
import { programmationExportRoutes } from './programmation-export.route.js';

type Scope = ProgrammationSlice & TerritorySlice;

/** The yearly programmation of funded actions, their operators, funders, funds and urban renewal. */
export function createProgrammationModule({
  ds,
}: ModuleDeps): ServerModule<ProgrammationLoaders, ProgrammationSlice['services'], Scope> {
  const store = createProgrammationStore(ds);
  const exportStore = createProgrammationExportStore(ds);
  return {
    resolvers: programmationResolvers,
    routes: (app, http) => {
      programmationExportRoutes(app, http);
      programmationImportRoutes(app, http);
    },
    loaders: (request) => createProgrammationLoaders(store, request.loaders.territory, request.viewer),
    services: (request) => ({
      programmation: createProgrammationService(request, store),
      programmationExport: createProgrammationExportService(request, store, exportStore),
      programmationEditing: createProgrammationEditingService(request),
      actionEditing: createActionEditingService(request),
      programmationImport: createProgrammationImportService(request),
    }),
  };
}
