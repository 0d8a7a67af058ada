import { addDays, format } from 'date-fns';
import type { DataSource } from 'typeorm';
import { frenchDate, type Clock } from '../../shared/clock.js';
import { seedModerationItem } from '../moderation/index.js';
import { bodyCandidates } from './body-candidates.js';
import { createConsultationStore } from './consultation.store.js';
import { earliestDeadline, parisToday } from './deadline.js';
import type { OpinionContent, ReportRow } from './consultation.types.js';

const YEAR = 2025;
const DAY = 86_400_000;

/** The draft as staff would write it, in the décret's plan (REPORT_PLAN's kinds and titles). */
const SECTIONS: { kind: string; title: string; body: string }[] = [
  {
    kind: 'ORIENTATIONS',
    title: 'Les principales orientations du contrat de ville',
    body: 'Le contrat « Engagements Quartiers 2030 » de Val-Fictif, signé le 28 juin 2024, s’organise en trois axes : des quartiers où il fait bon vivre ensemble, des quartiers qui émancipent, des quartiers en transition construits avec leurs habitants.\n\n*Territoire fictif de démonstration : les chiffres et les personnes sont inventés.*',
  },
  {
    kind: 'QPV_SITUATION',
    title: 'L’évolution de la situation dans les quartiers prioritaires',
    body: 'Les quatre quartiers prioritaires comptent environ 11 650 habitants. Le taux de pauvreté reste supérieur à 35 % dans chacun d’eux ; le chômage des 15-64 ans recule légèrement aux Hauts-de-Brume et au Clos-Lunaire.',
  },
  {
    kind: 'ACTIONS',
    title: 'Les actions menées en faveur des habitants',
    body: 'La programmation 2025 a soutenu des actions d’accès aux droits, de santé, de réussite éducative, d’emploi et de participation. Ses chiffres (actions, montants par axe et par financeur) sont présentés ci-dessous, tirés des données de la programmation.',
  },
  {
    kind: 'URBAN_RENEWAL',
    title: 'L’articulation avec le renouvellement urbain',
    body: 'Aux Hauts-de-Brume, la démolition de la barre des Glycines a commencé ; la requalification du mail central est à l’étude avec les habitants.',
  },
  {
    kind: 'PERSPECTIVES',
    title: 'Perspectives et améliorations',
    body: 'Mieux mobiliser le droit commun, simplifier l’appel à projets pour les petites associations et associer les conseils citoyens à l’évaluation à mi-parcours.',
  },
];

export interface DemoReportPeople {
  staffId: string;
  residentId: string;
  /** Council id → its référent; commune id → its representative. */
  referents: Map<string, string>;
  representatives: Map<string, string>;
}

const shift = (date: string, days: number) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return format(addDays(new Date(y, m - 1, d), days), 'yyyy-MM-dd');
};

/**
 * The 2025 report of the fictional territory, in consultation from a few days before `clock.now()`
 * until six weeks later (more than the legal month): every consulted body, one council's avis with
 * remarks, one commune's draft, a published, a pending and a reported contribution of the resident. Written in
 * one transaction; a 2025 report that already exists is left as it is (its consultation moves on).
 */
export async function seedDemoReport(
  ds: DataSource,
  territoryId: string,
  people: DemoReportPeople,
  clock: Clock,
): Promise<{ report: ReportRow; created: boolean }> {
  const now = clock.now();
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const transmittedOn = shift(parisToday(now), -5);
  const created = await ds.transaction(async (tx) => {
    const store = createConsultationStore(tx);
    const draft = await store.insertReport({
      territoryId,
      referenceYear: YEAR,
      title: `Rapport annuel ${YEAR} sur la mise en œuvre de la politique de la ville à Val-Fictif (démonstration)`,
      at: ago(21),
    });
    if (!draft) return null;
    await store.insertSections(territoryId, draft.id, SECTIONS);
    await store.insertBodies(territoryId, draft.id, await bodyCandidates(tx, territoryId));
    const terms = {
      title: draft.title,
      easyReadSummary:
        'Chaque année, l’agglomération raconte ce qui a été fait dans les quartiers. Votre conseil citoyen, votre mairie et vous-même pouvez donner votre avis jusqu’à la date limite.',
      adoptedOn: shift(transmittedOn, -4),
      transmittedOn,
      deadline: shift(earliestDeadline(transmittedOn), 14),
    };
    await store.updateReportTerms(territoryId, draft.id, terms);
    const sections = await store.sectionsByReportIds(territoryId, [draft.id]);
    await store.insertVersion({
      territoryId,
      reportId: draft.id,
      label: `Projet adopté le ${frenchDate(terms.adoptedOn)}`,
      sections: sections.map(({ kind, title, body }) => ({ kind, title, body })),
      createdAt: ago(5),
      createdBy: people.staffId,
    });
    const report = (await store.moveReport(territoryId, draft.id, 'DRAFT', 'IN_CONSULTATION'))!;
    // Every body has a person to speak for it: the report reached each by email on the transmission day.
    const bodies = await store.bodiesByReportIds(territoryId, [report.id]);
    await store.markTransmitted(
      territoryId,
      report.id,
      bodies.map((b) => b.id),
      transmittedOn,
    );
    await store.insertTransition({
      territoryId,
      reportId: report.id,
      fromStatus: 'DRAFT',
      toStatus: 'IN_CONSULTATION',
      at: ago(5),
      by: people.staffId,
    });

    const section = (kind: string) => sections.find((s) => s.kind === kind)!.id;
    const council = bodies.find((b) => b.kind === 'CITIZEN_COUNCIL' && people.referents.has(b.citizenCouncilId!));
    if (council) {
      const submittedBy = people.referents.get(council.citizenCouncilId!)!;
      const content: OpinionContent = {
        position: 'FAVOURABLE_WITH_RESERVATIONS',
        text: 'Le conseil citoyen donne un avis favorable, avec deux réserves : les habitants veulent être associés au suivi du renouvellement urbain, et les chiffres du chômage doivent être présentés par tranche d’âge.',
        deliberationOn: null,
        remarks: [
          {
            sectionId: section('QPV_SITUATION'),
            text: 'Présenter le chômage des jeunes de moins de 26 ans à part : c’est la première inquiétude des familles.',
          },
          {
            sectionId: section('URBAN_RENEWAL'),
            text: 'Les relogements liés à la démolition des Glycines doivent être expliqués en réunion publique avant l’été.',
          },
        ],
      };
      const opinion = (await store.upsertOpinion({
        territoryId,
        reportId: report.id,
        bodyId: council.id,
        content,
        late: false,
        submittedBy,
        at: ago(2),
      }))!;
      await store.insertRevision({
        territoryId,
        opinionId: opinion.id,
        revision: opinion.revision,
        content: { ...content, late: false },
        submittedBy,
        at: ago(2),
      });
      await store.replaceRemarks(territoryId, opinion.id, content.remarks);
    }

    const commune = bodies.find((b) => b.kind === 'COMMUNE' && people.representatives.has(b.communeId!));
    if (commune) {
      await store.saveDraft(
        territoryId,
        commune.id,
        {
          territoryId,
          bodyId: commune.id,
          position: 'FAVOURABLE',
          text: 'Projet d’avis soumis au conseil municipal : la commune approuve le rapport et demande le maintien des permanences France services.',
          deliberationOn: shift(transmittedOn, 21),
          remarks: [
            { sectionId: section('ACTIONS'), text: 'Citer l’orchestre à l’école parmi les actions nouvelles de 2025.' },
          ],
        },
        people.representatives.get(commune.communeId!)!,
        ago(1),
      );
    }

    // Contributions as they would have come: the resident's, published, pending, and one reported.
    const reportTitle = report.title;
    const contribute = async (
      sectionKind: string,
      text: string,
      at: Date,
      state: Parameters<typeof seedModerationItem>[2],
    ) => {
      const sectionId = section(sectionKind);
      const id = await store.insertContribution({
        territoryId,
        reportId: report.id,
        sectionId,
        authorId: people.residentId,
        text,
        createdAt: at,
      });
      const sectionTitle = SECTIONS.find((s) => s.kind === sectionKind)!.title;
      await seedModerationItem(
        tx,
        {
          territoryId,
          kind: 'CONTRIBUTION',
          subjectId: id,
          authorId: people.residentId,
          excerpt: text,
          context: `${reportTitle} — ${sectionTitle}`,
          createdAt: at,
        },
        state,
      );
    };
    await contribute(
      'PERSPECTIVES',
      'Il faudrait des permanences le samedi matin : beaucoup de parents travaillent en semaine.',
      ago(4),
      { status: 'PUBLISHED', decidedBy: people.staffId, decidedAt: ago(3) },
    );
    await contribute(
      'ACTIONS',
      'Le bus santé est passé deux fois dans notre rue, merci ! Pouvez-vous annoncer ses dates à l’école ?',
      ago(1),
      { status: 'PENDING' },
    );
    const reporter = [...people.referents.values()][0]!;
    await contribute(
      'ACTIONS',
      'Pour vos fêtes de quartier, appelez Sono Val-Fictif : -20 % pour les habitants avec le code QUARTIER.',
      ago(2),
      {
        status: 'PUBLISHED',
        decidedBy: people.staffId,
        decidedAt: ago(2),
        reports: [
          { reporterId: reporter, reason: 'ADVERTISING', comment: 'Publicité pour une entreprise.', at: ago(1) },
        ],
      },
    );
    return report;
  });
  if (created) return { report: created, created: true };
  return { report: (await createConsultationStore(ds).reportByYear(territoryId, YEAR))!, created: false };
}
