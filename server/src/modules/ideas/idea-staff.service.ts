import type { IdeasRequest } from './ideas.deps.js';

/** Staff's work on ideas: answers, links to actions, merges, the queue, figures and exports. */
export function createIdeaStaffService(deps: IdeasRequest) {
  void deps;
  return {};
}
export type IdeaStaffService = ReturnType<typeof createIdeaStaffService>;
