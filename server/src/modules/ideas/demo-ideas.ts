import type { DataSource } from 'typeorm';
import type { Clock } from '../../shared/clock.js';
import type { Queryable } from '../../shared/sql.js';
import { seedModerationItem, type ModerationStatus } from '../moderation/index.js';
import { createIdeasStore } from './ideas.store.js';
import { createDemoIdeasStore } from './demo-ideas.store.js';
import { ideasModerationListeners } from './idea-moderation.listeners.js';
import { createIdeaSearchCache } from './idea-search-cache.js';
import type { IdeaChannel, IdeaStatus } from './ideas.types.js';

const DAY = 86_400_000;
/** The demo is written before the server answers any search: no cache to tell. */
const AT_START = createIdeaSearchCache(0);

export interface DemoIdeasPeople {
  staffId: string;
  residentId: string;
  /** Council id → its référent (they submit in the council's name and support others' ideas). */
  referents: Map<string, string>;
  /** The councils' quartiers, in a stable order. */
  councils: { id: string; quartierId: string | null }[];
}

interface DemoIdea {
  key: string;
  title: string;
  text: string;
  /** Index into the councils' quartiers; null for the whole territory. */
  quartier: number | null;
  by: 'resident' | 'council' | 'staff';
  channel?: IdeaChannel;
  onBehalfOf?: string;
  publication: ModerationStatus;
  answer?: { status: IdeaStatus; text: string };
  supporters: number;
  daysAgo: number;
}

const IDEAS: DemoIdea[] = [
  {
    key: 'books',
    title: 'Une boîte à livres près de la médiathèque',
    text: 'Une armoire en bois où chacun dépose et prend des livres, abritée de la pluie, à côté de l’arrêt de bus.',
    quartier: null,
    by: 'resident',
    publication: 'PUBLISHED',
    supporters: 3,
    daysAgo: 20,
  },
  {
    key: 'books-again',
    title: 'Boîte à livres au centre social',
    text: 'Pour échanger des livres entre voisins : une boîte à livres devant le centre social.',
    quartier: 1,
    by: 'council',
    publication: 'PUBLISHED',
    supporters: 2,
    daysAgo: 15,
  },
  {
    key: 'benches',
    title: 'Des bancs et de l’ombre au square des Tisserands',
    text: 'Le square n’a qu’un banc, en plein soleil. Des bancs sous des arbres permettraient aux aînés de s’y retrouver l’été.',
    quartier: 1,
    by: 'resident',
    publication: 'PUBLISHED',
    answer: { status: 'RETAINED', text: 'Retenue : trois bancs et quatre arbres seront installés au printemps.' },
    supporters: 4,
    daysAgo: 40,
  },
  {
    key: 'light',
    title: 'Éclairer le chemin de l’école',
    text: 'Le chemin entre la résidence du Moulin et l’école est sombre l’hiver à 8 h : des lampadaires rassureraient les familles.',
    quartier: 3,
    by: 'staff',
    channel: 'MEETING',
    onBehalfOf: 'Nadia, parent d’élève',
    publication: 'PUBLISHED',
    answer: { status: 'UNDER_STUDY', text: 'Les services techniques de la commune étudient le tracé avec l’école.' },
    supporters: 2,
    daysAgo: 30,
  },
  {
    key: 'padel',
    title: 'Un terrain de padel près du city-stade',
    text: 'Un terrain de padel attirerait des jeunes d’autres quartiers.',
    quartier: 2,
    by: 'resident',
    publication: 'PUBLISHED',
    answer: {
      status: 'NOT_RETAINED',
      text: 'Non retenue : le city-stade rénové en 2025 occupe la seule parcelle disponible.',
    },
    supporters: 1,
    daysAgo: 50,
  },
  {
    key: 'repair',
    title: 'Un atelier de réparation de vélos',
    text: 'Un samedi par mois, des bénévoles aideraient à réparer vélos et trottinettes, outils fournis.',
    quartier: 0,
    by: 'resident',
    publication: 'PENDING',
    supporters: 0,
    daysAgo: 1,
  },
];

/**
 * The ideas of the fictional territory, once (a territory that has ideas keeps them): several
 * quartiers, statuses and ways of submission, supports, a duplicate merged into its twin, a
 * conversation, and one idea awaiting its moderator. Written in one transaction, without a request.
 */
export async function seedDemoIdeas(ds: DataSource, territoryId: string, people: DemoIdeasPeople, clock: Clock) {
  const now = clock.now().getTime();
  const ago = (days: number) => new Date(now - days * DAY);
  const supporters = [...people.referents.values(), people.residentId];
  const [council] = people.councils;
  return ds.transaction(async (tx) => {
    const demo = createDemoIdeasStore(tx);
    if (await demo.hasIdeas(territoryId)) return false;
    const ids = new Map<string, string>();
    for (const d of IDEAS) {
      const at = ago(d.daysAgo);
      const authorId = d.by === 'staff' ? people.staffId : d.by === 'council' ? referentOf(people) : people.residentId;
      const idea = await createIdeasStore(tx).insertIdea({
        territoryId,
        title: d.title,
        body: d.text,
        quartierId: d.quartier === null ? null : (people.councils[d.quartier]?.quartierId ?? null),
        themeId: null,
        photoId: null,
        channel: d.channel ?? 'ONLINE',
        authorId,
        onBehalfOf: d.onBehalfOf ?? null,
        councilId: d.by === 'council' ? council!.id : null,
        publication: 'PENDING',
        confirmTokenHash: null,
        createdAt: at,
      });
      ids.set(d.key, idea.id);
      await moderated(
        tx,
        'IDEA',
        { territoryId, subjectId: idea.id, authorId, excerpt: d.title, at },
        d.publication,
        people.staffId,
      );
      if (d.answer)
        await demo.answer(territoryId, idea.id, d.answer.status, d.answer.text, people.staffId, ago(d.daysAgo - 5));
      for (const userId of supporters.filter((u) => u !== authorId).slice(0, d.supporters))
        await demo.support(territoryId, idea.id, userId, ago(d.daysAgo - 1));
    }
    await demo.merge(territoryId, ids.get('books-again')!, ids.get('books')!, ago(10));
    const books = ids.get('books')!;
    const first = await demo.comment(
      {
        territoryId,
        ideaId: books,
        parentId: null,
        authorId: referentOf(people),
        body: 'Le conseil citoyen peut fabriquer la boîte avec l’atelier bois.',
      },
      ago(12),
    );
    const reply = await demo.comment(
      {
        territoryId,
        ideaId: books,
        parentId: first,
        authorId: people.residentId,
        body: 'Merci ! Je peux apporter les premiers livres.',
      },
      ago(11),
    );
    for (const [id, authorId] of [
      [first, referentOf(people)],
      [reply, people.residentId],
    ] as const)
      await moderated(
        tx,
        'IDEA_COMMENT',
        { territoryId, subjectId: id, authorId, excerpt: 'Commentaire', at: ago(11) },
        'PUBLISHED',
        people.staffId,
      );
    await demo.recount(territoryId);
    return true;
  });
}

const referentOf = (people: DemoIdeasPeople) => people.referents.get(people.councils[0]!.id)!;

/** The item as a moderator would have left it, mirrored on the row as the listeners do in a request. */
async function moderated(
  tx: Queryable,
  kind: 'IDEA' | 'IDEA_COMMENT',
  s: { territoryId: string; subjectId: string; authorId: string; excerpt: string; at: Date },
  status: ModerationStatus,
  moderatorId: string,
) {
  const item = await seedModerationItem(
    tx,
    {
      territoryId: s.territoryId,
      kind,
      subjectId: s.subjectId,
      authorId: s.authorId,
      excerpt: s.excerpt,
      context: 'Idées (démonstration)',
      createdAt: s.at,
    },
    status === 'PENDING'
      ? { status }
      : { status, decidedBy: moderatorId, decidedAt: new Date(s.at.getTime() + DAY / 2) },
  );
  await ideasModerationListeners(AT_START)[kind]!(tx, item);
}
