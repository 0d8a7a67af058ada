import DataLoader from 'dataloader';
import { batchScheduleFn, tenantGroupLoader, tenantLoader } from '../../shared/tenant-loader.js';
import type { Page } from '../../shared/pagination.js';
import type { IdeasStore } from './ideas.store.js';
import type { CommentReader } from './idea-participation.store.js';
import type { IdeaCommentRow } from './ideas.types.js';

/** A key asking about some ideas under a shared context (a viewer, a page): keys of one context share a statement. */
interface ContextKey {
  territoryId: string;
  ideaId: string;
  /** Equal strings mean equal contexts. */
  context: string;
}

/**
 * Batches keys by (territory, context): one statement per distinct context, usually one per request
 * (every idea of a page asks with the same viewer and the same comment page).
 */
function contextLoader<K extends ContextKey, V>(
  fetch: (first: K, ideaIds: string[]) => Promise<Map<string, V>>,
  missing: V,
): DataLoader<K, V, string> {
  return new DataLoader<K, V, string>(
    async (keys) => {
      const groups = new Map<string, K[]>();
      for (const k of keys) {
        const group = `${k.territoryId}|${k.context}`;
        groups.set(group, [...(groups.get(group) ?? []), k]);
      }
      const found = new Map<K, V>();
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const values = await fetch(group[0]!, [...new Set(group.map((k) => k.ideaId))]);
          for (const k of group) found.set(k, values.get(k.ideaId) ?? missing);
        }),
      );
      return keys.map((k) => found.get(k)!);
    },
    { cacheKeyFn: (k) => `${k.territoryId}|${k.context}|${k.ideaId}`, batchScheduleFn },
  );
}

const readerContext = (r: CommentReader) => `${r.userId ?? ''}|${r.moderator}`;

/** Supports, comments, answers' history, links to actions and merges of the ideas of a request. */
export function createIdeaFollowUpLoaders(store: IdeasStore) {
  type SupportKey = ContextKey & { userId: string };
  type CommentsKey = ContextKey & { page: Page; reader: CommentReader };
  type CountKey = ContextKey & { reader: CommentReader };
  return {
    /** Whether a person supports each idea: `supportKey(...)` builds the key. */
    supportedBy: contextLoader<SupportKey, boolean>(
      async (k, ids) =>
        new Map((await store.supportedAmong(k.territoryId, k.userId, ids)).map((r) => [r.ideaId, true] as const)),
      false,
    ),
    supportKey: (territoryId: string, ideaId: string, userId: string): SupportKey => ({
      territoryId,
      ideaId,
      userId,
      context: userId,
    }),

    /** A page of an idea's top-level comments the reader may see: `commentsKey(...)` builds the key. */
    commentPage: contextLoader<CommentsKey, IdeaCommentRow[]>(async (k, ids) => {
      const map = new Map<string, IdeaCommentRow[]>();
      for (const c of await store.topLevelCommentPages(k.territoryId, ids, k.page, k.reader))
        map.set(c.ideaId, [...(map.get(c.ideaId) ?? []), c]);
      return map;
    }, []),
    commentsKey: (territoryId: string, ideaId: string, page: Page, reader: CommentReader): CommentsKey => ({
      territoryId,
      ideaId,
      page,
      reader,
      context: `${JSON.stringify(page)}|${readerContext(reader)}`,
    }),
    commentTotal: contextLoader<CountKey, number>(
      async (k, ids) =>
        new Map(
          (await store.topLevelCommentCounts(k.territoryId, ids, k.reader)).map((r) => [r.ideaId, r.count] as const),
        ),
      0,
    ),
    countKey: (territoryId: string, ideaId: string, reader: CommentReader): CountKey => ({
      territoryId,
      ideaId,
      reader,
      context: readerContext(reader),
    }),

    commentById: tenantLoader(
      (t, ids) => store.commentsByIds(t, ids),
      (c) => c.id,
    ),
    repliesByCommentId: tenantGroupLoader(
      (t, ids) => store.repliesByParentIds(t, ids),
      (c) => c.parentId!,
    ),
    historyByIdeaId: tenantGroupLoader(
      (t, ids) => store.historyByIdeaIds(t, ids),
      (h) => h.ideaId,
    ),
    actionLinksByIdeaId: tenantGroupLoader(
      (t, ids) => store.actionLinksByIdeaIds(t, ids),
      (l) => l.ideaId,
    ),
    publicIdeasByActionId: tenantGroupLoader(
      (t, ids) => store.publicIdeasByActionIds(t, ids),
      (i) => i.actionId,
    ),
    mergedByIdeaId: tenantGroupLoader(
      (t, ids) => store.mergedIntoIds(t, ids),
      (i) => i.mergedIntoId!,
    ),
  };
}
export type IdeaFollowUpLoaders = ReturnType<typeof createIdeaFollowUpLoaders>;
