import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Permission, Role } from '../src/authz/index.js';
import type { MUTATION_REQUIREMENTS } from '../src/graphql/authorization.policy.js';
import { createConsultationStore } from '../src/modules/consultation/consultation.store.js';
import { createIdentityStore } from '../src/modules/identity/identity.store.js';
import { seedModerationItem, type ModerationStatus } from '../src/modules/moderation/index.js';
import { graphql } from './__generated__/index.js';
import type { OpinionInput } from './__generated__/graphql.js';
import type { Client, Harness, Result } from './harness.js';
import { seedReport } from './seed-consultation.js';
import { seedUser, uniqueEmail, type SeededTerritory } from './seed.js';

/** Who the role × mutation matrix tries: every role in the territory, nobody, and an admin of another one. */
export type Actor = 'ANONYMOUS' | Role | 'ADMIN_OF_ANOTHER_TERRITORY';

const PASSWORD = 'une phrase de passe solide';

/** One call of a mutation: its typed document and variables, sent by whichever actor the matrix tries. */
export type Call = (client: Client) => Promise<Result<unknown>>;
const call =
  <T, V extends Record<string, unknown>>(query: TypedDocumentNode<T, V>, variables?: V): Call =>
  (client) =>
    client.execute(query, variables);

export interface Case {
  mutation: keyof typeof MUTATION_REQUIREMENTS;
  label?: string;
  /** The permission this particular call needs on `here` (defaults to the declared requirement). */
  needs?: Permission;
  /** For avis, scoped to one body: exactly who may act. */
  allowedFor?: Actor[];
  build(actor: { email: string }): Promise<Call>;
}

/** What the cases act on, read when a case is built (after the test file's `beforeAll`). */
interface World {
  h: Harness;
  here: SeededTerritory;
  openReport: Awaited<ReturnType<typeof seedReport>>;
  referentId: string;
}

/**
 * One call per mutation (two when who may act depends on the input), each building what it acts on
 * afresh, for server/src/graphql/authorization.test.ts; a mutation missing here fails its coverage test.
 */
export function mutationCases(w: World): Case[] {
  const freshMember = async (role: Role) => {
    const user = await seedUser(w.h, { territory: w.here, role });
    const [m] = await createIdentityStore(w.h.dataSource).membershipsOfUser(user.id);
    return m!;
  };
  /** A well-formed token that names nothing. */
  const UNKNOWN_TOKEN = 'x'.repeat(43);

  const INVITE = graphql(`
    mutation MatrixInviteMember($i: InviteMemberInput!) {
      inviteMember(input: $i) {
        invitation {
          id
        }
      }
    }
  `);
  const GRANT = graphql(`
    mutation MatrixGrantRole($i: GrantRoleInput!) {
      grantRole(input: $i) {
        member {
          id
        }
      }
    }
  `);
  const REVOKE = graphql(`
    mutation MatrixRevokeRole($i: RevokeRoleInput!) {
      revokeRole(input: $i) {
        member {
          id
        }
      }
    }
  `);

  const CASES: Case[] = [
    {
      mutation: 'signUp',
      build: async () =>
        call(
          graphql(`
            mutation MatrixSignUp($i: SignUpInput!) {
              signUp(input: $i) {
                ok
              }
            }
          `),
          { i: { territoryCode: w.here.code, email: uniqueEmail(), displayName: 'Matrice' } },
        ),
    },
    {
      mutation: 'verifyEmail',
      build: async () =>
        call(
          graphql(`
            mutation MatrixVerifyEmail($t: String!) {
              verifyEmail(input: { token: $t }) {
                me {
                  id
                }
              }
            }
          `),
          { t: UNKNOWN_TOKEN },
        ),
    },
    {
      mutation: 'signIn',
      build: async () => {
        const user = await seedUser(w.h, { territory: w.here, role: 'RESIDENT', password: PASSWORD });
        return call(
          graphql(`
            mutation MatrixSignIn($e: String!, $p: String!) {
              signIn(input: { email: $e, password: $p }) {
                me {
                  id
                }
              }
            }
          `),
          { e: user.email!, p: PASSWORD },
        );
      },
    },
    {
      mutation: 'requestSignInLink',
      build: async () =>
        call(
          graphql(`
            mutation MatrixRequestSignInLink($e: String!) {
              requestSignInLink(input: { email: $e }) {
                ok
              }
            }
          `),
          { e: uniqueEmail() },
        ),
    },
    {
      mutation: 'signInWithLink',
      build: async () =>
        call(
          graphql(`
            mutation MatrixSignInWithLink($t: String!) {
              signInWithLink(input: { token: $t }) {
                me {
                  id
                }
              }
            }
          `),
          { t: UNKNOWN_TOKEN },
        ),
    },
    {
      mutation: 'requestPasswordReset',
      build: async () =>
        call(
          graphql(`
            mutation MatrixRequestPasswordReset($e: String!) {
              requestPasswordReset(input: { email: $e }) {
                ok
              }
            }
          `),
          { e: uniqueEmail() },
        ),
    },
    {
      mutation: 'resetPassword',
      build: async () =>
        call(
          graphql(`
            mutation MatrixResetPassword($t: String!, $p: String!) {
              resetPassword(input: { token: $t, password: $p }) {
                me {
                  id
                }
              }
            }
          `),
          { t: UNKNOWN_TOKEN, p: PASSWORD },
        ),
    },
    {
      mutation: 'acceptInvitation',
      build: async () =>
        call(
          graphql(`
            mutation MatrixAcceptInvitation($t: String!) {
              acceptInvitation(input: { token: $t }) {
                me {
                  id
                }
              }
            }
          `),
          { t: UNKNOWN_TOKEN },
        ),
    },
    {
      mutation: 'signOut',
      build: async () =>
        call(
          graphql(`
            mutation MatrixSignOut {
              signOut {
                ok
              }
            }
          `),
        ),
    },
    {
      mutation: 'signOutEverywhere',
      build: async () =>
        call(
          graphql(`
            mutation MatrixSignOutEverywhere {
              signOutEverywhere {
                ok
              }
            }
          `),
        ),
    },
    {
      mutation: 'endSession',
      build: async () =>
        call(
          graphql(`
            mutation MatrixEndSession($s: ID!) {
              endSession(input: { sessionId: $s }) {
                me {
                  id
                }
              }
            }
          `),
          { s: 'a'.repeat(64) },
        ),
    },
    {
      mutation: 'updateProfile',
      build: async () =>
        call(
          graphql(`
            mutation MatrixUpdateProfile {
              updateProfile(input: { displayName: "Nouveau nom" }) {
                me {
                  id
                }
              }
            }
          `),
        ),
    },
    {
      mutation: 'changePassword',
      build: async () =>
        call(
          graphql(`
            mutation MatrixChangePassword($p: String!) {
              changePassword(input: { newPassword: $p }) {
                me {
                  id
                }
              }
            }
          `),
          { p: PASSWORD },
        ),
    },
    {
      mutation: 'updateNotificationPreferences',
      build: async () =>
        call(
          graphql(`
            mutation MatrixUpdateNotificationPreferences {
              updateNotificationPreferences(input: { roleChanges: false }) {
                me {
                  id
                }
              }
            }
          `),
        ),
    },
    {
      mutation: 'joinTerritory',
      build: async () =>
        call(
          graphql(`
            mutation MatrixJoinTerritory($c: String!) {
              joinTerritory(input: { territoryCode: $c }) {
                me {
                  id
                }
              }
            }
          `),
          { c: w.here.code },
        ),
    },
    {
      mutation: 'deleteAccount',
      build: async () =>
        call(
          graphql(`
            mutation MatrixDeleteAccount {
              deleteAccount(input: { confirmation: "SUPPRIMER" }) {
                ok
              }
            }
          `),
        ),
    },
    {
      mutation: 'inviteMember',
      label: 'inviteMember (council member)',
      build: async () =>
        call(INVITE, {
          i: {
            territoryId: w.here.id,
            email: uniqueEmail(),
            role: 'COUNCIL_MEMBER',
            citizenCouncilId: w.here.councilId,
          },
        }),
    },
    {
      mutation: 'inviteMember',
      label: 'inviteMember (staff)',
      needs: 'STAFF_ROLES_MANAGE',
      build: async () => call(INVITE, { i: { territoryId: w.here.id, email: uniqueEmail(), role: 'STAFF' } }),
    },
    {
      mutation: 'grantRole',
      label: 'grantRole (commune representative)',
      build: async () =>
        call(GRANT, {
          i: {
            territoryId: w.here.id,
            userId: (await seedUser(w.h)).id,
            role: 'COMMUNE_REPRESENTATIVE',
            communeId: w.here.communeId,
          },
        }),
    },
    {
      mutation: 'grantRole',
      label: 'grantRole (moderator)',
      needs: 'STAFF_ROLES_MANAGE',
      build: async () =>
        call(GRANT, { i: { territoryId: w.here.id, userId: (await seedUser(w.h)).id, role: 'MODERATOR' } }),
    },
    {
      mutation: 'revokeRole',
      label: 'revokeRole (council member)',
      build: async () =>
        call(REVOKE, {
          i: {
            territoryId: w.here.id,
            membershipId: (await freshMember('COUNCIL_MEMBER')).id,
            reason: 'A quitté le conseil',
          },
        }),
    },
    {
      mutation: 'revokeRole',
      label: 'revokeRole (staff)',
      needs: 'STAFF_ROLES_MANAGE',
      build: async () =>
        call(REVOKE, {
          i: { territoryId: w.here.id, membershipId: (await freshMember('STAFF')).id, reason: 'Fin de contrat' },
        }),
    },
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

  CASES.push(
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
  );

  CASES.push(
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
  );

  CASES.push({
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
  });

  return CASES;
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
