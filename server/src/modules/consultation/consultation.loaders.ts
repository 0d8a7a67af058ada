import { tenantGroupLoader, tenantLoader } from '../../shared/tenant-loader.js';
import type { Queryable } from '../../shared/sql.js';
import type { ConsultationStore } from './consultation.store.js';
import { recipientsOfBodies } from './body-recipients.js';

/** Created for every request. */
export function createConsultationLoaders(store: ConsultationStore, db: Queryable) {
  return {
    /** How many addresses a body's emails go to: the people holding its roles, and the one recorded. */
    recipientsByBodyId: tenantLoader(
      async (t, ids) => {
        const bodies = await store.bodiesByIds(t, ids);
        const recipients = await recipientsOfBodies(db, t, bodies);
        return bodies.map((b) => ({
          territoryId: t,
          bodyId: b.id,
          count: new Set(recipients.get(b.id)!.map((r) => r.email)).size,
        }));
      },
      (r) => r.bodyId,
    ),
    reportById: tenantLoader(
      (t, ids) => store.reportsByIds(t, ids),
      (r) => r.id,
    ),
    sectionsByReportId: tenantGroupLoader(
      (t, ids) => store.sectionsByReportIds(t, ids),
      (r) => r.reportId,
    ),
    bodiesByReportId: tenantGroupLoader(
      (t, ids) => store.bodiesByReportIds(t, ids),
      (r) => r.reportId,
    ),
    bodyById: tenantLoader(
      (t, ids) => store.bodiesByIds(t, ids),
      (r) => r.id,
    ),
    opinionByBodyId: tenantLoader(
      (t, ids) => store.opinionsByBodyIds(t, ids),
      (r) => r.bodyId,
    ),
    opinionById: tenantLoader(
      (t, ids) => store.opinionsByIds(t, ids),
      (r) => r.id,
    ),
    deliberationByBodyId: tenantLoader(
      (t, ids) => store.deliberationsByBodyIds(t, ids),
      (r) => r.bodyId,
    ),
    remarksByOpinionId: tenantGroupLoader(
      (t, ids) => store.remarksByOpinionIds(t, ids),
      (r) => r.opinionId,
    ),
    revisionsByOpinionId: tenantGroupLoader(
      (t, ids) => store.revisionsByOpinionIds(t, ids),
      (r) => r.opinionId,
    ),
  };
}
export type ConsultationLoaders = ReturnType<typeof createConsultationLoaders>;
