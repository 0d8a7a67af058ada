import { DomainError } from '../../shared/errors.js';
import { isUniqueViolation, type Queryable } from '../../shared/sql.js';
import { actorOf } from '../../authz/index.js';
import { recordAudit, type StoredAuditAction } from '../audit/index.js';
import { createConsultationStore } from './consultation.store.js';
import type { ConsultationRequest } from './consultation.deps.js';
import type { ReportRow, ReportStatus } from './consultation.types.js';

/** Someone changed the report between the moment it was read and this change. */
const changedMeanwhile = () =>
  new DomainError('CONFLICT', 'Ce rapport vient d’être modifié par quelqu’un d’autre : rechargez la page.');

/** The statuses a move audits as `report.<status>`: those the journal's catalogue has an action for. */
type ReportActionSuffix<A> = A extends `report.${infer S}` ? Uppercase<S> : never;
type AuditedStatus = Extract<ReportStatus, ReportActionSuffix<StoredAuditAction>>;

const STATUS_LABELS: Record<ReportStatus, string> = {
  DRAFT: 'projet',
  IN_CONSULTATION: 'en consultation',
  CLOSED: 'consultation close',
  APPROVED: 'approuvé',
  PUBLISHED: 'publié',
};

/**
 * What every change of a report goes through, for the report services of one request: load it,
 * check its step, change it under its row lock, audit it, record a transition or a version.
 */
export function createReportSteps(deps: ConsultationRequest) {
  const { ds, clock, viewer, requestId } = deps;
  const loaders = deps.loaders.consultation;

  async function load(territoryId: string, reportId: string) {
    const report = await loaders.reportById.load({ territoryId, id: reportId });
    if (!report) throw new DomainError('NOT_FOUND', 'Rapport introuvable sur ce territoire.');
    return report;
  }
  function expect(report: ReportRow, ...statuses: ReportStatus[]) {
    if (!statuses.includes(report.status)) {
      throw new DomainError('CONFLICT', `Impossible à cette étape du rapport (${STATUS_LABELS[report.status]}).`);
    }
  }
  const audit = (
    tx: Queryable,
    report: ReportRow,
    action: StoredAuditAction,
    before: object | null,
    after: object | null,
  ) =>
    recordAudit(tx, clock, actorOf(viewer), requestId, {
      territoryId: report.territoryId,
      action,
      targetType: 'Report',
      targetId: report.id,
      before,
      after,
    });

  /**
   * Runs a change of `report` in one transaction, under the report's row lock, only if its state is
   * still the one checked: of concurrent transitions (or an edit racing one), one wins and the others
   * get CONFLICT. A version number taken meanwhile (unique per report) is a conflict too.
   */
  async function whileUnchanged<T>(report: ReportRow, change: (tx: Queryable) => Promise<T>): Promise<T> {
    try {
      return await ds.transaction(async (tx) => {
        const current = await createConsultationStore(tx).lockReport(report.territoryId, report.id);
        if (current?.status !== report.status) throw changedMeanwhile();
        return change(tx);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'report_versions_territory_report_idx')) throw changedMeanwhile();
      throw error;
    }
  }

  /** Moves the report, records the transition and audits it, in `tx` (opened by `whileUnchanged`). */
  async function move(
    tx: Queryable,
    report: ReportRow,
    to: AuditedStatus,
    set: { approvedOn?: string; publishedAt?: Date } = {},
  ) {
    const txStore = createConsultationStore(tx);
    const moved = await txStore.moveReport(report.territoryId, report.id, report.status, to, set);
    if (!moved) throw changedMeanwhile();
    await txStore.insertTransition({
      territoryId: report.territoryId,
      reportId: report.id,
      fromStatus: report.status,
      toStatus: to,
      at: clock.now(),
      by: actorOf(viewer).id,
    });
    const action = `report.${to.toLowerCase()}` as `report.${Lowercase<AuditedStatus>}`;
    await audit(tx, report, action, { status: report.status }, { status: to, ...set });
    return moved;
  }

  /** Records the report's state as a version; the approved one also freezes the programmation's figures. */
  async function snapshot(tx: Queryable, report: ReportRow, label: string, programmationFigures: object | null = null) {
    const sections = await createConsultationStore(tx).sectionsByReportIds(report.territoryId, [report.id]);
    await createConsultationStore(tx).insertVersion({
      territoryId: report.territoryId,
      reportId: report.id,
      label,
      sections: sections.map(({ kind, title, body }) => ({ kind, title, body })),
      createdAt: clock.now(),
      createdBy: actorOf(viewer).id,
      programmationFigures,
    });
  }

  return { load, expect, audit, whileUnchanged, move, snapshot };
}
export type ReportSteps = ReturnType<typeof createReportSteps>;
