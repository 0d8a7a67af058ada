import type { ModerationListeners } from '../moderation/index.js';
import { createIdeasStore } from './ideas.store.js';
import { ideaCommentListener } from './idea-comment.listener.js';

/**
 * The moderation module calls these in its transaction whenever an idea's or a comment's item is
 * opened, decided or hidden by reports: the rows keep a copy of the state, so public lists, search
 * and suggestions filter in SQL (on the partial indexes) without reading the items.
 */
export const ideasModerationListeners: ModerationListeners = {
  IDEA: async (tx, item) => {
    await createIdeasStore(tx).mirrorIdea(
      item.territoryId,
      item.subjectId,
      item.status,
      item.hiddenAt !== null,
      item.decidedAt ?? item.createdAt,
    );
  },
  // Also recounts the idea's published comments.
  IDEA_COMMENT: ideaCommentListener,
};
