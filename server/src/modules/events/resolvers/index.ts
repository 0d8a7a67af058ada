import { mergeResolvers } from '@graphql-tools/merge';
import type { Resolvers } from '../../../graphql/__generated__/resolvers-types.js';
import { Mutation } from './Mutation.js';
import { ParticipationEvent } from './ParticipationEvent.js';
import { Territory } from './Territory.js';
import { Quartier } from './Quartier.js';
import { TerritoryAbilities } from './TerritoryAbilities.js';
import { registrationResolvers } from './registrations.js';

const core: Resolvers = { Mutation, ParticipationEvent, Territory, Quartier, TerritoryAbilities };

/** ParticipationEvent.registrations and Territory.eventSettings require EVENTS_MANAGE (graphql/authorization.policy.ts). */
export const eventsResolvers: Resolvers = mergeResolvers([core, registrationResolvers]);
