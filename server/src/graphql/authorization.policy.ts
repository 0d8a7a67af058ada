import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import { MapperKind, mapSchema } from '@graphql-tools/utils';
import { DomainError } from '../shared/errors.js';
import { assertSignedIn, can, canSomewhere, type Permission } from '../authz/index.js';
import type { MutationResolvers } from './__generated__/resolvers-types.js';
import type { GraphQLContext } from './context.js';

/**
 * What each mutation needs before its service runs. A permission here is the coarse gate (held in
 * some territory); the service then checks it for the territory it acts in. Typed over every
 * mutation of the SDL: adding one without declaring it does not compile. Snapshot-tested.
 */
type Requirement = 'PUBLIC' | 'SIGNED_IN' | Permission;
export const MUTATION_REQUIREMENTS: Record<keyof Required<MutationResolvers>, Requirement> = {
  signUp: 'PUBLIC',
  verifyEmail: 'PUBLIC',
  signIn: 'PUBLIC',
  requestSignInLink: 'PUBLIC',
  signInWithLink: 'PUBLIC',
  requestPasswordReset: 'PUBLIC',
  resetPassword: 'PUBLIC',
  acceptInvitation: 'PUBLIC',
  signOut: 'PUBLIC',
  signOutEverywhere: 'SIGNED_IN',
  endSession: 'SIGNED_IN',
  updateProfile: 'SIGNED_IN',
  changePassword: 'SIGNED_IN',
  updateNotificationPreferences: 'SIGNED_IN',
  joinTerritory: 'SIGNED_IN',
  deleteAccount: 'SIGNED_IN',
  inviteMember: 'PARTICIPATION_ROLES_MANAGE',
  grantRole: 'PARTICIPATION_ROLES_MANAGE',
  revokeRole: 'PARTICIPATION_ROLES_MANAGE',
  createCitizenCouncil: 'COUNCILS_MANAGE',
  updateCitizenCouncil: 'COUNCILS_MANAGE',
  updateTerritoryTheme: 'TERRITORY_SETTINGS_MANAGE',
  createReport: 'REPORTS_MANAGE',
  updateReportSection: 'REPORTS_MANAGE',
  setConsultationTerms: 'REPORTS_MANAGE',
  addConsultedBody: 'REPORTS_MANAGE',
  removeConsultedBody: 'REPORTS_MANAGE',
  setBodyTransmission: 'REPORTS_MANAGE',
  openConsultation: 'REPORTS_MANAGE',
  saveOpinionDraft: 'OPINIONS_PREPARE',
  submitOpinion: 'OPINIONS_SUBMIT',
  recordLateOpinion: 'REPORTS_MANAGE',
  answerRemark: 'REPORTS_MANAGE',
  approveReport: 'REPORTS_MANAGE',
  publishReport: 'REPORTS_MANAGE',
  submitContribution: 'CONTRIBUTIONS_SUBMIT',
  moderateContribution: 'CONTRIBUTIONS_MODERATE',
  sendReminders: 'REPORTS_MANAGE',
  reportItem: 'SIGNED_IN',
  moderateItem: 'CONTRIBUTIONS_MODERATE',
  updateModerationSetting: 'TERRITORY_SETTINGS_MANAGE',
  // Anyone, even without an account (an email address then confirms it); staff's recording on
  // behalf of a resident and council submissions are checked by the ideas policy.
  submitIdea: 'PUBLIC',
  confirmIdea: 'PUBLIC',
  supportIdea: 'SIGNED_IN',
  withdrawIdeaSupport: 'SIGNED_IN',
  commentIdea: 'SIGNED_IN',
  answerIdea: 'IDEAS_MANAGE',
  linkIdeaToAction: 'IDEAS_MANAGE',
  unlinkIdeaFromAction: 'IDEAS_MANAGE',
  mergeIdeas: 'IDEAS_MANAGE',
  createEvent: 'EVENTS_MANAGE',
  updateEvent: 'EVENTS_MANAGE',
  setEventStatus: 'EVENTS_MANAGE',
  recordEventOutcomes: 'EVENTS_MANAGE',
  setEventWalkIns: 'EVENTS_MANAGE',
  // Anyone, even without an account (an email address then confirms it); cancelling one's own
  // registration (account or emailed link) or anyone's for staff is checked by the events policy.
  registerForEvent: 'PUBLIC',
  confirmEventRegistration: 'PUBLIC',
  cancelEventRegistration: 'PUBLIC',
  recordEventRegistration: 'EVENTS_MANAGE',
  checkInRegistration: 'EVENTS_MANAGE',
  setEventSettings: 'EVENTS_MANAGE',
  createProgrammation: 'PROGRAMMATION_MANAGE',
  updateProgrammation: 'PROGRAMMATION_MANAGE',
  publishProgrammation: 'PROGRAMMATION_MANAGE',
  unpublishProgrammation: 'PROGRAMMATION_MANAGE',
  createAction: 'PROGRAMMATION_MANAGE',
  updateAction: 'PROGRAMMATION_MANAGE',
  bulkUpdateActions: 'PROGRAMMATION_MANAGE',
  createOperator: 'PROGRAMMATION_MANAGE',
  updateOperator: 'PROGRAMMATION_MANAGE',
  createFunder: 'PROGRAMMATION_MANAGE',
  updateFunder: 'PROGRAMMATION_MANAGE',
  applyProgrammationImport: 'PROGRAMMATION_MANAGE',
};

/** Non-public fields, checked against the territory of the object they hang on. */
export const FIELD_REQUIREMENTS: Record<string, Permission> = {
  'Territory.members': 'MEMBERS_READ',
  'Territory.invitations': 'MEMBERS_READ',
  'CitizenCouncil.members': 'MEMBERS_READ',
  'Territory.auditLog': 'AUDIT_READ',
  'Territory.emailOutbox': 'OUTBOX_READ',
  'ConsultedBody.recipientEmail': 'REPORTS_MANAGE',
  'ConsultedBody.recipientCount': 'REPORTS_MANAGE',
  'Territory.moderationQueue': 'CONTRIBUTIONS_MODERATE',
  'Territory.moderationSettings': 'CONTRIBUTIONS_MODERATE',
  'Territory.ideaQueue': 'IDEAS_MANAGE',
  'Territory.ideaFigures': 'IDEAS_MANAGE',
  'ParticipationEvent.registrations': 'EVENTS_MANAGE',
  'Territory.eventSettings': 'EVENTS_MANAGE',
};

async function gateMutation(name: string, ctx: GraphQLContext) {
  const requirement = MUTATION_REQUIREMENTS[name as keyof typeof MUTATION_REQUIREMENTS];
  // Every submission counts, per IP always and per account when signed in (both at once: two round trips).
  await Promise.all([
    ctx.limits.consume('submissionsByIp', ctx.meta.ip),
    ctx.viewer.kind === 'user' ? ctx.limits.consume('submissionsByAccount', ctx.viewer.user.id) : null,
  ]);
  if (requirement === 'PUBLIC') return;
  assertSignedIn(ctx.viewer);
  if (requirement !== 'SIGNED_IN' && !canSomewhere(ctx.viewer, requirement)) {
    throw new DomainError('FORBIDDEN', "Vous n'avez pas les droits nécessaires pour cette action.");
  }
}

function gateField(permission: Permission, parent: { territoryId?: string }, ctx: GraphQLContext) {
  assertSignedIn(ctx.viewer);
  if (!parent.territoryId || !can(ctx.viewer, permission, parent.territoryId)) {
    throw new DomainError('FORBIDDEN', "Vous n'avez pas les droits nécessaires pour voir ces informations.");
  }
}

/** Wraps every mutation and every non-public field with its check; deny by default for mutations. */
export function applyAuthorization(schema: GraphQLSchema): GraphQLSchema {
  const mutationType = schema.getMutationType();
  for (const name of Object.keys(mutationType?.getFields() ?? {})) {
    if (!(name in MUTATION_REQUIREMENTS)) throw new Error(`Mutation ${name} sans permission déclarée`);
  }
  for (const coordinate of Object.keys(FIELD_REQUIREMENTS)) {
    const [type, field] = coordinate.split('.') as [string, string];
    const object = schema.getType(type);
    if (!object || !('getFields' in object) || !object.getFields()[field])
      throw new Error(`Champ inconnu : ${coordinate}`);
  }
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field, fieldName, typeName) => {
      const resolve = field.resolve ?? defaultFieldResolver;
      if (typeName === mutationType?.name) {
        return {
          ...field,
          resolve: async (parent, args, ctx: GraphQLContext, info) => {
            await gateMutation(fieldName, ctx);
            return resolve(parent, args, ctx, info);
          },
        };
      }
      const permission = FIELD_REQUIREMENTS[`${typeName}.${fieldName}`];
      if (!permission) return field;
      return {
        ...field,
        resolve: (parent: { territoryId?: string }, args, ctx: GraphQLContext, info) => {
          gateField(permission, parent, ctx);
          return resolve(parent, args, ctx, info);
        },
      };
    },
  });
}
