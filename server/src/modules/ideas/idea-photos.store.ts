import { one, query, type Queryable } from '../../shared/sql.js';
import type { IdeaRow } from './ideas.types.js';

/** The idea a photo belongs to, as far as deciding who may see it goes. */
export type PhotoIdea = Pick<IdeaRow, 'territoryId' | 'authorId' | 'publication' | 'hidden'>;

/** The SQL of idea photos (table idea_photos): bytes already re-encoded, attached to an idea at submission. */
export function createIdeaPhotosStore(db: Queryable) {
  return {
    insertPhoto: async (p: {
      territoryId: string;
      uploaderId: string | null;
      contentType: string;
      width: number;
      height: number;
      bytes: Buffer;
      createdAt: Date;
    }) =>
      (await one(
        query<{ id: string }>(
          db,
          'ideas.insertPhoto',
          `INSERT INTO idea_photos (territory_id, uploader_id, content_type, width, height, bytes, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
          [p.territoryId, p.uploaderId, p.contentType, p.width, p.height, p.bytes, p.createdAt],
        ),
      ))!.id,

    /**
     * A photo a submission may attach: of the territory, uploaded since `since` by this person (or by
     * someone not signed in), attached to no idea yet. Locked until the submission's transaction ends.
     */
    attachablePhoto: (territoryId: string, id: string, uploaderId: string | null, since: Date) =>
      one(
        query<{ id: string }>(
          db,
          'ideas.attachablePhoto',
          `SELECT p.id FROM idea_photos p
           WHERE p.territory_id = $1 AND p.id = $2 AND p.created_at >= $4
             AND (p.uploader_id IS NULL OR p.uploader_id = $3)
             AND NOT EXISTS (SELECT 1 FROM ideas i WHERE i.territory_id = p.territory_id AND i.photo_id = p.id)
           FOR UPDATE OF p`,
          [territoryId, id, uploaderId, since],
        ),
      ),

    /** The bytes and, when attached, the idea they illustrate. */
    photoContent: (territoryId: string, id: string) =>
      one(
        query<{ contentType: string; bytes: Buffer; createdAt: Date; idea: PhotoIdea | null }>(
          db,
          'ideas.photoContent',
          `SELECT p.content_type, p.bytes, p.created_at,
             (SELECT json_build_object('territoryId', i.territory_id, 'authorId', i.author_id,
                'publication', i.publication, 'hidden', i.hidden)
              FROM ideas i WHERE i.territory_id = p.territory_id AND i.photo_id = p.id LIMIT 1) AS idea
           FROM idea_photos p WHERE p.territory_id = $1 AND p.id = $2`,
          [territoryId, id],
        ),
      ),
  };
}
