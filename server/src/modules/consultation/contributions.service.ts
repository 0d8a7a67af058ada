import { z } from 'zod';
import { DomainError } from '../../shared/errors.js';
import { parseInput, uuidField } from '../../shared/validation.js';
import { actorOf } from '../../authz/index.js';
import { MODERATION_REASONS, moderationItemsOf } from '../moderation/index.js';
import { demandContributor } from './consultation.policy.js';
import { createConsultationStore } from './consultation.store.js';
import type { ConsultationRequest } from './consultation.deps.js';
import type { ContributionRow, ReportRow } from './consultation.types.js';
import { withItem, withItems } from './contribution-items.js';
import { acceptsOpinions } from './deadline.js';

/**
 * Residents comment the draft section by section during the consultation; each contribution is a
 * moderation item (kind CONTRIBUTION), published or refused through the moderation module.
 */
export function createContributionsService(deps: ConsultationRequest) {
  const { ds, clock, viewer } = deps;
  const loaders = deps.loaders.consultation;
  const { moderation } = deps.services;
  const store = createConsultationStore(ds);

  return {
    /** Published ones for everyone, all for moderators, one's own for their author (the moderation policy). */
    async list(report: ReportRow) {
      const stored = await store.contributionsOfReport(report.territoryId, report.id);
      const items = await Promise.all(
        stored.map((c) => deps.loaders.moderation.itemBySubjectId.load({ territoryId: c.territoryId, id: c.id })),
      );
      return withItems(stored, items).filter((c) => moderation.canSee(c));
    },

    /** For the author's data export (RGPD), with their status and refusal reasons, in every territory. */
    async ofAuthor(userId: string) {
      const stored = await store.contributionsOfAuthor(userId);
      const subjects = stored.map((c) => ({ territoryId: c.territoryId, subjectId: c.id }));
      return withItems(stored, await moderationItemsOf(ds, subjects));
    },

    /** The reason of a refusal, for the author and the moderators only: its free text, or its label. */
    rejectionReason: (c: ContributionRow) => {
      if (c.status !== 'REJECTED' || !moderation.canSeeDecision(c)) return null;
      return c.reasonText ?? (c.reasonCode ? MODERATION_REASONS[c.reasonCode] : null);
    },

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
      demandContributor(viewer, i.territoryId);
      const report = await loaders.reportById.load({ territoryId: i.territoryId, id: i.reportId });
      if (!report) throw new DomainError('NOT_FOUND', 'Rapport introuvable.');
      if (!acceptsOpinions(report, clock.now())) {
        throw new DomainError(
          'CONSULTATION_CLOSED',
          'Les contributions sont reçues pendant la consultation seulement.',
        );
      }
      const sections = await loaders.sectionsByReportId.load({ territoryId: i.territoryId, id: report.id });
      const section = sections.find((s) => s.id === i.sectionId);
      if (!section) throw new DomainError('BAD_USER_INPUT', 'Section inconnue dans ce rapport.');
      return ds.transaction(async (tx) => {
        const txStore = createConsultationStore(tx);
        const base = { territoryId: i.territoryId, authorId: actorOf(viewer).id, createdAt: clock.now() };
        const id = await txStore.insertContribution({
          ...base,
          reportId: report.id,
          sectionId: i.sectionId,
          text: i.text,
        });
        const item = await moderation.open(tx, {
          ...base,
          kind: 'CONTRIBUTION',
          subjectId: id,
          excerpt: i.text.slice(0, 500),
          context: `${report.title} — ${section.title}`,
        });
        return withItem((await txStore.contributionById(i.territoryId, id))!, item);
      });
    },

    /** The contribution's own mutation, kept for its clients: a refusal's free text, under the code OTHER. */
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
      moderation.demandModerator(i.territoryId);
      if (i.decision === 'REJECT' && !i.reason) {
        throw new DomainError('BAD_USER_INPUT', 'Indiquez le motif du refus : son auteur le verra.', {
          reason: 'obligatoire',
        });
      }
      const item = await moderation.itemOf(i.territoryId, i.contributionId);
      if (!item || item.kind !== 'CONTRIBUTION') throw new DomainError('NOT_FOUND', 'Contribution introuvable.');
      const decided = await moderation.decide({
        territoryId: i.territoryId,
        itemId: item.id,
        decision: i.decision,
        reasonCode: i.decision === 'REJECT' ? 'OTHER' : null,
        reasonText: i.decision === 'REJECT' ? i.reason : null,
      });
      return withItem((await store.contributionById(i.territoryId, i.contributionId))!, decided);
    },
  };
}
export type ContributionsService = ReturnType<typeof createContributionsService>;
