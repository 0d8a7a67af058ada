import { z } from 'zod';
import { DomainError } from '../../shared/errors.js';
import { toConnection, toPage, type PageArgs } from '../../shared/pagination.js';
import { parseInput, uuidField } from '../../shared/validation.js';
import { actorOf, assertSignedIn } from '../../authz/index.js';
import { MODERATION_REASONS } from '../moderation/index.js';
import type { IdeasRequest } from './ideas.deps.js';
import { createIdeaParticipationStore, type CommentReader } from './idea-participation.store.js';
import {
  mayComment,
  mayModerateIdeas,
  maySeeComment,
  maySeeIdea,
  maySeeIdeaDecision,
  maySupport,
} from './ideas.policy.js';
import type { IdeaCommentRow, IdeaRow } from './ideas.types.js';

/** What an erased account's ideas and comments are signed with. */
export const FORMER_PARTICIPANT = 'Ancien participant';

const ideaRef = z.object({ territoryId: uuidField, ideaId: uuidField });

/** Supports (one per person, withdrawable) and comments with one level of replies, moderated. */
export function createIdeaParticipationService(deps: IdeasRequest) {
  const { ds, clock, viewer } = deps;
  const loaders = deps.loaders.ideas;
  const { moderation } = deps.services;

  /** The idea locked in `tx`, or NOT_FOUND when the viewer may not see it (nothing tells it exists). */
  async function visibleIdea(store: ReturnType<typeof createIdeaParticipationStore>, territoryId: string, id: string) {
    const idea = await store.lockIdea(territoryId, id);
    if (!idea || !maySeeIdea(viewer, idea)) throw new DomainError('NOT_FOUND', 'Idée introuvable.');
    return idea;
  }

  const reader = (territoryId: string): CommentReader => ({
    userId: viewer.kind === 'user' ? viewer.user.id : null,
    moderator: mayModerateIdeas(viewer, territoryId),
  });

  async function viewerSupports(idea: IdeaRow) {
    if (viewer.kind !== 'user') return false;
    return loaders.supportedBy.load(loaders.supportKey(idea.territoryId, idea.id, viewer.user.id));
  }

  function forgetSupport(idea: IdeaRow) {
    if (viewer.kind === 'user')
      loaders.supportedBy.clear(loaders.supportKey(idea.territoryId, idea.id, viewer.user.id));
  }

  return {
    async supportIdea(input: unknown) {
      const i = parseInput(ideaRef, input);
      assertSignedIn(viewer);
      const idea = await ds.transaction(async (tx) => {
        const store = createIdeaParticipationStore(tx);
        const locked = await visibleIdea(store, i.territoryId, i.ideaId);
        if (!maySupport(viewer, locked)) {
          throw new DomainError(
            'CONFLICT',
            locked.mergedIntoId
              ? 'Cette idée a rejoint une idée semblable : soutenez plutôt celle-ci.'
              : 'Seules les idées publiées peuvent être soutenues.',
          );
        }
        return (await store.addSupport(i.territoryId, i.ideaId, viewer.user.id, clock.now()))!;
      });
      forgetSupport(idea);
      return { idea };
    },

    /** Withdrawing a support one does not give changes nothing. */
    async withdrawIdeaSupport(input: unknown) {
      const i = parseInput(ideaRef, input);
      assertSignedIn(viewer);
      const idea = await ds.transaction(async (tx) => {
        const store = createIdeaParticipationStore(tx);
        await visibleIdea(store, i.territoryId, i.ideaId);
        return (await store.withdrawSupport(i.territoryId, i.ideaId, viewer.user.id))!;
      });
      forgetSupport(idea);
      return { idea };
    },

    viewerSupports,
    /** Whether the viewer may add a support now (one who already supports it may withdraw it). */
    viewerCanSupport: async (idea: IdeaRow) => maySupport(viewer, idea) && !(await viewerSupports(idea)),

    async commentIdea(input: unknown) {
      const i = parseInput(
        z.object({
          territoryId: uuidField,
          ideaId: uuidField,
          parentId: uuidField.nullish(),
          text: z.string().trim().min(2, 'commentaire trop court').max(2000),
        }),
        input,
      );
      assertSignedIn(viewer);
      const comment = await ds.transaction(async (tx) => {
        const store = createIdeaParticipationStore(tx);
        const idea = await visibleIdea(store, i.territoryId, i.ideaId);
        if (!mayComment(viewer, idea)) {
          throw new DomainError(
            'CONFLICT',
            idea.mergedIntoId
              ? 'Cette idée a rejoint une idée semblable : commentez plutôt celle-ci.'
              : 'Seules les idées publiées peuvent être commentées.',
          );
        }
        if (i.parentId) {
          const [parent] = await store.commentsByIds(i.territoryId, [i.parentId]);
          if (!parent || parent.ideaId !== idea.id || parent.parentId !== null || !maySeeComment(viewer, parent)) {
            throw new DomainError(
              'BAD_USER_INPUT',
              'On ne répond qu’à un commentaire de cette idée, pas à une réponse.',
              {
                parentId: 'commentaire de premier niveau de cette idée attendu',
              },
            );
          }
        }
        const at = clock.now();
        const id = await store.insertComment({
          territoryId: i.territoryId,
          ideaId: idea.id,
          parentId: i.parentId ?? null,
          authorId: viewer.user.id,
          body: i.text,
          createdAt: at,
        });
        // The moderation listener mirrors the item's state onto the comment and recounts the idea's comments.
        await moderation.open(tx, {
          territoryId: i.territoryId,
          kind: 'IDEA_COMMENT',
          subjectId: id,
          authorId: actorOf(viewer).id,
          excerpt: i.text.slice(0, 500),
          context: `Idée « ${idea.title} »`,
          createdAt: at,
        });
        return (await store.commentsByIds(i.territoryId, [id]))[0]!;
      });
      const message =
        comment.publication === 'PUBLISHED'
          ? 'Votre commentaire est publié.'
          : 'Merci ! Votre commentaire sera publié après relecture par l’équipe de modération.';
      return { comment, message };
    },

    /** Top-level comments the viewer may see, oldest first, cursor paged; batched over the ideas of a page. */
    comments(idea: IdeaRow, args: PageArgs) {
      const page = toPage(args);
      const who = reader(idea.territoryId);
      return loaders.commentPage.load(loaders.commentsKey(idea.territoryId, idea.id, page, who)).then((rows) =>
        toConnection(
          rows.filter((c) => maySeeComment(viewer, c)),
          page,
          (c) => [c.createdAt.toISOString(), c.id],
          () => loaders.commentTotal.load(loaders.countKey(idea.territoryId, idea.id, who)),
        ),
      );
    },

    async replies(comment: IdeaCommentRow) {
      if (comment.parentId !== null) return [];
      const replies = await loaders.repliesByCommentId.load({ territoryId: comment.territoryId, id: comment.id });
      return replies.filter((c) => maySeeComment(viewer, c));
    },

    async authorName(comment: IdeaCommentRow) {
      return (await deps.loaders.identity.userById.load(comment.authorId))?.displayName ?? FORMER_PARTICIPANT;
    },

    /** A refusal's reason, for its author and the moderators: the moderator's text, or the reason's label. */
    async rejectionReason(comment: IdeaCommentRow) {
      if (comment.publication !== 'REJECTED' || !maySeeIdeaDecision(viewer, comment)) return null;
      const item = await moderation.itemOf(comment.territoryId, comment.id);
      return item?.reasonText ?? (item?.reasonCode ? MODERATION_REASONS[item.reasonCode] : null);
    },

    viewerCanReport: (comment: IdeaCommentRow) =>
      moderation.canReport({
        status: comment.publication,
        hiddenAt: comment.hidden ? comment.createdAt : null,
        authorId: comment.authorId,
      }),
  };
}
export type IdeaParticipationService = ReturnType<typeof createIdeaParticipationService>;
