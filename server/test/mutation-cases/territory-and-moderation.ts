import { createConsultationStore } from '../../src/modules/consultation/consultation.store.js';
import { seedModerationItem, type ModerationStatus } from '../../src/modules/moderation/index.js';
import { graphql } from '../__generated__/index.js';
import { seedUser } from '../seed.js';
import { call, type Case, type World } from './case.js';

/** The territory's citizen councils and theme. */
export function territoryCases(w: World): Case[] {
  return [
    {
      mutation: 'createCitizenCouncil',
      build: async () =>
        call(
          graphql(`
            mutation MatrixCreateCitizenCouncil($i: CreateCitizenCouncilInput!) {
              createCitizenCouncil(input: $i) {
                citizenCouncil {
                  id
                }
              }
            }
          `),
          {
            i: { territoryId: w.here.id, name: 'Conseil citoyen de test', quartierId: w.here.quartierId, active: true },
          },
        ),
    },
    {
      mutation: 'updateCitizenCouncil',
      build: async () =>
        call(
          graphql(`
            mutation MatrixUpdateCitizenCouncil($i: UpdateCitizenCouncilInput!) {
              updateCitizenCouncil(input: $i) {
                citizenCouncil {
                  id
                }
              }
            }
          `),
          { i: { territoryId: w.here.id, id: w.here.councilId, name: 'Conseil citoyen Mont-Liébaut', active: true } },
        ),
    },
    {
      mutation: 'updateTerritoryTheme',
      build: async () =>
        call(
          graphql(`
            mutation MatrixUpdateTerritoryTheme($i: UpdateTerritoryThemeInput!) {
              updateTerritoryTheme(input: $i) {
                territory {
                  id
                }
              }
            }
          `),
          { i: { territoryId: w.here.id, primaryColor: '#1d4f91', accentColor: '#a3461a' } },
        ),
    },
  ];
}

/** Contributions and the moderation of what residents write: submitting, deciding, reporting, settings. */
export function moderationCases(w: World): Case[] {
  return [
    {
      mutation: 'submitContribution',
      build: async () =>
        call(
          graphql(`
            mutation MatrixSubmitContribution($i: SubmitContributionInput!) {
              submitContribution(input: $i) {
                contribution {
                  id
                }
              }
            }
          `),
          {
            i: {
              territoryId: w.here.id,
              reportId: w.openReport.id,
              sectionId: w.openReport.sections[0]!.id,
              text: 'Mon avis d’habitant',
            },
          },
        ),
    },
    {
      mutation: 'moderateContribution',
      build: async () => {
        const c = await freshContribution(w, 'PENDING');
        return call(
          graphql(`
            mutation MatrixModerateContribution($i: ModerateContributionInput!) {
              moderateContribution(input: $i) {
                contribution {
                  id
                }
              }
            }
          `),
          { i: { territoryId: w.here.id, contributionId: c.subjectId, decision: 'PUBLISH' } },
        );
      },
    },
    {
      mutation: 'moderateItem',
      build: async () => {
        const item = await freshContribution(w, 'PENDING');
        return call(
          graphql(`
            mutation MatrixModerateItem($i: ModerateItemInput!) {
              moderateItem(input: $i) {
                item {
                  id
                }
              }
            }
          `),
          { i: { territoryId: w.here.id, itemId: item.id, decision: 'PUBLISH' } },
        );
      },
    },
    {
      mutation: 'reportItem',
      build: async () => {
        const item = await freshContribution(w, 'PUBLISHED');
        return call(
          graphql(`
            mutation MatrixReportItem($i: ReportItemInput!) {
              reportItem(input: $i) {
                ok
              }
            }
          `),
          { i: { territoryId: w.here.id, kind: 'CONTRIBUTION', subjectId: item.subjectId, reason: 'ABUSIVE' } },
        );
      },
    },
    {
      mutation: 'updateModerationSetting',
      build: async () =>
        call(
          graphql(`
            mutation MatrixUpdateModerationSetting($i: UpdateModerationSettingInput!) {
              updateModerationSetting(input: $i) {
                setting {
                  mode
                }
              }
            }
          `),
          { i: { territoryId: w.here.id, kind: 'CONTRIBUTION', mode: 'PRE', reportThreshold: 3 } },
        ),
    },
  ];
}

/** A resident's contribution to the open report with its moderation item, as submitContribution writes them. */
async function freshContribution(w: World, status: ModerationStatus) {
  const author = await seedUser(w.h, { territory: w.here, role: 'RESIDENT' });
  const at = new Date();
  return w.h.dataSource.transaction(async (tx) => {
    const id = await createConsultationStore(tx).insertContribution({
      territoryId: w.here.id,
      reportId: w.openReport.id,
      sectionId: w.openReport.sections[0]!.id,
      authorId: author.id,
      text: 'À modérer',
      createdAt: at,
    });
    return seedModerationItem(
      tx,
      {
        territoryId: w.here.id,
        kind: 'CONTRIBUTION',
        subjectId: id,
        authorId: author.id,
        excerpt: 'À modérer',
        context: 'Rapport',
        createdAt: at,
      },
      { status },
    );
  });
}
