import { z } from 'zod';
import { frenchDate } from '../../shared/clock.js';
import { DomainError } from '../../shared/errors.js';
import { calendarDate, parseInput, uuidField } from '../../shared/validation.js';
import { toPage, type PageArgs } from '../../shared/pagination.js';
import { demandReportsManager, mayManageReports, mayReadReport } from './consultation.policy.js';
import { bodyCandidates } from './body-candidates.js';
import { createConsultationStore } from './consultation.store.js';
import type { ConsultationRequest } from './consultation.deps.js';
import type { ReportRow } from './consultation.types.js';
import type { ProgrammationFigures, ReportFiguresValue } from '../programmation/index.js';
import { acceptsOpinions, checkConsultationDates, daysLeft, parisToday } from './deadline.js';
import { REPORT_PLAN } from './report-plan.js';
import { createReportSteps } from './report-steps.js';
import { createReportBodiesService } from './report-bodies.service.js';
import { emailBodies, remindBodies } from './reminders.js';

/** The report and the life of its consultation, kept by staff. Every change is audited. */
export function createReportsService(deps: ConsultationRequest) {
  const { ds, clock, viewer } = deps;
  const loaders = deps.loaders.consultation;
  const store = createConsultationStore(ds);

  const steps = createReportSteps(deps);
  const { load, expect, audit, whileUnchanged, move, snapshot } = steps;

  return {
    /** Drafts are for staff; from the consultation on, the report is public. */
    visible: (report: ReportRow) => mayReadReport(viewer, report),

    listReports: (territoryId: string, args: PageArgs) =>
      store.listReports(territoryId, toPage(args), !mayManageReports(viewer, territoryId)),

    async reportByYear(territoryId: string, year: number) {
      const report = await store.reportByYear(territoryId, year);
      return report && mayReadReport(viewer, report) ? report : null;
    },

    /** By the server's clock, never the visitor's. */
    accepting: (r: ReportRow) => acceptsOpinions(r, clock.now()),
    daysLeft: (r: ReportRow) =>
      r.status === 'IN_CONSULTATION' && r.deadline ? daysLeft(r.deadline, clock.now()) : null,

    versions: (r: ReportRow) => store.versionsByReport(r.territoryId, r.id),

    /**
     * The figures of the published programmation: frozen once the report is approved, live before
     * (and for a report approved without any, the live ones, said not frozen).
     */
    async programmationFigures(r: ReportRow): Promise<ReportFiguresValue | null> {
      if (r.status === 'APPROVED' || r.status === 'PUBLISHED') {
        const frozen = await store.frozenFigures(r.territoryId, r.id);
        if (frozen) return { ...(frozen.figures as ProgrammationFigures), frozen: true, frozenAt: frozen.createdAt };
      }
      const live = await deps.services.programmation.programmationFigures(r.territoryId, r.referenceYear);
      return live && { ...live, frozen: false, frozenAt: null };
    },
    transitions: (r: ReportRow) => store.transitionsByReport(r.territoryId, r.id),

    /** A new draft in the décret's plan, its consulted bodies pre-filled from the data. */
    async createReport(input: unknown) {
      const i = parseInput(
        z.object({
          territoryId: uuidField,
          referenceYear: z.number().int().min(2014).max(2100),
          title: z.string().trim().min(3).nullish(),
        }),
        input,
      );
      demandReportsManager(viewer, i.territoryId);
      return ds.transaction(async (tx) => {
        const txStore = createConsultationStore(tx);
        const report = await txStore.insertReport({
          territoryId: i.territoryId,
          referenceYear: i.referenceYear,
          title: i.title ?? `Rapport annuel ${i.referenceYear} sur la mise en œuvre de la politique de la ville`,
          at: clock.now(),
        });
        if (!report) throw new DomainError('CONFLICT', `Un rapport existe déjà pour ${i.referenceYear}.`);
        await txStore.insertSections(i.territoryId, report.id, REPORT_PLAN);
        await txStore.insertBodies(i.territoryId, report.id, await bodyCandidates(tx, i.territoryId));
        await audit(tx, report, 'report.create', null, { referenceYear: i.referenceYear });
        return report;
      });
    },

    /** Sections change before the consultation, and after it for the amended report; never during it. */
    async updateSection(input: unknown) {
      const i = parseInput(
        z.object({
          territoryId: uuidField,
          reportId: uuidField,
          sectionId: uuidField,
          title: z.string().trim().min(1).max(300),
          body: z.string().max(100_000),
        }),
        input,
      );
      demandReportsManager(viewer, i.territoryId);
      const report = await load(i.territoryId, i.reportId);
      expect(report, 'DRAFT', 'CLOSED');
      const sections = await loaders.sectionsByReportId.load({ territoryId: i.territoryId, id: report.id });
      const before = sections.find((s) => s.id === i.sectionId);
      if (!before) throw new DomainError('NOT_FOUND', 'Section introuvable dans ce rapport.');
      return whileUnchanged(report, async (tx) => {
        const section = await createConsultationStore(tx).updateSection(i.territoryId, i.sectionId, i.title, i.body);
        await audit(
          tx,
          report,
          'report.section.update',
          { title: before.title, body: before.body },
          { title: i.title, body: i.body },
        );
        return section!;
      });
    },

    /** Adoption, transmission and deadline: at least one calendar month after transmission, in Paris. */
    async setConsultationTerms(input: unknown) {
      const i = parseInput(
        z.object({
          territoryId: uuidField,
          reportId: uuidField,
          title: z.string().trim().min(3).max(300),
          easyReadSummary: z.string().max(5000).nullish(),
          adoptedOn: calendarDate,
          transmittedOn: calendarDate,
          deadline: calendarDate,
        }),
        input,
      );
      demandReportsManager(viewer, i.territoryId);
      const report = await load(i.territoryId, i.reportId);
      expect(report, 'DRAFT');
      checkConsultationDates(i);
      return whileUnchanged(report, async (tx) => {
        const updated = await createConsultationStore(tx).updateReportTerms(i.territoryId, i.reportId, {
          title: i.title,
          easyReadSummary: i.easyReadSummary ?? null,
          adoptedOn: i.adoptedOn,
          transmittedOn: i.transmittedOn,
          deadline: i.deadline,
        });
        await audit(
          tx,
          report,
          'report.terms',
          { adoptedOn: report.adoptedOn, transmittedOn: report.transmittedOn, deadline: report.deadline },
          { adoptedOn: i.adoptedOn, transmittedOn: i.transmittedOn, deadline: i.deadline },
        );
        return updated!;
      });
    },

    ...createReportBodiesService(deps, steps),

    /** The draft as adopted becomes version 1 and goes to the bodies; it no longer changes until the deadline. */
    async openConsultation(input: unknown) {
      const i = parseInput(z.object({ territoryId: uuidField, reportId: uuidField }), input);
      demandReportsManager(viewer, i.territoryId);
      const report = await load(i.territoryId, i.reportId);
      expect(report, 'DRAFT');
      if (!report.deadline || !report.transmittedOn || !report.adoptedOn) {
        throw new DomainError('BAD_USER_INPUT', 'Renseignez d’abord l’adoption, la transmission et l’échéance.');
      }
      const bodies = await loaders.bodiesByReportId.load({ territoryId: i.territoryId, id: report.id });
      if (bodies.length === 0)
        throw new DomainError('BAD_USER_INPUT', 'Aucune instance consultée : ajoutez-en au moins une.');
      const territoryCode = (await deps.loaders.territory.territoryById.load(i.territoryId))!.code;
      const result = await whileUnchanged(report, async (tx) => {
        await snapshot(tx, report, `Projet adopté le ${frenchDate(report.adoptedOn!)}`);
        const opened = await move(tx, report, 'IN_CONSULTATION');
        // Each body hears of it with the transition, in the same transaction.
        const { reached } = await emailBodies(
          tx,
          clock,
          deps.publicUrl,
          report,
          territoryCode,
          bodies,
          'consultation-opened',
        );
        // The period (and the tacit avis at its end) runs from a transmission: each body is emailed now or was posted.
        const unreachable = bodies.filter((b) => !reached.includes(b.id) && !b.postedOn).map((b) => b.name);
        if (unreachable.length) {
          throw new DomainError(
            'BAD_USER_INPUT',
            `Le rapport ne peut être transmis à : ${unreachable.join(', ')}. Donnez à chacune un destinataire (une personne qui tient l’un de ses rôles, ou l’adresse de son maire ou de sa présidence), ou indiquez la date de son envoi par courrier.`,
            { bodies: unreachable.join(', ') },
          );
        }
        await createConsultationStore(tx).markTransmitted(i.territoryId, report.id, reached, parisToday(clock.now()));
        return opened;
      });
      // The bodies were read before their transmission was recorded: the answer shows them anew.
      loaders.bodiesByReportId.clear({ territoryId: i.territoryId, id: report.id });
      for (const b of bodies) loaders.bodyById.clear({ territoryId: i.territoryId, id: b.id });
      return result;
    },

    /** Every observation must have its suite donnée before the assembly approves the report. */
    async approveReport(input: unknown) {
      const i = parseInput(z.object({ territoryId: uuidField, reportId: uuidField, approvedOn: calendarDate }), input);
      demandReportsManager(viewer, i.territoryId);
      const report = await load(i.territoryId, i.reportId);
      expect(report, 'CLOSED');
      const unanswered = await store.unansweredRemarks(i.territoryId, report.id);
      if (unanswered > 0) {
        throw new DomainError('CONFLICT', `${unanswered} observation(s) attendent encore leur suite donnée.`);
      }
      // Read just before the transaction: the figures the assembly has before it when it approves.
      const figures = await deps.services.programmation.programmationFigures(i.territoryId, report.referenceYear);
      return whileUnchanged(report, async (tx) => {
        await snapshot(tx, report, `Rapport approuvé le ${frenchDate(i.approvedOn)}`, figures);
        return move(tx, report, 'APPROVED', { approvedOn: i.approvedOn });
      });
    },

    /** On demand: an email to everyone who speaks for a body that has not answered yet. */
    async sendReminders(input: unknown) {
      const i = parseInput(z.object({ territoryId: uuidField, reportId: uuidField }), input);
      demandReportsManager(viewer, i.territoryId);
      const report = await load(i.territoryId, i.reportId);
      if (!acceptsOpinions(report, clock.now())) {
        throw new DomainError('CONSULTATION_CLOSED', 'Les rappels s’envoient pendant la consultation.');
      }
      const bodies = await loaders.bodiesByReportId.load({ territoryId: i.territoryId, id: report.id });
      const opinions = await Promise.all(
        bodies.map((b) => loaders.opinionByBodyId.load({ territoryId: i.territoryId, id: b.id })),
      );
      const silent = bodies.filter((_, k) => !opinions[k]);
      const territoryCode = (await deps.loaders.territory.territoryById.load(i.territoryId))!.code;
      const sent = await ds.transaction(async (tx) => {
        const n = await remindBodies(tx, clock, deps.publicUrl, report, territoryCode, silent);
        await audit(tx, report, 'report.remind', null, { bodies: silent.map((b) => b.name), emails: n });
        return n;
      });
      return { bodies: silent.length, emails: sent };
    },

    async publishReport(input: unknown) {
      const i = parseInput(z.object({ territoryId: uuidField, reportId: uuidField }), input);
      demandReportsManager(viewer, i.territoryId);
      const report = await load(i.territoryId, i.reportId);
      expect(report, 'APPROVED');
      return whileUnchanged(report, (tx) => move(tx, report, 'PUBLISHED', { publishedAt: clock.now() }));
    },
  };
}
export type ReportsService = ReturnType<typeof createReportsService>;
