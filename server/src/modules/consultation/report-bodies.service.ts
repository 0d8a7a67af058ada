import { z } from 'zod';
import { DomainError } from '../../shared/errors.js';
import { calendarDate, emailField, parseInput, uuidField } from '../../shared/validation.js';
import { demandReportsManager } from './consultation.policy.js';
import { createConsultationStore } from './consultation.store.js';
import type { ConsultationRequest } from './consultation.deps.js';
import type { BodyRow } from './consultation.types.js';
import { parisToday } from './deadline.js';
import type { ReportSteps } from './report-steps.js';

/** The bodies a draft report is sent to, and how each is reached: added, removed, their transmission. */
export function createReportBodiesService(deps: ConsultationRequest, steps: ReportSteps) {
  const { clock, viewer } = deps;
  const loaders = deps.loaders.consultation;
  const { load, expect, audit, whileUnchanged } = steps;

  return {
    async addConsultedBody(input: unknown) {
      const i = parseInput(
        z.object({ territoryId: uuidField, reportId: uuidField, name: z.string().trim().min(3).max(200) }),
        input,
      );
      demandReportsManager(viewer, i.territoryId);
      const report = await load(i.territoryId, i.reportId);
      expect(report, 'DRAFT');
      await whileUnchanged(report, async (tx) => {
        await createConsultationStore(tx).insertBodies(i.territoryId, report.id, [
          { kind: 'SIGNATORY', citizenCouncilId: null, communeId: null, name: i.name },
        ]);
        await audit(tx, report, 'report.body.add', null, { name: i.name });
      });
      return report;
    },

    async removeConsultedBody(input: unknown) {
      const i = parseInput(z.object({ territoryId: uuidField, reportId: uuidField, bodyId: uuidField }), input);
      demandReportsManager(viewer, i.territoryId);
      const report = await load(i.territoryId, i.reportId);
      expect(report, 'DRAFT');
      const body = await loaders.bodyById.load({ territoryId: i.territoryId, id: i.bodyId });
      if (!body || body.reportId !== report.id)
        throw new DomainError('NOT_FOUND', 'Instance introuvable dans ce rapport.');
      await whileUnchanged(report, async (tx) => {
        await createConsultationStore(tx).deleteBody(i.territoryId, i.bodyId);
        await audit(tx, report, 'report.body.remove', { name: body.name }, null);
      });
      return report;
    },

    /** Before opening: the address of a body's mayor or president, or the day bodies were posted. */
    async setBodyTransmission(input: unknown) {
      const i = parseInput(
        z.object({
          territoryId: uuidField,
          reportId: uuidField,
          bodyIds: z.array(uuidField).min(1, 'choisissez au moins une instance').max(500),
          recipientEmail: emailField.nullish(),
          postedOn: calendarDate.nullish(),
        }),
        input,
      );
      demandReportsManager(viewer, i.territoryId);
      const report = await load(i.territoryId, i.reportId);
      expect(report, 'DRAFT');
      const bodies = await loaders.bodyById.loadMany(i.bodyIds.map((id) => ({ territoryId: i.territoryId, id })));
      const found = bodies.filter((b): b is BodyRow => !!b && !(b instanceof Error) && b.reportId === report.id);
      if (found.length !== new Set(i.bodyIds).size)
        throw new DomainError('NOT_FOUND', 'Instance introuvable dans ce rapport.');
      if (i.postedOn && i.postedOn > parisToday(clock.now()))
        throw new DomainError('BAD_USER_INPUT', 'Un envoi par courrier se date au plus tard d’aujourd’hui.', {
          postedOn: 'date à venir',
        });
      const after = { recipientEmail: i.recipientEmail ?? null, postedOn: i.postedOn ?? null };
      await whileUnchanged(report, async (tx) => {
        const txStore = createConsultationStore(tx);
        for (const body of found) await txStore.updateBodyTransmission(i.territoryId, body.id, after);
        await audit(
          tx,
          report,
          'report.body.transmission',
          {
            bodies: found.map((b) => b.name),
            recipientEmail: found.map((b) => b.recipientEmail),
            postedOn: found.map((b) => b.postedOn),
          },
          { bodies: found.map((b) => b.name), ...after },
        );
      });
      for (const body of found) loaders.bodyById.clear({ territoryId: i.territoryId, id: body.id });
      loaders.bodiesByReportId.clear({ territoryId: i.territoryId, id: report.id });
      return report;
    },
  };
}
