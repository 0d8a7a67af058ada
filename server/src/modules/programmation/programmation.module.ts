import type { ModuleDeps, ServerModule } from '../contract.js';
import type { TerritorySlice } from '../territory/index.js';
import type { ProgrammationSlice } from './programmation.context.js';
import { createProgrammationStore } from './programmation.store.js';
import { createProgrammationLoaders, type ProgrammationLoaders } from './programmation.loaders.js';
import { createProgrammationService } from './programmation.service.js';
import { createProgrammationEditingService } from './programmation-editing.service.js';
import { createActionEditingService } from './action-editing.service.js';
import { programmationResolvers } from './resolvers/index.js';

type Scope = ProgrammationSlice & Pick<TerritorySlice, 'loaders'>;

/** The yearly programmation of funded actions, their operators, funders, funds and urban renewal. */
export function createProgrammationModule({
  ds,
}: ModuleDeps): ServerModule<ProgrammationLoaders, ProgrammationSlice['services'], Scope> {
  const store = createProgrammationStore(ds);
  return {
    resolvers: programmationResolvers,
    loaders: (request) => createProgrammationLoaders(store, request.loaders.territory, request.viewer),
    services: (request) => ({
      programmation: createProgrammationService(request, store),
      programmationEditing: createProgrammationEditingService(request),
      actionEditing: createActionEditingService(request),
    }),
  };
}
