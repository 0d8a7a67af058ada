import type { DataSource } from 'typeorm';
import type { Clock } from '../../shared/clock.js';
import type { Viewer } from '../authz/index.js';
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

export const actorOf = (viewer: Viewer) =>
  viewer.kind === 'user' ? { id: viewer.user.id, label: viewer.user.displayName ?? '' } : { id: '', label: '' };
