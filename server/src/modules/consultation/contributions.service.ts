import { z } from 'zod';
import { DomainError } from '../../shared/errors.js';
import { parseInput, uuidField } from '../../shared/validation.js';
import { actorOf, assertCan, can } from '../../authz/index.js';
import { recordAudit } from '../audit/index.js';
import { createConsultationStore } from './consultation.store.js';
import type { ConsultationRequest } from './consultation.deps.js';
import type { ContributionRow, ReportRow } from './consultation.types.js';
import { acceptsOpinions } from './deadline.js';

/** Residents comment the draft section by section during the consultation; moderators publish or refuse. */
export function createContributionsService(deps: ConsultationRequest) {
  const { ds, clock, viewer, requestId } = deps;
  const loaders = deps.loaders.consultation;
  const store = createConsultationStore(ds);

  return {
    list: (report: ReportRow) =>
      store.contributionsOfReport(report.territoryId, report.id, {
        all: can(viewer, 'CONTRIBUTIONS_MODERATE', report.territoryId),
        authorId: viewer.kind === 'user' ? viewer.user.id : null,
      }),

    /** For the author's data export (RGPD), with their status and refusal reasons. */
    ofAuthor: (userId: string) => store.contributionsOfAuthor(userId),

    /** The refusal reason is for the author and the moderators only. */
    canSeeModeration: (c: ContributionRow) =>
      can(viewer, 'CONTRIBUTIONS_MODERATE', c.territoryId) || (viewer.kind === 'user' && viewer.user.id === c.authorId),

    async submitContribution(input: unknown) {
      const i = parseInput(
        z.object({
          territoryId: uuidField,
          reportId: uuidField,
          sectionId: uuidField,
          text: z.string().trim().min(3, 'contribution trop courte').max(5000),
        }),
        input,
      );
      assertCan(viewer, 'CONTRIBUTIONS_SUBMIT', i.territoryId);
      const report = await loaders.reportById.load({ territoryId: i.territoryId, id: i.reportId });
      if (!report) throw new DomainError('NOT_FOUND', 'Rapport introuvable.');
      if (!acceptsOpinions(report, clock.now())) {
        throw new DomainError(
          'CONSULTATION_CLOSED',
          'Les contributions sont reçues pendant la consultation seulement.',
        );
      }
      const sections = await loaders.sectionsByReportId.load({ territoryId: i.territoryId, id: report.id });
      if (!sections.some((s) => s.id === i.sectionId))
        throw new DomainError('BAD_USER_INPUT', 'Section inconnue dans ce rapport.');
      return (await store.insertContribution({
        territoryId: i.territoryId,
        reportId: report.id,
        sectionId: i.sectionId,
        authorId: actorOf(viewer).id,
        text: i.text,
        createdAt: clock.now(),
      }))!;
    },

    async moderateContribution(input: unknown) {
      const i = parseInput(
        z.object({
          territoryId: uuidField,
          contributionId: uuidField,
          decision: z.enum(['PUBLISH', 'REJECT']),
          reason: z.string().trim().max(1000).nullish(),
        }),
        input,
      );
      assertCan(viewer, 'CONTRIBUTIONS_MODERATE', i.territoryId);
      if (i.decision === 'REJECT' && !i.reason) {
        throw new DomainError('BAD_USER_INPUT', 'Indiquez le motif du refus : son auteur le verra.', {
          reason: 'obligatoire',
        });
      }
      const before = await store.contributionById(i.territoryId, i.contributionId);
      if (!before) throw new DomainError('NOT_FOUND', 'Contribution introuvable.');
      const status = i.decision === 'PUBLISH' ? 'PUBLISHED' : 'REJECTED';
      return ds.transaction(async (tx) => {
        const after = await createConsultationStore(tx).moderateContribution(
          i.territoryId,
          i.contributionId,
          status,
          i.decision === 'REJECT' ? i.reason! : null,
          actorOf(viewer).id,
          clock.now(),
        );
        await recordAudit(tx, clock, actorOf(viewer), requestId, {
          territoryId: i.territoryId,
          action: i.decision === 'PUBLISH' ? 'contribution.publish' : 'contribution.reject',
          targetType: 'Contribution',
          targetId: i.contributionId,
          before: { status: before.status },
          after: { status, reason: i.reason ?? null },
          reason: i.reason ?? null,
        });
        return after!;
      });
    },
  };
}
export type ContributionsService = ReturnType<typeof createContributionsService>;
