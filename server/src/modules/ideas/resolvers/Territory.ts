import type { TerritoryResolvers } from '../../../graphql/__generated__/resolvers-types.js';

export const Territory: TerritoryResolvers = {
  ideas: (t, args, ctx) => ctx.services.ideas.list(t.id, args),
  idea: (t, { id }, ctx) => ctx.services.ideas.idea(t.id, id),
  similarIdeas: (t, { title }, ctx) => ctx.services.ideas.similar(t.id, title),
};
