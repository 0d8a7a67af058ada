import type { IdeasRequest } from './ideas.deps.js';

/** Supports and comments. */
export function createIdeaParticipationService(deps: IdeasRequest) {
  void deps;
  return {};
}
export type IdeaParticipationService = ReturnType<typeof createIdeaParticipationService>;
