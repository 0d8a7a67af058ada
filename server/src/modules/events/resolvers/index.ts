import { mergeResolvers } from '@graphql-tools/merge';
import type { Resolvers } from '../../../graphql/__generated__/resolvers-types.js';
import { registrationResolvers } from './registrations.js';

const core: Resolvers = {};

/** ParticipationEvent.registrations and Territory.eventSettings require EVENTS_MANAGE (graphql/authorization.policy.ts). */
export const eventsResolvers: Resolvers = mergeResolvers([core, registrationResolvers]);
