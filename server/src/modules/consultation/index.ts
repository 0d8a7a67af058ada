/** The consultation module's public surface for other modules and tools: types, demo, deadline run. */
export type { ConsultationLoaders } from './consultation.loaders.js';
export type { ReportsService } from './reports.service.js';
export type { OpinionsService } from './opinions.service.js';
export type { ContributionsService } from './contributions.service.js';
export type { ConsultationSlice } from './consultation.context.js';
export type * from './consultation.types.js';
export { applyDeadlines } from './deadline-job.js';
export { seedDemoReport } from './demo-report.js';
