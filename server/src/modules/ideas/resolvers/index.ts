import { mergeResolvers } from '@graphql-tools/merge';
import type { Resolvers } from '../../../graphql/__generated__/resolvers-types.js';
import { participationResolvers } from './participation.js';
import { staffResolvers } from './staff.js';

/** Territory.ideaQueue and ideaFigures require IDEAS_MANAGE (graphql/authorization.policy.ts). */
export const ideasResolvers: Resolvers = mergeResolvers([participationResolvers, staffResolvers]);
