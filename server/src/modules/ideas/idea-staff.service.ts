import { z } from 'zod';
import { DomainError } from '../../shared/errors.js';
import { toPage, type PageArgs } from '../../shared/pagination.js';
import type { Queryable } from '../../shared/sql.js';
import { parseInput, uuidField } from '../../shared/validation.js';
import { actorOf } from '../../authz/index.js';
import { recordAudit } from '../audit/index.js';
import { notify } from '../notifications/index.js';
import type { ActionWithLinks } from '../programmation/index.js';
import type { IdeasRequest } from './ideas.deps.js';
import { createIdeaParticipationStore } from './idea-participation.store.js';
import { createIdeaStaffStore } from './idea-staff.store.js';
import { ideaFigures, IDEA_STATUS_LABELS } from './idea-figures.js';
import { demandIdeasManager, maySeeIdea } from './ideas.policy.js';
import type { IdeaSearchCache } from './idea-search-cache.js';
import type { IdeaQueueFilter, IdeaRow } from './ideas.types.js';

const ANSWERS = ['UNDER_STUDY', 'RETAINED', 'NOT_RETAINED', 'CARRIED_OUT'] as const;
/** Only what an action carries out can be linked to it. */
const LINKABLE = new Set(['RETAINED', 'CARRIED_OUT']);

const ideaAction = z.object({ territoryId: uuidField, ideaId: uuidField, actionId: uuidField });

/** Staff's work on ideas: answers, links to actions, merges, the queue and figures. */
export function createIdeaStaffService(deps: IdeasRequest, searchCache: IdeaSearchCache) {
  const { ds, clock, viewer, requestId, publicUrl } = deps;
  const loaders = deps.loaders.ideas;
  const staffStore = createIdeaStaffStore(ds);

  async function lockedIdea(tx: Queryable, territoryId: string, id: string) {
    const idea = await createIdeaParticipationStore(tx).lockIdea(territoryId, id);
    if (!idea) throw new DomainError('NOT_FOUND', 'Idée introuvable.');
    return idea;
  }

  /** The author (for an idea submitted online) and every supporter, each once, as their preferences allow. */
  async function tellOfStatus(tx: Queryable, idea: IdeaRow) {
    const territory = (await deps.loaders.territory.territoryById.load(idea.territoryId))!;
    const supporters = await createIdeaStaffStore(tx).supporterIds(idea.territoryId, idea.id);
    const authorId = idea.channel === 'ONLINE' ? idea.authorId : null;
    const ids = [...new Set([...(authorId ? [authorId] : []), ...supporters])];
    const people = await deps.loaders.identity.userById.loadMany(ids);
    for (const person of people) {
      if (!person || person instanceof Error || !person.email) continue;
      await notify(
        tx,
        clock,
        idea.territoryId,
        { email: person.email, userId: person.id, preferences: person.notificationPreferences },
        'idea-status',
        {
          name: person.displayName ?? '',
          territory: territory.name,
          title: idea.title,
          status: IDEA_STATUS_LABELS[idea.status],
          answer: idea.answer ?? '',
          link: `${publicUrl}/${territory.code}/idees/${idea.id}`,
          supporter: person.id !== authorId,
        },
      );
    }
  }

  async function changeLink(input: unknown, link: boolean) {
    const i = parseInput(ideaAction, input);
    demandIdeasManager(viewer, i.territoryId);
    const action = await deps.loaders.programmation.actionById.load({ territoryId: i.territoryId, id: i.actionId });
    if (!action) throw new DomainError('NOT_FOUND', 'Action introuvable dans ce territoire.');
    const idea = await ds.transaction(async (tx) => {
      const locked = await lockedIdea(tx, i.territoryId, i.ideaId);
      const store = createIdeaStaffStore(tx);
      if (link && !LINKABLE.has(locked.status)) {
        throw new DomainError('BAD_USER_INPUT', 'Seule une idée retenue ou réalisée peut être reliée à une action.', {
          ideaId: 'idée retenue ou réalisée attendue',
        });
      }
      const changed = link
        ? await store.linkAction({
            territoryId: i.territoryId,
            ideaId: locked.id,
            actionId: action.id,
            linkedBy: actorOf(viewer).id,
            linkedAt: clock.now(),
          })
        : await store.unlinkAction(i.territoryId, locked.id, action.id);
      if (changed) {
        await recordAudit(tx, clock, actorOf(viewer), requestId, {
          territoryId: i.territoryId,
          action: link ? 'idea.link-action' : 'idea.unlink-action',
          targetType: 'Idea',
          targetId: locked.id,
          after: { actionId: action.id, actionTitle: action.title },
        });
      }
      return locked;
    });
    loaders.actionLinksByIdeaId.clear({ territoryId: idea.territoryId, id: idea.id });
    return { idea };
  }

  return {
    /** A new status with its public answer: history, journal and emails in one transaction. */
    async answerIdea(input: unknown) {
      const i = parseInput(
        z.object({
          territoryId: uuidField,
          ideaId: uuidField,
          status: z.enum(ANSWERS, 'statut de réponse attendu'),
          answer: z.string().trim().max(3000).nullish(),
        }),
        input,
      );
      demandIdeasManager(viewer, i.territoryId);
      const answer = i.answer || null;
      if (i.status === 'NOT_RETAINED' && !answer) {
        throw new DomainError(
          'BAD_USER_INPUT',
          'Expliquez pourquoi l’idée n’est pas retenue : cette réponse est publique.',
          {
            answer: 'obligatoire pour une idée non retenue',
          },
        );
      }
      const idea = await ds.transaction(async (tx) => {
        const before = await lockedIdea(tx, i.territoryId, i.ideaId);
        if (before.mergedIntoId) {
          throw new DomainError('CONFLICT', 'Cette idée a rejoint une idée semblable : répondez plutôt à celle-ci.');
        }
        if (before.publication === 'UNCONFIRMED') {
          throw new DomainError('CONFLICT', 'Cette idée attend encore la confirmation de son auteur.');
        }
        const store = createIdeaStaffStore(tx);
        const at = clock.now();
        const after = (await store.saveAnswer(i.territoryId, before.id, i.status, answer, at))!;
        const actor = actorOf(viewer);
        await store.insertStatusChange({
          territoryId: i.territoryId,
          ideaId: before.id,
          status: i.status,
          answer,
          actorId: actor.id,
          at,
        });
        await recordAudit(tx, clock, actor, requestId, {
          territoryId: i.territoryId,
          action: 'idea.answer',
          targetType: 'Idea',
          targetId: before.id,
          before: { status: before.status, answer: before.answer },
          after: { status: after.status, answer: after.answer },
        });
        await tellOfStatus(tx, after);
        return after;
      });
      loaders.historyByIdeaId.clear({ territoryId: idea.territoryId, id: idea.id });
      searchCache.changed(idea.territoryId); // the status filter finds it elsewhere now
      return { idea };
    },

    linkIdeaToAction: (input: unknown) => changeLink(input, true),
    unlinkIdeaFromAction: (input: unknown) => changeLink(input, false),

    /**
     * Duplicates join one idea: they point to it, their supports move to it and each person counts
     * once there. An idea that already received others cannot itself be merged (merge into it instead).
     */
    async mergeIdeas(input: unknown) {
      const i = parseInput(
        z.object({
          territoryId: uuidField,
          targetId: uuidField,
          sourceIds: z.array(uuidField).min(1, 'choisissez au moins une idée à fusionner').max(50, 'au plus 50 idées'),
        }),
        input,
      );
      demandIdeasManager(viewer, i.territoryId);
      const sourceIds = [...new Set(i.sourceIds)];
      if (sourceIds.includes(i.targetId)) {
        throw new DomainError('BAD_USER_INPUT', 'Une idée ne peut pas être fusionnée avec elle-même.', {
          sourceIds: 'l’idée qui reste ne peut pas en faire partie',
        });
      }
      const target = await ds.transaction(async (tx) => {
        const store = createIdeaStaffStore(tx);
        const locked = await store.lockIdeas(i.territoryId, [i.targetId, ...sourceIds]);
        const before = locked.find((r) => r.id === i.targetId);
        const sources = locked.filter((r) => r.id !== i.targetId);
        if (!before || sources.length !== sourceIds.length) throw new DomainError('NOT_FOUND', 'Idée introuvable.');
        if (before.mergedIntoId) {
          throw new DomainError('CONFLICT', 'L’idée qui doit rester a elle-même rejoint une autre idée.');
        }
        const refused = sources.find((s) => s.mergedIntoId) ?? sources.find((s) => s.mergedCount > 0) ?? null;
        if (refused) {
          throw new DomainError(
            'CONFLICT',
            refused.mergedIntoId
              ? `L’idée « ${refused.title} » a déjà rejoint une autre idée.`
              : `L’idée « ${refused.title} » a déjà reçu d’autres idées : fusionnez plutôt les autres avec elle.`,
          );
        }
        const { moved, dropped } = await store.moveSupports(i.territoryId, before.id, sourceIds);
        await store.markMerged(i.territoryId, before.id, sourceIds, clock.now());
        const after = (await store.recountSupports(i.territoryId, before.id))!;
        await recordAudit(tx, clock, actorOf(viewer), requestId, {
          territoryId: i.territoryId,
          action: 'idea.merge',
          targetType: 'Idea',
          targetId: before.id,
          before: { supportCount: before.supportCount, sources: sources.map((s) => ({ id: s.id, title: s.title })) },
          after: {
            supportCount: after.supportCount,
            merged: sources.length,
            supportsMoved: moved,
            duplicatesDropped: dropped,
          },
        });
        return after;
      });
      loaders.mergedByIdeaId.clear({ territoryId: target.territoryId, id: target.id });
      searchCache.changed(target.territoryId);
      return { idea: target };
    },

    queue(territoryId: string, args: PageArgs, filter: IdeaQueueFilter) {
      demandIdeasManager(viewer, territoryId);
      return staffStore.queue(territoryId, toPage(args), filter);
    },

    figures(territoryId: string) {
      demandIdeasManager(viewer, territoryId);
      return ideaFigures(staffStore, deps.loaders.territory, territoryId);
    },

    history: (idea: IdeaRow) => loaders.historyByIdeaId.load({ territoryId: idea.territoryId, id: idea.id }),

    async actions(idea: IdeaRow) {
      const links = await loaders.actionLinksByIdeaId.load({ territoryId: idea.territoryId, id: idea.id });
      const actions = await deps.loaders.programmation.actionById.loadMany(
        links.map((l) => ({ territoryId: l.territoryId, id: l.actionId })),
      );
      return actions.filter((a): a is ActionWithLinks => a !== null && !(a instanceof Error));
    },

    async merged(idea: IdeaRow) {
      const merged = await loaders.mergedByIdeaId.load({ territoryId: idea.territoryId, id: idea.id });
      return merged.filter((m) => maySeeIdea(viewer, m));
    },

    /** Public ideas an action carries out (its page is public). */
    ideasOfAction: (carrier: ActionWithLinks) =>
      loaders.publicIdeasByActionId.load({ territoryId: carrier.territoryId, id: carrier.id }),
  };
}
export type IdeaStaffService = ReturnType<typeof createIdeaStaffService>;
