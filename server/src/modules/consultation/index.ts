/** The annual report and its statutory consultation. Other modules import only from here. */
export { consultationEntities } from './entities/index.js';
export { createConsultationStore, type ConsultationStore } from './consultation.store.js';
export { createConsultationLoaders, type ConsultationLoaders } from './consultation.loaders.js';
export { createReportsService, type ReportsService } from './reports.service.js';
export { createOpinionsService, type OpinionsService } from './opinions.service.js';
export { applyDeadlines, startDeadlineWorker } from './deadline-job.js';
export { consultationResolvers } from './resolvers/index.js';
export type * from './consultation.types.js';
export { annexRoute } from './annex.route.js';
export { createContributionsService, type ContributionsService } from './contributions.service.js';
export { deliberationRoutes } from './deliberation.route.js';
export { seedDemoReport } from './demo-report.js';
