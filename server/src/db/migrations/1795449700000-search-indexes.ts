import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Full-text (French) and trigram indexes, which TypeORM's schema builder does not manage. */
export class SearchIndexes1795449700000 implements MigrationInterface {
  name = 'SearchIndexes1795449700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX actions_search_idx ON actions USING gin (search_vector)');
    await q.query('CREATE INDEX quartiers_name_trgm_idx ON quartiers USING gin (name gin_trgm_ops)');
    await q.query('CREATE INDEX operators_name_trgm_idx ON operators USING gin (name gin_trgm_ops)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX operators_name_trgm_idx');
    await q.query('DROP INDEX quartiers_name_trgm_idx');
    await q.query('DROP INDEX actions_search_idx');
  }
}
