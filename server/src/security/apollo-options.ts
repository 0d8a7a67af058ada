import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerOptions } from '@apollo/server';

/** Tokens (and comments, which the lexer skips) in a document: graphql-js stops parsing past them. */
const MAX_TOKENS = 4000;

/**
 * Static limits on every operation, checked before execution: tokens (graphql-js's parser), depth,
 * aliases, cost and directives (graphql-armor), no field suggestions, no batched requests. The
 * portal's heaviest page (programmation → actions → fundings → funder) is depth 8 and costs about
 * 11 300 by armor's measure; client-operations.test.ts keeps every portal and admin operation under
 * these limits.
 */
export function queryLimits(production: boolean) {
  const armor = new ApolloArmor({
    maxDepth: { n: 12 },
    maxAliases: { n: 15 },
    // Armor counts tokens by parsing the document again in a plugin hook, where any syntax error
    // escapes Apollo's handling as a 500 (graphql-armor issues 571, 605, 751); graphql-js's own
    // limit is a syntax error of the one parse, a 400 GRAPHQL_PARSE_FAILED.
    maxTokens: { enabled: false },
    maxDirectives: { n: 20 },
    costLimit: { maxCost: 30_000 },
    // Suggestions ("did you mean …") map the schema for an attacker; kept in development.
    blockFieldSuggestion: { enabled: production },
  });
  const { plugins, validationRules, allowBatchedHttpRequests } = armor.protect();
  return {
    plugins,
    validationRules,
    parseOptions: { maxLexicalTokens: MAX_TOKENS, maxComments: MAX_TOKENS },
    allowBatchedHttpRequests,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    // Apollo's CSRF prevention: a request must be JSON or carry a preflight header, which a
    // cross-site form or <img> cannot send; with SameSite cookies this closes CSRF.
    csrfPrevention: true,
  } satisfies Partial<ApolloServerOptions<never>>;
}
