import type { DataSource } from 'typeorm';
import type { Clock } from '../../shared/clock.js';
import type { Viewer } from '../../authz/index.js';
import type { ConsultationLoaders } from './consultation.loaders.js';

export interface ConsultationDeps {
  ds: DataSource;
  clock: Clock;
  viewer: Viewer;
  requestId: string;
  loaders: ConsultationLoaders;
  /** For links in emails. */
  publicUrl: string;
}
