import { mayReadReport } from './consultation.policy.js';
import type { ConsultationRequest } from './consultation.deps.js';
import { isTerritoryCode } from '../../shared/text.js';
import { createConsultationStore } from './consultation.store.js';

/** What a file URL (`/:code/rapports/:year/…`) names. */
export interface ReportRequest {
  code: string;
  year: string;
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
export async function reportOfRequest(request: ConsultationRequest, { code, year }: ReportRequest) {
  if (!isTerritoryCode(code) || !YEAR.test(year)) return null;
  const territory = await request.services.territory.territoryByCode(code);
  const report = territory ? await createConsultationStore(request.ds).reportByYear(territory.id, Number(year)) : null;
  if (!territory || !report) return null;
  const { viewer } = request;
  if (!mayReadReport(viewer, report)) return null;
  return { territory, report, viewer };
}
