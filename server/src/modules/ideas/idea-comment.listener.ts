import type { ModerationListener } from '../moderation/index.js';
import { createIdeaParticipationStore } from './idea-participation.store.js';

/**
 * Moderation's listener for IDEA_COMMENT items (opened, decided, hidden by reports): mirrors the
 * item's state onto the comment, so lists filter in SQL, and recounts its idea's published comments.
 */
export const ideaCommentListener: ModerationListener = async (tx, item) => {
  await createIdeaParticipationStore(tx).mirrorComment(
    item.territoryId,
    item.subjectId,
    item.status,
    item.hiddenAt !== null,
  );
};
