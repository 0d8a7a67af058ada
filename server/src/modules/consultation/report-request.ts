import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import type { Clock } from '../../shared/clock.js';
import { resolveViewer } from '../identity/index.js';
import { createTerritoryStore } from '../territory/index.js';
import { createConsultationStore } from './consultation.store.js';

/**
 * The report a file URL names (`/:code/rapports/:year/…`) and who asks for it; null when there is
 * no such report, a year that is not a number included.
 */
export async function reportOfRequest(
  ds: DataSource,
  clock: Clock,
  req: Request,
  sessionToken: (req: Request) => string | null,
) {
  const year = Number(req.params.year);
  if (!Number.isInteger(year)) return null;
  const territory = await createTerritoryStore(ds).territoryByCode(String(req.params.code).toUpperCase());
  const report = territory ? await createConsultationStore(ds).reportByYear(territory.id, year) : null;
  if (!territory || !report) return null;
  const { viewer } = await resolveViewer(ds, clock, sessionToken(req));
  return { territory, report, viewer };
}
