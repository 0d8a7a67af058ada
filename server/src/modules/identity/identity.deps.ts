import type { DataSource } from 'typeorm';
import type { Clock } from '../../shared/clock.js';
import type { RateLimits } from '../../security/rate-limits.js';
import type { Viewer } from '../../authz/index.js';
import type { TerritoryLoaders, TerritoryService } from '../territory/index.js';
import type { RequestMeta } from './sessions.js';
import type { IdentityLoaders } from './identity.loaders.js';

/** What identity services need for one request. */
export interface IdentityDeps {
  ds: DataSource;
  clock: Clock;
  limits: RateLimits;
  publicUrl: string;
  meta: RequestMeta;
  viewer: Viewer;
  loaders: IdentityLoaders;
  territories: { service: TerritoryService; loaders: TerritoryLoaders };
  /** What modules above identity hold about a person (contributions…), added to their data export. */
  personalData: (userId: string) => Promise<Record<string, unknown>>;
}
