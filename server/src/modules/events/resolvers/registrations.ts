import type { Resolvers } from '../../../graphql/__generated__/resolvers-types.js';

/** Registrations: their mutations, EventRegistration, and ParticipationEvent's registrant fields (S2). */
export const registrationResolvers: Resolvers = {};
