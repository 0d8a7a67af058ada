import type { IdeasRequest } from './ideas.deps.js';

/** Submission (online, by email only, for a council, recorded by staff), confirmation, reads, lists, search. */
export function createIdeasService(deps: IdeasRequest) {
  void deps;
  return {};
}
export type IdeasService = ReturnType<typeof createIdeasService>;
