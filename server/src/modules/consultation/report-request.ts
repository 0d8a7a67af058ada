import type { DataSource } from 'typeorm';
import type { Clock } from '../../shared/clock.js';
import { resolveViewer } from '../identity/index.js';
import { createTerritoryStore } from '../territory/index.js';
import { createConsultationStore } from './consultation.store.js';

/** What a file URL (`/:code/rapports/:year/…`) names, and the session token of who asks. */
export interface ReportRequest {
  code: string;
  year: string;
  token: string | null;
}

/** The report a file URL names and who asks for it; null when there is no such report, a year that is not a number included. */
export async function reportOfRequest(ds: DataSource, clock: Clock, { code, year, token }: ReportRequest) {
  const referenceYear = Number(year);
  if (!Number.isInteger(referenceYear)) return null;
  const territory = await createTerritoryStore(ds).territoryByCode(code.toUpperCase());
  const report = territory ? await createConsultationStore(ds).reportByYear(territory.id, referenceYear) : null;
  if (!territory || !report) return null;
  const { viewer } = await resolveViewer(ds, clock, token);
  return { territory, report, viewer };
}
