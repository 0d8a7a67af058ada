import type { Resolvers } from '../../../graphql/__generated__/resolvers-types.js';

/** Territory.ideaQueue and ideaFigures require IDEAS_MANAGE (graphql/authorization.policy.ts). */
export const ideasResolvers: Resolvers = {};
