import type { TerritorySlice } from '../territory/index.js';
import type { ModerationSlice } from '../moderation/index.js';
import type { ProgrammationSlice } from '../programmation/index.js';
import type { ConsultationLoaders } from './consultation.loaders.js';
import type { ReportsService } from './reports.service.js';
import type { OpinionsService } from './opinions.service.js';
import type { ContributionsService } from './contributions.service.js';

/** The consultation module's part of the request scope and of the GraphQL context. */
export interface ConsultationSlice {
  loaders: { consultation: ConsultationLoaders };
  services: { reports: ReportsService; opinions: OpinionsService; contributions: ContributionsService };
}

/** What the module reads of the request scope: its slice, the territory module's, moderation's, programmation's. */
export type ConsultationScope = ConsultationSlice & TerritorySlice & ModerationSlice & ProgrammationSlice;
