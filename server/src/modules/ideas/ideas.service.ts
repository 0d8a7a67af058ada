import { z } from 'zod';
import { toPage, type PageArgs } from '../../shared/pagination.js';
import type { Queryable } from '../../shared/sql.js';
import { parseInput, uuidField } from '../../shared/validation.js';
import { MODERATION_REASONS, moderationItemsOf } from '../moderation/index.js';
import type { IdeasRequest } from './ideas.deps.js';
import { createIdeaCoreStore } from './idea-core.store.js';
import { createIdeaSubmission } from './idea-submission.js';
import { ideaSearch } from './ideas.inputs.js';
import { createIdeaSearch } from './idea-search.js';
import type { IdeaSearchCache } from './idea-search-cache.js';
import { councilsOf, mayModerateIdeas, maySeeIdea, maySeeIdeaDecision } from './ideas.policy.js';
import { IDEA_STATUSES, type IdeaListFilter, type IdeaRow, type IdeaSort } from './ideas.types.js';

/** How an erased account's ideas and comments are signed. */
export const FORMER_PARTICIPANT = 'Ancien participant';

const listFilter = z
  .object({
    status: z.enum(IDEA_STATUSES).nullish(),
    quartierId: uuidField.nullish(),
    wholeTerritory: z.boolean().nullish(),
    themeId: uuidField.nullish(),
    search: ideaSearch,
  })
  .nullish();
const listSort = z.enum(['RECENT', 'MOST_SUPPORTED', 'RECENTLY_ANSWERED']).nullish();

/** Submission, confirmation, reads, lists, search and suggestions of ideas; the person's data (RGPD). */
export function createIdeasService(deps: IdeasRequest, searchCache: IdeaSearchCache) {
  const { ds, viewer } = deps;
  const store = createIdeaCoreStore(ds);
  const ideaLoaders = deps.loaders.ideas;
  const { moderation } = deps.services;
  const search = createIdeaSearch(deps, searchCache);
  const itemOf = (idea: IdeaRow) =>
    deps.loaders.moderation.itemBySubjectId.load({ territoryId: idea.territoryId, id: idea.id });
  /** An idea the viewer may see (its author, moderators and staff see it in any state), or null. */
  const visibleIdea = async (territoryId: string, id: string) => {
    const row = await ideaLoaders.ideaById.load({ territoryId, id });
    return row && maySeeIdea(viewer, row) ? row : null;
  };

  return {
    ...createIdeaSubmission(deps),

    /** Public ideas of a territory (or of one quartier): published, not hidden, not merged. */
    list(territoryId: string, args: PageArgs & { filter?: IdeaListFilter | null; sort?: IdeaSort | null }) {
      const filter: IdeaListFilter = parseInput(listFilter, args.filter) ?? {};
      const sort = parseInput(listSort, args.sort) ?? 'RECENT';
      const page = toPage(args);
      return filter.search
        ? search.page(territoryId, page, filter, sort)
        : store.listPublic(territoryId, page, filter, sort);
    },

    idea: visibleIdea,

    similar: search.similar,

    mergedInto: (idea: IdeaRow) => (idea.mergedIntoId ? visibleIdea(idea.territoryId, idea.mergedIntoId) : null),

    /** The council's name, the resident's name given to staff, the pseudonym, or « Ancien participant ». */
    async authorName(idea: IdeaRow) {
      if (idea.councilId) {
        const council = await deps.loaders.territory.citizenCouncilById.load({
          territoryId: idea.territoryId,
          id: idea.councilId,
        });
        if (council) return council.name;
      }
      if (idea.onBehalfOf) return idea.onBehalfOf;
      const user = await deps.loaders.identity.userById.load(idea.authorId);
      return (!user?.erasedAt && user?.displayName) || FORMER_PARTICIPANT;
    },

    /** The refusal's reason (label, then the moderator's words), for the author and moderators only. */
    async rejectionReason(idea: IdeaRow) {
      if (idea.publication !== 'REJECTED' || !maySeeIdeaDecision(viewer, idea)) return null;
      const item = await itemOf(idea);
      if (!item?.reasonCode) return item?.reasonText ?? null;
      const label = MODERATION_REASONS[item.reasonCode];
      return item.reasonText ? `${label} : ${item.reasonText}` : label;
    },

    async canReport(idea: IdeaRow) {
      const item = await itemOf(idea);
      return item !== null && moderation.canReport(item);
    },

    /** Hidden by reports: moderators know it, everyone else is told false. */
    hidden: (idea: IdeaRow) => idea.hidden && mayModerateIdeas(viewer, idea.territoryId),

    /** The conseils citoyens the viewer may submit in the name of. */
    councilsForViewer: async (territoryId: string) =>
      (
        await Promise.all(
          councilsOf(viewer, territoryId).map((id) =>
            deps.loaders.territory.citizenCouncilById.load({ territoryId, id }),
          ),
        )
      ).filter((c) => c !== null),

    /** For the person's data export: their ideas (with their moderation state), comments and supports. */
    async personalData(userId: string) {
      const [ideas, ideaComments, ideaSupports] = await Promise.all([
        store.ideasOfAuthor(userId),
        store.commentsOfAuthor(userId),
        store.supportsOfUser(userId),
      ]);
      const items = await moderationItemsOf(
        ds,
        ideas.map((i) => ({ territoryId: i.territoryId, subjectId: i.id })),
      );
      const reasonOf = new Map(items.map((m) => [m.subjectId, m.reasonText ?? m.reasonCode]));
      return {
        ideas: ideas.map((i) => ({
          territoryId: i.territoryId,
          id: i.id,
          title: i.title,
          text: i.body,
          quartierId: i.quartierId,
          channel: i.channel,
          onBehalfOf: i.onBehalfOf,
          publication: i.publication,
          rejectionReason: i.publication === 'REJECTED' ? (reasonOf.get(i.id) ?? null) : null,
          status: i.status,
          answer: i.answer,
          createdAt: i.createdAt,
        })),
        ideaComments: ideaComments.map(({ body, ...c }) => ({ ...c, text: body })),
        ideaSupports,
      };
    },

    /** Erasure: supports stop naming the person and keep counting; ideas and comments stay, signed « Ancien participant ». */
    erasePersonalData: (tx: Queryable, userId: string) => createIdeaCoreStore(tx).unlinkSupportsOf(userId),
  };
}
export type IdeasService = ReturnType<typeof createIdeasService>;
