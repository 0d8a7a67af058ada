import { z } from 'zod';
import { frenchDate } from '../../shared/clock.js';
import { DomainError } from '../../shared/errors.js';
import { calendarDate, parseInput, uuidField } from '../../shared/validation.js';
import type { Queryable } from '../../shared/sql.js';
import { actorOf } from '../../authz/index.js';
import {
  demandOpinionPreparer,
  demandOpinionSubmitter,
  demandReportsManager,
  mayPrepareOpinion,
  mayReadOpinion,
} from './consultation.policy.js';
import { recordAudit } from '../audit/index.js';
import { createConsultationStore } from './consultation.store.js';
import type { ConsultationRequest } from './consultation.deps.js';
import { POSITIONS, type BodyRow, type OpinionContent, type OpinionRow, type ReportRow } from './consultation.types.js';
import { acceptsOpinions, deadlinePassed } from './deadline.js';

const content = {
  position: z.enum(POSITIONS),
  text: z.string().trim().max(20_000),
  deliberationOn: calendarDate.nullish(),
  remarks: z
    .array(z.object({ sectionId: uuidField, text: z.string().trim().min(1, 'remarque vide').max(5000) }))
    .max(100),
};

export type BodyStatus = 'AWAITING' | 'SUBMITTED' | 'LATE' | 'TACIT';
export const bodyStatus = (opinion: OpinionRow | null): BodyStatus =>
  !opinion ? 'AWAITING' : opinion.tacit ? 'TACIT' : opinion.late ? 'LATE' : 'SUBMITTED';

/** Formal avis of consulted bodies: prepared together, submitted by the référent, answered by staff. */
export function createOpinionsService(deps: ConsultationRequest) {
  const { ds, clock, viewer, requestId } = deps;
  const loaders = deps.loaders.consultation;

  async function bodyAndReport(territoryId: string, bodyId: string) {
    const body = await loaders.bodyById.load({ territoryId, id: bodyId });
    const report = body ? await loaders.reportById.load({ territoryId, id: body.reportId }) : null;
    if (!body || !report) throw new DomainError('NOT_FOUND', 'Instance consultée introuvable sur ce territoire.');
    return { body, report };
  }

  /** Open means: in consultation, and before midnight (Paris) at the end of the deadline day. */
  function assertOpen(report: ReportRow) {
    if (acceptsOpinions(report, clock.now())) return;
    if (report.status === 'DRAFT')
      throw new DomainError('CONSULTATION_CLOSED', 'La consultation n’est pas encore ouverte.');
    throw new DomainError(
      'DEADLINE_PASSED',
      `L’échéance du ${frenchDate(report.deadline!)} est passée : l’avis ne peut plus être déposé ni modifié.`,
    );
  }

  async function checkRemarks(report: ReportRow, remarks: OpinionContent['remarks']) {
    const sections = await loaders.sectionsByReportId.load({ territoryId: report.territoryId, id: report.id });
    const ids = new Set(sections.map((s) => s.id));
    if (remarks.some((r) => !ids.has(r.sectionId))) {
      throw new DomainError('BAD_USER_INPUT', 'Une remarque porte sur une section qui n’est pas dans ce rapport.', {
        remarks: 'section inconnue',
      });
    }
  }

  /** One avis per body, amended in place, every state kept: all in one transaction. */
  async function write(body: BodyRow, report: ReportRow, c: OpinionContent, late: boolean, tx: Queryable) {
    const store = createConsultationStore(tx);
    const at = clock.now();
    const opinion = (await store.upsertOpinion({
      territoryId: body.territoryId,
      reportId: report.id,
      bodyId: body.id,
      content: c,
      late,
      submittedBy: actorOf(viewer).id,
      at,
    }))!;
    await store.insertRevision({
      territoryId: body.territoryId,
      opinionId: opinion.id,
      revision: opinion.revision,
      content: { ...c, late },
      submittedBy: actorOf(viewer).id,
      at,
    });
    await store.replaceRemarks(body.territoryId, opinion.id, c.remarks);
    return opinion;
  }

  const parseContent = (input: unknown, body: BodyRow) => {
    const i = parseInput(z.object({ territoryId: uuidField, bodyId: uuidField, ...content }), input);
    if (body.kind === 'COMMUNE' && !i.deliberationOn) {
      throw new DomainError('BAD_USER_INPUT', 'Indiquez la date de la délibération du conseil municipal.', {
        deliberationOn: 'obligatoire pour une commune',
      });
    }
    return { ...i, deliberationOn: i.deliberationOn ?? null };
  };
  /**
   * The avis and its body as they stand after the write, for the payload (the client's cache updates
   * from it): the body is read from the store, as the request's loader holds it from before the write.
   */
  async function withFreshBody(opinion: OpinionRow) {
    const key = { territoryId: opinion.territoryId, id: opinion.bodyId };
    const [body] = await createConsultationStore(ds).bodiesByIds(key.territoryId, [key.id]);
    loaders.bodyById.clear(key).prime(key, body!);
    loaders.opinionByBodyId.clear(key).prime(key, opinion);
    return { opinion, body: body! };
  }
  const ids = (input: unknown) =>
    parseInput(z.object({ territoryId: uuidField, bodyId: uuidField }).passthrough(), input);

  return {
    /** The avis text is public once the report is published; before, its body and staff read it. */
    canRead: (body: BodyRow, report: ReportRow) => mayReadOpinion(viewer, body, report),

    /** The draft is the body's own: neither staff nor anyone else reads it. */
    async draft(body: BodyRow) {
      if (!mayPrepareOpinion(viewer, body)) return null;
      return createConsultationStore(ds).draftByBodyId(body.territoryId, body.id);
    },

    async saveOpinionDraft(input: unknown) {
      const { territoryId, bodyId } = ids(input);
      const { body, report } = await bodyAndReport(territoryId, bodyId);
      demandOpinionPreparer(viewer, body);
      assertOpen(report);
      const i = parseContent(input, body);
      await createConsultationStore(ds).saveDraft(territoryId, bodyId, i, actorOf(viewer).id, clock.now());
      return body;
    },

    async submitOpinion(input: unknown) {
      const { territoryId, bodyId } = ids(input);
      const { body, report } = await bodyAndReport(territoryId, bodyId);
      demandOpinionSubmitter(viewer, body);
      assertOpen(report);
      const i = parseContent(input, body);
      await checkRemarks(report, i.remarks);
      return withFreshBody(await ds.transaction((tx) => write(body, report, i, false, tx)));
    },

    /** After the deadline, only staff record an avis received on paper; it is marked late. */
    async recordLateOpinion(input: unknown) {
      const { territoryId, bodyId } = ids(input);
      demandReportsManager(viewer, territoryId);
      const { body, report } = await bodyAndReport(territoryId, bodyId);
      if (!deadlinePassed(report, clock.now()))
        throw new DomainError('CONFLICT', 'Avant l’échéance, c’est l’instance qui dépose son avis.');
      const i = parseContent(input, body);
      await checkRemarks(report, i.remarks);
      const written = await ds.transaction(async (tx) => {
        const opinion = await write(body, report, i, true, tx);
        await recordAudit(tx, clock, actorOf(viewer), requestId, {
          territoryId,
          action: 'opinion.record-late',
          targetType: 'Opinion',
          targetId: opinion.id,
          after: { bodyId, position: i.position, revision: opinion.revision },
        });
        return opinion;
      });
      return withFreshBody(written);
    },

    /** The suite donnée to one observation, written once the consultation is over. */
    async answerRemark(input: unknown) {
      const i = parseInput(
        z.object({ territoryId: uuidField, remarkId: uuidField, response: z.string().trim().min(3).max(10_000) }),
        input,
      );
      demandReportsManager(viewer, i.territoryId);
      const store = createConsultationStore(ds);
      const remark = await store.remarkById(i.territoryId, i.remarkId);
      if (!remark) throw new DomainError('NOT_FOUND', 'Observation introuvable.');
      return ds.transaction(async (tx) => {
        const answered = await createConsultationStore(tx).answerRemark(
          i.territoryId,
          i.remarkId,
          i.response,
          actorOf(viewer).id,
          clock.now(),
        );
        await recordAudit(tx, clock, actorOf(viewer), requestId, {
          territoryId: i.territoryId,
          action: 'remark.answer',
          targetType: 'OpinionRemark',
          targetId: i.remarkId,
          before: { response: remark.response },
          after: { response: i.response },
        });
        return answered!;
      });
    },
  };
}
export type OpinionsService = ReturnType<typeof createOpinionsService>;
