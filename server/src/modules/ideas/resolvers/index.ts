import { mergeResolvers } from '@graphql-tools/merge';
import type { Resolvers } from '../../../graphql/__generated__/resolvers-types.js';
import { submitIdea } from './Mutation/submitIdea.js';
import { confirmIdea } from './Mutation/confirmIdea.js';
import { Idea } from './Idea.js';
import { Territory } from './Territory.js';
import { Quartier } from './Quartier.js';
import { TerritoryAbilities } from './TerritoryAbilities.js';
import { ParticipationEvent } from './ParticipationEvent.js';
import { participationResolvers } from './participation.js';
import { staffResolvers } from './staff.js';

const core: Resolvers = {
  Mutation: { submitIdea, confirmIdea },
  Territory,
  Quartier,
  TerritoryAbilities,
  Idea,
  ParticipationEvent,
};

/** Territory.ideaQueue and ideaFigures require IDEAS_MANAGE (graphql/authorization.policy.ts). */
export const ideasResolvers: Resolvers = mergeResolvers([core, participationResolvers, staffResolvers]);
