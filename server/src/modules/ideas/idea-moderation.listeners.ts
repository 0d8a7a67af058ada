import type { ModerationListeners } from '../moderation/index.js';
import { createIdeaCoreStore } from './idea-core.store.js';
import { ideaCommentListener } from './idea-comment.listener.js';
import type { IdeaSearchCache } from './idea-search-cache.js';

/**
 * The moderation module calls these in its transaction whenever an idea's or a comment's item is
 * opened, decided or hidden by reports: the rows keep a copy of the state, so public lists, search
 * and suggestions filter in SQL (on the partial indexes) without reading the items. A published or
 * withdrawn idea changes what searches find.
 */
export const ideasModerationListeners = (searchCache: IdeaSearchCache): ModerationListeners => ({
  IDEA: async (tx, item) => {
    // Opened pending (never reported while pending): the idea was written pending, nothing to copy.
    if (item.status === 'PENDING' && item.hiddenAt === null) return;
    const changed = await createIdeaCoreStore(tx).mirrorIdea(
      item.territoryId,
      item.subjectId,
      item.status,
      item.hiddenAt !== null,
      item.decidedAt ?? item.createdAt,
    );
    if (changed) searchCache.changed(item.territoryId);
  },
  // Also recounts the idea's published comments.
  IDEA_COMMENT: ideaCommentListener,
});
