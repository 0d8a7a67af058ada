import { consultationCases, reminderCase } from './consultation.js';
import { identityCases } from './identity.js';
import { ideaParticipationAndStaffCases } from './ideas-participation-and-staff.js';
import { membershipCases } from './memberships.js';
import { moderationCases, territoryCases } from './territory-and-moderation.js';
import { ideaCoreCases } from './ideas-core.js';
import { eventCoreCases } from './events-core.js';
import { eventRegistrationCases } from './events-registrations.js';
import { programmationCases } from './programmation.js';
import type { Case, World } from './case.js';

export type { Actor, Call, Case, World } from './case.js';

/**
 * One call per mutation (two when who may act depends on the input), each building what it acts on
 * afresh, for server/src/graphql/authorization.test.ts; a mutation missing here fails its coverage test.
 */
export function mutationCases(w: World): Case[] {
  return [
    ...identityCases(w),
    ...membershipCases(w),
    ...territoryCases(w),
    ...consultationCases(w),
    ...moderationCases(w),
    ...ideaCoreCases(w),
    ...ideaParticipationAndStaffCases(w),
    ...eventCoreCases(w),
    ...eventRegistrationCases(w),
    ...programmationCases(w),
    reminderCase(w),
  ];
}
