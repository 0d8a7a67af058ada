import type { Connection, Page } from '../../shared/pagination.js';
import type { IdeasRequest } from './ideas.deps.js';
import type { IdeaSearchCache } from './idea-search-cache.js';
import { createIdeaCoreStore } from './idea-core.store.js';
import { isPublicIdea } from './ideas.policy.js';
import type { IdeaListFilter, IdeaRow, IdeaSort } from './ideas.types.js';

const SIMILAR_LIMIT = 5;

interface FoundPage {
  edges: { cursor: string; id: string }[];
  pageInfo: Connection['pageInfo'];
  totalCount: () => Promise<number>;
}

/**
 * Full-text search of public ideas and suggestions while a title is typed, through the search cache:
 * what is cached is which ideas were found; the ideas are read fresh (one batched statement) and
 * only those still public, and not merged, are answered.
 */
export function createIdeaSearch(deps: IdeasRequest, cache: IdeaSearchCache) {
  const store = createIdeaCoreStore(deps.ds);
  const byId = deps.loaders.ideas.ideaById;
  const prime = (rows: IdeaRow[]) => rows.forEach((r) => byId.prime({ territoryId: r.territoryId, id: r.id }, r));
  const stillPublic = async (territoryId: string, ids: string[]) =>
    (await Promise.all(ids.map((id) => byId.load({ territoryId, id })))).filter(
      (r): r is IdeaRow => r !== null && isPublicIdea(r) && r.mergedIntoId === null,
    );

  return {
    async page(territoryId: string, page: Page, filter: IdeaListFilter, sort: IdeaSort): Promise<Connection<IdeaRow>> {
      const found = await cache.get(territoryId, ['page', filter, sort, page], async (): Promise<FoundPage> => {
        const c = await store.listPublic(territoryId, page, filter, sort);
        prime(c.edges.map((e) => e.node));
        let total: Promise<number> | undefined;
        return {
          edges: c.edges.map((e) => ({ cursor: e.cursor, id: e.node.id })),
          pageInfo: c.pageInfo,
          totalCount: () => (total ??= c.totalCount()),
        };
      });
      const rows = new Map(
        (
          await stillPublic(
            territoryId,
            found.edges.map((e) => e.id),
          )
        ).map((r) => [r.id, r]),
      );
      return {
        edges: found.edges.flatMap((e) => {
          const node = rows.get(e.id);
          return node ? [{ cursor: e.cursor, node }] : [];
        }),
        pageInfo: found.pageInfo,
        totalCount: found.totalCount,
      };
    },

    /** At most 5 public, non-merged ideas close to a title being typed; none under 3 characters. */
    async similar(territoryId: string, title: string) {
      const typed = title.trim();
      if (typed.length < 3) return [];
      const ids = await cache.get(territoryId, ['similar', typed.toLowerCase()], async () => {
        const rows = await store.similarIdeas(territoryId, typed, SIMILAR_LIMIT);
        prime(rows);
        return rows.map((r) => r.id);
      });
      return stillPublic(territoryId, ids);
    },
  };
}
