import type { QueryResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const me: QueryResolvers['me'] = (_parent, _args, ctx) =>
  ctx.viewer.kind === 'user' ? ctx.services.profile.me() : null;
