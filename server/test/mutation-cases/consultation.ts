import { createConsultationStore } from '../../src/modules/consultation/consultation.store.js';
import { graphql } from '../__generated__/index.js';
import type { OpinionInput } from '../__generated__/graphql.js';
import { seedReport } from '../seed-consultation.js';
import { call, type Case, type World } from './case.js';

/** Reports and their consultation: drafting, consulted bodies, opening, approval, publication, avis. */
export function consultationCases(w: World): Case[] {
  let nextYear = 2040;
  const reportRef = async (status: Parameters<typeof seedReport>[2]) => {
    const r = await seedReport(w.h, w.here, status);
    return { r, ref: { territoryId: w.here.id, reportId: r.id } };
  };
  const opinion = (bodyId: string, extra: Partial<OpinionInput> = {}): OpinionInput => ({
    territoryId: w.here.id,
    bodyId,
    position: 'FAVOURABLE_WITH_RESERVATIONS',
    text: 'Avis de la matrice',
    remarks: [{ sectionId: w.openReport.sections[0]!.id, text: 'Une remarque' }],
    ...extra,
  });
  const OPEN = graphql(`
    mutation MatrixOpenConsultation($i: ReportRefInput!) {
      openConsultation(input: $i) {
        report {
          id
        }
      }
    }
  `);
  const PUBLISH = graphql(`
    mutation MatrixPublishReport($i: ReportRefInput!) {
      publishReport(input: $i) {
        report {
          id
        }
      }
    }
  `);
  const SUBMIT_OPINION = graphql(`
    mutation MatrixSubmitOpinion($i: OpinionInput!) {
      submitOpinion(input: $i) {
        opinion {
          id
        }
      }
    }
  `);

  return [
    {
      mutation: 'createReport',
      build: async () =>
        call(
          graphql(`
            mutation MatrixCreateReport($i: CreateReportInput!) {
              createReport(input: $i) {
                report {
                  id
                }
              }
            }
          `),
          { i: { territoryId: w.here.id, referenceYear: nextYear++ } },
        ),
    },
    {
      mutation: 'updateReportSection',
      build: async () => {
        const { r, ref } = await reportRef('DRAFT');
        return call(
          graphql(`
            mutation MatrixUpdateReportSection($i: UpdateReportSectionInput!) {
              updateReportSection(input: $i) {
                section {
                  id
                }
              }
            }
          `),
          { i: { ...ref, sectionId: r.sections[0]!.id, title: 'Orientations', body: '**Texte**' } },
        );
      },
    },
    {
      mutation: 'setConsultationTerms',
      build: async () =>
        call(
          graphql(`
            mutation MatrixSetConsultationTerms($i: ConsultationTermsInput!) {
              setConsultationTerms(input: $i) {
                report {
                  id
                }
              }
            }
          `),
          {
            i: {
              ...(await reportRef('DRAFT')).ref,
              title: 'Rapport',
              adoptedOn: '2025-06-24',
              transmittedOn: '2025-06-30',
              deadline: '2025-10-30',
            },
          },
        ),
    },
    {
      mutation: 'addConsultedBody',
      build: async () =>
        call(
          graphql(`
            mutation MatrixAddConsultedBody($i: AddConsultedBodyInput!) {
              addConsultedBody(input: $i) {
                report {
                  id
                }
              }
            }
          `),
          { i: { ...(await reportRef('DRAFT')).ref, name: 'Bailleur signataire' } },
        ),
    },
    {
      mutation: 'removeConsultedBody',
      build: async () => {
        const { r, ref } = await reportRef('DRAFT');
        return call(
          graphql(`
            mutation MatrixRemoveConsultedBody($i: RemoveConsultedBodyInput!) {
              removeConsultedBody(input: $i) {
                report {
                  id
                }
              }
            }
          `),
          { i: { ...ref, bodyId: r.communeBody.id } },
        );
      },
    },
    {
      mutation: 'setBodyTransmission',
      build: async () => {
        const { r, ref } = await reportRef('DRAFT');
        return call(
          graphql(`
            mutation MatrixSetBodyTransmission($i: SetBodyTransmissionInput!) {
              setBodyTransmission(input: $i) {
                report {
                  id
                }
              }
            }
          `),
          { i: { ...ref, bodyIds: [r.communeBody.id], recipientEmail: 'maire@exemple.fr' } },
        );
      },
    },
    {
      mutation: 'openConsultation',
      build: async () => call(OPEN, { i: (await reportRef('DRAFT')).ref }),
    },
    {
      mutation: 'approveReport',
      build: async () =>
        call(
          graphql(`
            mutation MatrixApproveReport($i: ApproveReportInput!) {
              approveReport(input: $i) {
                report {
                  id
                }
              }
            }
          `),
          { i: { ...(await reportRef('CLOSED')).ref, approvedOn: '2025-12-15' } },
        ),
    },
    {
      mutation: 'publishReport',
      build: async () => call(PUBLISH, { i: (await reportRef('APPROVED')).ref }),
    },
    {
      mutation: 'recordLateOpinion',
      build: async () => {
        const { r } = await reportRef('CLOSED');
        return call(
          graphql(`
            mutation MatrixRecordLateOpinion($i: OpinionInput!) {
              recordLateOpinion(input: $i) {
                opinion {
                  id
                }
              }
            }
          `),
          { i: { ...opinion(r.councilBody.id), remarks: [] } },
        );
      },
    },
    {
      mutation: 'answerRemark',
      build: async () => {
        const { r } = await reportRef('CLOSED');
        const store = createConsultationStore(w.h.dataSource);
        const o = await store.upsertOpinion({
          territoryId: w.here.id,
          reportId: r.id,
          bodyId: r.councilBody.id,
          content: { position: 'UNFAVOURABLE', text: 'Non', deliberationOn: null },
          late: false,
          submittedBy: w.referentId,
          at: new Date(),
        });
        await store.replaceRemarks(w.here.id, o!.id, [{ sectionId: r.sections[1]!.id, text: 'Chiffres manquants' }]);
        const [remark] = await store.remarksByOpinionIds(w.here.id, [o!.id]);
        return call(
          graphql(`
            mutation MatrixAnswerRemark($i: AnswerRemarkInput!) {
              answerRemark(input: $i) {
                remark {
                  id
                }
              }
            }
          `),
          { i: { territoryId: w.here.id, remarkId: remark!.id, response: 'Ajoutés au rapport final.' } },
        );
      },
    },
    {
      mutation: 'saveOpinionDraft',
      allowedFor: ['COUNCIL_MEMBER', 'COUNCIL_REFERENT'],
      build: async () =>
        call(
          graphql(`
            mutation MatrixSaveOpinionDraft($i: OpinionInput!) {
              saveOpinionDraft(input: $i) {
                body {
                  id
                }
              }
            }
          `),
          { i: opinion(w.openReport.councilBody.id) },
        ),
    },
    {
      mutation: 'submitOpinion',
      label: 'submitOpinion (conseil citoyen)',
      allowedFor: ['COUNCIL_REFERENT'],
      build: async () => call(SUBMIT_OPINION, { i: opinion(w.openReport.councilBody.id) }),
    },
    {
      mutation: 'submitOpinion',
      label: 'submitOpinion (commune)',
      allowedFor: ['COMMUNE_REPRESENTATIVE'],
      build: async () =>
        call(SUBMIT_OPINION, { i: opinion(w.openReport.communeBody.id, { deliberationOn: '2025-09-25' }) }),
    },
  ];
}

/** Reminders to the bodies of the open report that have not answered yet. */
export function reminderCase(w: World): Case {
  return {
    mutation: 'sendReminders',
    build: async () =>
      call(
        graphql(`
          mutation MatrixSendReminders($i: ReportRefInput!) {
            sendReminders(input: $i) {
              bodies
              emails
            }
          }
        `),
        { i: { territoryId: w.here.id, reportId: w.openReport.id } },
      ),
  };
}
