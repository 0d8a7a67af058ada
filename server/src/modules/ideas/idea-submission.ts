import { DomainError } from '../../shared/errors.js';
import { parseInput } from '../../shared/validation.js';
import type { Queryable } from '../../shared/sql.js';
import { actorOf, type SignedInViewer } from '../../authz/index.js';
import { recordAudit } from '../audit/index.js';
import { notify } from '../notifications/index.js';
import type { TerritoryRow } from '../territory/index.js';
import { createIdeaPhotosStore } from './idea-photos.store.js';
import { createIdeaCoreStore, type NewIdea } from './idea-core.store.js';
import type { IdeasRequest } from './ideas.deps.js';
import { confirmIdeaInput, submitIdeaInput, type SubmitIdeaInput } from './ideas.inputs.js';
import { demandIdeasManager, maySubmitForCouncil } from './ideas.policy.js';
import type { IdeaRow } from './ideas.types.js';

/** A photo is attached within the hour of its upload. */
const PHOTO_FRESH_MS = 60 * 60_000;
const AWAITING_MESSAGE = (email: string) =>
  `Merci ! Pour publier votre idée, ouvrez le lien que nous venons d’envoyer à ${email} (valable 7 jours). Pensez à regarder dans les indésirables.`;
const SUBMITTED_MESSAGE: Record<IdeaRow['publication'], string> = {
  UNCONFIRMED: '',
  PENDING: 'Merci ! Votre idée sera publiée dès qu’une personne de l’équipe de modération l’aura relue.',
  PUBLISHED: 'Merci ! Votre idée est publiée.',
  REJECTED: '',
};
const bad = (message: string, field: string, detail: string) =>
  new DomainError('BAD_USER_INPUT', message, { [field]: detail });

/**
 * Submission in its four ways (signed in, with an email address only, for a conseil citoyen,
 * recorded by staff) and the confirmation of the emailed link. Every check runs before anything is
 * written; the idea and its moderation item are written in one transaction.
 */
export function createIdeaSubmission(deps: IdeasRequest) {
  const { ds, clock, viewer, requestId } = deps;
  const { moderation, account } = deps.services;
  const territoryLoaders = deps.loaders.territory;

  /** What moderators read in their queue about an idea. */
  async function openItem(tx: Queryable, idea: IdeaRow) {
    const quartier = idea.quartierId
      ? await territoryLoaders.quartierById.load({ territoryId: idea.territoryId, id: idea.quartierId })
      : null;
    const opened = await moderation.open(tx, {
      territoryId: idea.territoryId,
      kind: 'IDEA',
      subjectId: idea.id,
      authorId: idea.authorId,
      excerpt: `${idea.title}\n\n${idea.body}`.slice(0, 500),
      context: `Idée — ${quartier?.name ?? 'tout le territoire'}`,
      createdAt: clock.now(),
    });
    // Opened pending, the idea is as inserted; published at once (post-moderation), its mirror changed it.
    if (opened.status === idea.publication) return idea;
    return (await createIdeaCoreStore(tx).ideasByIds(idea.territoryId, [idea.id]))[0]!;
  }

  /** Who submits, and in what name: the rules of each way, checked before the transaction. */
  async function authorship(i: SubmitIdeaInput) {
    const recorded = i.channel != null && i.channel !== 'ONLINE';
    if (i.onBehalfOf && !recorded)
      throw bad('Indiquez comment l’idée a été recueillie (réunion, papier, téléphone).', 'channel', 'obligatoire');
    if (i.eventId && i.channel !== 'MEETING')
      throw bad(
        'Seule une idée recueillie lors d’une réunion vient d’un événement.',
        'eventId',
        'canal MEETING attendu',
      );
    if (recorded) {
      demandIdeasManager(viewer, i.territoryId);
      if (!i.onBehalfOf)
        throw bad('Indiquez le nom sous lequel l’habitant·e souhaite apparaître.', 'onBehalfOf', 'obligatoire');
      if (i.councilId)
        throw bad('Une idée recueillie ne peut pas être celle d’un conseil citoyen.', 'councilId', 'refusé');
      return { channel: i.channel!, onBehalfOf: i.onBehalfOf, councilId: null };
    }
    if (i.councilId) {
      const council = await territoryLoaders.citizenCouncilById.load({ territoryId: i.territoryId, id: i.councilId });
      if (!council) throw bad('Conseil citoyen inconnu dans ce territoire.', 'councilId', 'inconnu');
      if (!maySubmitForCouncil(viewer, i.territoryId, i.councilId)) {
        throw new DomainError('FORBIDDEN', 'Seuls les membres de ce conseil citoyen proposent une idée en son nom.', {
          councilId: 'refusé',
        });
      }
    }
    if (viewer.kind === 'anonymous' && !i.email) {
      throw bad(
        'Indiquez votre adresse email : un lien vous sera envoyé pour confirmer votre idée.',
        'email',
        'obligatoire',
      );
    }
    return { channel: 'ONLINE' as const, onBehalfOf: null, councilId: i.councilId ?? null };
  }

  async function checkPlace(i: SubmitIdeaInput) {
    const [territory, quartier, theme, event] = await Promise.all([
      territoryLoaders.territoryById.load(i.territoryId),
      i.quartierId ? territoryLoaders.quartierById.load({ territoryId: i.territoryId, id: i.quartierId }) : null,
      i.themeId ? territoryLoaders.frameworkItemById.load({ territoryId: i.territoryId, id: i.themeId }) : null,
      i.eventId ? deps.loaders.events.eventById.load({ territoryId: i.territoryId, id: i.eventId }) : null,
    ]);
    if (!territory) throw new DomainError('NOT_FOUND', 'Territoire introuvable.', { territoryId: 'inconnu' });
    if (i.quartierId && !quartier) throw bad('Ce quartier n’est pas dans ce territoire.', 'quartierId', 'inconnu');
    if (i.themeId && !theme) throw bad('Ce thème n’est pas dans le contrat de ce territoire.', 'themeId', 'inconnu');
    if (i.eventId && !event) throw bad('Cet événement n’est pas dans ce territoire.', 'eventId', 'inconnu');
    if (event?.status === 'CANCELLED') throw bad('Cet événement a été annulé.', 'eventId', 'annulé');
    return territory;
  }

  async function attachPhoto(tx: Queryable, i: SubmitIdeaInput) {
    if (!i.photoId) return;
    const uploader = viewer.kind === 'user' ? viewer.user.id : null;
    const since = new Date(clock.now().getTime() - PHOTO_FRESH_MS);
    const photo = await createIdeaPhotosStore(tx).attachablePhoto(i.territoryId, i.photoId, uploader, since);
    if (!photo) throw bad('Cette photo n’est plus disponible : déposez-la de nouveau.', 'photoId', 'indisponible');
  }

  /** Without an account: the idea waits for its emailed link. */
  async function holdForEmail(i: SubmitIdeaInput, territory: TerritoryRow, base: Omit<NewIdea, 'authorId'>) {
    await ds.transaction(async (tx) => {
      await attachPhoto(tx, i);
      const held = await account.holdForEmail(tx, {
        email: i.email!,
        pseudonym: i.pseudonym,
        territoryId: territory.id,
      });
      await createIdeaCoreStore(tx).insertIdea({ ...base, authorId: held.user.id, confirmTokenHash: held.tokenHash });
      await notify(tx, clock, territory.id, { email: held.user.email!, userId: held.user.id }, 'idea-confirm', {
        name: held.user.displayName ?? '',
        territory: territory.name,
        title: i.title,
        link: `${deps.publicUrl}/${territory.code}/idees/confirmer#jeton=${held.token}`,
      });
    });
    return { idea: null, awaitingConfirmation: true, message: AWAITING_MESSAGE(i.email!) };
  }

  return {
    async submitIdea(input: unknown) {
      const i = parseInput(submitIdeaInput, input);
      const territory = await checkPlace(i);
      const who = await authorship(i);
      const base = {
        territoryId: territory.id,
        title: i.title,
        body: i.text,
        quartierId: i.quartierId ?? null,
        themeId: i.themeId ?? null,
        photoId: i.photoId ?? null,
        eventId: i.eventId ?? null,
        ...who,
        publication: 'UNCONFIRMED' as const,
        confirmTokenHash: null,
        createdAt: clock.now(),
      };
      if (viewer.kind === 'anonymous') return holdForEmail(i, territory, base);
      const author: SignedInViewer = viewer;
      const idea = await ds.transaction(async (tx) => {
        await attachPhoto(tx, i);
        const stored = await createIdeaCoreStore(tx).insertIdea({
          ...base,
          publication: 'PENDING',
          authorId: author.user.id,
        });
        if (who.onBehalfOf) {
          await recordAudit(tx, clock, actorOf(author), requestId, {
            territoryId: territory.id,
            action: 'idea.record',
            targetType: 'Idea',
            targetId: stored.id,
            before: null,
            after: {
              title: stored.title,
              channel: stored.channel,
              onBehalfOf: stored.onBehalfOf,
              eventId: stored.eventId,
            },
          });
        }
        return openItem(tx, stored);
      });
      return { idea, awaitingConfirmation: false, message: SUBMITTED_MESSAGE[idea.publication] };
    },

    /** Follows the emailed link: the held idea enters moderation and its author is signed in. */
    async confirmIdea(input: unknown) {
      const { territoryId, token } = parseInput(confirmIdeaInput, input);
      let confirmed: IdeaRow | null = null;
      await account.confirmSubmission(token, async (tx, user, tokenHash) => {
        const held = await createIdeaCoreStore(tx).confirmIdea(territoryId, tokenHash, user.id, clock.now());
        if (!held) {
          throw bad(
            'Ce lien ne confirme aucune idée en attente : elle est peut-être déjà confirmée.',
            'token',
            'invalide',
          );
        }
        confirmed = await openItem(tx, held);
      });
      return { idea: confirmed! };
    },
  };
}
