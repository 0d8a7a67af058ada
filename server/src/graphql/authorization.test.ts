import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Client, type Harness } from '../../test/harness.js';
import { seedTerritory, seedUser, uniqueEmail, type SeededTerritory } from '../../test/seed.js';
import { createIdentityStore } from '../modules/identity/identity.store.js';
import { PERMISSIONS, ROLE_PERMISSIONS, ROLES, type Permission, type Role } from '../authz/index.js';
import { createConsultationStore } from '../modules/consultation/consultation.store.js';
import { seedModerationItem, type ModerationStatus } from '../modules/moderation/index.js';
import { seedReport } from '../../test/seed-consultation.js';
import { MUTATION_REQUIREMENTS, FIELD_REQUIREMENTS } from './authorization.policy.js';

let h: Harness;
let here: SeededTerritory;
let elsewhere: SeededTerritory;
let referentId: string;
let openReport: Awaited<ReturnType<typeof seedReport>>;
beforeAll(async () => {
  h = await createHarness();
  [here, elsewhere] = await Promise.all([seedTerritory(h), seedTerritory(h)]);
  // The référent of the territory's conseil citoyen, consulted on an open report.
  referentId = (await seedUser(h, { territory: here, role: 'COUNCIL_REFERENT', ownCouncil: false })).id;
  openReport = await seedReport(h, here, 'IN_CONSULTATION', { transmittedOn: '2099-01-01', deadline: '2099-12-31' });
});
afterAll(() => h.close());

describe('permission declarations', () => {
  it('lists every mutation with what it requires (a diff here is a permission change to review)', async () => {
    const lines = [
      ...Object.entries(MUTATION_REQUIREMENTS).map(([m, r]) => `Mutation.${m} → ${r}`),
      ...Object.entries(FIELD_REQUIREMENTS).map(([f, p]) => `${f} → ${p}`),
    ].sort();
    await expect(lines.join('\n') + '\n').toMatchFileSnapshot('./__snapshots__/permissions.txt');
  });
});

type Actor = 'ANONYMOUS' | Role | 'ADMIN_OF_ANOTHER_TERRITORY';
const ACTORS: Actor[] = ['ANONYMOUS', ...ROLES, 'ADMIN_OF_ANOTHER_TERRITORY'];
const PASSWORD = 'une phrase de passe solide';

async function actorClient(actor: Actor): Promise<{ client: Client; email: string }> {
  if (actor === 'ANONYMOUS') return { client: h.client(), email: uniqueEmail() };
  const territory = actor === 'ADMIN_OF_ANOTHER_TERRITORY' ? elsewhere : here;
  const role = actor === 'ADMIN_OF_ANOTHER_TERRITORY' ? 'ADMIN' : actor;
  const user = await seedUser(h, { territory, role });
  return { client: await h.signedIn(user.id), email: user.email! };
}

/**
 * Who holds each permission, written by hand for a reviewer to read: the matrix below checks the
 * server's answers against this table, not against ROLE_PERMISSIONS, so a wrong grant there fails here.
 */
const GRANTS: Record<Permission, readonly Role[]> = {
  MEMBERS_READ: ['STAFF', 'ADMIN'],
  PARTICIPATION_ROLES_MANAGE: ['STAFF', 'ADMIN'],
  STAFF_ROLES_MANAGE: ['ADMIN'],
  COUNCILS_MANAGE: ['STAFF', 'ADMIN'],
  AUDIT_READ: ['ADMIN'],
  OUTBOX_READ: ['ADMIN'],
  REPORTS_MANAGE: ['STAFF', 'ADMIN'],
  OPINIONS_PREPARE: ['COUNCIL_MEMBER', 'COUNCIL_REFERENT', 'COMMUNE_REPRESENTATIVE'],
  OPINIONS_SUBMIT: ['COUNCIL_REFERENT', 'COMMUNE_REPRESENTATIVE'],
  CONTRIBUTIONS_SUBMIT: ['RESIDENT', 'COUNCIL_MEMBER', 'COUNCIL_REFERENT', 'COMMUNE_REPRESENTATIVE'],
  CONTRIBUTIONS_MODERATE: ['MODERATOR', 'STAFF', 'ADMIN'],
  TERRITORY_SETTINGS_MANAGE: ['ADMIN'],
};

/** Who may run a mutation on `here`: everyone, signed-in people, or holders of the permission there. */
const allowed = (requirement: 'PUBLIC' | 'SIGNED_IN' | Permission) => (actor: Actor) => {
  if (requirement === 'PUBLIC') return true;
  if (actor === 'ANONYMOUS') return false;
  if (requirement === 'SIGNED_IN') return true;
  return actor !== 'ADMIN_OF_ANOTHER_TERRITORY' && GRANTS[requirement].includes(actor);
};

interface Case {
  mutation: keyof typeof MUTATION_REQUIREMENTS;
  label?: string;
  /** The permission this particular call needs on `here` (defaults to the declared requirement). */
  needs?: Permission;
  /** For avis, scoped to one body: exactly who may act. */
  allowedFor?: Actor[];
  build(actor: { email: string }): Promise<{ query: string; variables?: Record<string, unknown> }>;
}

const freshMember = async (role: Role) => {
  const user = await seedUser(h, { territory: here, role });
  const [m] = await createIdentityStore(h.dataSource).membershipsOfUser(user.id);
  return m!;
};

const CASES: Case[] = [
  {
    mutation: 'signUp',
    build: async () => ({
      query: `mutation($i: SignUpInput!) { signUp(input: $i) { ok } }`,
      variables: { i: { territoryCode: here.code, email: uniqueEmail(), displayName: 'Matrice' } },
    }),
  },
  {
    mutation: 'verifyEmail',
    build: async () => ({ query: `mutation { verifyEmail(input: { token: "${'x'.repeat(43)}" }) { me { id } } }` }),
  },
  {
    mutation: 'signIn',
    build: async () => {
      const user = await seedUser(h, { territory: here, role: 'RESIDENT', password: PASSWORD });
      return {
        query: `mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { me { id } } }`,
        variables: { e: user.email, p: PASSWORD },
      };
    },
  },
  {
    mutation: 'requestSignInLink',
    build: async () => ({ query: `mutation { requestSignInLink(input: { email: "${uniqueEmail()}" }) { ok } }` }),
  },
  {
    mutation: 'signInWithLink',
    build: async () => ({ query: `mutation { signInWithLink(input: { token: "${'x'.repeat(43)}" }) { me { id } } }` }),
  },
  {
    mutation: 'requestPasswordReset',
    build: async () => ({ query: `mutation { requestPasswordReset(input: { email: "${uniqueEmail()}" }) { ok } }` }),
  },
  {
    mutation: 'resetPassword',
    build: async () => ({
      query: `mutation { resetPassword(input: { token: "${'x'.repeat(43)}", password: "${PASSWORD}" }) { me { id } } }`,
    }),
  },
  {
    mutation: 'acceptInvitation',
    build: async () => ({
      query: `mutation { acceptInvitation(input: { token: "${'x'.repeat(43)}" }) { me { id } } }`,
    }),
  },
  { mutation: 'signOut', build: async () => ({ query: `mutation { signOut { ok } }` }) },
  { mutation: 'signOutEverywhere', build: async () => ({ query: `mutation { signOutEverywhere { ok } }` }) },
  {
    mutation: 'endSession',
    build: async () => ({ query: `mutation { endSession(input: { sessionId: "${'a'.repeat(64)}" }) { me { id } } }` }),
  },
  {
    mutation: 'updateProfile',
    build: async () => ({ query: `mutation { updateProfile(input: { displayName: "Nouveau nom" }) { me { id } } }` }),
  },
  {
    mutation: 'changePassword',
    build: async () => ({ query: `mutation { changePassword(input: { newPassword: "${PASSWORD}" }) { me { id } } }` }),
  },
  {
    mutation: 'updateNotificationPreferences',
    build: async () => ({
      query: `mutation { updateNotificationPreferences(input: { roleChanges: false }) { me { id } } }`,
    }),
  },
  {
    mutation: 'joinTerritory',
    build: async () => ({
      query: `mutation { joinTerritory(input: { territoryCode: "${here.code}" }) { me { id } } }`,
    }),
  },
  {
    mutation: 'deleteAccount',
    build: async () => ({ query: `mutation { deleteAccount(input: { confirmation: "SUPPRIMER" }) { ok } }` }),
  },
  {
    mutation: 'inviteMember',
    label: 'inviteMember (council member)',
    build: async () => ({
      query: `mutation($i: InviteMemberInput!) { inviteMember(input: $i) { invitation { id } } }`,
      variables: {
        i: { territoryId: here.id, email: uniqueEmail(), role: 'COUNCIL_MEMBER', citizenCouncilId: here.councilId },
      },
    }),
  },
  {
    mutation: 'inviteMember',
    label: 'inviteMember (staff)',
    needs: 'STAFF_ROLES_MANAGE',
    build: async () => ({
      query: `mutation($i: InviteMemberInput!) { inviteMember(input: $i) { invitation { id } } }`,
      variables: { i: { territoryId: here.id, email: uniqueEmail(), role: 'STAFF' } },
    }),
  },
  {
    mutation: 'grantRole',
    label: 'grantRole (commune representative)',
    build: async () => ({
      query: `mutation($i: GrantRoleInput!) { grantRole(input: $i) { member { id } } }`,
      variables: {
        i: {
          territoryId: here.id,
          userId: (await seedUser(h)).id,
          role: 'COMMUNE_REPRESENTATIVE',
          communeId: here.communeId,
        },
      },
    }),
  },
  {
    mutation: 'grantRole',
    label: 'grantRole (moderator)',
    needs: 'STAFF_ROLES_MANAGE',
    build: async () => ({
      query: `mutation($i: GrantRoleInput!) { grantRole(input: $i) { member { id } } }`,
      variables: { i: { territoryId: here.id, userId: (await seedUser(h)).id, role: 'MODERATOR' } },
    }),
  },
  {
    mutation: 'revokeRole',
    label: 'revokeRole (council member)',
    build: async () => ({
      query: `mutation($i: RevokeRoleInput!) { revokeRole(input: $i) { member { id } } }`,
      variables: {
        i: {
          territoryId: here.id,
          membershipId: (await freshMember('COUNCIL_MEMBER')).id,
          reason: 'A quitté le conseil',
        },
      },
    }),
  },
  {
    mutation: 'revokeRole',
    label: 'revokeRole (staff)',
    needs: 'STAFF_ROLES_MANAGE',
    build: async () => ({
      query: `mutation($i: RevokeRoleInput!) { revokeRole(input: $i) { member { id } } }`,
      variables: {
        i: { territoryId: here.id, membershipId: (await freshMember('STAFF')).id, reason: 'Fin de contrat' },
      },
    }),
  },
  {
    mutation: 'createCitizenCouncil',
    build: async () => ({
      query: `mutation($i: CreateCitizenCouncilInput!) { createCitizenCouncil(input: $i) { citizenCouncil { id } } }`,
      variables: {
        i: { territoryId: here.id, name: 'Conseil citoyen de test', quartierId: here.quartierId, active: true },
      },
    }),
  },
  {
    mutation: 'updateCitizenCouncil',
    build: async () => ({
      query: `mutation($i: UpdateCitizenCouncilInput!) { updateCitizenCouncil(input: $i) { citizenCouncil { id } } }`,
      variables: {
        i: { territoryId: here.id, id: here.councilId, name: 'Conseil citoyen Mont-Liébaut', active: true },
      },
    }),
  },
  {
    mutation: 'updateTerritoryTheme',
    build: async () => ({
      query: `mutation($i: UpdateTerritoryThemeInput!) { updateTerritoryTheme(input: $i) { territory { id } } }`,
      variables: { i: { territoryId: here.id, primaryColor: '#1d4f91', accentColor: '#a3461a' } },
    }),
  },
];

let nextYear = 2040;
const reportRef = async (status: Parameters<typeof seedReport>[2]) => {
  const r = await seedReport(h, here, status);
  return { r, ref: { territoryId: here.id, reportId: r.id } };
};
const opinion = (bodyId: string, extra: Record<string, unknown> = {}) => ({
  territoryId: here.id,
  bodyId,
  position: 'FAVOURABLE_WITH_RESERVATIONS',
  text: 'Avis de la matrice',
  remarks: [{ sectionId: openReport.sections[0]!.id, text: 'Une remarque' }],
  ...extra,
});
const REPORT = `{ report { id } }`;

CASES.push(
  {
    mutation: 'createReport',
    build: async () => ({
      query: `mutation($i: CreateReportInput!) { createReport(input: $i) ${REPORT} }`,
      variables: { i: { territoryId: here.id, referenceYear: nextYear++ } },
    }),
  },
  {
    mutation: 'updateReportSection',
    build: async () => {
      const { r, ref } = await reportRef('DRAFT');
      return {
        query: `mutation($i: UpdateReportSectionInput!) { updateReportSection(input: $i) { section { id } } }`,
        variables: { i: { ...ref, sectionId: r.sections[0]!.id, title: 'Orientations', body: '**Texte**' } },
      };
    },
  },
  {
    mutation: 'setConsultationTerms',
    build: async () => ({
      query: `mutation($i: ConsultationTermsInput!) { setConsultationTerms(input: $i) ${REPORT} }`,
      variables: {
        i: {
          ...(await reportRef('DRAFT')).ref,
          title: 'Rapport',
          adoptedOn: '2025-06-24',
          transmittedOn: '2025-06-30',
          deadline: '2025-10-30',
        },
      },
    }),
  },
  {
    mutation: 'addConsultedBody',
    build: async () => ({
      query: `mutation($i: AddConsultedBodyInput!) { addConsultedBody(input: $i) ${REPORT} }`,
      variables: { i: { ...(await reportRef('DRAFT')).ref, name: 'Bailleur signataire' } },
    }),
  },
  {
    mutation: 'removeConsultedBody',
    build: async () => {
      const { r, ref } = await reportRef('DRAFT');
      return {
        query: `mutation($i: RemoveConsultedBodyInput!) { removeConsultedBody(input: $i) ${REPORT} }`,
        variables: { i: { ...ref, bodyId: r.communeBody.id } },
      };
    },
  },
  {
    mutation: 'setBodyTransmission',
    build: async () => {
      const { r, ref } = await reportRef('DRAFT');
      return {
        query: `mutation($i: SetBodyTransmissionInput!) { setBodyTransmission(input: $i) ${REPORT} }`,
        variables: { i: { ...ref, bodyIds: [r.communeBody.id], recipientEmail: 'maire@exemple.fr' } },
      };
    },
  },
  {
    mutation: 'openConsultation',
    build: async () => ({
      query: `mutation($i: ReportRefInput!) { openConsultation(input: $i) ${REPORT} }`,
      variables: { i: (await reportRef('DRAFT')).ref },
    }),
  },
  {
    mutation: 'approveReport',
    build: async () => ({
      query: `mutation($i: ApproveReportInput!) { approveReport(input: $i) ${REPORT} }`,
      variables: { i: { ...(await reportRef('CLOSED')).ref, approvedOn: '2025-12-15' } },
    }),
  },
  {
    mutation: 'publishReport',
    build: async () => ({
      query: `mutation($i: ReportRefInput!) { publishReport(input: $i) ${REPORT} }`,
      variables: { i: (await reportRef('APPROVED')).ref },
    }),
  },
  {
    mutation: 'recordLateOpinion',
    build: async () => {
      const { r } = await reportRef('CLOSED');
      return {
        query: `mutation($i: OpinionInput!) { recordLateOpinion(input: $i) { opinion { id } } }`,
        variables: { i: { ...opinion(r.councilBody.id), remarks: [] } },
      };
    },
  },
  {
    mutation: 'answerRemark',
    build: async () => {
      const { r } = await reportRef('CLOSED');
      const store = createConsultationStore(h.dataSource);
      const o = await store.upsertOpinion({
        territoryId: here.id,
        reportId: r.id,
        bodyId: r.councilBody.id,
        content: { position: 'UNFAVOURABLE', text: 'Non', deliberationOn: null },
        late: false,
        submittedBy: referentId,
        at: new Date(),
      });
      await store.replaceRemarks(here.id, o!.id, [{ sectionId: r.sections[1]!.id, text: 'Chiffres manquants' }]);
      const [remark] = await store.remarksByOpinionIds(here.id, [o!.id]);
      return {
        query: `mutation($i: AnswerRemarkInput!) { answerRemark(input: $i) { remark { id } } }`,
        variables: { i: { territoryId: here.id, remarkId: remark!.id, response: 'Ajoutés au rapport final.' } },
      };
    },
  },
  {
    mutation: 'saveOpinionDraft',
    allowedFor: ['COUNCIL_MEMBER', 'COUNCIL_REFERENT'],
    build: async () => ({
      query: `mutation($i: OpinionInput!) { saveOpinionDraft(input: $i) { body { id } } }`,
      variables: { i: opinion(openReport.councilBody.id) },
    }),
  },
  {
    mutation: 'submitOpinion',
    label: 'submitOpinion (conseil citoyen)',
    allowedFor: ['COUNCIL_REFERENT'],
    build: async () => ({
      query: `mutation($i: OpinionInput!) { submitOpinion(input: $i) { opinion { id } } }`,
      variables: { i: opinion(openReport.councilBody.id) },
    }),
  },
  {
    mutation: 'submitOpinion',
    label: 'submitOpinion (commune)',
    allowedFor: ['COMMUNE_REPRESENTATIVE'],
    build: async () => ({
      query: `mutation($i: OpinionInput!) { submitOpinion(input: $i) { opinion { id } } }`,
      variables: { i: opinion(openReport.communeBody.id, { deliberationOn: '2025-09-25' }) },
    }),
  },
);

CASES.push(
  {
    mutation: 'submitContribution',
    build: async () => ({
      query: `mutation($i: SubmitContributionInput!) { submitContribution(input: $i) { contribution { id } } }`,
      variables: {
        i: {
          territoryId: here.id,
          reportId: openReport.id,
          sectionId: openReport.sections[0]!.id,
          text: 'Mon avis d’habitant',
        },
      },
    }),
  },
  {
    mutation: 'moderateContribution',
    build: async () => {
      const c = await freshContribution('PENDING');
      return {
        query: `mutation($i: ModerateContributionInput!) { moderateContribution(input: $i) { contribution { id } } }`,
        variables: { i: { territoryId: here.id, contributionId: c.subjectId, decision: 'PUBLISH' } },
      };
    },
  },
  {
    mutation: 'moderateItem',
    build: async () => {
      const item = await freshContribution('PENDING');
      return {
        query: `mutation($i: ModerateItemInput!) { moderateItem(input: $i) { item { id } } }`,
        variables: { i: { territoryId: here.id, itemId: item.id, decision: 'PUBLISH' } },
      };
    },
  },
  {
    mutation: 'reportItem',
    build: async () => {
      const item = await freshContribution('PUBLISHED');
      return {
        query: `mutation($i: ReportItemInput!) { reportItem(input: $i) { ok } }`,
        variables: { i: { territoryId: here.id, kind: 'CONTRIBUTION', subjectId: item.subjectId, reason: 'ABUSIVE' } },
      };
    },
  },
  {
    mutation: 'updateModerationSetting',
    build: async () => ({
      query: `mutation($i: UpdateModerationSettingInput!) { updateModerationSetting(input: $i) { setting { mode } } }`,
      variables: { i: { territoryId: here.id, kind: 'CONTRIBUTION', mode: 'PRE', reportThreshold: 3 } },
    }),
  },
);

/** A resident's contribution to the open report with its moderation item, as submitContribution writes them. */
async function freshContribution(status: ModerationStatus) {
  const author = await seedUser(h, { territory: here, role: 'RESIDENT' });
  const at = new Date();
  return h.dataSource.transaction(async (tx) => {
    const id = await createConsultationStore(tx).insertContribution({
      territoryId: here.id,
      reportId: openReport.id,
      sectionId: openReport.sections[0]!.id,
      authorId: author.id,
      text: 'À modérer',
      createdAt: at,
    });
    return seedModerationItem(
      tx,
      {
        territoryId: here.id,
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

CASES.push({
  mutation: 'sendReminders',
  build: async () => ({
    query: `mutation($i: ReportRefInput!) { sendReminders(input: $i) { bodies emails } }`,
    variables: { i: { territoryId: here.id, reportId: openReport.id } },
  }),
});

const DENIED = ['FORBIDDEN', 'UNAUTHENTICATED'];

describe('role × mutation matrix', () => {
  it('grants each role exactly the permissions of the hand-written table', () => {
    const table = ROLES.map((role) => `${role}: ${PERMISSIONS.filter((p) => GRANTS[p].includes(role)).join(', ')}`);
    const granted = ROLES.map(
      (role) => `${role}: ${PERMISSIONS.filter((p) => ROLE_PERMISSIONS[role].includes(p)).join(', ')}`,
    );
    expect(granted).toEqual(table);
  });

  it('covers every mutation', () => {
    expect(new Set(CASES.map((c) => c.mutation))).toEqual(new Set(Object.keys(MUTATION_REQUIREMENTS)));
  });

  for (const c of CASES) {
    it(`${c.label ?? c.mutation}: allowed exactly for the roles that hold its permission here`, async () => {
      const isAllowed = c.allowedFor
        ? (actor: Actor) => c.allowedFor!.includes(actor)
        : allowed(c.needs ?? MUTATION_REQUIREMENTS[c.mutation]);
      const outcomes: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const actor of ACTORS) {
        // Avis cases act for the territory's own council, whose référent is fixed.
        const { client, email } =
          c.allowedFor && actor === 'COUNCIL_REFERENT'
            ? { client: await h.signedIn(referentId), email: '' }
            : await actorClient(actor);
        const { query, variables } = await c.build({ email });
        const result = await client.execute(query, variables);
        const code = result.errors?.[0]?.extensions?.code as string | undefined;
        outcomes[actor] = code && DENIED.includes(code) ? 'denied' : 'allowed';
        expected[actor] = isAllowed(actor) ? 'allowed' : 'denied';
        // Past authorization, a made-up input may still be refused or not found: that is « allowed » here.
        if (code && !DENIED.includes(code) && isAllowed(actor) && !['BAD_USER_INPUT', 'NOT_FOUND'].includes(code)) {
          throw new Error(`${actor} ${c.mutation}: ${result.errors?.[0]?.message}`);
        }
      }
      expect(outcomes).toEqual(expected);
    });
  }

  it('refuses at the gate, before any service runs, a role that holds the permission nowhere', async () => {
    const { client } = await actorClient('RESIDENT');
    const result = await client.execute(
      `mutation($i: InviteMemberInput!) { inviteMember(input: $i) { invitation { id } } }`,
      { i: { territoryId: here.id, email: uniqueEmail(), role: 'COUNCIL_MEMBER', citizenCouncilId: here.councilId } },
    );
    expect(result.errors?.[0]).toMatchObject({
      message: "Vous n'avez pas les droits nécessaires pour cette action.",
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('hides non-public fields from those without the permission in that territory', async () => {
    const query = `query($c: String!) { territory(code: $c) { viewerPermissions members(first: 1) { totalCount } } }`;
    const staff = await actorClient('STAFF');
    const otherAdmin = await actorClient('ADMIN_OF_ANOTHER_TERRITORY');
    const ok = await staff.client.execute(query, { c: here.code });
    expect(ok.errors).toBeUndefined();
    const refused = await otherAdmin.client.execute(query, { c: here.code });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await h
      .client()
      .execute(`query($c: String!) { territory(code: $c) { auditLog { totalCount } } }`, { c: here.code });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
