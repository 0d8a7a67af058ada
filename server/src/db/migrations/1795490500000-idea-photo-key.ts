import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A photo illustrates one idea at most: the unique index refuses a second submission attaching the
 * same photo (two at once included), and finds a photo's idea without scanning the territory's ideas.
 */
export class IdeaPhotoKey1795490500000 implements MigrationInterface {
  name = 'IdeaPhotoKey1795490500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE UNIQUE INDEX "ideas_photo_key" ON "ideas" ("territory_id", "photo_id") WHERE photo_id IS NOT NULL',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "ideas_photo_key"');
  }
}
