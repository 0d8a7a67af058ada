import type { ModuleDeps, ServerModule } from '../contract.js';
import type { ConsultationScope, ConsultationSlice } from './consultation.context.js';
import { createConsultationStore } from './consultation.store.js';
import { createConsultationLoaders, type ConsultationLoaders } from './consultation.loaders.js';
import { createReportsService } from './reports.service.js';
import { createOpinionsService } from './opinions.service.js';
import { createContributionsService } from './contributions.service.js';
import { annexRoute } from './annex.route.js';
import { deliberationRoutes } from './deliberation.route.js';
import { consultationResolvers } from './resolvers/index.js';

export { startDeadlineWorker } from './deadline-job.js';

/** The annual report and its statutory consultation: avis of bodies, contributions, files. */
export function createConsultationModule({
  ds,
}: ModuleDeps): ServerModule<ConsultationLoaders, ConsultationSlice['services'], ConsultationScope> {
  const store = createConsultationStore(ds);
  return {
    resolvers: consultationResolvers,
    routes: (app, http) => {
      annexRoute(app, http);
      deliberationRoutes(app, http);
    },
    loaders: () => createConsultationLoaders(store, ds),
    services: (request) => ({
      reports: createReportsService(request),
      opinions: createOpinionsService(request),
      contributions: createContributionsService(request),
    }),
  };
}
