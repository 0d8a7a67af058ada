import { seedModerationItem, type ModerationStatus } from '../src/modules/moderation/index.js';
import type { IdeaPublication, IdeaStatus } from '../src/modules/ideas/index.js';
import type { Harness } from './harness.js';
import type { SeededTerritory } from './seed.js';

export interface SeedIdeaOptions {
  authorId: string;
  title?: string;
  body?: string;
  publication?: IdeaPublication;
  status?: IdeaStatus;
  quartierId?: string | null;
  themeId?: string | null;
  createdAt?: Date;
}

/**
 * An idea written with SQL, with its moderation item in the matching state as the moderation module
 * writes it (kind IDEA): tests of supports, comments and staff's work do not replay the submission.
 */
export async function seedIdea(h: Pick<Harness, 'dataSource'>, territory: SeededTerritory, o: SeedIdeaOptions) {
  const at = o.createdAt ?? new Date();
  const publication = o.publication ?? 'PUBLISHED';
  const title = o.title ?? 'Des bancs au square';
  return h.dataSource.transaction(async (tx) => {
    const [idea] = (await tx.query(
      `INSERT INTO ideas (territory_id, title, body, quartier_id, theme_id, author_id, publication, status, created_at,
         confirmed_at, published_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, CASE WHEN $7 = 'PUBLISHED' THEN $9::timestamptz END) RETURNING id`,
      [
        territory.id,
        title,
        o.body ?? 'Pour que les anciens puissent se reposer.',
        o.quartierId === undefined ? territory.quartierId : o.quartierId,
        o.themeId ?? null,
        o.authorId,
        publication,
        o.status ?? 'NEW',
        at,
      ],
    )) as { id: string }[];
    if (publication !== 'UNCONFIRMED') {
      await seedModerationItem(
        tx,
        {
          territoryId: territory.id,
          kind: 'IDEA',
          subjectId: idea!.id,
          authorId: o.authorId,
          excerpt: title,
          context: 'Idée',
          createdAt: at,
        },
        { status: publication as ModerationStatus },
      );
    }
    return { id: idea!.id, title };
  });
}
