import type { MigrationInterface, QueryRunner } from 'typeorm';

const INDEXES = ['ideas_search_idx', 'ideas_title_trgm_idx'];

/**
 * The ideas' two GIN indexes without their pending list (fastupdate): with it, every search and
 * suggestion also scanned up to 4 MB of entries not yet merged, and the publication that filled
 * the list paid for merging it all at once. Ideas are published one by one, searched all the time.
 */
export class IdeaSearchWithoutPendingList1795490600000 implements MigrationInterface {
  name = 'IdeaSearchWithoutPendingList1795490600000';

  async up(q: QueryRunner): Promise<void> {
    for (const index of INDEXES) {
      await q.query(`ALTER INDEX "${index}" SET (fastupdate = off)`);
      await q.query(`SELECT gin_clean_pending_list('"${index}"'::regclass)`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of INDEXES) await q.query(`ALTER INDEX "${index}" RESET (fastupdate)`);
  }
}
