import { z } from 'zod';
import { frenchDate } from '../../shared/clock.js';
import { DomainError } from '../../shared/errors.js';
import { calendarDate, emailField, parseInput, uuidField } from '../../shared/validation.js';
import { toPage, type PageArgs } from '../../shared/pagination.js';
import { isUniqueViolation, type Queryable } from '../../shared/sql.js';
import { actorOf } from '../../authz/index.js';
import { demandReportsManager, mayManageReports, mayReadReport } from './consultation.policy.js';
import { recordAudit, type StoredAuditAction } from '../audit/index.js';
import { bodyCandidates } from './body-candidates.js';
import { createConsultationStore } from './consultation.store.js';
import type { ConsultationRequest } from './consultation.deps.js';
import type { BodyRow, ReportRow, ReportStatus } from './consultation.types.js';
import { acceptsOpinions, checkConsultationDates, daysLeft, parisToday } from './deadline.js';
import { REPORT_PLAN } from './report-plan.js';
import { emailBodies, remindBodies } from './reminders.js';

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

/** The report and the life of its consultation, kept by staff. Every change is audited. */
export function createReportsService(deps: ConsultationRequest) {
  const { ds, clock, viewer, requestId } = deps;
  const loaders = deps.loaders.consultation;
  const store = createConsultationStore(ds);

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

  async function snapshot(tx: Queryable, report: ReportRow, label: string) {
    const sections = await createConsultationStore(tx).sectionsByReportIds(report.territoryId, [report.id]);
    await createConsultationStore(tx).insertVersion({
      territoryId: report.territoryId,
      reportId: report.id,
      label,
      sections: sections.map(({ kind, title, body }) => ({ kind, title, body })),
      createdAt: clock.now(),
      createdBy: actorOf(viewer).id,
    });
  }

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
      return whileUnchanged(report, async (tx) => {
        await snapshot(tx, report, `Rapport approuvé le ${frenchDate(i.approvedOn)}`);
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
