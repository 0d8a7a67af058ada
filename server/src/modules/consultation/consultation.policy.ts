import { can, canForBody, demand, type BodyScope, type SignedInViewer, type Viewer } from '../../authz/index.js';
import type { ReportRow } from './consultation.types.js';

/*
 * Who may read and act on a report, its consulted bodies' avis and their files: the only place the
 * consultation module decides. Services, resolvers and the file routes all ask here.
 */

type ReportScope = Pick<ReportRow, 'territoryId' | 'status'>;

export const mayManageReports = (viewer: Viewer, territoryId: string) => can(viewer, 'REPORTS_MANAGE', territoryId);

/** A draft report is for staff only; from its consultation on, everyone reads it. */
export const mayReadReport = (viewer: Viewer, report: ReportScope) =>
  report.status !== 'DRAFT' || mayManageReports(viewer, report.territoryId);

/** Preparing the avis (reading and writing the shared draft): the body's own people, no one else. */
export const mayPrepareOpinion = (viewer: Viewer, body: BodyScope) => canForBody(viewer, 'OPINIONS_PREPARE', body);

/** Submitting the formal avis: the référent of the council, or the commune's representative. */
export const maySubmitOpinion = (viewer: Viewer, body: BodyScope) => canForBody(viewer, 'OPINIONS_SUBMIT', body);

/** An avis (and a deliberation file) is public once the report is published; before, its body and staff read it. */
export const mayReadOpinion = (viewer: Viewer, body: BodyScope, report: ReportScope) =>
  report.status === 'PUBLISHED' || mayManageReports(viewer, body.territoryId) || mayPrepareOpinion(viewer, body);

/** A commune's deliberation: its representative while the consultation is open, staff until publication. */
export const mayUploadDeliberation = (
  viewer: Viewer,
  body: BodyScope & { kind: string },
  report: ReportScope,
  consultationOpen: boolean,
) =>
  body.kind === 'COMMUNE' &&
  ((consultationOpen && maySubmitOpinion(viewer, body)) ||
    (mayManageReports(viewer, report.territoryId) && report.status !== 'PUBLISHED'));

/** The annex: its PDF and CSV are public with the published report; the editable DOCX and drafts, staff only. */
export const mayDownloadAnnex = (viewer: Viewer, report: ReportScope, editable: boolean) =>
  (report.status === 'PUBLISHED' && !editable) || mayManageReports(viewer, report.territoryId);

/** Commenting a report in consultation (residents and consulted bodies' people). */
export const mayContribute = (viewer: Viewer, territoryId: string) => can(viewer, 'CONTRIBUTIONS_SUBMIT', territoryId);

export function demandReportsManager(viewer: Viewer, territoryId: string): asserts viewer is SignedInViewer {
  demand(viewer, mayManageReports(viewer, territoryId));
}

export function demandOpinionPreparer(viewer: Viewer, body: BodyScope): asserts viewer is SignedInViewer {
  demand(viewer, mayPrepareOpinion(viewer, body), "Vous n'êtes pas membre de cette instance.");
}

export function demandOpinionSubmitter(viewer: Viewer, body: BodyScope): asserts viewer is SignedInViewer {
  demand(
    viewer,
    maySubmitOpinion(viewer, body),
    "Seul·e le ou la référent·e du conseil (ou le représentant de la commune) peut déposer l'avis.",
  );
}

export function demandContributor(viewer: Viewer, territoryId: string): asserts viewer is SignedInViewer {
  demand(viewer, mayContribute(viewer, territoryId));
}
