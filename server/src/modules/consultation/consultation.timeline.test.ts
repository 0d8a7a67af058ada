import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Client, type Harness } from '../../../test/harness.js';
import { seedTerritory, seedUser, type SeededTerritory } from '../../../test/seed.js';
import { graphql } from '../../../test/__generated__/index.js';
import { createIdentityStore } from '../identity/identity.store.js';
import { applyDeadlines } from './deadline-job.js';
import { annexCsv, annexEntries, annexPdf } from './annex.js';
import { createConsultationStore } from './consultation.store.js';

let h: Harness;
let territory: SeededTerritory;
beforeAll(async () => {
  h = await createHarness();
  territory = await seedTerritory(h);
});
afterAll(() => h.close());

/** Moves the harness clock to a Paris date and time. */
const setClock = (iso: string) => h.clock.advance(new Date(iso).getTime() - h.clock.now().getTime());

async function referentOf(councilId: string) {
  const user = await seedUser(h);
  await createIdentityStore(h.dataSource).insertMembership({
    territoryId: territory.id,
    userId: user.id,
    role: 'COUNCIL_REFERENT',
    citizenCouncilId: councilId,
    communeId: null,
    grantedBy: null,
    at: new Date(),
  });
  return h.signedIn(user.id);
}

const gql = async <T, V extends Record<string, unknown>>(
  client: Client,
  query: TypedDocumentNode<T, V>,
  variables: V,
) => {
  const r = await client.execute(query, variables);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!;
};

describe('the CABBALR 2024 report timeline', () => {
  it('runs from adoption to publication, with two councils, one commune and tacit avis for the silent', async () => {
    const realNow = h.clock.now();
    try {
      setClock('2025-06-20T09:00:00+02:00');
      const staff = await h.signedIn((await seedUser(h, { territory, role: 'STAFF' })).id);
      // A second conseil citoyen of a QPV, so two councils answer; one of a QIC, which the law does not
      // consult; the communes with a QPV are consulted too.
      const [qpv] = (await h.dataSource.query(`SELECT id FROM quartiers WHERE territory_id = $1 AND kind = 'QPV'`, [
        territory.id,
      ])) as { id: string }[];
      const council = (name: string, quartierId: string) =>
        gql(
          staff,
          graphql(`
            mutation TimelineCreateCouncil($i: CreateCitizenCouncilInput!) {
              createCitizenCouncil(input: $i) {
                citizenCouncil {
                  id
                }
              }
            }
          `),
          { i: { territoryId: territory.id, name, quartierId, active: true } },
        );
      await council('Conseil citoyen Mont-Liébaut Nord', qpv!.id);
      await council('Conseil citoyen Cité 3', territory.quartierId); // Cité 3 is a QIC
      const { createReport } = await gql(
        staff,
        graphql(`
          mutation TimelineCreateReport($i: CreateReportInput!) {
            createReport(input: $i) {
              report {
                id
              }
            }
          }
        `),
        { i: { territoryId: territory.id, referenceYear: 2024 } },
      );
      const reportId = createReport.report.id;
      const terms = graphql(`
        mutation TimelineTerms($i: ConsultationTermsInput!) {
          setConsultationTerms(input: $i) {
            report {
              id
            }
          }
        }
      `);
      await gql(staff, terms, {
        i: {
          territoryId: territory.id,
          reportId,
          title: 'Rapport 2024 sur la politique de la ville',
          easyReadSummary:
            'Ce que l’agglomération a fait en 2024 dans vos quartiers. Donnez votre avis avant le 30 octobre.',
          adoptedOn: '2025-06-24',
          transmittedOn: '2025-06-30',
          deadline: '2025-10-30',
        },
      });
      setClock('2025-06-30T10:00:00+02:00');
      // The letters to the mayors and the councils' presidents went by post that day.
      const draft = (
        await gql(
          staff,
          graphql(`
            query TimelineDraftBodies($c: String!) {
              territory(code: $c) {
                report(year: 2024) {
                  consultedBodies {
                    id
                  }
                }
              }
            }
          `),
          { c: territory.code },
        )
      ).territory!.report!;
      const transmission = graphql(`
        mutation TimelineTransmission($i: SetBodyTransmissionInput!) {
          setBodyTransmission(input: $i) {
            report {
              id
            }
          }
        }
      `);
      await gql(staff, transmission, {
        i: {
          territoryId: territory.id,
          reportId,
          bodyIds: draft.consultedBodies.map((b) => b.id),
          postedOn: '2025-06-30',
        },
      });
      const open = graphql(`
        mutation TimelineOpen($i: ReportRefInput!) {
          openConsultation(input: $i) {
            report {
              status
            }
          }
        }
      `);
      await gql(staff, open, { i: { territoryId: territory.id, reportId } });
      const REPORT = graphql(`
        query TimelineReport($c: String!) {
          territory(code: $c) {
            report(year: 2024) {
              status
              closesAt
              sections {
                id
                title
              }
              consultedBodies {
                id
                kind
                name
                status
                citizenCouncil {
                  id
                }
                commune {
                  id
                  name
                }
                opinion {
                  position
                  tacit
                  revision
                  text
                  history {
                    revision
                  }
                  remarks {
                    id
                    text
                    response
                    section {
                      title
                    }
                  }
                }
              }
            }
          }
        }
      `);
      const report = (await gql(h.client(), REPORT, { c: territory.code })).territory!.report!;
      expect(report.status).toBe('IN_CONSULTATION');
      expect(new Date(report.closesAt!).toISOString()).toBe('2025-10-30T23:00:00.000Z'); // midnight in Paris
      const councils = report.consultedBodies.filter((b) => b.kind === 'CITIZEN_COUNCIL');
      const communes = report.consultedBodies.filter((b) => b.kind === 'COMMUNE');
      expect(councils.map((c) => c.name).sort()).toEqual([
        'Conseil citoyen Mont-Liébaut',
        'Conseil citoyen Mont-Liébaut Nord',
      ]);
      expect(communes).toHaveLength(3);
      const [sectionActions, sectionQpv] = [report.sections[2]!.id, report.sections[1]!.id];
      const SUBMIT = graphql(`
        mutation TimelineSubmitOpinion($i: OpinionInput!) {
          submitOpinion(input: $i) {
            opinion {
              revision
            }
          }
        }
      `);
      const [councilA, councilB] = [councils[0]!, councils[1]!];
      const [speakingCommune, ...silentCommunes] = communes;

      // Council A answers, then amends; council B is unfavourable with a remark.
      const a = await referentOf(councilA.citizenCouncil!.id);
      setClock('2025-07-15T18:00:00+02:00');
      await gql(a, SUBMIT, {
        i: {
          territoryId: territory.id,
          bodyId: councilA.id,
          position: 'FAVOURABLE',
          text: 'Avis favorable.',
          remarks: [],
        },
      });
      setClock('2025-09-01T18:00:00+02:00');
      await gql(a, SUBMIT, {
        i: {
          territoryId: territory.id,
          bodyId: councilA.id,
          position: 'FAVOURABLE_WITH_RESERVATIONS',
          text: 'Favorable, avec une réserve sur la santé.',
          remarks: [{ sectionId: sectionActions, text: 'Peu d’actions de santé au Mont-Liébaut.' }],
        },
      });
      const b = await referentOf(councilB.citizenCouncil!.id);
      await gql(b, SUBMIT, {
        i: {
          territoryId: territory.id,
          bodyId: councilB.id,
          position: 'UNFAVOURABLE',
          text: 'Le conseil n’a pas été associé.',
          remarks: [{ sectionId: sectionQpv, text: 'Les indicateurs du Mont-Liébaut Nord manquent.' }],
        },
      });
      // One commune records its conseil municipal's deliberation; the others stay silent.
      const rep = await seedUser(h);
      await createIdentityStore(h.dataSource).insertMembership({
        territoryId: territory.id,
        userId: rep.id,
        role: 'COMMUNE_REPRESENTATIVE',
        citizenCouncilId: null,
        communeId: speakingCommune!.commune!.id,
        grantedBy: null,
        at: new Date(),
      });
      const commune = await h.signedIn(rep.id);
      setClock('2025-09-26T09:00:00+02:00');
      await gql(commune, SUBMIT, {
        i: {
          territoryId: territory.id,
          bodyId: speakingCommune!.id,
          position: 'FAVOURABLE',
          text: 'Délibération n° 2025-117.',
          deliberationOn: '2025-09-25',
          remarks: [],
        },
      });

      // After the deadline: nobody submits; the job gives tacit avis once, even run twice.
      setClock('2025-10-31T08:00:00+01:00');
      const late = await b.execute(SUBMIT, {
        i: {
          territoryId: territory.id,
          bodyId: councilB.id,
          position: 'FAVOURABLE',
          text: 'Finalement oui.',
          remarks: [],
        },
      });
      expect(late.errors?.[0]?.extensions?.code).toBe('DEADLINE_PASSED');
      await applyDeadlines(h.dataSource, h.clock, '', { territoryId: territory.id });
      await applyDeadlines(h.dataSource, h.clock, '', { territoryId: territory.id });

      // Staff answer every observation, the assembly approves in December, the report is published.
      setClock('2025-11-20T10:00:00+01:00');
      const closed = (await gql(staff, REPORT, { c: territory.code })).territory!.report!;
      expect(closed.status).toBe('CLOSED');
      const remarks = closed.consultedBodies.flatMap((x) => x.opinion?.remarks ?? []);
      expect(remarks).toHaveLength(2);
      const approve = graphql(`
        mutation TimelineApprove($i: ApproveReportInput!) {
          approveReport(input: $i) {
            report {
              status
            }
          }
        }
      `);
      const early = await staff.execute(approve, {
        i: { territoryId: territory.id, reportId, approvedOn: '2025-12-15' },
      });
      expect(early.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      const answer = graphql(`
        mutation TimelineAnswerRemark($i: AnswerRemarkInput!) {
          answerRemark(input: $i) {
            remark {
              id
            }
          }
        }
      `);
      for (const remark of remarks) {
        await gql(staff, answer, {
          i: { territoryId: territory.id, remarkId: remark.id, response: `Réponse à : ${remark.text}` },
        });
      }
      setClock('2025-12-15T19:00:00+01:00');
      await gql(staff, approve, { i: { territoryId: territory.id, reportId, approvedOn: '2025-12-15' } });
      const publish = graphql(`
        mutation TimelinePublish($i: ReportRefInput!) {
          publishReport(input: $i) {
            report {
              status
            }
          }
        }
      `);
      await gql(staff, publish, { i: { territoryId: territory.id, reportId } });

      const published = (await gql(h.client(), REPORT, { c: territory.code })).territory!.report!;
      expect(published.status).toBe('PUBLISHED');
      const byName = Object.fromEntries(published.consultedBodies.map((x) => [x.name, x]));
      expect(byName[councilA.name]).toMatchObject({
        status: 'SUBMITTED',
        opinion: {
          position: 'FAVOURABLE_WITH_RESERVATIONS',
          tacit: false,
          revision: 2,
          history: [{ revision: 1 }, { revision: 2 }],
        },
      });
      expect(byName[councilB.name]!.opinion!.position).toBe('UNFAVOURABLE');
      expect(byName[speakingCommune!.name]!.opinion!.position).toBe('FAVOURABLE');
      for (const silent of silentCommunes) {
        expect(byName[silent.name]).toMatchObject({
          status: 'TACIT',
          opinion: { position: 'DEEMED_FAVOURABLE', tacit: true, revision: 1 },
        });
      }
      expect(published.consultedBodies.flatMap((x) => x.opinion!.remarks).every((m) => m.response)).toBe(true);
      const tacitCount = await h.dataSource.query(
        'SELECT count(*)::int AS n FROM opinions WHERE report_id = $1 AND tacit',
        [reportId],
      );
      expect(tacitCount).toEqual([{ n: 2 }]);

      // The annex lists every body with its position; the PDF is a real PDF.
      const row = (await createConsultationStore(h.dataSource).reportByYear(territory.id, 2024))!;
      const entries = await annexEntries(h.dataSource, row);
      expect(entries.map((e) => e.position).sort()).toEqual(
        [
          'Défavorable',
          'Favorable',
          'Favorable avec réserves',
          'Réputé favorable (sans réponse à l’échéance)',
          'Réputé favorable (sans réponse à l’échéance)',
        ].sort(),
      );
      const pdf = await annexPdf(row, entries);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(annexCsv(entries)).toContain('Les indicateurs du Mont-Liébaut Nord manquent.');
    } finally {
      h.clock.advance(realNow.getTime() - h.clock.now().getTime());
    }
  });
});
