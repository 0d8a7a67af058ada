import type { ThemeResolvers } from '../../../graphql/__generated__/resolvers-types.js';
import { logoUrl } from '../logo-url.js';

/** A theme is read off its territory's row; the logo's version is looked up only when asked for. */
export const Theme: ThemeResolvers = {
  logoUrl: async (t, _args, ctx) => {
    const logo = await ctx.loaders.territory.logoVersionById.load(t.id);
    return logo ? logoUrl(t.code, logo.uploadedAt) : null;
  },
};
