import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerOptions } from '@apollo/server';

/**
 * Static limits on every operation, checked before execution: depth, aliases, tokens, cost and
 * directives (graphql-armor), no field suggestions, no batched requests. The portal's heaviest page
 * (programmation → actions → fundings → funder) is depth 8 and costs about 11 300 by armor's measure;
 * client-operations.test.ts keeps every portal and admin operation under these limits.
 */
export function queryLimits(production: boolean) {
  const armor = new ApolloArmor({
    maxDepth: { n: 12 },
    maxAliases: { n: 15 },
    maxTokens: { n: 4000 },
    maxDirectives: { n: 20 },
    costLimit: { maxCost: 30_000 },
    // Suggestions ("did you mean …") map the schema for an attacker; kept in development.
    blockFieldSuggestion: { enabled: production },
  });
  const { plugins, validationRules, allowBatchedHttpRequests } = armor.protect();
  return {
    plugins,
    validationRules,
    allowBatchedHttpRequests,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    // Apollo's CSRF prevention: a request must be JSON or carry a preflight header, which a
    // cross-site form or <img> cannot send; with SameSite cookies this closes CSRF.
    csrfPrevention: true,
  } satisfies Partial<ApolloServerOptions<never>>;
}
