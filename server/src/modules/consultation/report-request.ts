import type { DataSource } from 'typeorm';
import type { Clock } from '../../shared/clock.js';
import { can } from '../../authz/index.js';
import { resolveViewer } from '../identity/index.js';
import { createTerritoryStore } from '../territory/index.js';
import { isTerritoryCode } from '../../shared/text.js';
import { createConsultationStore } from './consultation.store.js';

/** What a file URL (`/:code/rapports/:year/…`) names, and the session token of who asks. */
export interface ReportRequest {
  code: string;
  year: string;
  token: string | null;
}

/**
 * The one answer of a file route for a file that is not there, or not there for this visitor: a
 * report still in preparation must not be told from none.
 */
export const FILE_NOT_FOUND = 'Ce fichier est introuvable.';

/**
 * URL segments are checked before any SQL: a territory code, a year of 4 digits, a UUID. Anything
 * else names nothing.
 */
const YEAR = /^[0-9]{4}$/;

/**
 * The report a file URL names and who asks for it; null when there is no such report, or when it is a
 * draft and the visitor is not staff of the territory (drafts are for staff, as in the API).
 */
export async function reportOfRequest(ds: DataSource, clock: Clock, { code, year, token }: ReportRequest) {
  if (!isTerritoryCode(code) || !YEAR.test(year)) return null;
  const territory = await createTerritoryStore(ds).territoryByCode(code.toUpperCase());
  const report = territory ? await createConsultationStore(ds).reportByYear(territory.id, Number(year)) : null;
  if (!territory || !report) return null;
  const { viewer } = await resolveViewer(ds, clock, token);
  if (report.status === 'DRAFT' && !can(viewer, 'REPORTS_MANAGE', territory.id)) return null;
  return { territory, report, viewer };
}
